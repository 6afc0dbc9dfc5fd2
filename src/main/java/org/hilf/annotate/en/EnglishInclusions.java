package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * A list that names the members of a group after a comma and a marker of
 * {@code data/lexicon/en/inclusion_markers.txt} ("The summit was attended by leaders and heads of
 * delegations of Arab states, among them President X of Egypt, Emir Y of Qatar …"): the list stands
 * for the group, so it is the object the event word reaches across the group's words
 * ({@link Chunk#INCLUDED}), as Arabic's "بينهم X". Stateless and thread-safe.
 */
final class EnglishInclusions {
    private static final List<String[]> MARKERS = Tsv.words("lexicon/en/inclusion_markers.txt").stream()
            .map(w -> w.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")).toList();

    /** data/lexicon/en/gathering_nouns.txt: "Leaders at the summit, including …". */
    private static final Set<String> GATHERINGS = Set.copyOf(Tsv.words("lexicon/en/gathering_nouns.txt"));

    private EnglishInclusions() { }

    /**
     * The chunks, with those a comma and an inclusion marker open marked {@link Chunk#INCLUDED}; a word
     * for the group just before ("more than 40 heads of state, among them …") gives way to its named members.
     */
    static List<Chunk> marked(List<EnToken> tokens, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            int length = c.anaphor() ? 0 : opened(tokens, c.from());
            // the chunker marks a phrase after a comma that follows an event word ("has drawn more than 20 leaders, including
            // X"); not "Leaders at the summit, including X, agreed": there the list names those at the gathering just named
            boolean gathering = length > 0 && c.from() - length > 0 && GATHERINGS.contains(tokens.get(c.from() - length - 1).folded());
            String intro = c.intro().startsWith(",") && !gathering ? c.intro().substring(1) : c.intro();
            int marker = intro.equals(Chunk.DIRECT) || intro.equals("including") ? length : 0;
            if (marker == 0) {
                out.add(c);
                continue;
            }
            Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.anaphor() && last.to() == c.from() - marker) {
                out.remove(out.size() - 1);
            }
            out.add(new Chunk(Chunk.INCLUDED, c.actors(), c.from(), c.to(), false));
        }
        return out;
    }

    /** The length of the marker, with a comma before it, that ends just before word {@code from}; 0 when none does. */
    static int opened(List<EnToken> tokens, int from) {
        for (String[] m : MARKERS) {
            int s = from - m.length;
            if (s <= 0 || !tokens.get(s).commaBefore() || tokens.get(from).commaBefore()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < m.length && all; k++) {
                all = tokens.get(s + k).folded().equals(m[k]);
            }
            if (all) {
                return m.length;
            }
        }
        return 0;
    }
}
