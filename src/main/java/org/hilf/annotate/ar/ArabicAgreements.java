package org.hilf.annotate.ar;

import java.util.List;

/**
 * When agreeing is an Agreement: "اتفق الجانبان على إنشاء لجنة مشتركة" reports a decision, an event
 * of its own; "اتفقا على عقد القمة المقبلة" reports the planned meeting, and "اتفقا على تعزيز
 * التعاون" a wish. The decisions are the words of {@code data/lexicon/ar/agreement_decisions.txt}
 * right after "على". Reaching is one only when what is reached is a deal: "توصلت مصر والسودان إلى
 * اتفاق", not "توصلت اللجنة إلى نتائج" ({@code data/lexicon/ar/reached_deals.txt} right after "إلى").
 * Immutable and thread-safe.
 */
final class ArabicAgreements {
    /** Words between the verb and "على" or "إلى" at most: the sides' phrase stands between ("اتفقت السعودية وإيران، بوساطة صينية، على"). */
    static final int TOPIC_WINDOW = 10;

    private final PhraseIndex<Boolean> decisions;
    private final PhraseIndex<Boolean> deals;
    /** "على", folded. */
    private final String on;
    /** "إلى", folded. */
    private final String to;

    ArabicAgreements(ArabicResources res) {
        this.decisions = res.phrases("lexicon/ar/agreement_decisions.txt");
        this.deals = res.phrases("lexicon/ar/reached_deals.txt");
        this.on = res.normalizer.normalize("على");
        this.to = res.normalizer.normalize("إلى");
    }

    /** A frame of agreeing ("agree…" in frames.tsv) or of reaching ("reach…"): its object must be a decision or a deal. */
    static boolean agreeing(String frameId) {
        return frameId.startsWith("agree") || reaching(frameId);
    }

    private static boolean reaching(String frameId) {
        return frameId.startsWith("reach");
    }

    /**
     * True when the verb of the frame {@code frameId} ending at {@code end} makes an agreement: the first
     * "على" after a verb of agreeing introduces a decision, the first "إلى" after a verb of reaching a deal.
     */
    boolean decision(String frameId, List<Token> tokens, int end) {
        String word = reaching(frameId) ? to : on;
        PhraseIndex<Boolean> objects = reaching(frameId) ? deals : decisions;
        for (int k = end; k < tokens.size() - 1 && k < end + TOPIC_WINDOW; k++) {
            if (tokens.get(k).text().equals(word)) {
                return objects.longestAt(tokens, k + 1, r -> r.prefix().length() <= 1) != null;
            }
        }
        return false;
    }
}
