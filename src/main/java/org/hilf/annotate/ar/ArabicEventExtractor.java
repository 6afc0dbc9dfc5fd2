package org.hilf.annotate.ar;

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
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;
import org.hilf.annotate.frame.EventDating;
import org.hilf.annotate.frame.EventMerger;
import org.hilf.annotate.frame.EventPlaces;
import org.hilf.annotate.frame.Frame;
import org.hilf.annotate.frame.HeadlineEvents;
import org.hilf.annotate.frame.PriorEvents;
import org.hilf.annotate.frame.SlotFiller;
import org.hilf.annotate.frame.SummitResolver;

/**
 * Finds meetings, visits, summits and agreements in Arabic sentences with the event frames of
 * {@code data/lexicon/ar/frames.tsv}: this class reads the clause (triggers, actor phrases, modality
 * words, dates) and the language-neutral engine ({@code org.hilf.annotate.frame}) fills the roles,
 * assembles, dates and merges the events.
 *
 * <p>Modality: a future trigger, a planning word before it ("من المقرر"، "يعتزم") or just after it
 * ("القمة المقبلة"), a purpose form ("لزيارة"), "قد" before a present form, or a date after the
 * article's date make an event planned; a negation right before the trigger ("لم يلتق"، "ليس من
 * المقرر") or a call ("اتصال هاتفي") means no event. Stateless after construction and thread-safe.
 */
public final class ArabicEventExtractor implements Annotator {

    record Found(Frame frame, int from, int to, Clitics.Reading reading) { }

    private final ArabicResources res;
    private final ArabicChunker chunker;
    private final EventAssembler assembler;
    private final SummitResolver summits;
    private final PhraseIndex<Frame> triggers;
    private final ArabicSummitWords summitWords;
    private final ArabicTopicZones topics;
    private final ArabicTalksAttendance talksAttendance;
    private final ArabicModality modality;
    private final TriggerPossessives possessives;
    private final ArabicBackReferences backReferences;
    private final ArabicAgreements agreements;
    private final ArabicJointBodies jointBodies;
    private final ArabicClauses clauses;
    private final ArabicEnvoyReceptions envoys;
    private final ArabicAttendanceLists attendanceLists;
    private final ArabicSeparateMeetings separate;
    private final ArabicLeaderAnaphors leaders;

