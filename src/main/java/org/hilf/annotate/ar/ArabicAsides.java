package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;

/**
 * Events an Arabic report tells as an aside: background in the pluperfect ("وكان X قد استقبل Y"،
 * "وكان الرئيسان قد أجريا اتصالا … فيما يعود آخر لقاء بينهما إلى …") and a meeting on the sidelines of
 * another gathering ("والتقى على هامشها أمير قطر"). A later sentence that is no aside itself goes back
 * to the story: its "البلدان"، "الزعيمان" are the sides of the last event told in the foreground, not of
 * the aside ("ومن المقرر أن يشارك الزعيمان غدا في القمة"). Immutable, thread-safe.
 */
final class ArabicAsides {
    /** Words from the sentence's start a form of كان may stand at ("وفي السياق، كان …"). */
    private static final int KANA_OPENING = 3;
    /** Words after كان that "قد" may follow at ("وكان الرئيس الطاجيكي إمام علي رحمن قد"). */
    private static final int QAD_REACH = 8;
    private static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت");
    private static final Set<String> QAD = Set.of("قد", "وقد");

    private final ArabicResources res;
    private final ArabicModality modality;

    ArabicAsides(ArabicResources res, ArabicModality modality) {
        this.res = res;
        this.modality = modality;
    }

    /**
     * The events of {@code out} that a word for two sides in sentence {@code s} may refer back to: all
     * of them when {@code s} is itself an aside or when every earlier event is one; else those of
     * {@code s} and of the foreground.
     */
    List<EventMention> antecedents(AnnotatedArticle doc, List<EventMention> out, Sentence s, List<Token> tokens) {
        if (out.isEmpty() || aside(tokens)) {
            return out;
        }
        List<EventMention> kept = out.stream().filter(e -> e.sentence().equals(s) || !aside(tokens(doc, e.sentence()))).toList();
        return kept.isEmpty() ? out : kept;
    }

    private List<Token> tokens(AnnotatedArticle doc, Sentence s) {
        return res.tokenizer.tokens(res.folded(doc), s.start(), s.end());
    }

    /** A sentence in the pluperfect ("وكان X قد …") or on the sidelines of a gathering. */
    boolean aside(List<Token> tokens) {
        return pluperfect(tokens) || modality.atGathering(tokens);
    }

    static boolean pluperfect(List<Token> tokens) {
        for (int k = 0; k < Math.min(KANA_OPENING, tokens.size()); k++) {
            if (KANA.contains(tokens.get(k).text())) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + QAD_REACH); j++) {
                    if (QAD.contains(tokens.get(j).text())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
