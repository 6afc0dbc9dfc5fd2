package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.Quotations;
import org.hilf.annotate.Span;

/**
 * Where an Arabic sentence that reports speech goes on to a second speaker: a comma, a contrast
 * opener ({@code data/lexicon/ar/contrast_openers.txt}: "فيما"، "بينما"، "في حين") and at once a
 * verb of speech ("وقال كوستا إن …، فيما أكدت فون دير لاين أن …"). What stands after the opener is a
 * clause with its own subject, so its statement is its own. Stateless after construction and
 * thread-safe.
 */
final class ArabicContrastClauses {
    private final PhraseIndex<Boolean> openers;
    private final ArabicSpeechWords speechWords;

    ArabicContrastClauses(ArabicResources res, ArabicSpeechWords speechWords) {
        this.openers = res.phrases("lexicon/ar/contrast_openers.txt");
        this.speechWords = speechWords;
    }

    /**
     * The index of the opener of the sentence's second statement clause, or -1: the first opener
     * after a comma, outside the quotations, followed at once by a verb of speech, with a word of
     * speech before it.
     */
    int secondClause(List<Token> tokens, List<Span> quotes) {
        boolean spoken = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (Quotations.inside(quotes, t.start())) {
                continue;
            }
            int verb = spoken && t.commaBefore() ? afterOpener(tokens, i) : -1;
            if (verb > 0 && verb < tokens.size()) {
                ArabicSpeechWords.Word w = speechWords.at(tokens, verb);
                if (w != null && w.verb()) {
                    return i;
                }
            }
            spoken |= speechWords.at(tokens, i) != null;
        }
        return -1;
    }

    /** The index just after an opener at token i ("فيما"، "وفي حين"), or -1 when none stands there. */
    private int afterOpener(List<Token> tokens, int i) {
        PhraseIndex.Hit<Boolean> hit = openers.longestAt(tokens, i, r -> r.prefix().isEmpty() || r.prefix().equals("و"));
        return hit == null ? -1 : hit.to();
    }
}
