package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.Tsv;

/**
 * "called on" is a verb of speech or of a courtesy call: "X called on Iran to stop interfering"
 * urges (X's statement); "X called on President Muizzu at his office", "Dar called on Chief Adviser
 * Yunus." visits, and says nothing. It urges when the infinitive "to" follows the addressee within
 * {@link #REACH} words, before a word of {@code data/lexicon/en/courtesy_calls.txt}
 * ("at", "here", "during") and before a semicolon, colon or bracket (a comma may part the addressees:
 * "called on Israel, Hamas and Egypt to"). The call is not read as an event yet: most fall within a
 * visit to the host they call on, which gold and news count as the visit or as a meeting of its own.
 * Stateless and thread-safe.
 */
final class EnglishCourtesyCalls {
    /** Words between "called on" and the "to" of its infinitive at most ("the Sudanese army and the RSF to"). */
    static final int REACH = 12;
    private static final Set<String> CALL = Set.of("call", "calls", "called", "calling");
    private static final Set<String> BOUNDS = Set.copyOf(Tsv.words("lexicon/en/courtesy_calls.txt"));

    private EnglishCourtesyCalls() {
    }

    /** Whether the words [from, to) are "called on" (any form of "call" and "on"). */
    private static boolean callOn(List<EnToken> tokens, int from, int to) {
        return to - from == 2 && CALL.contains(tokens.get(from).folded()) && tokens.get(from + 1).folded().equals("on");
    }

    /** Whether "called on" over the words [from, to) is a courtesy call: no infinitive of urging follows. */
    static boolean courtesy(List<EnToken> tokens, int from, int to) {
        if (!callOn(tokens, from, to)) {
            return false;
        }
        for (int k = to; k < tokens.size() && k < to + REACH; k++) {
            EnToken t = tokens.get(k);
            if (k > to && endsAddressees(t.gap()) || BOUNDS.contains(t.folded())) {
                return true;
            }
            if (t.folded().equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** A semicolon, colon or bracket before a word ends the addressees; a comma does not. */
    private static boolean endsAddressees(String gap) {
        return gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('(') >= 0;
    }
}
