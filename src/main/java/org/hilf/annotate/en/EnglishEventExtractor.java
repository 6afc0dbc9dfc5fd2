package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;
import org.hilf.annotate.frame.EventDating;
import org.hilf.annotate.frame.Frame;
import org.hilf.annotate.frame.PriorEvents;
import org.hilf.annotate.frame.SlotFiller;

/**
 * Finds meetings, visits, summits and agreements in English sentences with the frames of
 * {@code data/lexicon/en/frames.tsv}: this class reads the clause (triggers, actor phrases from
 * {@link EnglishChunker}, modality from {@link EnglishClause}, dates) and the language-neutral
 * engine ({@code org.hilf.annotate.frame}) fills the roles, assembles, dates and merges the events.
 * A trigger may stand in several frames: the first that makes an event wins. Words inside
 * quotations report nothing. Other articles are left alone. Stateless after construction and thread-safe.
 */
public final class EnglishEventExtractor implements Annotator {
    private static final boolean DEBUG = System.getenv("HILF_DEBUG_FRAMES") != null;

    /** The frames a trigger at words [from, to) may report. */
    record Found(List<Frame> frames, int from, int to) { }

    private final EnglishResources res;
    private final EnglishChunker chunker;
    private final EnglishClause clause;
    private final EnglishPlaces places;
    private final EnglishEventRules rules;
    private final EnglishAttendance attendance;
    private final EnglishSummitDocuments documents;
    private final EnglishAgreements agreements;
    private final EnglishBilaterals bilaterals;
    private final EventAssembler assembler;
    private final EnPhrases<List<Frame>> triggers;
    /** "Among the European leaders were …", "… and Iran by Y": attendees the frames' triggers alone miss. */
    private final EnglishListOpeners listOpeners;
    private final EnglishArticlePasses passes;
    private final EnglishHeldSummits held;
    private final EnglishLeaderAnaphors leaders;
    private final EnglishSentenceActors actors;

