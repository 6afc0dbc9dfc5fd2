package org.hilf.annotate.en;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Tsv;

/**
 * Verbs of naming as words of speech ({@code data/lexicon/en/naming_verbs.tsv}): "Albanese called the
 * deal the largest leap …", "Beijing has called it a risk", "…, who called the Council \"the first line
 * of defence\"". They report words said only with an actor as their subject right before them; "what he
 * called", "was called off", "a grouping called the Quad" name or tell no one's words. Immutable and thread-safe.
 */
final class EnglishNamingVerbs {
    /** Words between the subject and the verb ("Beijing has called it …"). */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also");
    /** Words before the verb within which a relative word names its object ("what the regional bloc called"). */
    private static final int RELATIVE_REACH = 4;

    private final Set<String> verbs = new HashSet<>();
    private final Set<String> before = new HashSet<>();
    private final Set<String> after = new HashSet<>();
    private final Set<String> relative = new HashSet<>();

    EnglishNamingVerbs() {
        for (Tsv.Row r : Tsv.read("lexicon/en/naming_verbs.tsv")) {
            String kind = r.required("kind");
            (kind.equals("verb") ? verbs : kind.equals("before") ? before : kind.equals("relative") ? relative : after).add(r.required("word"));
        }
    }

    /** The verbs of naming, to be read as verbs of speech. */
    Set<String> verbs() { return Set.copyOf(verbs); }

    /** Whether the word of speech at words i to {@code to} is a verb of naming alone that reports no words here. */
    boolean namesOnly(List<EnToken> tokens, int i, int to, List<ActorMention> actors) {
        if (to != i + 1 || !verbs.contains(tokens.get(i).folded())) {
            return false;
        }
        if (i + 1 < tokens.size() && after.contains(tokens.get(i + 1).folded())) {
            return true;
        }
        int k = i - 1;
        while (k >= 0 && BETWEEN.contains(tokens.get(k).folded())) {
            k--;
        }
        if (k < 0 || before.contains(tokens.get(k).folded())) {
            return true; // "was called", "so-called"
        }
        for (int r = i - 1; r >= 0 && i - r <= RELATIVE_REACH && !tokens.get(r + 1).commaBefore(); r--) {
            if (relative.contains(tokens.get(r).folded())) {
                return true; // "what he called", "what the regional bloc called"
            }
        }
        String w = tokens.get(k).folded();
        int end = tokens.get(k).end();
        return !w.equals("who") && !w.equals("and") && actors.stream().noneMatch(a -> a.span().end() == end);
    }
}
