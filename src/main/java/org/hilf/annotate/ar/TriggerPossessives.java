package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ar.ArabicEventExtractor.Found;

/**
 * Whether an event word carries a possessive pronoun ("لقائه"، "زيارتها"، "في استقباله"): then the
 * frame's {@code poss} role is the sentence's subject. Immutable and thread-safe.
 */
final class TriggerPossessives {
    private static final Set<String> PRONOUNS = Set.of("ه", "ها", "هما", "هم");
    /** Every trigger of the frames, folded. */
    private final Set<String> triggerWords;

    TriggerPossessives(Set<String> triggerWords) {
        this.triggerWords = Set.copyOf(triggerWords);
    }

    /** True when the trigger found at tokens [from, to) ends with a possessive pronoun. */
    boolean on(Found f, List<Token> tokens) {
        String word = tokens.get(f.from()).text();
        return PRONOUNS.stream().anyMatch(p -> word.endsWith(p) && !f.reading().word().equals(word.substring(f.reading().prefix().length())))
                || suffixed(f.reading().word()) || f.to() - f.from() > 1 && suffixed(tokens.get(f.to() - 1).text()); // "في استقباله"
    }

    /**
     * A trigger listed with its possessive pronoun ("لقائه"، "زيارتها"): the word without the pronoun
     * is a trigger too. "زيارة" folds to "زياره" but is no "زيار" + "ه".
     */
    private boolean suffixed(String word) {
        for (String p : PRONOUNS) {
            if (word.endsWith(p) && word.length() > p.length() + 1) {
                String stem = word.substring(0, word.length() - p.length());
                if (triggerWords.contains(stem) || stem.endsWith("ت") && triggerWords.contains(stem.substring(0, stem.length() - 1) + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }
}
