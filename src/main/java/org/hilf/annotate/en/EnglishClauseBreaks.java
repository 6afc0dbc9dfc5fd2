package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * Where a comma after an actor phrase begins another clause instead of going on with a list ("Japan, South
 * Korea and Australia" has its "and"): the mention after the comma is the subject of a new clause. Read by
 * {@link EnglishChunker#joins}. Immutable and thread-safe.
 */
final class EnglishClauseBreaks {
    /** data/lexicon/en/report_verbs.txt ("said", "told"). */
    private final Set<String> reportVerbs;

    EnglishClauseBreaks(Set<String> reportVerbs) {
        this.reportVerbs = reportVerbs;
    }

    /**
     * The mention {@code n} at word {@code ni}, after the phrase that ends at word {@code end}, is set off by a
     * comma alone (no "and" before or after it) and begins a clause: a titled person after a state or body
     * ("ties with Russia, presidential spokesperson Kang Yu-jung told reporters"), or any actor a verb of
     * report follows ("Hegseth met Rutte, the Pentagon said").
     */
    boolean at(List<EnToken> tokens, int end, int ni, ActorMention n, ActorMention first) {
        int nj = EnPhrases.indexAt(tokens, n.span().end() - 1) + 1;
        for (int k = end; k <= Math.min(nj, tokens.size() - 1); k++) {
            String w = tokens.get(k).folded();
            if (w.equals("and") || w.equals("&") || (k == nj && tokens.get(k).commaBefore())) {
                return false;
            }
        }
        boolean reported = nj < tokens.size() && reportVerbs.contains(tokens.get(nj).folded()) && !tokens.get(nj).breakBefore();
        return reported || n.entityId().startsWith("person/") && !first.entityId().startsWith("person/") && n.title() != null;
    }
}
