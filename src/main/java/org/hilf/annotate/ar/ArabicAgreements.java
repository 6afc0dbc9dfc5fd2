package org.hilf.annotate.ar;

import java.util.List;

/**
 * When agreeing is an Agreement: "اتفق الجانبان على إنشاء لجنة مشتركة" reports a decision, an event
 * of its own; "اتفقا على عقد القمة المقبلة" reports the planned meeting, and "اتفقا على تعزيز
 * التعاون" a wish. The decisions are the words of {@code data/lexicon/ar/agreement_decisions.txt}
 * right after "على". Immutable and thread-safe.
 */
final class ArabicAgreements {
    /** Words between the verb and "على" at most: the sides' phrase stands between ("اتفقت السعودية وإيران، بوساطة صينية، على"). */
    static final int TOPIC_WINDOW = 10;

    private final PhraseIndex<Boolean> decisions;
    /** "على", folded. */
    private final String on;

    ArabicAgreements(ArabicResources res) {
        this.decisions = res.phrases("lexicon/ar/agreement_decisions.txt");
        this.on = res.normalizer.normalize("على");
    }

    /** A frame of agreeing ("agree…" in frames.tsv): its object must be a decision. */
    static boolean agreeing(String frameId) {
        return frameId.startsWith("agree");
    }

    /** True when the first "على" after the verb ending at {@code to} introduces a decision. */
    boolean decision(List<Token> tokens, int to) {
        for (int k = to; k < tokens.size() - 1 && k < to + TOPIC_WINDOW; k++) {
            if (tokens.get(k).text().equals(on)) {
                return decisions.longestAt(tokens, k + 1, r -> r.prefix().length() <= 1) != null;
            }
        }
        return false;
    }
}
