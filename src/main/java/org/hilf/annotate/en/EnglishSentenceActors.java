package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * The actor mentions the event reader sees in one sentence: the recognizer's names and places outside
 * quotations, and the words that stand for a person named before — "he" and "she" ({@link Antecedents}),
 * "the Japanese leader", "his Somali counterpart" ({@link EnglishCounterparts}), and "the minister", "the
 * Iranian president" as a clause's subject ({@link EnglishReferredSpeakers#subjects}). Adjectives of
 * nationality are not mentions here: their words are marked for the chunker, which reads them as part
 * of a title. Stateless after construction and thread-safe.
 */
final class EnglishSentenceActors {
    private final EnglishResources res;
    private final EnglishReferredSpeakers referred;

    EnglishSentenceActors(EnglishResources res) {
        this.res = res;
        this.referred = new EnglishReferredSpeakers(res);
    }

    /**
     * The mentions of sentence {@code s} in text order; marks in {@code attribute} (one flag per token)
     * every word of an adjective of nationality ("North Korean").
     */
    List<ActorMention> of(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, List<Span> quoted, ActorMention antecedent,
                          boolean[] attribute) {
        List<ActorMention> mentions = new ArrayList<>();
        List<ActorMention> attributes = new ArrayList<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!s.span().contains(a.span())) {
                continue;
            }
            if (a.role() == ActorMention.Role.ATTRIBUTE) {
                attributes.add(a);
            }
            if (Quotations.inside(quoted, a.span().start())) {
                continue;
            }
            if (a.role() == ActorMention.Role.ATTRIBUTE) {
                for (int k = EnPhrases.indexAt(tokens, a.span().start()); k <= EnPhrases.indexAt(tokens, a.span().end() - 1); k++) {
                    attribute[k] = true;
                }
            } else {
                mentions.add(a);
            }
        }
        mentions.addAll(Antecedents.pronouns(tokens, antecedent, quoted));
        mentions.addAll(Antecedents.leaders(tokens, attributes, antecedent));
        mentions.addAll(EnglishCounterparts.of(res.gazetteer, doc, tokens, attributes, antecedent)); // "received his Somali counterpart"
        mentions.addAll(referred.subjects(doc, s, tokens)); // "the minister met with Blinken"
        mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return mentions;
    }
}
