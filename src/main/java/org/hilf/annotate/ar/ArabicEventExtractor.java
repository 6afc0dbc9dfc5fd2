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
    private static final int PLANNED_WINDOW = 8;
    /** Words after the event word that may mark it planned ("قمتهم المقبلة"). */
    private static final int PLANNED_AFTER = 2;
    /**
     * Words between an event word and a participant, at most: a long sentence holds several
     * reports, and the actors of another one stand further away.
     */
    static final int PARTICIPANT_WINDOW = 20;

    private record Trigger(String type, boolean planned, boolean ongoing, List<String> tokens) { }

    private record Found(Trigger trigger, int index, int end) { }

    private final ArabicResources res;
    private final PhraseIndex<Trigger> triggers;
    private final PhraseIndex<Boolean> plannedMarkers;
    private final Set<String> negations;
    private final PhraseIndex<Boolean> topicMarkers;
    private final PhraseIndex<Boolean> remoteMarkers;
    private final PhraseIndex<Boolean> deadlineMarkers;

    public ArabicEventExtractor(ArabicResources res) {
        this.res = res;
        this.triggers = new PhraseIndex<>(res.clitics, false);
        for (Tsv.Row r : Tsv.read("lexicon/event_triggers.tsv")) {
            for (String f : r.list("forms_ar")) {
                List<String> words = AliasIndex.split(res.normalizer.normalize(f));
                triggers.add(words, new Trigger(r.required("type"), Boolean.parseBoolean(r.get("planned")),
                        Boolean.parseBoolean(r.get("ongoing")), words));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/agreement_triggers.tsv")) {
            for (String f : r.list("forms_ar")) {
                List<String> words = AliasIndex.split(res.normalizer.normalize(f));
                triggers.add(words, new Trigger("Agreement", Boolean.parseBoolean(r.get("planned")), false, words));
            }
        }
        plannedMarkers = res.phrases("lexicon/planned_markers.txt");
        negations = Set.copyOf(res.fold(Tsv.words("lexicon/negations.txt")));
        topicMarkers = res.phrases("lexicon/topic_markers.txt");
        remoteMarkers = res.phrases("lexicon/remote_markers.txt");
        deadlineMarkers = res.phrases("lexicon/deadline_markers.txt");
    }

    /** An event word as written, or after a one-letter conjunction or preposition (not ك). */
    private static boolean eventReading(Clitics.Reading r) {
        return r.prefix().length() <= 1 && !r.prefix().equals("ك");
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.DATES, Keys.NEW_ENTITIES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.EVENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<EventMention> out = new ArrayList<>();
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = res.folded(doc);
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                sentence(doc, s, res.tokenizer.tokens(text, s.start(), s.end()), out);
            }
            out = resolveSummits(doc, inheritDates(doc, out));
        }
        doc.set(Keys.EVENTS, List.copyOf(out));
    }

    /** How many sentences back a report's date may come from when its own sentence has none. */
    private static final int CONTEXT_SENTENCES = 2;

    /**
     * A meeting, visit or agreement whose sentence has no date continues the report of the
     * sentences just before it ("أعربت اليابان يوم الثلاثاء …" then "… خلال محادثات مع روته"): it
     * takes the nearest day or month date of the previous two sentences, marked as from context.
     */
    private List<EventMention> inheritDates(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        for (EventMention e : events) {
            if (e.date() != null || e.type().equals("Summit")) {
                out.add(e);
                continue;
            }
            int idx = e.sentence().index();
            int from = sentences.get(Math.max(0, idx - CONTEXT_SENTENCES)).start();
            DateMention best = null;
            for (DateMention d : doc.get(Keys.DATES)) {
                if (d.resolved() && d.span().start() >= from && d.span().end() <= e.sentence().start()
                        && d.granularity() != DateMention.Granularity.YEAR && !dateline(sentences, d)) {
                    best = d;
                }
            }
            DateMention date = best == null ? null : e.planned() ? future(best, doc.get(Keys.ANCHOR).date()) : best;
            out.add(date == null ? e : e.resolved(e.organizerId(), e.placeId(), date, "context", e.participants()));
        }
        return out;
    }

    /**
     * Summits against the reference list ({@code data/gazetteer/summits.tsv}): a summit named with its
     * place but no year ("قمة الناتو في واشنطن") is the organization's summit there nearest before the
     * article's date; one named with its year gets its host city; a summit word with no organizer
     * and no states of its own ("قمة هذا العام") is the article's last resolved summit.
     */
    private List<EventMention> resolveSummits(AnnotatedArticle doc, List<EventMention> events) {
        LocalDate horizon = horizon(doc);
        List<EventMention> out = new ArrayList<>(events.size());
        EventMention last = null;
        for (EventMention e : events) {
            if (!e.type().equals("Summit")) {
                out.add(e);
                continue;
            }
            EventMention r = e;
            if (e.organizerId() != null) {
                if (e.date() != null && e.date().resolved()) {
                    var ref = res.gazetteer.summitIn(e.organizerId(), e.date().start().getYear());
                    if (ref.isPresent() && e.placeId() == null) {
                        r = e.resolved(e.organizerId(), ref.get().placeId(), e.date(), e.dateBasis(), e.participants());
                    }
                } else if (e.placeId() != null) {
                    var ref = res.gazetteer.summitAt(e.organizerId(), e.placeId(), horizon);
                    if (ref.isPresent()) {
                        DateMention d = new DateMention(e.trigger(), "", ref.get().start(), ref.get().end(),
                                DateMention.Granularity.YEAR, true, false, false);
                        r = e.resolved(e.organizerId(), e.placeId(), d, "reference", e.participants());
                    }
                }
                if (r.date() != null) {
                    last = r;
                }
            } else if (last != null && (states(doc, e.participants()) < 2 || definite(doc, e))) {
                Set<String> participants = new LinkedHashSet<>(e.participants());
                participants.add(last.organizerId());
                r = e.resolved(last.organizerId(), last.placeId(), last.date(), "context", participants);
            }
            out.add(r);
        }
        return out;
    }

    /** The article's date as the date of an event reported in the present tense ("يزور"), or null. */
    private static DateMention today(AnnotatedArticle doc, Span trigger) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        return anchor == null ? null : new DateMention(trigger, "", anchor, anchor, DateMention.Granularity.DAY, true, true, false);
    }

    /** A date that stands alone on its line ("19 أبريل 2024") dates the page, not an event. */
    private static boolean dateline(List<Sentence> sentences, DateMention d) {
        for (Sentence s : sentences) {
            if (s.span().contains(d.span().start())) {
                return s.end() - s.start() - d.span().length() < 15;
            }
        }
        return false;
    }

    /** The article's date, or else the latest absolute date it mentions. */
    private static LocalDate horizon(AnnotatedArticle doc) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        if (anchor != null) {
            return anchor;
        }
        return doc.get(Keys.DATES).stream().filter(d -> d.resolved() && !d.relative()).map(DateMention::end)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The state a place lies in: a capital's country, or the state whose territory it is ("place/state-CA"). */
    private String stateOfPlace(AnnotatedArticle doc, String placeId) {
        if (placeId == null) {
            return null;
        }
        if (placeId.startsWith("place/state-")) {
            return "state/" + placeId.substring("place/state-".length());
        }
        Entity e = res.entity(doc, placeId);
        return e == null ? null : e.countryId();
    }

    /** "قمتهم"، "قمتها": a summit word with a possessive pronoun. */
    private static boolean possessive(String word) {
        return word.endsWith("هم") || word.endsWith("ها") || word.endsWith("هما") || word.endsWith("ته");
    }

    /** "القمة": the definite summit word refers back to the summit just named. */
    private boolean definite(AnnotatedArticle doc, EventMention e) {
        String word = res.normalizer.normalize(doc.text().substring(e.trigger().start(), e.trigger().end()));
        for (Clitics.Reading r : res.clitics.readings(word)) {
            if (r.word().startsWith("ال") && r.word().length() <= 6) {
                return true;
            }
        }
        return false;
    }

    private long states(AnnotatedArticle doc, Set<String> ids) {
        return ids.stream().map(id -> res.entity(doc, id)).filter(x -> x != null && x.type() == EntityType.STATE).count();
    }

    /** "text" when the date stands in the event's own sentence, "context" when it came from before. */
    private static String basis(Sentence s, DateMention d) {
        return d == null ? null : s.span().contains(d.span().start()) ? "text" : "context";
    }

    private void sentence(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<EventMention> out) {
        List<Found> found = findTriggers(tokens);
        if (found.isEmpty()) {
            return;
        }
        List<ActorMention> actors = doc.get(Keys.ACTORS).stream().filter(a -> s.span().contains(a.span())).toList();
        List<DateMention> dates = doc.get(Keys.DATES).stream()
                .filter(d -> s.span().contains(d.span()) && d.resolved() && !deadline(tokens, d)).toList();
        boolean[] topic = topicZones(tokens, found);
        Set<String> done = new LinkedHashSet<>();
        Set<String> datedDone = new LinkedHashSet<>();
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            String type = f.trigger().type();
            if (type.equals("Join") || negated(tokens, f.index())
                    || (type.equals("Meeting") && remote(tokens, f))) {
                continue;
            }
            // "لزيارة"، "للقاء": the purpose infinitive is an intention, not a report of what happened
            boolean purpose = purposeForm(tokens.get(f.index()).text(), f);
            boolean planned = f.trigger().planned() || purpose || plannedNear(tokens, f);
            int segStart = n == 0 ? 0 : found.get(n - 1).end();
            int segEnd = n + 1 < found.size() ? found.get(n + 1).index() : tokens.size();
            int at = f.index();
            List<Span> quoted = Quotations.of(doc.text(), s);
            List<ActorMention> named = actors.stream()
                    .filter(a -> a.isActor() && !topic[Tokenizer.indexAt(tokens, a.span().start())]
                            && !Quotations.inside(quoted, a.span().start())
                            && Math.abs(Tokenizer.indexAt(tokens, a.span().start()) - at) <= PARTICIPANT_WINDOW).toList();
            Span trigger = new Span(tokens.get(f.index()).start(), tokens.get(f.end() - 1).end());
            List<DateMention> when = datesFor(dates, tokens, f, segStart, segEnd, f.trigger().ongoing() && !planned);
            for (DateMention date0 : when) {
                // A present-tense report ("يزور") happens on the article's date; a bare weekday near it
                // belongs to another clause ("وسيجتمع … يوم الأربعاء").
                boolean present = f.trigger().ongoing() && !planned;
                DateMention date = present && (date0 == null || date0.weekdayOnly()) ? today(doc, trigger) : date0;
                // One event of a type per sentence, unless a later word of it brings a date of its own.
                String key = type + "|" + (date == null ? "" : date.start());
                if (done.contains(type) && (date == null || !datedDone.add(key))) {
                    continue;
                }
                done.add(type);
                if (date != null) {
                    datedDone.add(key);
                }
                DateMention d = planned && date != null ? future(date, doc.get(Keys.ANCHOR).date()) : date;
                EventMention e = switch (type) {
                    case "Visit" -> visit(doc, s, tokens, f, segEnd, actors.stream()
                            .filter(a -> !topic[Tokenizer.indexAt(tokens, a.span().start())]).toList(), named, trigger, d, planned);
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
            PhraseIndex.Hit<Trigger> hit = triggers.longestAt(tokens, i, ArabicEventExtractor::eventReading);
            if (hit != null) {
                found.add(new Found(hit.value(), i, hit.to()));
                i = hit.to() - 1;
            }
        }
        return found;
    }

    /** Token positions inside a topic clause: from a topic marker to the next comma or event word. */
    private boolean[] topicZones(List<Token> tokens, List<Found> found) {
        boolean[] zone = new boolean[tokens.size() + 1];
        Set<Integer> eventWords = new java.util.HashSet<>();
        found.forEach(f -> eventWords.add(f.index()));
        for (int i = 0; i < tokens.size(); i++) {
            if (topicMarkers.longestAt(tokens, i, ArabicEventExtractor::eventReading) != null) {
                for (int k = i; k < tokens.size(); k++) {
                    if (k > i && (tokens.get(k).commaBefore() || eventWords.contains(k))) {
                        break;
                    }
                    zone[k] = true;
                }
            }
        }
        return zone;
    }

    /** The event word read with the preposition ل ("لزيارة"، "للقاء"). */
    private boolean purposeForm(String token, Found f) {
        for (Clitics.Reading r : res.clitics.readings(token)) {
            if (r.word().equals(f.trigger().tokens().get(0)) && (r.prefix().equals("ل") || r.prefix().equals("لل"))) {
                return true;
            }
        }
        return false;
    }

    /** A call, not a meeting: "محادثات هاتفية"، "اتصال عبر الفيديو" within three words of the meeting word. */
    private boolean remote(List<Token> tokens, Found f) {
        for (int k = Math.max(0, f.index() - 3); k < Math.min(tokens.size(), f.end() + 3); k++) {
            if (remoteMarkers.longestAt(tokens, k, ArabicEventExtractor::eventReading) != null) {
                return true;
            }
        }
        return false;
    }

    /** "بحلول عام 2027": a date right after a deadline word is a horizon, not when something happened. */
    private boolean deadline(List<Token> tokens, DateMention d) {
        int at = Tokenizer.indexAt(tokens, d.span().start());
        for (int k = Math.max(0, at - 3); k < at; k++) {
            PhraseIndex.Hit<Boolean> hit = deadlineMarkers.longestAt(tokens, k, ArabicEventExtractor::eventReading);
            if (hit != null && hit.to() >= at - 1 && hit.to() <= at) {
                return true; // the marker ends right before the date, or one word before it ("بحلول عام 2027")
            }
        }
        return false;
    }

    private boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (negations.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A planning word before the event word ("من المقرر أن …") or just after it ("القمة المقبلة"). */
    private boolean plannedNear(List<Token> tokens, Found f) {
        int i = f.index();
        for (int k = Math.max(0, i - PLANNED_WINDOW); k < Math.min(tokens.size(), f.end() + PLANNED_AFTER); k++) {
            if (k >= i && k < f.end()) {
                continue;
            }
            if (plannedMarkers.longestAt(tokens, k, ArabicEventExtractor::eventReading) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dates of an event. Arabic news dates an event after its word ("التقى … في سيول، أمس
     * الثلاثاء 31 يناير"): the first date between the word and the next event word. Failing that,
     * the distinct dates between the previous event word and this one ("شاركت في إبريل 2022 وفي
     * إبريل 2023 في اجتماعات"), one event each. Failing that, a list of one null.
     */
    private static List<DateMention> datesFor(List<DateMention> dates, List<Token> tokens, Found f, int segStart, int segEnd,
                                              boolean ownSegmentOnly) {
        int from = segStart < tokens.size() ? tokens.get(segStart).start() : Integer.MAX_VALUE;
        int at = tokens.get(f.index()).start();
        int after = tokens.get(f.end() - 1).end();
        int to = segEnd < tokens.size() ? tokens.get(segEnd).start() : Integer.MAX_VALUE;
        for (DateMention d : dates) {
            if (d.span().start() >= after && d.span().start() < to) {
                return List.of(d);
            }
        }
        Map<LocalDate, DateMention> distinct = new LinkedHashMap<>();
        for (DateMention d : dates) {
            if (d.span().start() >= from && d.span().end() <= at) {
                DateMention old = distinct.get(d.start());
                if (old == null || old.granularity().compareTo(d.granularity()) > 0) {
                    distinct.put(d.start(), d);
                }
            }
        }
        if (!distinct.isEmpty()) {
            return removeCovered(new ArrayList<>(distinct.values()));
        }
        if (ownSegmentOnly) {
            List<DateMention> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        DateMention nearest = null;
        for (DateMention d : dates) {
            if (nearest == null || Math.abs(d.span().start() - at) < Math.abs(nearest.span().start() - at)) {
                nearest = d;
            }
        }
        List<DateMention> one = new ArrayList<>();
        one.add(nearest);
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
        // two actors must be named: a person and the state of his own office are one side
        long distinct = named.stream().map(ActorMention::entityId).distinct().count();
        if (participants.size() < 2 || distinct < 2) {
            return null;
        }
        return new EventMention(type, s, trigger, participants, null, null, placeOf(doc, s), null, date, basis(s, date), planned, named);
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
                    || Quotations.inside(Quotations.of(doc.text(), s), a.span().start())) {
                continue;
            }
            Entity e = res.entity(doc, a.entityId());
            if (e == null) {
                continue;
            }
            if (e.type() == EntityType.STATE) {
                hosts.add(e.id());
                // "زار بكين": the capital named for its state is where the visit took place
                if (place == null && e.isoCode() != null && res.aliases.isCapitalOf(res.normalizer.normalize(a.surface()), e.id())) {
                    place = "place/capital-" + e.isoCode();
                }
            } else if (e.type() == EntityType.PLACE && e.countryId() != null) {
                hosts.add(e.countryId());
                place = place == null ? e.id() : place;
            }
        }
        ActorMention visitor = named.stream().filter(a -> res.isPerson(doc, a.entityId())).findFirst()
                .orElse(named.stream().filter(a -> !hosts.contains(a.entityId())).findFirst().orElse(null));
        if (hosts.isEmpty() || visitor == null) {
            return null;
        }
        Set<String> participants = participants(doc, List.of(visitor), date);
        participants.addAll(hosts);
        return new EventMention("Visit", s, trigger, participants, visitor.entityId(), String.join(" ", hosts),
                place != null ? place : placeOf(doc, s), null, date, basis(s, date), planned, actors);
    }

    private EventMention summit(AnnotatedArticle doc, Sentence s, List<Token> tokens, Found f, List<ActorMention> actors,
                                List<ActorMention> named, Span trigger, DateMention date, boolean planned) {
        String organizer = null;
        String place = null;
        int windowEnd = f.end() + 4 < tokens.size() ? tokens.get(f.end() + 4).end() : Integer.MAX_VALUE;
        int after = tokens.get(f.end() - 1).end();
        List<ActorMention> near = actors.stream().filter(a -> a.span().start() >= after && a.span().start() < windowEnd).toList();
        for (ActorMention a : near) {
            Entity e = res.entity(doc, a.entityId());
            if (e == null) {
                continue;
            }
            if (organizer == null && e.type().isOrganization()) {
                organizer = e.id();
            } else if (place == null && e.type() == EntityType.PLACE) {
                place = e.id();
            }
        }
        if (organizer == null && possessive(tokens.get(f.index()).text())) {
            // "قادة دول مجموعة السبع … قمتهم": a possessive summit word belongs to the body named before it
            int before = tokens.get(f.index()).start();
            for (ActorMention a : actors) {
                Entity e = res.entity(doc, a.entityId());
                if (a.span().end() <= before && e != null && e.type().isOrganization()) {
                    organizer = e.id();
                }
            }
        }
        String summitPlace = place != null ? place : placeOf(doc, s);
        if (organizer == null && place != null) {
            // "قمة مدريد عام 2022"، "قمة واشنطن": the summit held there that year, or the latest one before the article
            LocalDate horizon = date != null && date.resolved() ? date.end() : horizon(doc);
            organizer = res.gazetteer.summitAt(null, place, horizon)
                    .filter(x -> date == null || !date.resolved() || x.start().getYear() == date.start().getYear())
                    .map(x -> x.organizationId()).orElse(null);
        }
        String placeState = stateOfPlace(doc, summitPlace);
        List<ActorMention> takingPart = named.stream()
                .filter(a -> !(placeState != null && a.entityId().equals(placeState) && near.contains(a))).toList();
        Set<String> participants = participants(doc, takingPart, date);
        if (organizer != null) {
            participants.add(organizer);
        }
        // The state a summit is held in hosts it, and so takes part: "قمة الناتو في واشنطن" is NATO's and the US's.
        String host = placeState;
        if (host != null && participants.size() < 2) {
            participants.add(host);
        }
        if (participants.size() < 2) {
            return null;
        }
        return new EventMention("Summit", s, trigger, participants, null, participants.contains(host) ? host : null, summitPlace,
                organizer, date, basis(s, date), planned, actors);
    }

    /** The first place (a capital or state as location) the sentence names. */
    private String placeOf(AnnotatedArticle doc, Sentence s) {
        List<Span> quotes = Quotations.of(doc.text(), s);
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (s.span().contains(a.span()) && a.role() == ActorMention.Role.PLACE && !Quotations.inside(quotes, a.span().start())) {
                Entity e = res.entity(doc, a.entityId());
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
            Entity e = res.entity(doc, a.entityId());
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
}