    public EnglishEventExtractor(EnglishResources res) {
        this.res = res;
        this.chunker = new EnglishChunker(res);
        this.clause = new EnglishClause(res);
        this.places = new EnglishPlaces(res);
        this.assembler = new EventAssembler(res.gazetteer);
        this.agreements = new EnglishAgreements(res);
        this.rules = new EnglishEventRules(res, agreements);
        this.attendance = new EnglishAttendance(res);
        this.documents = new EnglishSummitDocuments(res, agreements);
        this.bilaterals = new EnglishBilaterals(res);
        List<Frame> frames = EnglishFrames.frames(res);
        this.triggers = EnglishFrames.triggers(res, frames);
        this.listOpeners = new EnglishListOpeners(frames);
        this.held = new EnglishHeldSummits(res);
        this.leaders = new EnglishLeaderAnaphors(res);
        this.actors = new EnglishSentenceActors(res);
        this.passes = new EnglishArticlePasses(res, rules, attendance, bilaterals, documents, held);
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.DATES, Keys.NEW_ENTITIES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.EVENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        List<EventMention> out = new ArrayList<>();
        Set<Sentence> sidelines = new java.util.HashSet<>();
        Set<Sentence> travel = new java.util.HashSet<>();
        Map<Integer, ActorMention> antecedents = Antecedents.of(doc, res.tokenizer);
        List<EnglishCompanions.Seen> witnessed = new ArrayList<>();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<EnToken> tokens = res.tokenizer.tokens(doc, s.start(), s.end());
            if (clause.sidelines(tokens)) {
                sidelines.add(s);
            }
            if (sentence(doc, s, tokens, out, sidelines.contains(s), Antecedents.within(doc, s, res.tokenizer, antecedents.get(s.index())), witnessed)) {
                travel.add(s);
            }
        }
        doc.set(Keys.EVENTS, passes.apply(doc, out, sidelines, travel, witnessed));
    }

    /** Reads one sentence's events into {@code out} (and the witnesses of its agreements into {@code witnessed}); true when it has a word of travel or visit. */
    private boolean sentence(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, List<EventMention> out, boolean sidelines,
                             ActorMention antecedent, List<EnglishCompanions.Seen> witnessed) {
        List<Span> quoted = Quotations.of(doc.text(), s);
        List<Found> found = new ArrayList<>();
        for (int i = listOpeners.addOpener(doc, s, tokens, quoted, found); i < tokens.size(); i++) {
            EnPhrases.Hit<List<Frame>> hit = triggers.longestAt(tokens, i);
            if (hit != null && !Quotations.inside(quoted, tokens.get(i).start())) {
                found.add(new Found(hit.value(), i, hit.to()));
                i = hit.to() - 1;
            }
        }
        listOpeners.addGapped(tokens, found);
        // "agreed to meet", "joined to sign": a verb that controls the next event word reports no event of its own
        found.removeIf(f -> f.to() + 1 < tokens.size() && tokens.get(f.to()).folded().equals("to")
                && found.stream().anyMatch(g -> g.from() == f.to() + 1));
        // "agreed that India and China were partners", "agreed to deepen ties": a shared view or a wish, no agreement made
        found.removeIf(f -> agreements.noneMade(tokens, f.to()) || clause.officeReturn(tokens, f.to())); // "returned to office"
        if (found.isEmpty()) {
            return false;
        }
        boolean travel = found.stream().anyMatch(f -> f.frames().stream().anyMatch(x -> x.type().equals("Visit") && !x.id().startsWith("receive")));
        boolean[] anchors = new boolean[tokens.size()];
        found.forEach(f -> { for (int k = f.from(); k < f.to(); k++) { anchors[k] = true; } });
        boolean[] attribute = new boolean[tokens.size()];
        boolean[] topic = clause.sidelineZone(tokens); // the gathering is where, not who
        List<ActorMention> mentions = actors.of(doc, s, tokens, quoted, antecedent, attribute);
        List<DateMention> dates = doc.get(Keys.DATES).stream().filter(d -> s.span().contains(d.span()) && d.resolved()
                && !EnglishHorizons.deadline(doc.text(), d.span())).toList();
        List<Chunk> chunks = EnglishEventRules.absoluteSubjects(tokens, EnglishInclusions.marked(tokens, chunker.chunks(tokens, mentions, anchors, topic, attribute)), anchors);
        List<Chunk> inZone = chunker.zoneRead(tokens, mentions, anchors, topic, attribute, chunks);
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        if (DEBUG) {
            System.err.println("S" + s.index() + " triggers=" + found.stream().map(f -> f.frames().get(0).id() + "@" + f.from()).toList());
            chunks.forEach(c -> System.err.println("   chunk " + c.from() + "-" + c.to() + " '" + c.intro() + "' "
                    + c.actors().stream().map(ActorMention::entityId).toList() + (c.anaphor() ? " anaphor" : "")));
        }
        List<Integer> touched = new ArrayList<>();
        List<Map<String, Chunk>> joins = new ArrayList<>();
        List<DateMention> joinDates = new ArrayList<>();
        List<Integer> joinsSummit = new ArrayList<>(); // where attendance names its gathering (EnglishAttendance.joinTarget)
        List<String> joinFrames = new ArrayList<>();
        int before = out.size();
        boolean previousPlanned = false;
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            int previousEnd = n == 0 ? 0 : found.get(n - 1).to();
            int lower = clause.clauseStart(tokens, f.from(), previousEnd);
            lower = EnglishEventRules.relativeAntecedent(tokens, chunks, lower, previousEnd);
            int upper = n + 1 < found.size() ? found.get(n + 1).from() : tokens.size();
            if (clause.negated(tokens, f.from(), EnglishClause.negationFrom(f.frames(), f.from(), lower))) {
                continue;
            }
            // "is set to travel to Brasilia for talks with Lula": the talks are as planned as the travel
            boolean planned = clause.planned(tokens, f.from(), lower) || (previousPlanned && lower == previousEnd && n > 0);
            previousPlanned = planned || f.frames().stream().allMatch(x -> x.mood() == Frame.Mood.FUTURE);
            Span trigger = new Span(tokens.get(f.from()).start(), tokens.get(f.to() - 1).end());
            for (Frame frame0 : f.frames()) {
                Frame frame = frame0.onSidelines() != null && sidelines ? frame0.as(frame0.onSidelines()) : frame0;
                if ((frame.type().equals("Meeting") || frame.isJoin()) && clause.remote(tokens, f.from(), f.to(), lower, upper)
                        || frame.type().equals("Summit") && clause.remote(tokens, f.from(), f.from(), lower, f.from())
                        || frame.mood() == Frame.Mood.PRESENT && EnglishClause.determined(tokens, f.from())) {
                    continue; // a call, "a virtual summit" (not "addressed the summit by video": that summit met); "a visit": no verb
                }
                // "on the sidelines of a BRICS summit hosted by Putin": the gathering's own words name its organization and host
                List<Chunk> read = EnglishEventRules.outsideRelatives(tokens, EnglishChunker.forFrame(topic[f.from()] && (frame.type().equals("Summit")
                        || frame.isJoin()) ? inZone : chunks, frame.type().equals("Agreement") && PriorEvents.gatheringIsLatest(out),
                        tokens, f.to(), frame0.id().startsWith("receive")), f.from());
                int from = frame.type().equals("Summit") ? clause.reportStart(tokens, f.from(), lower) : lower; // not who says it will be held
                Map<String, Chunk> roles = SlotFiller.fill(frame, new SlotFiller.Site(f.from(), f.to(), from, upper, false), read);
                roles = roles == null ? null : EnglishSummitModifiers.withModifier(frame, roles, read, tokens, f.from());
                roles = roles == null ? null : held.withHolders(frame, roles, read, tokens, f.from(), from);
                roles = roles == null || !frame.type().equals("Agreement") ? roles : agreements.withinClause(roles, tokens, f.to());
                if (DEBUG) {
                    System.err.println("   " + frame.id() + " -> " + (roles == null ? null : roles.keySet()));
                }
                if (roles == null || EnglishClause.modifiesTrigger(frame, f, roles, anchors, tokens)) {
                    continue;
                }
                // "a tour that will also take him to Tanzania": a planning word between the visit word and its host
                boolean plan = planned || frame.mood() == Frame.Mood.FUTURE || roles.containsKey("H") && clause.planned(tokens, roles.get("H").from(), f.to())
                        || clause.plannedRelative(frame, tokens, f.to());
                int segFrom = tokens.get(Math.min(lower, tokens.size() - 1)).start();
                int segTo = upper < tokens.size() ? tokens.get(upper).start() : Integer.MAX_VALUE;
                boolean present = frame.mood() == Frame.Mood.PRESENT && !plan;
                DateMention date = EventDating.datesFor(EnglishDates.ofClause(dates, tokens, f.to()), segFrom, trigger.start(), trigger.end(), segTo, present).get(0);
                date = frame.type().equals("Summit") ? EnglishDates.yearNaming(dates, tokens, f.from(), date) : date;
                if (present && (date == null || date.weekdayOnly())) {
                    date = date != null ? date : EventDating.today(doc, trigger);
                }
                if (plan) {
                    date = EventDating.future(date, anchor);
                } else if (date != null && anchor != null && date.start().isAfter(anchor)) {
                    date = clause.lastOccasion(tokens, f.from(), date, anchor);
                    plan = date.start().isAfter(anchor);
                }
                if (frame.isJoin()) {
                    joins.add(frame.id().equals("represented") ? EnglishEventRules.representedBodies(roles, res, doc) : roles);
                    joinDates.add(date);
                    joinsSummit.add(plan ? -1 : attendance.namedGathering(tokens, f.from(), f.to()));
                    joinFrames.add(frame.id());
                    break;
                }
                String place = frame.type().equals("Summit") ? places.summitPlace(doc, tokens, f.to(), s) : places.eventPlace(doc, tokens, f.from(), s);
                EventAssembler.Context c = new EventAssembler.Context(s, trigger, date, EventDating.basis(s, date), plan,
                        leaders.previous(out, tokens, chunks, doc.get(Keys.ACTORS), s), PriorEvents.gathering(out), id -> res.entity(doc, id), place);
                List<EventMention> made = assembler.assemble(frame, roles, c);
                EventMention e = made.isEmpty() ? null : made.get(0); // a visit to several states: its first host here, the others below
                if (e == null && frame.type().equals("Agreement")) {
                    e = rules.adoptedByOneBody(doc, frame, roles, c);
                    e = e != null ? e : agreements.signedWithUnnamed(frame, roles, c, assembler, tokens, f.from(), f.to(), upper);
                }
                if (e == null && EnglishVisitHosts.hostsMet(out, touched, assembler.actors(EnglishVisitHosts.metWith(frame, roles, read, tokens,
                        f.from(), f.to()), c, null), id -> res.entity(doc, id))) {
                    break; // "travel to Israel for talks with Netanyahu", "for a summit with Kishida": the visit's host officials, in the visit
                }
                e = frame.type().equals("Meeting") ? held.leadersSummit(e, roles.get("A"), tokens, f.from()) : e;
                if (e != null && e.type().equals("Summit") && roles.get("O") != null) {
                    e = attendance.withOrganizations(doc, e, roles.get("O"));
                }
                if (e != null && e.type().equals("Summit") && e.organizerId() == null) {
                    String named = places.summitName(tokens, f.from());
                    List<String> next = named != null ? List.of() : attendance.nextSummitOf(doc, out, tokens, f.from());
                    next = named != null || !next.isEmpty() ? next : EnglishEncounters.namedBodyOf(tokens, chunks, f.from());
                    named = next.isEmpty() ? named : next.get(0);
                    org.hilf.annotate.Gazetteer.Summit at = named == null ? places.summitOfPlace(doc, tokens, f.from(), e.date(), EventDating.horizon(doc)) : null;
                    named = at != null ? at.organizationId() : named;
                    // "the summit" after one the article reported is that one, not whichever the place held that year
                    boolean earlier = EnglishEventRules.definite(tokens, f.from()) && EnglishAttendance.earlierSummit(out, e) >= 0;
                    if (named == null && e.placeId() != null && !earlier) {
                        named = places.summitHeldAt(e.placeId(), e.date(), EventDating.horizon(doc));
                    }
                    if (named != null) {
                        Set<String> ps = new java.util.LinkedHashSet<>(e.participants());
                        ps.addAll(next.isEmpty() ? List.of(named) : next);
                        e = e.resolved(named, at != null ? at.placeId() : e.placeId(), e.date(), e.dateBasis(), ps).withPartners(Set.copyOf(next.subList(Math.min(1, next.size()), next.size())));
                    }
                }
                int gathering = frame.type().equals("Summit") && (e == null || !e.planned()) ? EnglishEncounters.named(out, touched, tokens, f.from(), roles) : -1;
                if (gathering >= 0) { // "met in Riyadh for an extraordinary summit": one summit
                    out.set(gathering, EnglishEncounters.asSummit(out.get(gathering), e, tokens, f.from()));
                    break;
                }
                int purpose = e != null && e.type().equals("Meeting") ? EnglishEncounters.purposeOf(out, touched, tokens, f.from()) : -1;
                if (purpose >= 0) { // "hosted his counterparts … for a meeting of Quad foreign ministers": one meeting
                    out.set(purpose, out.get(purpose).absorb(e));
                    break;
                }
                boolean again = documents.definiteAgreement(tokens, f.to(), e); // "signed the pact"
                if (e != null && (again || EnglishAttendance.definite(tokens, f.from()) && chunks.stream().noneMatch(x -> x.to() == f.from()))) {
                    // "after the talks with Nakatani", "attended the summit as a guest": the event already reported, not a new one
                    // (not "the crown prince held talks": the words before are its subject, not a determiner of the talks)
                    boolean undated = e.date() == null || !s.span().contains(e.date().span());
                    int earlier = undated && (again || EnglishEventRules.definite(tokens, f.from())) ? rules.earlierReport(doc, out, e) : -1;
                    earlier = earlier >= 0 ? earlier : EnglishAttendance.earlierSummit(out, e, EnglishAttendance.chaired(found, n));
                    if (earlier >= 0) {
                        out.set(earlier, out.get(earlier).absorb(e));
                        touched.add(earlier);
                        break;
                    }
                }
                if (e != null) {
                    for (EventMention v : made.isEmpty() || e != made.get(0) ? List.of(e) : made) { // "will travel to Eswatini, Angola and Eritrea": one visit each
                        out.add(v);
                        touched.add(out.size() - 1);
                    }
                    bilaterals.alsoWith(out, frame, roles, read, tokens, f.from(), upper, assembler, c); // "separate talks with X and with Y"
                    break;
                }
            }
        }
        for (int j = 0; j < joins.size(); j++) {
            // "X took part in a session, while Y held separate talks with Z": an encounter of its own gains no attendee
            List<Integer> own = touched.stream().filter(i -> !rules.apart(doc, out.get(i))).toList();
            if (EnglishCompanions.companion(joinFrames.get(j))) {
                EnglishCompanions.join(assembler, out, own, before, joinFrames.get(j), joins.get(j), joinDates.get(j), s,
                        id -> res.entity(doc, id)).ifPresent(witnessed::add);
                continue;
            }
            int target = joinFrames.get(j).equals("mediated-by") ? EnglishAttendance.mediated(out, own)
                    : EnglishAttendance.joinTarget(out, own, joinsSummit.get(j), before, joinDates.get(j));
            if (target >= 0) {
                List<EventMention> one = new ArrayList<>(List.of(out.get(target)));
                assembler.join(one, 0, joins.get(j), joinDates.get(j), s, id -> res.entity(doc, id));
                out.set(target, one.get(0));
            }
        }
        return travel;
    }
}
