package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Finds meetings, visits and summits in Arabic sentences from the words of diplomacy
 * ({@code data/lexicon/event_triggers.tsv}), with their participants, place, date and modality.
 *
 * <p>Rules, per sentence of the article's content:
 * <ul>
 *   <li>participants are the actors the sentence names (not adjectives, not places), except those
 *       in a topic clause ("بشأن كوريا الشمالية"، see {@code topic_markers.txt}); a person acting in
 *       an office brings the body of the office</li>
 *   <li>a visit's hosts are the states or capitals after its word; its visitor the first person named</li>
 *   <li>a summit's organizer is the organization right after "قمة"; a capital there is its place</li>
 *   <li>the date is the one nearest the event word; several distinct dates before it ("في إبريل 2022
 *       وفي إبريل 2023") make one event each</li>
 *   <li>a negation right before the word ("لم يلتق") drops the event; a future form or a planning
 *       word ("من المقرر"، "سيلتقي") makes it planned</li>
 * </ul>
 * Stateless after construction and thread-safe.
 */
public final class ArabicEventExtractor implements Annotator {
    private static final int PLANNED_WINDOW = 5;

    private record Trigger(String type, boolean planned, List<String> tokens) { }

    private record Found(Trigger trigger, int index, int end) { }

    private final ArabicResources res;
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<List<String>> plannedMarkers;
    private final Set<String> negations;
    private final List<List<String>> topicMarkers;

    public ArabicEventExtractor(ArabicResources res) {
        this.res = res;
        for (Tsv.Row r : Tsv.read("lexicon/event_triggers.tsv")) {
            for (String f : r.list("forms_ar")) {
                triggers.add(new Trigger(r.required("type"), Boolean.parseBoolean(r.get("planned")),
                        AliasIndex.split(res.normalizer.normalize(f))));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/agreement_triggers.tsv")) {
            for (String f : r.list("forms_ar")) {
                triggers.add(new Trigger("Agreement", Boolean.parseBoolean(r.get("planned")),
                        AliasIndex.split(res.normalizer.normalize(f))));
            }
        }
        triggers.sort((a, b) -> b.tokens().size() - a.tokens().size());
        plannedMarkers = res.fold(Tsv.words("lexicon/planned_markers.txt")).stream().map(AliasIndex::split).toList();
        negations = Set.copyOf(res.fold(Tsv.words("lexicon/negations.txt")));
        topicMarkers = res.fold(Tsv.words("lexicon/topic_markers.txt")).stream().map(AliasIndex::split).toList();
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.DATES, Keys.NEW_ENTITIES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.EVENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<EventMention> out = new ArrayList<>();
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = NormalizedText.of(doc.text(), res.normalizer);
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                sentence(doc, s, res.tokenizer.tokens(text, s.start(), s.end()), out);
            }
        }
        doc.set(Keys.EVENTS, List.copyOf(out));
    }

    private void sentence(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<EventMention> out) {
        List<Found> found = findTriggers(tokens);
        if (found.isEmpty()) {
            return;
        }
        List<ActorMention> actors = doc.get(Keys.ACTORS).stream().filter(a -> s.span().contains(a.span())).toList();
        List<DateMention> dates = doc.get(Keys.DATES).stream().filter(d -> s.span().contains(d.span()) && d.resolved()).toList();
        boolean[] topic = topicZones(tokens, found);
        boolean hasSummit = found.stream().anyMatch(f -> f.trigger().type().equals("Summit"));
        Set<String> done = new LinkedHashSet<>();
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            String type = f.trigger().type();
            if (type.equals("Join") || (type.equals("Meeting") && hasSummit) || negated(tokens, f.index())) {
                continue;
            }
            if (!done.add(type)) {
                continue;
            }
            boolean planned = f.trigger().planned() || plannedBefore(tokens, f.index());
            int segStart = n == 0 ? 0 : found.get(n - 1).end();
            int segEnd = n + 1 < found.size() ? found.get(n + 1).index() : tokens.size();
            List<ActorMention> named = actors.stream()
                    .filter(a -> a.isActor() && !topic[tokenAt(tokens, a.span().start())]
                            && !quoted(doc.text(), s, a.span().start())).toList();
            Span trigger = new Span(tokens.get(f.index()).start(), tokens.get(f.end() - 1).end());
            for (DateMention date : datesFor(dates, tokens, f, segStart, segEnd)) {
                DateMention d = planned && date != null ? future(date, doc.get(Keys.ANCHOR).date()) : date;
                EventMention e = switch (type) {
                    case "Visit" -> visit(doc, s, tokens, f, segEnd, actors, named, trigger, d, planned);
                    case "Summit" -> summit(doc, s, tokens, f, actors, named, trigger, d, planned);
                    default -> meeting(type, doc, s, named, trigger, d, planned);
                };
                if (e != null) {
                    out.add(e);
                }
            }
        }
    }

    private List<Found> findTriggers(List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Trigger t : triggers) {
                if (matches(tokens, i, t.tokens())) {
                    found.add(new Found(t, i, i + t.tokens().size()));
                    i += t.tokens().size() - 1;
                    break;
                }
            }
        }
        return found;
    }

    private boolean matches(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i).text())) {
            if (!r.word().equals(words.get(0)) || r.prefix().length() > 1 || r.prefix().equals("ك")) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words.size() && ok; k++) {
                ok = tokens.get(i + k).text().equals(words.get(k));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Token positions inside a topic clause: from a topic marker to the next comma or event word. */
    private boolean[] topicZones(List<Token> tokens, List<Found> found) {
        boolean[] zone = new boolean[tokens.size() + 1];
        Set<Integer> eventWords = new java.util.HashSet<>();
        found.forEach(f -> eventWords.add(f.index()));
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> m : topicMarkers) {
                if (matchesPlain(tokens, i, m)) {
                    for (int k = i; k < tokens.size(); k++) {
                        if (k > i && (tokens.get(k).commaBefore() || eventWords.contains(k))) {
                            break;
                        }
                        zone[k] = true;
                    }
                    break;
                }
            }
        }
        return zone;
    }

    /** The words at i, the first with or without a conjunction or preposition. */
    private boolean matchesPlain(List<Token> tokens, int i, List<String> words) {
        return matches(tokens, i, words);
    }

    private boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (negations.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean plannedBefore(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - PLANNED_WINDOW); k < i; k++) {
            for (List<String> m : plannedMarkers) {
                if (matches(tokens, k, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The dates of an event: the distinct dates of its segment (between the neighbouring event
     * words), else the date nearest the event word in the sentence, else none (a list of one null).
     */
    private static List<DateMention> datesFor(List<DateMention> dates, List<Token> tokens, Found f, int segStart, int segEnd) {
        int from = segStart < tokens.size() ? tokens.get(segStart).start() : Integer.MAX_VALUE;
        int to = segEnd < tokens.size() ? tokens.get(segEnd).start() : Integer.MAX_VALUE;
        Map<LocalDate, DateMention> distinct = new LinkedHashMap<>();
        for (DateMention d : dates) {
            if (d.span().start() >= from && d.span().start() < to) {
                DateMention old = distinct.get(d.start());
                if (old == null || old.granularity().compareTo(d.granularity()) > 0) {
                    distinct.put(d.start(), d);
                }
            }
        }
        if (!distinct.isEmpty()) {
            return removeCovered(new ArrayList<>(distinct.values()));
        }
        int at = tokens.get(f.index()).start();
        DateMention best = null;
        for (DateMention d : dates) {
            if (best == null || Math.abs(d.span().start() - at) < Math.abs(best.span().start() - at)) {
                best = d;
            }
        }
        List<DateMention> one = new ArrayList<>();
        one.add(best);
        return one;
    }

    /** "الأحد الماضي 29 يناير": a coarser or equal date that contains a finer one is the same date. */
    private static List<DateMention> removeCovered(List<DateMention> list) {
        List<DateMention> keep = new ArrayList<>();
        for (DateMention d : list) {
            boolean covered = list.stream().anyMatch(o -> o != d && o.granularity().compareTo(d.granularity()) < 0
                    && !o.start().isBefore(d.start()) && !o.end().isAfter(d.end()));
            if (!covered) {
                keep.add(d);
            }
        }
        return keep;
    }

    /** A planned event's bare weekday is the next such day, not the last one. */
    private static DateMention future(DateMention d, LocalDate anchor) {
        if (!d.weekdayOnly() || anchor == null || !d.start().isBefore(anchor)) {
            return d;
        }
        LocalDate next = d.start().plusWeeks(1);
        return new DateMention(d.span(), d.text(), next, next, d.granularity(), true, true, true);
    }

    /** A meeting or an agreement: two or more parties named in the sentence. */
    private EventMention meeting(String type, AnnotatedArticle doc, Sentence s, List<ActorMention> named, Span trigger,
                                 DateMention date, boolean planned) {
        Set<String> participants = participants(doc, named, date);
        long distinct = named.stream().map(ActorMention::entityId).distinct().count();
        if (participants.size() < 2 || distinct < 2 && named.stream().noneMatch(a -> isPerson(doc, a.entityId()))) {
            return null;
        }
        return new EventMention(type, s, trigger, participants, null, null, placeOf(doc, s), null, date, planned, named);
    }

    private EventMention visit(AnnotatedArticle doc, Sentence s, List<Token> tokens, Found f, int segEnd,
                               List<ActorMention> actors, List<ActorMention> named, Span trigger, DateMention date,
                               boolean planned) {
        int after = tokens.get(f.end() - 1).end();
        int before = segEnd < tokens.size() ? tokens.get(segEnd).start() : Integer.MAX_VALUE;
        Set<String> hosts = new LinkedHashSet<>();
        String place = null;
        for (ActorMention a : actors) {
            if (a.span().start() < after || a.span().start() >= before || a.role() == ActorMention.Role.ATTRIBUTE
                    || quoted(doc.text(), s, a.span().start())) {
                continue;
            }
            Entity e = entity(doc, a.entityId());
            if (e == null) {
                continue;
            }
            if (e.type() == EntityType.STATE) {
                hosts.add(e.id());
            } else if (e.type() == EntityType.PLACE && e.countryId() != null) {
                hosts.add(e.countryId());
                place = place == null ? e.id() : place;
            }
        }
        ActorMention visitor = named.stream().filter(a -> isPerson(doc, a.entityId())).findFirst()
                .orElse(named.stream().filter(a -> !hosts.contains(a.entityId())).findFirst().orElse(null));
        if (hosts.isEmpty() || visitor == null) {
            return null;
        }
        Set<String> participants = participants(doc, List.of(visitor), date);
        participants.addAll(hosts);
        return new EventMention("Visit", s, trigger, participants, visitor.entityId(), String.join(" ", hosts),
                place != null ? place : placeOf(doc, s), null, date, planned, actors);
    }

    private EventMention summit(AnnotatedArticle doc, Sentence s, List<Token> tokens, Found f, List<ActorMention> actors,
                                List<ActorMention> named, Span trigger, DateMention date, boolean planned) {
        String organizer = null;
        String place = null;
        int windowEnd = f.end() + 4 < tokens.size() ? tokens.get(f.end() + 4).end() : Integer.MAX_VALUE;
        int after = tokens.get(f.end() - 1).end();
        List<ActorMention> near = actors.stream().filter(a -> a.span().start() >= after && a.span().start() < windowEnd).toList();
        for (ActorMention a : near) {
            Entity e = entity(doc, a.entityId());
            if (e == null) {
                continue;
            }
            if (organizer == null && e.type().isOrganization()) {
                organizer = e.id();
            } else if (place == null && e.type() == EntityType.PLACE) {
                place = e.id();
            }
        }
        String summitPlace = place != null ? place : placeOf(doc, s);
        String placeState = summitPlace == null ? null : entity(doc, summitPlace) == null ? null : entity(doc, summitPlace).countryId();
        List<ActorMention> takingPart = named.stream()
                .filter(a -> !(placeState != null && a.entityId().equals(placeState) && near.contains(a))).toList();
        Set<String> participants = participants(doc, takingPart, date);
        if (organizer != null) {
            participants.add(organizer);
        }
        if (organizer == null && participants.size() < 2) {
            return null;
        }
        return new EventMention("Summit", s, trigger, participants, null, null, summitPlace, organizer, date, planned, actors);
    }

    /** The first place (a capital or state as location) the sentence names. */
    private String placeOf(AnnotatedArticle doc, Sentence s) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (s.span().contains(a.span()) && a.role() == ActorMention.Role.PLACE) {
                Entity e = entity(doc, a.entityId());
                if (e != null && e.type() == EntityType.PLACE) {
                    return e.id();
                }
                if (e != null && e.type() == EntityType.STATE) {
                    return "place/state-" + e.isoCode();
                }
            }
        }
        return null;
    }

    /** The actors and, for each person, the body of the office held at the event's date. */
    private Set<String> participants(AnnotatedArticle doc, List<ActorMention> named, DateMention date) {
        LocalDate when = date != null && date.start() != null ? date.start() : doc.get(Keys.ANCHOR).date();
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention a : named) {
            out.add(a.entityId());
            Entity e = entity(doc, a.entityId());
            if (e == null || e.type() != EntityType.PERSON) {
                continue;
            }
            String aff = a.affiliationId() != null ? a.affiliationId()
                    : e.affiliationId() != null ? e.affiliationId() : res.gazetteer.affiliationOn(e.id(), when).orElse(null);
            if (aff != null) {
                out.add(aff);
            }
        }
        return out;
    }

    private boolean isPerson(AnnotatedArticle doc, String id) {
        Entity e = entity(doc, id);
        return e != null && e.type() == EntityType.PERSON;
    }

    private Entity entity(AnnotatedArticle doc, String id) {
        return res.gazetteer.entity(id).orElseGet(() -> doc.get(Keys.NEW_ENTITIES).get(id));
    }

    /** True when the offset lies inside quotation marks of its sentence: quoted words are what was said. */
    static boolean quoted(String text, Sentence s, int offset) {
        int depth = 0;
        boolean straight = false;
        for (int i = s.start(); i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                depth++;
            } else if ((c == '”' || c == '»') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
