package org.hilf.annotate.frame;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;

/**
 * The earlier events of an article that later words refer back to, found among the events made so
 * far (in text order): the encounter "الجانبان"، "the two sides" mean, and the gathering "القادة"،
 * "the leaders" attended. Stateless.
 */
public final class PriorEvents {
    /** How far back (characters) the people a counted word means may have been named: a few sentences. */
    private static final int NAMED_WITHIN = 600;

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

    /**
     * The event a counted word for people ("the two leaders", "الزعيمان") stands for: {@code last} when it
     * has exactly {@code n} people, each of whom {@code fits}; else the latest event of {@code events}
     * that has; {@code last} when none has ("Xi met Modi … Modi attends the SCO summit … The two leaders
     * last met in Kazan": Xi and Modi, not the summit's one attendee).
     */
    public static EventMention ofPeople(List<EventMention> events, EventMention last, int n, java.util.function.Predicate<String> fits) {
        for (int i = events.size() - 1; i >= 0 && n > 0 && last != null && !people(last, n, fits); i--) {
            if (people(events.get(i), n, fits)) {
                return events.get(i);
            }
        }
        return last;
    }

    /**
     * Whether {@code e} has exactly {@code n} people, each of whom {@code fits}: the event a counted word for
     * people stands for (null is none).
     */
    public static boolean hasPeople(EventMention e, int n, java.util.function.Predicate<String> fits) {
        return e != null && people(e, n, fits);
    }

    /**
     * A stand-in for the people a counted word means when no event reported them together ("أشرف الرئيس
     * تبون ونظيره الموريتاني على تدشين المعبر … وعقد الرئيسان لقاء"): the last {@code n} distinct people of
     * {@code mentions} named before {@code sentence}, in the sentences just before it, who each {@code fits},
     * with the states the article named them for, else {@code stateOf} them; null unless there are {@code n} of them.
     */
    public static EventMention named(List<ActorMention> mentions, org.hilf.annotate.Sentence sentence, int n,
                                     java.util.function.Predicate<String> fits, java.util.function.Function<String, String> stateOf) {
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        java.util.Set<String> ps = new java.util.LinkedHashSet<>();
        for (int i = mentions.size() - 1; i >= 0 && people.size() < n; i--) {
            ActorMention m = mentions.get(i);
            if (m.span().start() >= sentence.start() || sentence.start() - m.span().end() > NAMED_WITHIN) {
                continue;
            }
            String id = m.entityId();
            if (m.isActor() && id.startsWith("person/") && fits.test(id) && people.add(id)) {
                ps.add(id);
                String state = mentions.stream().filter(o -> o.entityId().equals(id) && o.affiliationId() != null
                        && o.affiliationId().startsWith("state/")).map(ActorMention::affiliationId).findFirst().orElseGet(() -> stateOf.apply(id));
                if (state != null) {
                    ps.add(state);
                }
            }
        }
        return people.size() < n ? null
                : new EventMention("Meeting", sentence, new org.hilf.annotate.Span(sentence.start(), sentence.start()), ps, null, null,
                        null, null, null, null, false, List.of());
    }

    private static boolean people(EventMention e, int n, java.util.function.Predicate<String> fits) {
        List<String> people = e.participants().stream().filter(p -> p.startsWith("person/")).toList();
        return people.size() == n && people.stream().allMatch(fits);
    }

    /** The one state whose offices of {@code roles} (any, when empty) a person held at some time; null when none or several. */
    public static java.util.function.Function<String, String> stateOf(org.hilf.annotate.Gazetteer gazetteer, java.util.Set<String> roles) {
        return p -> {
            List<String> states = gazetteer.officesOf(p).stream().filter(o -> roles.isEmpty() || roles.contains(o.role()))
                    .map(o -> o.affiliationId()).filter(a -> a != null && a.startsWith("state/")).distinct().toList();
            return states.size() == 1 ? states.get(0) : null;
        };
    }

    /** People who held one of {@code roles} at some time; any person when there are none, and one the gazetteer knows no office of. */
    public static java.util.function.Predicate<String> holding(org.hilf.annotate.Gazetteer gazetteer, java.util.Set<String> roles) {
        return p -> roles.isEmpty() || gazetteer.officesOf(p).isEmpty() || gazetteer.officesOf(p).stream().anyMatch(o -> roles.contains(o.role()));
    }
}
