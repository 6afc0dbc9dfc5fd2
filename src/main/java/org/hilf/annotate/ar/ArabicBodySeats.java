package org.hilf.annotate.ar;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * The cities where an international body sits ({@code data/lexicon/ar/body_seats.tsv}): a gathering of
 * that body which the city hosts ("القمة الخليجية الأوروبية التي استضافتها بروكسل") is held at its seat,
 * so the city is the venue and its state no host taking part. Immutable; shared by threads.
 */
final class ArabicBodySeats {
    private final ArabicNormalizer normalizer;
    /** Folded city form → the ids of the bodies seated there. */
    private final Map<String, Set<String>> bodiesByCity;

    ArabicBodySeats(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
        Map<String, Set<String>> m = new HashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/body_seats.tsv")) {
            m.put(normalizer.normalize(r.required("city")), Set.copyOf(r.list("bodies")));
        }
        this.bodiesByCity = Map.copyOf(m);
    }

    /**
     * The roles of an attendance or hosting report without the seat city of a body that takes part in
     * {@code events} (the events the report joins): "استضافتها بروكسل" adds no Belgium to an EU summit.
     */
    Map<String, Chunk> withoutSeats(Map<String, Chunk> roles, List<EventMention> events) {
        Map<String, Chunk> out = new LinkedHashMap<>();
        roles.forEach((role, ch) -> {
            List<ActorMention> kept = ch.actors().stream().filter(a -> !seatOfAny(a, events)).toList();
            out.put(role, kept.size() == ch.actors().size() ? ch : new Chunk(ch.intro(), kept, ch.from(), ch.to(), ch.anaphor()));
        });
        return out;
    }

    private boolean seatOfAny(ActorMention a, List<EventMention> events) {
        String surface = normalizer.normalize(a.surface());
        for (Map.Entry<String, Set<String>> seat : bodiesByCity.entrySet()) {
            if (surface.endsWith(seat.getKey()) && events.stream().anyMatch(e -> seat.getValue().stream()
                    .map(body -> "org/" + body).anyMatch(id -> e.participants().contains(id) || id.equals(e.organizerId())))) {
                return true;
            }
        }
        return false;
    }
}
