package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.Tsv;

/**
 * An inverted list of attendees ({@code data/lexicon/en/list_openers.tsv}): "Among the European leaders were X, Y
 * and Z", "Present at the one-day session were Presidents X of Nigeria and Y of Ghana". The sentence opens with the
 * opener; up to {@link #GROUP_WORDS} words with no comma name the group (one of them a "group" word), and the first verb of the "be" row brings the
 * names. The whole opener is one trigger of the frame "attending-were" (frames.tsv), whose actors are the phrase after
 * it. Immutable and thread-safe.
 */
final class EnglishListOpeners {
    /** Words between the opener and its verb at most ("the leaders of the bloc's member states"). */
    static final int GROUP_WORDS = 8;
    static final String FRAME = "attending-were";

    private final List<List<String>> openers = new ArrayList<>();
    private final List<String> verbs = new ArrayList<>();
    private final java.util.Set<String> groups = new java.util.HashSet<>();

    EnglishListOpeners() {
        for (Tsv.Row r : Tsv.read("lexicon/en/list_openers.tsv")) {
            String kind = r.required("kind");
            if (kind.equals("opener")) {
                openers.add(List.of(r.required("words").split(" ")));
            } else if (kind.equals("be")) {
                verbs.add(r.required("words"));
            } else if (kind.equals("group")) {
                groups.add(r.required("words"));
            } else {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": kind is 'opener', 'be' or 'group', not '" + kind + "'");
            }
        }
    }

    /** The end (exclusive) of the opener and its verb that begin the sentence, or -1. */
    int end(List<EnToken> tokens) {
        for (List<String> o : openers) {
            if (!startsWith(tokens, o)) {
                continue;
            }
            boolean group = false;
            for (int k = o.size(); k < tokens.size() && k <= o.size() + GROUP_WORDS; k++) {
                if (k > o.size() && tokens.get(k).commaBefore()) {
                    break;
                }
                if (k > o.size() && verbs.contains(tokens.get(k).folded())) {
                    return group && k + 1 < tokens.size() && !tokens.get(k + 1).breakBefore() ? k + 1 : -1;
                }
                group |= groups.contains(tokens.get(k).folded());
            }
        }
        return -1;
    }

    private static boolean startsWith(List<EnToken> tokens, List<String> words) {
        if (tokens.size() <= words.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(k).folded().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
