package org.hilf.annotate.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/** EventMerger on hand-made events: what one encounter is, and what the caller keeps apart. */
class EventMergerTest {
    private static EventMention meeting(int sentence, String... participants) {
        Sentence s = new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        return new EventMention("Meeting", s, new Span(s.start(), s.start() + 5), Set.of(participants), null, null, null,
                null, null, null, false, List.of(), List.of());
    }

    @Test
    void aMeetingWhoseActorsAreAllInAnEarlierOneIsThatMeetingUnlessTheCallerSaysApart() {
        EventMention session = meeting(1, "org/oic", "state/IR", "state/EG", "person/abbas-araghchi", "person/badr-abdelatty");
        EventMention sideline = meeting(4, "state/IR", "state/EG", "person/abbas-araghchi", "person/badr-abdelatty");
        assertEquals(1, EventMerger.merge(List.of(session, sideline)).size());
        assertEquals(2, EventMerger.mergeUnless(List.of(session, sideline), (a, b) -> a.participants().contains("org/oic")
                && !b.participants().contains("org/oic")).size());
    }

    private static EventMention visit(int sentence, java.time.LocalDate day, String host, String... participants) {
        Sentence s = new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        org.hilf.annotate.DateMention d = new org.hilf.annotate.DateMention(new Span(s.start(), s.start() + 3), "x", day, day,
                org.hilf.annotate.DateMention.Granularity.DAY, true, true, false);
        return new EventMention("Visit", s, new Span(s.start(), s.start() + 5), Set.of(participants), "person/marco-rubio", host, null,
                null, d, "text", false, List.of(), List.of());
    }

    @Test
    void anArrivalTheEveningBeforeAndTheReceptionAreOneStay() {
        // "استقبل ولي العهد … روبيو" today, "وكان روبيو قد وصل إلى الرياض مساء أمس"
        java.time.LocalDate today = java.time.LocalDate.of(2025, 2, 17);
        EventMention reception = visit(1, today, "state/SA", "person/marco-rubio", "state/US", "person/mohammed-bin-salman", "state/SA");
        EventMention arrival = visit(5, today.minusDays(1), "state/SA", "person/marco-rubio", "state/US", "state/SA");
        assertEquals(1, EventMerger.merge(List.of(reception, arrival)).size());
        // two days apart, or another host: two visits
        assertEquals(2, EventMerger.merge(List.of(reception, visit(5, today.minusDays(2), "state/SA", "person/marco-rubio", "state/US", "state/SA"))).size());
        assertEquals(2, EventMerger.merge(List.of(reception, visit(5, today.minusDays(1), "state/IL", "person/marco-rubio", "state/US", "state/IL"))).size());
    }

    @Test
    void talksOnTheEveningOfArrivalArePartOfTheStay() {
        // "وكان روبيو قد وصل إلى الرياض مساء أمس، حيث أجرى محادثات مع ولي العهد": the talks of the day before
        java.time.LocalDate today = java.time.LocalDate.of(2025, 2, 17);
        EventMention reception = visit(1, today, "state/SA", "person/marco-rubio", "state/US", "person/mohammed-bin-salman", "state/SA");
        EventMention v = visit(5, today.minusDays(1), "state/SA", "person/marco-rubio", "state/US", "state/SA");
        EventMention talks = new EventMention("Meeting", v.sentence(), v.trigger(), Set.of("person/marco-rubio", "state/US",
                "person/mohammed-bin-salman", "state/SA"), null, null, null, null, v.date(), "text", false, List.of(), List.of());
        assertEquals(1, EventMerger.merge(List.of(reception, talks)).size());
    }

    @Test
    void aVisitOfARangeOfDaysIsTheArrivalOnOneOfThem() {
        // "بدأ X زيارة لليابان من 29 يناير حتى 1 فبراير" and "وصل X إلى اليابان أمس الثلاثاء (31 يناير) والتقى Y"
        java.time.LocalDate first = java.time.LocalDate.of(2023, 1, 29);
        EventMention tour = visit(1, first, "state/JP", "person/marco-rubio", "state/US", "state/JP");
        EventMention stay = new EventMention("Visit", tour.sentence(), tour.trigger(), tour.participants(), tour.visitor(), tour.host(), null,
                null, new org.hilf.annotate.DateMention(tour.date().span(), "من 29 يناير حتى 1 فبراير", first, first.plusDays(3),
                org.hilf.annotate.DateMention.Granularity.DAY, true, false, false), "text", false, List.of(), List.of());
        EventMention arrival = visit(6, first.plusDays(2), "state/JP", "person/marco-rubio", "state/US", "person/fumio-kishida", "state/JP");
        assertEquals(1, EventMerger.merge(List.of(stay, arrival)).size());
        assertEquals(2, EventMerger.merge(List.of(stay, visit(6, first.plusDays(5), "state/JP", "person/marco-rubio", "state/US",
                "person/fumio-kishida", "state/JP"))).size(), "a day after the stay is another visit");
    }

