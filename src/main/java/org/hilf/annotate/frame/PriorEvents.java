package org.hilf.annotate.frame;

import java.util.List;

import org.hilf.annotate.EventMention;

/**
 * The earlier events of an article that later words refer back to, found among the events made so
 * far (in text order): the encounter "الجانبان"، "the two sides" mean, and the gathering "القادة"،
 * "the leaders" attended. Stateless.
 */
public final class PriorEvents {
    private PriorEvents() { }

    /**
     * The event "الجانبان"، "the two sides" refer back to: the latest in {@code events}, unless an
     * earlier one of its sentence takes in all its actors and more, both encounters or both not
     * ("استقبل X Y، الذي وصل إلى المملكة": the reception, not the arrival inside it; not a summit's
     * attendees for a meeting on its sidelines); null when there is none.
     */
    public static EventMention previous(List<EventMention> events) {
        if (events.isEmpty()) {
            return null;
        }
        EventMention last = events.get(events.size() - 1);
        EventMention best = last;
        for (int i = events.size() - 2; i >= 0 && events.get(i).sentence().equals(last.sentence()); i--) {
            EventMention e = events.get(i);
            if (encounter(e) == encounter(last) && e.participants().size() > best.participants().size()
                    && e.participants().containsAll(last.participants())) {
                best = e;
            }
        }
        return best;
    }

    /** A meeting or a visit: an encounter of sides, which a gathering's attendees are not. */
    private static boolean encounter(EventMention e) {
        return e.type().equals("Meeting") || e.type().equals("Visit");
    }

    /** The latest event in {@code events} that an organization held, or null. */
    public static EventMention gathering(List<EventMention> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).organizerId() != null) {
                return events.get(i);
            }
        }
        return null;
    }
}
