package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of the officials who sit in talks or a reception just reported
 * ({@link ArabicTalksAttendance}, {@code data/lexicon/ar/talks_words.txt}). Sentences written for these
 * tests in the style of agency wires.
 */
class ArabicTalksAttendanceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 17);
    private static final String RECEPTION = "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، "
            + "في قصر اليمامة بالرياض اليوم، رئيس وزراء باكستان محمد شهباز شريف.\n\n";

    private static List<EventMention> events(String text, String type) {
        return annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    private static EventMention theVisit(String text) {
        return ArabicActorRecognizerTest.theOnly(text, DAY, "Visit");
    }

    @Test
    void whoAttendsTheTalksTakesPartInTheVisit() {
        EventMention v = theVisit(RECEPTION + "وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية.\n\n"
                + "وحضر اللقاء صاحب السمو الملكي الأمير خالد بن سلمان وزير الدفاع.");
        assertTrue(v.participants().containsAll(List.of("person/mohammed-bin-salman", "person/shehbaz-sharif",
                "person/khalid-bin-salman")), v.toString());
    }

    @Test
    void theSidesTheAttendeesSitOnAreNoTopic() {
        EventMention v = theVisit(RECEPTION + "وحضر جلسة المباحثات من الجانب السعودي الأمير خالد بن سلمان وزير الدفاع، "
                + "ومن الجانب الباكستاني نائب رئيس الوزراء وزير الخارجية محمد إسحاق دار.");
        assertTrue(v.participants().containsAll(List.of("person/khalid-bin-salman", "person/ishaq-dar")), v.toString());
    }

    @Test
    void aReceptionHeldInThePresenceOfOfficials() {
        EventMention v = theVisit(RECEPTION + "وجرى الاستقبال بحضور وزير الدفاع الأمير خالد بن سلمان.");
        assertTrue(v.participants().contains("person/khalid-bin-salman"), v.toString());
    }

    @Test
    void theTwoSidesAgreeingAfterwardAreNotTheAttendees() {
        String text = RECEPTION + "وحضر اللقاء الأمير خالد بن سلمان وزير الدفاع.\n\n"
                + "واتفق الجانبان على إنشاء لجنة عسكرية مشتركة.";
        assertTrue(theVisit(text).participants().contains("person/khalid-bin-salman"));
        List<EventMention> a = events(text, "Agreement");
        assertTrue(a.stream().noneMatch(e -> e.participants().contains("person/khalid-bin-salman")), a.toString());
    }

    @Test
    void talksAttendedWithNoTalksReportedMakeNoEvent() {
        List<EventMention> e = annotate("وحضر اللقاء الأمير خالد بن سلمان وزير الدفاع ووزير الخارجية الباكستاني محمد إسحاق دار.", DAY)
                .get(Keys.EVENTS);
        assertFalse(e.stream().anyMatch(x -> x.participants().contains("person/khalid-bin-salman")), e.toString());
    }

    @Test
    void whoAccompaniesTheVisitorTakesPartInTheVisit() {
        // frames.tsv accompany
        EventMention v = theVisit("استقبل رئيس الوزراء الباكستاني محمد شهباز شريف، اليوم، في إسلام آباد، وزير الخارجية السعودي "
                + "الأمير فيصل بن فرحان، يرافقه وزير الدفاع الأمير خالد بن سلمان.");
        assertTrue(v.participants().containsAll(List.of("person/faisal-bin-farhan", "person/khalid-bin-salman")), v.toString());
    }

    @Test
    void theVisitAccompaniedNamedOnTheWayEndsNoList() {
        EventMention v = theVisit(RECEPTION + "ورافق رئيس الوزراء الباكستاني في زيارته نائب رئيس الوزراء وزير الخارجية محمد إسحاق دار.");
        assertTrue(v.participants().contains("person/ishaq-dar"), v.toString());
    }

    @Test
    void whatCameWithSomethingIsNoOneWhoCameWithSomeone() {
        List<EventMention> e = annotate(RECEPTION + "وبحث الجانبان التصعيد في المنطقة وما رافقه من ضربات نفذتها الولايات المتحدة.", DAY)
                .get(Keys.EVENTS);
        assertTrue(e.stream().noneMatch(x -> x.participants().contains("state/US")), e.toString());
    }
}