    public ArabicEventExtractor(ArabicResources res) {
        this.res = res;
        this.chunker = new ArabicChunker(res);
        this.leaders = new ArabicLeaderAnaphors(res);
        this.assembler = new EventAssembler(res.gazetteer);
        this.summits = new SummitResolver(res.gazetteer);
        this.triggers = new PhraseIndex<>(res.clitics, false);
        Set<String> words = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/frames.tsv")) {
            Frame f = Frame.parse(r.file() + ":" + r.line(), r.required("id"), r.required("type"), r.required("mood"),
                    r.required("trigger"), r.required("roles"), r.get("on_sidelines"), res.normalizer::normalize);
            f.triggers().forEach(t -> triggers.add(AliasIndex.split(res.normalizer.normalize(t)), f));
            f.triggers().forEach(t -> words.add(res.normalizer.normalize(t)));
        }
        this.possessives = new TriggerPossessives(words);
        this.summitWords = new ArabicSummitWords(res);
        topics = new ArabicTopicZones(res);
        talksAttendance = new ArabicTalksAttendance(res);
        modality = new ArabicModality(res);
        agreements = new ArabicAgreements(res);
        jointBodies = new ArabicJointBodies(res);
        clauses = new ArabicClauses(res);
        envoys = new ArabicEnvoyReceptions(res);
        attendanceLists = new ArabicAttendanceLists(res, clauses);
        backReferences = new ArabicBackReferences(res);
        separate = new ArabicSeparateMeetings(res);
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
            ArabicSessions.Attendance chain = new ArabicSessions.Attendance();
            ArabicTalksAttendance.Seats seats = new ArabicTalksAttendance.Seats();
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                sentence(doc, s, res.tokenizer.tokens(text, s.start(), s.end()), out, chain, seats);
            }
            seats.seat(out, assembler, id -> res.entity(doc, id));
            out = EventMerger.mergeUnless(summits.resolve(EventDating.inheritDates(doc, out), EventDating.horizon(doc), e -> definite(doc, e)),
                    (a, b) -> modality.sidelineApart(doc, a, b) || EventDating.newsBeforeBackground(doc, a, b));
            out = EventMerger.hostsFromAgreements(EventMerger.laterReceptionsAsMeetings(HeadlineEvents.intoBody(out, HeadlineEvents.headlineEnd(doc.text()))));
        }
        doc.set(Keys.EVENTS, List.copyOf(out));
    }

    private void sentence(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<EventMention> out, ArabicSessions.Attendance chain,
                          ArabicTalksAttendance.Seats seats) {
        // a word of a person's name is no event word: "فيصل" is no "ف" + "يصل"
        List<Span> names = doc.get(Keys.ACTORS).stream()
                .filter(a -> s.span().contains(a.span()) && a.entityId().startsWith("person/")).map(ActorMention::span).toList();
        List<Found> found = findTriggers(tokens, names);
        if (found.isEmpty()) {
            return;
        }
        List<Span> quoted = Quotations.of(doc.text(), s);
        boolean[] anchors = new boolean[tokens.size()];
        found.forEach(f -> { for (int k = f.from(); k < f.to(); k++) { anchors[k] = true; } });
        boolean[] attribute = new boolean[tokens.size()];
        List<ActorMention> mentions = new ArrayList<>();
        List<ActorMention> attributes = new ArrayList<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!s.span().contains(a.span()) || Quotations.inside(quoted, a.span().start())) {
                continue;
            }
            if (a.role() == ActorMention.Role.ATTRIBUTE) {
                attribute[Math.min(tokens.size() - 1, Tokenizer.indexAt(tokens, a.span().start()))] = true;
                attributes.add(a);
            } else {
                mentions.add(a);
            }
        }
        List<DateMention> dates = doc.get(Keys.DATES).stream()
                .filter(d -> s.span().contains(d.span()) && d.resolved() && !modality.deadline(tokens, d) && !ArabicDateline.datelineDate(s, tokens, d)).toList();
        List<Chunk> chunks = backReferences.withSubject(doc, s, tokens, ArabicJointBodies.withAdjectives(topics.spoken(tokens, found, ArabicPriorSubjects.direct(tokens, chunker.chunks(doc.text(), tokens, mentions,
                anchors, dates.stream().map(DateMention::span).toList(), topics.of(tokens, found), attribute))), found, tokens, attributes), found.get(0).from());
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        int before = out.size();
        List<Map<String, Chunk>> joins = new ArrayList<>();
        List<DateMention> joinDates = new ArrayList<>();
        List<Integer> joinEnds = new ArrayList<>();
        List<Boolean> joinPronouns = new ArrayList<>();
        int seated = -1; // the event the sentence's attendees of talks sat in
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            Frame frame = f.frame().onSidelines() != null && modality.sidelines(tokens) ? f.frame().as(f.frame().onSidelines()) : f.frame();
            if (modality.negated(tokens, f.from()) || modality.habitual(tokens, f.from(), f.to()) || frame.type().equals("Meeting") && modality.remote(tokens, f.from(), f.to())
                    || f.from() > 0 && modality.generic(tokens.get(f.from() - 1))
                    || ArabicAgreements.agreeing(frame.id()) && !agreements.decision(frame.id(), tokens, f.to())
                    || frame.type().equals("Agreement") && Quotations.inside(quoted, tokens.get(f.from()).start()) // words said, not a report
                    || n > 0 && found.get(n - 1).frame().isJoin() && found.get(n - 1).to() >= f.from() - 1
                    && (ArabicSessions.named(out, before, s, tokens, found.get(n - 1).to()) >= 0
                    || talksAttendance.attendeesFrom(tokens, found.get(n - 1)) >= 0)
                    || n > 0 && found.get(n - 1).to() < f.from() && frame.type().equals("Meeting") && modality.sidelineOf(tokens, f.from())
                    || n > 0 && found.get(n - 1).frame().isJoin() && f.from() - found.get(n - 1).to() <= 2 && modality.negated(tokens, found.get(n - 1).from())) {
                // "شارك في الاجتماع X"، "حضر اللقاء X": the session or talks just reported, which X attends, not another meeting;
                continue; // "ولم يلتق X وY على هامش الاجتماع": the gathering on whose sidelines the report before it is; "لم تشاركا في هذا الاجتماع"
            }
            int visit = ArabicVisitEncounters.visitOf(out, before, tokens, found, n);
            if (visit >= 0) { // "زيارة إلى فيتنام، أجرى خلالها محادثات مع X": X takes part in the visit
                seats.add(visit, ArabicVisitEncounters.met(chunks, tokens, found, n));
                continue;
            }
            // "وحضر اللقاء X، فيما حضر من الجانب السنغالي Y": a later verb of attending goes on with the same talks
            int sat = !frame.isJoin() ? -1 : Math.max(talksAttendance.attendeesFrom(tokens, f), seated >= 0 ? f.to() : -1);
            Chunk attendees = sat < 0 ? null : ArabicTalksAttendance.attendees(chunks, tokens, sat, found);
            if (attendees != null) {
                seated = seated >= 0 ? seated : out.size() > before ? before : ArabicTalksAttendance.talks(out, before, s);
                seats.add(seated, attendees);
                continue;
            }
            boolean purpose = f.reading().prefix().equals("ل") && !ArabicSessions.genitive(frame) && !ArabicSessions.ofSession(tokens, f.from());
            // "من المقرر أن يلتقي X على هامش القمة Y": the planning is the meeting's, not the summit's
            boolean sideline = frame.type().equals("Summit") && modality.sidelineOf(tokens, f.from());
            boolean held = frame.type().equals("Summit") && summitWords.outcomeBefore(tokens, f.from()); // "مخرجات قمة كمبالا"
            boolean planned = !held && (frame.mood() == Frame.Mood.FUTURE || purpose || modality.purposeBefore(tokens, f.from())
                    || (sideline ? modality.plannedAfter(tokens, f.from(), f.to()) : modality.plannedNear(tokens, f.from(), f.to()))
                    || frame.mood() == Frame.Mood.PRESENT && (f.from() > 0 && tokens.get(f.from() - 1).text().equals("قد")
                    || modality.plannedOpening(tokens)) || n > 0 && modality.plannedAttendance(tokens, found.get(n - 1), f.from()));
            int lower = ArabicClauses.start(tokens, f.from(), f.reading().prefix(), n == 0 ? 0 : found.get(n - 1).to());
            // attendance reaches past the event it attends ("شارك X في قمة الناتو إلى جانب قادة Y")
            int upper = tokens.size();
            for (int k = n + 1; k < found.size() && !frame.isJoin(); k++) {
                // "روته، الذي يزور اليابان": a clause inside; "على هامش القمة": a gathering named; not the next report
                // "بمشاركة X"، "بحضور Y": the event's own attendees, which its roles read, not the next report
                Found g = found.get(k);
                if (!modality.relative(tokens, g.from()) && !modality.sidelineOf(tokens, g.from())
                        && !(g.frame().isJoin() && g.reading().prefix().endsWith("ب"))) {
                    upper = g.from();
                    break;
                }
            }
            boolean possessive = possessives.on(f, tokens);
            List<Map<String, Chunk>> assignments = SlotFiller.fillAll(frame,
                    new SlotFiller.Site(f.from(), f.to(), lower, upper, possessive, clauses.reportedFrom(tokens, f.from())),
                    separate.eachOf(ArabicChunker.antecedentAsSubject(withoutSidelineNames(chunks, found, n, tokens),
                            modality.relativeAt(tokens, f.from())), tokens, lower, upper));
            if (assignments.isEmpty()) {
                continue;
            }
            Span trigger = new Span(tokens.get(f.from()).start(), tokens.get(f.to() - 1).end());
            int segFrom = tokens.get(lower < tokens.size() ? lower : f.from()).start();
            int segTo = upper < tokens.size() ? tokens.get(upper).start() : Integer.MAX_VALUE;
            boolean present = frame.mood() == Frame.Mood.PRESENT && !planned && !modality.narrativeAfterBefore(tokens, f.from());
            int clauseEnd = clauses.end(tokens, f.to());
            DateMention date = EventDating.datesFor(ArabicClauses.datesOf(dates, tokens, clauseEnd), segFrom, trigger.start(), trigger.end(), segTo, present).get(0);
            if (date == null && frame.type().equals("Summit")) {
                date = ArabicSummitWords.unresolvedAfter(doc, tokens, f.to()); // "قمة هذا العام" in an undated article
            }
            if (present && (date == null || date.weekdayOnly())) {
                date = EventDating.today(doc, trigger);
            }
            if (planned) {
                date = EventDating.future(date, anchor);
            } else if (date != null && anchor != null && date.start().isAfter(anchor)) {
                planned = true; // dated after the article: not yet happened
            }
            if (frame.isJoin()) {
                joins.add(attendanceLists.widened(assignments.get(0), found, n, separate.eachOf(chunks, tokens, lower, upper), tokens));
                joinEnds.add(f.to());
                joinPronouns.add(frame.id().endsWith("-it"));
                joinDates.add(date);
                continue;
            }
            String place = frame.type().equals("Summit") ? summitWords.place(doc, tokens, f.from(), f.to(), s, sideline, clauseEnd)
                    : EventPlaces.placeOf(doc, s, clauseEnd, id -> res.entity(doc, id));
            EventAssembler.Context c = new EventAssembler.Context(s, trigger, date, EventDating.basis(s, date), planned,
                    leaders.previous(out, tokens, chunks, doc.get(Keys.ACTORS), s), PriorEvents.gathering(out), id -> res.entity(doc, id), place);
            ArabicSeparateMeetings.Made made = separate.assemble(frame, assignments, tokens, lower, upper, assembler, c);
            made.events().forEach(e -> out.add(envoys.typed(ArabicSessions.atSummitLevel(summitWords.named(e, tokens, f.to()), f.to(), found), frame, made.roles(), tokens)));
        }
        // attendance and hosting join the events of the whole sentence: "تستضيف إندونيسيا قمة آسيان"
        for (int j = 0; j < joins.size(); j++) {
            int earlier = out.size() > before ? -1 : chain.continued(s, joinPronouns.get(j) ? ArabicSessions.referred(out, before, s)
                    : ArabicSessions.named(out, before, s, tokens, joinEnds.get(j)));
            assembler.join(out, before, joins.get(j), joinDates.get(j), s, id -> res.entity(doc, id), earlier);
            chain.attended(s, out, before, earlier);
        }
        ArabicVisitEncounters.meetingsAsVisits(out, before, tokens, found);
    }

    /**
     * The chunks another event may take, without the name of a gathering it happened on the sidelines
     * of ("التقى X على هامش قمة الناتو Y": not NATO); the gathering's own frame sees them all.
     */
    private List<Chunk> withoutSidelineNames(List<Chunk> chunks, List<Found> found, int self, List<Token> tokens) {
        List<Chunk> out = chunks;
        for (int k = 0; k < found.size(); k++) {
            Found g = found.get(k);
            // "على هامش القمة الرئيس X": a definite summit word has no name after it; "تستضيف قمة بريكس": BRICS is not the host
            boolean hosted = k == self + 1 && found.get(self).frame().id().equals("host");
            if (k == self || !g.frame().type().equals("Summit") || !(hosted || modality.sidelineOf(tokens, g.from()))
                    || summitWords.definite(tokens.get(g.to() - 1).text())) {
                continue;
            }
            // the name may hold the summit word itself ("على هامش قمة بريكس", an alias of BRICS)
            out = out.stream().filter(c -> c.from() < g.from() || c.from() > g.to() + 1).toList();
        }
        return out;
    }

    private List<Found> findTriggers(List<Token> tokens, List<Span> names) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Span.anyContains(names, tokens.get(i).start())) {
                continue;
            }
            PhraseIndex.Hit<Frame> hit = triggers.longestAt(tokens, i, r -> eventReading(r) || r.prefix().endsWith("لل"));
            // "الدورة العادية للمجلس الأعلى": a council is named in the genitive; other event words with "لل" are no report,
            // but for what is prepared ("التحضيرات للقمة العربية الصينية")
            if (hit != null && hit.reading().prefix().endsWith("لل") && !ArabicSessions.genitive(hit.value()) && !modality.ahead(tokens, i)) {
                hit = triggers.longestAt(tokens, i, ArabicEventExtractor::eventReading);
            }
            if (hit != null) {
                found.add(new Found(hit.value(), i, hit.to(), hit.reading()));
                i = hit.to() - 1;
            }
        }
        return jointBodies.withSessions(tokens, ArabicSessions.withCouncils(found));
    }

    /** "القمة"، "هذه القمة": the summit word with the article refers to a summit already named. */
    private boolean definite(AnnotatedArticle doc, EventMention e) {
        return summitWords.definite(res.normalizer.normalize(doc.text().substring(e.trigger().start(), e.trigger().end())));
    }
}
