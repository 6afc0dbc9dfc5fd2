package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.EventMerger;

/**
 * A meeting its own words call bilateral ("عقد السيسي لقاء ثنائيا مع رئيس الوزراء اليوناني") is an
 * encounter of its own beside a larger one of three or more states that the article reports (the
 * visit of a European delegation), never folded into it. The words are in
 * {@code data/lexicon/ar/bilateral_markers.txt}. Immutable, thread-safe.
 */
final class ArabicBilaterals {
    /** Words after the meeting's word a marker may stand in ("لقاء ثنائيا"، "اجتماعا ثنائيا مغلقا"). */
    private static final int AFTER = 2;

    private final ArabicResources res;
    private final Set<String> markers;

    ArabicBilaterals(ArabicResources res) {
        this.res = res;
        this.markers = Set.copyOf(res.fold(Tsv.words("lexicon/ar/bilateral_markers.txt")));
    }

    /** True when one of the two is a meeting marked bilateral and the other gathers three or more states. */
    boolean apart(AnnotatedArticle doc, EventMention a, EventMention b) {
        return beside(doc, a, b) || beside(doc, b, a);
    }

    private boolean beside(AnnotatedArticle doc, EventMention bilateral, EventMention larger) {
        return EventMerger.besideLarger(bilateral, larger) && marked(doc, bilateral);
    }

    private boolean marked(AnnotatedArticle doc, EventMention e) {
        List<Token> tokens = res.tokenizer.tokens(res.folded(doc), e.sentence().start(), e.sentence().end());
        int last = Tokenizer.indexAt(tokens, e.trigger().end() - 1); // the trigger's last word
        for (int k = last; k <= last + AFTER && k < tokens.size(); k++) {
            if (k > last && tokens.get(k).commaBefore()) {
                return false;
            }
            if (markers.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
