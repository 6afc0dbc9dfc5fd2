package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Frame;

/**
 * An inverted list of attendees ({@code data/lexicon/en/list_openers.tsv}): "Among the European leaders were X, Y
 * and Z", "Present at the one-day session were Presidents X of Nigeria and Y of Ghana". The sentence opens with the
 * opener; up to {@link #GROUP_WORDS} words with no comma name the group (one of them a "group" word), and the first verb of the "be" row brings the
 * names. The whole opener is one trigger of the frame "attending-were" (frames.tsv), whose actors are the phrase after
 * it. The gapped conjuncts of a representation ("Egypt was represented by X and Iran by Y") repeat that frame.
 * Immutable and thread-safe.
 */
final class EnglishListOpeners {
    /** Words between the opener and its verb at most ("the leaders of the bloc's member states"). */
    static final int GROUP_WORDS = 8;
    static final String FRAME = "attending-were";
    static final String REPRESENTED = "represented";
    /** Words between the conjunction or comma of a gapped conjunct and its "by" at most ("and the UAE by"). */
    static final int GAPPED_WORDS = 4;

    private final List<List<String>> openers = new ArrayList<>();
    private final List<String> verbs = new ArrayList<>();
    private final java.util.Set<String> groups = new java.util.HashSet<>();
    private final List<List<String>> continued = new ArrayList<>();
    private final java.util.regex.Pattern attendance;

    /** The frames of the inverted list and of representation ("China was represented by X and Russia by Y"). */
    private final List<Frame> listFrame;
    private final List<Frame> represented;

    /** {@code frames}: those of frames.tsv, which the extractor read. */
    EnglishListOpeners(List<Frame> frames) {
        this.listFrame = List.of(EnglishFrames.byId(frames, FRAME));
        this.represented = List.of(EnglishFrames.byId(frames, REPRESENTED));
        List<String> attending = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("lexicon/en/list_openers.tsv")) {
            String kind = r.required("kind");
            if (kind.equals("opener")) {
                openers.add(List.of(r.required("words").split(" ")));
            } else if (kind.equals("be")) {
                verbs.add(r.required("words"));
            } else if (kind.equals("group")) {
                groups.add(r.required("words"));
            } else if (kind.equals("continued")) {
                continued.add(List.of(r.required("words").split(" ")));
            } else if (kind.equals("attendance")) {
                attending.add(java.util.regex.Pattern.quote(r.required("words")));
            } else {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": kind is 'opener', 'be', 'group', 'continued' or 'attendance', not '" + kind + "'");
            }
        }
        this.attendance = java.util.regex.Pattern.compile("(?i)\\b(" + String.join("|", attending) + ")\\b");
    }

    /**
     * Adds to {@code found} the inverted list that opens sentence {@code s}, or the list that goes on from the
     * attendance of the sentence before, as one trigger; returns the token after it (where the other triggers are
     * looked for), or 0.
     */
    int addOpener(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, List<Span> quoted, List<EnglishEventExtractor.Found> found) {
        int end = tokens.isEmpty() || Quotations.inside(quoted, tokens.get(0).start()) ? -1 : end(tokens);
        for (List<String> c : continued) {
            if (end < 0 && s.index() > 0 && startsWith(tokens, c)
                    && attendance.matcher(doc.get(Keys.SENTENCES).get(s.index() - 1).text(doc.text())).find()) {
                end = c.size(); // "… are attending the gathering. They include X and Y"
            }
        }
        if (end > 0) {
            found.add(new EnglishEventExtractor.Found(listFrame, 0, end));
        }
        return Math.max(0, end);
    }

    /**
     * Adds to {@code found} the gapped conjuncts of a representation: "China was represented by Premier Li Qiang, and
     * Russia by Maxim Oreshkin" repeats the frame at each later "by" that follows "and" or a comma within
     * {@link #GAPPED_WORDS} words, and that no other trigger holds; its subject is the phrase before that "by".
     */
    void addGapped(List<EnToken> tokens, List<EnglishEventExtractor.Found> found) {
        int after = found.stream().filter(f -> f.frames().stream().anyMatch(x -> x.id().equals(REPRESENTED)))
                .mapToInt(EnglishEventExtractor.Found::to).min().orElse(-1);
        for (int k = after + 1; after > 0 && k < tokens.size(); k++) {
            int at = k;
            // "and Russia by": a name just before "by" ("took part only by video link" is no conjunct)
            if (!tokens.get(k).folded().equals("by") || !tokens.get(k - 1).capitalized()
                    || found.stream().anyMatch(f -> f.from() <= at && at < f.to())) {
                continue;
            }
            for (int m = k - 1; m >= k - GAPPED_WORDS && m > after; m--) {
                if (tokens.get(m).folded().equals("and") || tokens.get(m + 1).commaBefore()) {
                    found.add(new EnglishEventExtractor.Found(represented, k, k + 1));
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(EnglishEventExtractor.Found::from));
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
