package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.frame.Chunk;

/**
 * "وسبق لوزير الخارجية X أن التقى Y" (X had already met Y): the phrase "ل" introduces between "سبق" and
 * "أن" is the subject of the verb after "أن", as "وكان X قد التقى Y" has it, not an indirect object.
 * Such a phrase is read as direct. Stateless and thread-safe.
 */
final class ArabicPriorSubjects {
    /** "سبق" as folded, maybe after و or ف, and "أن" (folded). */
    private static final Set<String> PRECEDED = Set.of("سبق", "وسبق", "فسبق");
    private static final Set<String> THAT = Set.of("ان");

    private ArabicPriorSubjects() {
    }

    /** {@code chunks} with the "ل" phrase of "سبق لـX أن" made direct. */
    static List<Chunk> direct(List<Token> tokens, List<Chunk> chunks) {
        List<Chunk> out = chunks;
        for (int c = 0; c < chunks.size(); c++) {
            Chunk k = chunks.get(c);
            if (k.intro().equals("ل") && k.from() > 0 && k.to() < tokens.size() && PRECEDED.contains(tokens.get(k.from() - 1).text())
                    && THAT.contains(tokens.get(k.to()).text())) {
                if (out == chunks) {
                    out = new ArrayList<>(chunks);
                }
                out.set(c, new Chunk(Chunk.DIRECT, k.actors(), k.from(), k.to(), k.anaphor()));
            }
        }
        return out;
    }
}
