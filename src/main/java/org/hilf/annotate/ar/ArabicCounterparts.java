package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * "التقى وزير الخارجية الإيراني عباس عراقجي نظيره المصري": a counterpart named only by the state's
 * adjective ({@code data/lexicon/ar/counterparts.txt}) holds, in that state, the office the
 * person named last before it in the sentence held on the article's date: the Egyptian foreign
 * minister of that day. When the gazetteer does not know who held it, the counterpart stands for
 * the state. A counterpart followed by a name is the recogniser's. Adds to the actors layer.
 * Stateless after construction and thread-safe.
 */
public final class ArabicCounterparts extends MentionResolver {
    private final ArabicResources res;
    private final Set<String> counterparts;
    /**
     * The bit of {@link #counterparts} among the clitics' {@link FirstWords}: every token of every
     * sentence is asked, almost none is a counterpart word, and probing the set with each reading
     * was 3 % of the Arabic annotation time.
     */
    private final int counterpartBit;

    public ArabicCounterparts(ArabicResources res) {
        this.res = res;
        this.counterparts = Set.copyOf(res.fold(Tsv.words("lexicon/ar/counterparts.txt")));
        this.counterpartBit = res.clitics.firstWords.newSet(counterparts);
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        List<ActorMention> added = new ArrayList<>();
        NormalizedText text = res.folded(doc);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!counterpart(tokens.get(i)) || at(actors, tokens.get(i), ActorMention.Role.NAME) != null) {
                    continue;
                }
                AliasIndex.Match adjective = res.stateAdjectiveAt(tokens, i + 1);
                if (adjective == null || adjective.to() < tokens.size() && !tokens.get(adjective.to()).breakBefore()
                        && at(actors, tokens.get(adjective.to()), ActorMention.Role.NAME) != null) {
                    continue;
                }
                String stateId = adjective.entry().entityId();
                Span span = new Span(tokens.get(i).start() + clitics(tokens.get(i)), tokens.get(adjective.to() - 1).end());
                String surface = doc.text().substring(span.start(), span.end());
                String holder = holder(doc, actors, s, tokens.get(i).start(), stateId, date);
                added.add(new ActorMention(span, surface, holder != null ? holder : stateId, ActorMention.Role.NAME,
                        ArabicActorRecognizer.TITLE_CONFIDENCE, holder != null ? surface : null, stateId));
            }
        }
        return added;
    }

    /** Who held, for {@code stateId}, an office the last person named before {@code offset} held on {@code date}. */
    private String holder(AnnotatedArticle doc, List<ActorMention> actors, Sentence s, int offset, String stateId, LocalDate date) {
        ActorMention subject = null;
        for (ActorMention a : actors) {
            if (a.span().start() >= s.start() && a.span().end() <= offset && a.isActor() && res.isPerson(doc, a.entityId())) {
                subject = a;
            }
        }
        if (subject == null) {
            return null;
        }
        for (Entity.Office o : res.gazetteer.officesOf(subject.entityId())) {
            if (o.heldOn(date)) {
                Entity h = res.gazetteer.holder(o.role(), stateId, date).orElse(null);
                if (h != null) {
                    return h.id();
                }
            }
        }
        return null;
    }

    private boolean counterpart(Token t) {
        return res.clitics.mayBegin(t, counterpartBit) && reading(t) != null;
    }

    /** The reading of {@code t} that is a counterpart word after a conjunction or "ب" at most ("وبنظيره"), or null. */
    private Clitics.Reading reading(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            String p = ArabicCoordination.withoutConjunction(r.prefix());
            if ((p.isEmpty() || p.equals("ب") && r.prefix().length() <= 2) && counterparts.contains(r.word())) {
                return r;
            }
        }
        return null;
    }

    /** The letters of the clitics before the counterpart word: the mention starts after them ("بنظيره" → "نظيره"). */
    private int clitics(Token t) {
        return reading(t).prefix().length();
    }

    private static ActorMention at(List<ActorMention> actors, Token t, ActorMention.Role role) {
        for (ActorMention a : actors) {
            if (a.role() == role && a.span().start() < t.end() && a.span().end() > t.start()) {
                return a;
            }
        }
        return null;
    }
}
