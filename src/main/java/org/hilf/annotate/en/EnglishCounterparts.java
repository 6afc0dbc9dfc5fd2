package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Span;

/**
 * "President Abdel-Fattah El-Sisi received his Somali counterpart": a counterpart the text does not
 * name is the holder, on the article's date, of the office the possessor holds, in the state of the
 * adjective (Somalia's president). The possessor is the sentence's person subject ("his", "her"). A
 * name after the word ("his Japanese counterpart, Yoshimasa Hayashi") says who it is instead, and an
 * office the gazetteer does not fill for that state names no one. Stateless.
 */
final class EnglishCounterparts {
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her");

    private EnglishCounterparts() { }

    /** Mentions standing for the unnamed counterparts of a sentence's words; {@code attributes}: its adjectives of nationality. */
    static List<ActorMention> of(Gazetteer gazetteer, AnnotatedArticle doc, List<EnToken> tokens, List<ActorMention> attributes,
                                 ActorMention possessor) {
        List<ActorMention> out = new ArrayList<>();
        LocalDate date = doc.get(Keys.ANCHOR).date();
        if (possessor == null || date == null || !possessor.entityId().startsWith("person/")) {
            return out;
        }
        for (ActorMention a : attributes) {
            int i = EnPhrases.indexAt(tokens, a.span().start());
            int j = EnPhrases.indexAt(tokens, a.span().end() - 1);
            if (i == 0 || j + 1 >= tokens.size() || !POSSESSIVES.contains(tokens.get(i - 1).folded())
                    || !tokens.get(j + 1).folded().equals("counterpart") || named(tokens, j + 2)) {
                continue;
            }
            holder(gazetteer, possessor.entityId(), a.entityId(), date).ifPresent(h -> {
                EnToken t = tokens.get(j + 1);
                out.add(new ActorMention(new Span(t.start(), t.end()), t.text(), h.id(), ActorMention.Role.NAME, 0.7, null, a.entityId()));
            });
        }
        return out;
    }

    /** Whether a name follows the counterpart word at word {@code k} ("counterpart Yoshimasa Hayashi", "counterpart, Yoshimasa Hayashi"). */
    private static boolean named(List<EnToken> tokens, int k) {
        return k < tokens.size() && tokens.get(k).capitalized();
    }

    /** Who held, in state {@code stateId} on {@code date}, the office {@code personId} held then for another state. */
    private static Optional<Entity> holder(Gazetteer gazetteer, String personId, String stateId, LocalDate date) {
        for (Entity.Office o : gazetteer.officesOf(personId)) {
            if (o.heldOn(date) && o.affiliationId().startsWith("state/") && !o.affiliationId().equals(stateId)) {
                return gazetteer.holder(o.role(), stateId, date);
            }
        }
        return Optional.empty();
    }
}
