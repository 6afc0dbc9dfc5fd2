package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Span;

/**
 * A bilateral meeting beside a larger gathering is an encounter of its own: "Biden hosted Albanese and Sunak
 * … Before the trilateral event, Biden and Sunak held a brief bilateral meeting" are two events, although the
 * two sides of the second took part in the first. The words are in {@code data/lexicon/en/bilateral_markers.txt}.
 * Immutable and thread-safe.
 */
final class EnglishBilaterals {
    /** Characters before a meeting's trigger where a marker counts ("a brief bilateral meeting"). */
    private static final int WINDOW = 16;

    private final EnglishResources res;
    private final Set<String> markers;

    EnglishBilaterals(EnglishResources res) {
        this.res = res;
        this.markers = res.words("lexicon/en/bilateral_markers.txt");
    }

    /** Two reports never merged: either is {@code own}, or one is a bilateral meeting and the other gathers three or more states. */
    BiPredicate<EventMention, EventMention> apart(AnnotatedArticle doc, Predicate<EventMention> own) {
        return (a, b) -> own.test(a) || own.test(b) || beside(doc, a, b) || beside(doc, b, a);
    }

    private boolean beside(AnnotatedArticle doc, EventMention bilateral, EventMention larger) {
        return bilateral.type().equals("Meeting") && larger.participants().stream().filter(p -> p.startsWith("state/")).count() > 2
                && marked(doc, bilateral);
    }

    private boolean marked(AnnotatedArticle doc, EventMention e) {
        Span t = e.trigger();
        List<EnToken> words = res.tokenizer.tokens(doc.text(), Math.max(e.sentence().start(), t.start() - WINDOW), t.end());
        return words.stream().anyMatch(w -> markers.contains(w.folded()));
    }
}
