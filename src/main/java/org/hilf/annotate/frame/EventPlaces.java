package org.hilf.annotate.frame;

import java.util.List;
import java.util.function.Function;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/** Where an event happened, from the places a sentence names. Language-neutral and stateless. */
public final class EventPlaces {
    private EventPlaces() { }

    /** The first place (a capital, a city, a state as location) the sentence names outside quotations, or null. */
    public static String placeOf(AnnotatedArticle doc, Sentence s, Function<String, Entity> entities) {
        return placeOf(doc, s, Integer.MAX_VALUE, entities);
    }

    /** As {@link #placeOf(AnnotatedArticle, Sentence, Function)}, among the places that begin before offset {@code before}. */
    public static String placeOf(AnnotatedArticle doc, Sentence s, int before, Function<String, Entity> entities) {
        List<Span> quotes = Quotations.of(doc.text(), s);
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (s.span().contains(a.span()) && a.span().start() < before && a.role() == ActorMention.Role.PLACE
                    && !Quotations.inside(quotes, a.span().start())) {
                String p = placeId(entities.apply(a.entityId()));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A place's id; a state named as a location is its territory ("place/state-CA"); anything else none. */
    public static String placeId(Entity e) {
        if (e == null) {
            return null;
        }
        return e.type() == EntityType.PLACE ? e.id() : e.type() == EntityType.STATE ? "place/state-" + e.isoCode() : null;
    }
}
