package org.hilf.annotate.en;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Styles of address that stand for a person: an honorific of {@code honorifics.txt} that opens with
 * "his" or "her" ("His Highness", "Her Majesty") and no name after it ("His Highness met with Brazilian
 * Minister …", the way the Gulf agencies' English goes on) is the person the article last named right
 * after the same style ("His Highness Prince Faisal bin Farhan …"). One per article; not thread-safe.
 */
final class EnglishStyledPeople {
    private final Map<String, String> byStyle = new HashMap<>();

    /** Remembers the person named right after the honorific. */
    void named(List<EnToken> tokens, EnPhrases.Hit<?> honorific, String personId) {
        if (style(tokens, honorific)) {
            byStyle.put(key(tokens, honorific), personId);
        }
    }

    /** The person a style with no name after it stands for, or null. */
    String alone(List<EnToken> tokens, EnPhrases.Hit<?> honorific) {
        int next = honorific.to();
        boolean nameless = next >= tokens.size() || !tokens.get(next).capitalized() || tokens.get(next).breakBefore();
        return style(tokens, honorific) && nameless ? byStyle.get(key(tokens, honorific)) : null;
    }

    private static boolean style(List<EnToken> tokens, EnPhrases.Hit<?> h) {
        String first = tokens.get(h.from()).folded();
        return h.to() - h.from() >= 2 && (first.equals("his") || first.equals("her"));
    }

    private static String key(List<EnToken> tokens, EnPhrases.Hit<?> h) {
        return tokens.subList(h.from(), h.to()).stream().map(EnToken::folded).collect(Collectors.joining(" "));
    }
}
