package org.hilf.annotate.frame;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

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
     * attendees for a meeting on its sidelines), and unless the latest is a summit named in the sentence of
     * an encounter (its setting: the encounter); null when there is none.
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
            } else if (best == last && last.type().equals("Summit") && e.type().equals("Meeting")) {
                best = e; // "held talks … a day after the G20 summit ended, and the two sides signed": the talks; the summit is their setting
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
     * The body a word for all who took part ("القادة"، "الوزراء") stands for: the organizer of the latest
     * gathering an organization held; with none, the one organization of the body's own meeting just
     * reported ("عقد مجلس وزراء خارجية مجلس التعاون اجتماعه … واعتمد الوزراء خطة"), which names no state;
     * else null.
     */
    /** {@code body}, and when it holds {@code gathering}, the partners it holds that summit with ({@link EventMention#partners}). */
    public static List<String> withPartners(String body, EventMention gathering) {
        List<String> out = new java.util.ArrayList<>(List.of(body));
        if (gathering != null && body.equals(gathering.organizerId())) {
            gathering.partners().stream().sorted().forEach(out::add);
        }
        return out;
    }

    public static String groupBody(EventMention gathering, EventMention previous) {
        if (gathering != null) {
            return gathering.organizerId();
        }
        if (previous == null || !previous.type().equals("Meeting")) {
            return null;
        }
        List<String> sides = previous.participants().stream().filter(p -> !p.startsWith("person/")).toList();
        return sides.size() == 1 && sides.get(0).startsWith("org/") ? sides.get(0) : null;
    }

    /**
     * Whether the latest event that an organization held is still the one a word for all who took part
     * stands for: no encounter of one or two sides was reported after it ("CSTO leaders gathered for their
     * summit … Japarov hosted Putin, Lukashenko, Tokayev and Rahmon … The leaders approved a strategy": the
     * summit's body; not "The leaders" after a bilateral meeting on its sidelines).
     */
    public static boolean gatheringIsLatest(List<EventMention> events) {
        EventMention g = gathering(events);
        if (g == null) {
            return false;
        }
        for (int i = events.size() - 1; i >= 0 && events.get(i) != g; i--) {
            EventMention e = events.get(i);
            if (e.type().equals("Summit") && e.participants().contains(g.organizerId())) {
                continue; // "The League's new secretary general attended his first summit": that gathering again
            }
            if (e.participants().stream().filter(p -> !p.startsWith("person/")).count() <= 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * The event a counted word for people ("the two leaders", "الزعيمان") stands for: {@code last} when it
     * has exactly {@code n} people, each of whom {@code fits}; else the latest event of {@code events}
     * that has; {@code last} when none has ("Xi met Modi … Modi attends the SCO summit … The two leaders
     * last met in Kazan": Xi and Modi, not the summit's one attendee).
     */
    private static EventMention ofPeople(List<EventMention> events, EventMention last, int n, Predicate<String> fits) {
        for (int i = events.size() - 1; i >= 0 && n > 0 && last != null && !people(last, n, fits); i--) {
            if (people(events.get(i), n, fits)) {
                return events.get(i);
            }
        }
        return last;
    }

    /**
     * The event a counted word for people who held one of {@code roles} stands for ("the two leaders",
     * "الرئيسان"): {@link #ofPeople}; when no event has {@code n} such people ("أشرف الرئيس تبون ونظيره
     * الموريتاني على تدشين المعبر … وعقد الرئيسان لقاء"), a stand-in for the last {@code n} distinct such people of
     * {@code mentions} named in the sentences just before {@code sentence}, each with the state the article
     * named them for, else the one state of their offices; {@link #ofPeople}'s answer when there are fewer.
     */
    public static EventMention counted(List<EventMention> events, EventMention last, int n, Set<String> roles, Gazetteer gazetteer,
                                       List<ActorMention> mentions, Sentence sentence) {
        Predicate<String> fits = holding(gazetteer, roles);
        EventMention e = ofPeople(events, last, n, fits);
        if (n <= 0 || e != null && people(e, n, fits)) {
            return e;
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> ps = new LinkedHashSet<>();
        for (int i = mentions.size() - 1; i >= 0 && people.size() < n; i--) {
            ActorMention m = mentions.get(i);
            if (m.span().start() >= sentence.start() || sentence.start() - m.span().end() > NAMED_WITHIN) {
                continue;
            }
            String id = m.entityId();
            if (m.isActor() && id.startsWith("person/") && fits.test(id) && people.add(id)) {
                ps.add(id);
                String state = mentions.stream().filter(o -> o.entityId().equals(id) && o.affiliationId() != null
                        && o.affiliationId().startsWith("state/")).map(ActorMention::affiliationId).findFirst()
                        .orElseGet(() -> stateOf(gazetteer, roles, id));
                if (state != null) {
                    ps.add(state);
                }
            }
        }
        return people.size() < n ? e
                : new EventMention("Meeting", sentence, new Span(sentence.start(), sentence.start()), ps, null, null,
                        null, null, null, null, false, List.of());
    }

    private static boolean people(EventMention e, int n, Predicate<String> fits) {
        List<String> people = e.participants().stream().filter(p -> p.startsWith("person/")).toList();
        return people.size() == n && people.stream().allMatch(fits);
    }

    /** The one state whose offices of {@code roles} (any, when empty) {@code person} held at some time; null when none or several. */
    private static String stateOf(Gazetteer gazetteer, Set<String> roles, String person) {
        List<String> states = gazetteer.officesOf(person).stream().filter(o -> roles.isEmpty() || roles.contains(o.role()))
                .map(o -> o.affiliationId()).filter(a -> a != null && a.startsWith("state/")).distinct().toList();
        return states.size() == 1 ? states.get(0) : null;
    }

    /** People who held one of {@code roles} at some time; any person when there are none, and one the gazetteer knows no office of. */
    private static Predicate<String> holding(Gazetteer gazetteer, Set<String> roles) {
        return p -> roles.isEmpty() || gazetteer.officesOf(p).isEmpty() || gazetteer.officesOf(p).stream().anyMatch(o -> roles.contains(o.role()));
    }
}