    @Test
    void talksWithSomeoneNewInASecondReportOfTheVisitArePartOfIt() {
        // "بدأ X زيارة لكوريا" (1), "وصل X إلى سيول حيث التقى وزير الخارجية Y، وأجرى محادثات مع الرئيس Z" (4)
        java.time.LocalDate day = java.time.LocalDate.of(2023, 1, 29);
        EventMention start = visit(1, day, "state/KR", "person/marco-rubio", "state/US", "state/KR");
        EventMention arrival = visit(4, day, "state/KR", "person/marco-rubio", "state/US", "person/park-jin", "state/KR");
        EventMention talks = new EventMention("Meeting", arrival.sentence(), new Span(450, 455), Set.of("person/marco-rubio", "state/US",
                "person/yoon-suk-yeol", "state/KR"), null, null, null, null, arrival.date(), "text", false, List.of(), List.of());
        List<EventMention> out = EventMerger.merge(List.of(start, arrival, talks));
        assertEquals(1, out.size(), out.toString());
        assertEquals(true, out.get(0).participants().contains("person/yoon-suk-yeol"));
    }

    @Test
    void aVisitDatedToAnotherMonthIsNotTheTalksOfTheReport() {
        // "X held talks with Y in Washington on Tuesday" (April) and "X's guest had been to the other capital in January"
        Sentence s1 = new Sentence(1, 100, 190);
        Sentence s5 = new Sentence(5, 500, 590);
        java.time.LocalDate tuesday = java.time.LocalDate.of(2024, 4, 16);
        org.hilf.annotate.DateMention day = new org.hilf.annotate.DateMention(new Span(150, 157), "Tuesday", tuesday, tuesday,
                org.hilf.annotate.DateMention.Granularity.DAY, true, true, true);
        org.hilf.annotate.DateMention january = new org.hilf.annotate.DateMention(new Span(560, 570), "in January",
                java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 1, 31), org.hilf.annotate.DateMention.Granularity.MONTH,
                true, true, false);
        EventMention talks = new EventMention("Meeting", s1, new Span(120, 130), Set.of("person/yusuf-tuggar", "state/NG",
                "person/antony-blinken", "state/US"), null, null, null, null, day, "text", false, List.of(), List.of());
        EventMention visit = new EventMention("Visit", s5, new Span(520, 527), Set.of("person/antony-blinken", "state/US",
                "person/yusuf-tuggar", "person/bola-tinubu", "state/NG"), "person/antony-blinken", "state/NG", null, null, january,
                "text", false, List.of(), List.of());
        assertEquals(2, EventMerger.merge(List.of(talks, visit)).size());
        // dated by an earlier sentence, the visit is not known to be another month's: one encounter
        EventMention undated = new EventMention("Visit", s5, visit.trigger(), visit.participants(), visit.visitor(), visit.host(), null,
                null, january, "context", false, List.of(), List.of());
        assertEquals(1, EventMerger.merge(List.of(talks, undated)).size());
    }

    private static EventMention summit(int sentence, String organizer, Set<String> partners, String... participants) {
        Sentence s = new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        return new EventMention("Summit", s, new Span(s.start(), s.start() + 5), Set.of(participants), null, null, null,
                organizer, null, null, false, List.of(), List.of(), partners);
    }

    @Test
    void aSummitWithPartnersIsAnotherThanTheOrganizersOwnButOneWithTheSameSides() {
        EventMention own = summit(1, "org/asean", Set.of(), "org/asean", "state/MY");
        EventMention withJapan = summit(2, "org/asean", Set.of("state/JP"), "org/asean", "state/JP");
        EventMention withGulf = summit(3, "org/asean", Set.of("org/gcc"), "org/asean", "org/gcc");
        // "the first summit between the GCC and ASEAN": the GCC's, naming ASEAN beside it
        EventMention gulfFirst = summit(4, "org/gcc", Set.of(), "org/gcc", "org/asean", "state/SA");
        assertEquals(2, EventMerger.merge(List.of(own, withJapan)).size());
        assertEquals(2, EventMerger.merge(List.of(withJapan, withGulf)).size());
        assertEquals(1, EventMerger.merge(List.of(withGulf, gulfFirst)).size());
        assertEquals(1, EventMerger.merge(List.of(own, summit(5, "org/asean", Set.of(), "org/asean", "state/ID"))).size());
    }

    /** A summit no body holds is told by its sides: a state and a union named twice are one summit; one shared side is not. */
    @Test
    void aSummitOfAStateAndAUnionToldTwiceIsOne() {
        EventMention headline = summit(0, null, Set.of(), "state/EG", "org/eu");
        EventMention lead = summit(2, null, Set.of(), "state/EG", "org/eu", "person/abdel-fattah-el-sisi", "org/european-council");
        assertEquals(1, EventMerger.merge(List.of(headline, lead)).size());
        assertEquals(2, EventMerger.merge(List.of(headline, summit(3, null, Set.of(), "state/EG", "state/JO"))).size());
    }
}
