package org.hilf.annotate.ar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * Plural words with a number for the sides just reported ({@code data/lexicon/ar/counted_anaphors.tsv}):
 * "القادة الثلاثة"، "الدول الثلاث". The number tells which event they refer back to: one with that
 * many sides. Immutable and thread-safe.
 */
final class ArabicCountedSides {
    private final ArabicResources res;
    private final Set<String> heads;
    private final Map<String, Integer> numbers = new HashMap<>();

    ArabicCountedSides(ArabicResources res) {
        this.res = res;
        Set<String> hs = new HashSet<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/counted_anaphors.tsv")) {
            List<String> forms = res.fold(r.list("forms"));
            switch (r.required("kind")) {
                case "head" -> hs.addAll(forms);
                case "number" -> forms.forEach(f -> numbers.put(f, Integer.valueOf(r.required("count"))));
                default -> throw new IllegalStateException(r.file() + ":" + r.line() + ": kind is head or number, not '" + r.get("kind") + "'");
            }
        }
        this.heads = Set.copyOf(hs);
    }

    /**
     * Whether a phrase of two actors or more that no preposition introduces begins at word {@code at}: right
     * after a dual or a counted word ("الرئيسان عبد المجيد تبون وقيس سعيد"، "القادة الثلاثة X وY وZ") it is the
     * word's apposition, and the word refers back to no event. Asked only where such a word stands.
     */
    static boolean named(List<Chunk> chunks, int at) {
        return chunks.stream().anyMatch(c -> c.from() == at && c.direct() && c.actors().size() >= 2);
    }

    /** The number of sides a head and its number at tokens i and i + 1 stand for, or 0 when none stands there. */
    int at(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !numbers.containsKey(tokens.get(i + 1).text())) {
            return 0;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i))) {
            if (r.prefix().length() <= 1 && heads.contains(r.word())) {
                return numbers.get(tokens.get(i + 1).text());
            }
        }
        return 0;
    }
}
