package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/home_nouns.tsv} ({@link ArabicHomeCountry}), for a long
 * title set off from its holder by "، السيد" ({@code ArabicChunker.appositiveTitle}), for the subject
 * of a relative clause ("X، الذي يقوم بزيارة") and for "الجانبان" after a reception with an arrival
 * inside it. Sentences written for these tests in the styles of agency wires.
 */
class ArabicHomeCountryTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);
    private static final String TALKS = "أجرى نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي اليوم الثلاثاء "
            + "محادثات مع وزير الشؤون الخارجية والهجرة والتونسيين بالخارج، السيد محمد علي النفطي";


    private static List<EventMention> events(String text, LocalDate day) {
        return annotate(text, day).get(Keys.EVENTS);
    }

    @Test
    void aLongTitleSetOffByACommaAndSayyidKeepsItsPreposition() {
        List<EventMention> e = events(TALKS + ".", DAY);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Meeting", e.get(0).type());
        assertTrue(e.get(0).participants().containsAll(List.of("person/ayman-safadi", "state/JO",
                "person/mohamed-ali-nafti", "state/TN")), e.toString());
    }

    @Test
    void theKingdomAVisitorCameToIsTheDatelinesKingdom() {
        List<EventMention> e = events("عمّان - " + TALKS + "، الذي يقوم بزيارة عمل إلى المملكة تستمر يومين.", DAY);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Visit", e.get(0).type());
        assertEquals("state/JO", e.get(0).host());
        assertTrue(e.get(0).participants().containsAll(List.of("person/ayman-safadi", "person/mohamed-ali-nafti")), e.toString());
    }

    @Test
    void aDatelineIsAPlaceBeforeADashOrBeforeItsDay() {
        // ArabicDateline: "عمّان 11 آذار (بترا) -"، "عمّان في 11 آذار"، "عمّان، 11/03/2025"; a year is no day
        for (String line : List.of("عمّان 11 آذار (بترا) - ", "عمّان في 11 آذار - ", "عمّان، 11/03/2025 ", "عمّان (بترا) - ")) {
            List<EventMention> e = events(line + TALKS + "، الذي يقوم بزيارة عمل إلى المملكة تستمر يومين.", DAY);
            assertEquals("state/JO", e.isEmpty() ? null : e.get(0).host(), line + e);
        }
        AnnotatedArticle year = annotate("عمّان في 2025 " + TALKS + "، الذي يقوم بزيارة عمل إلى المملكة تستمر يومين.", DAY);
        assertTrue(year.get(Keys.ACTORS).stream().noneMatch(a -> a.surface().equals("المملكة")), year.get(Keys.ACTORS).toString());
    }

    @Test
    void withoutADatelineOrForARepublicTheKingdomIsNobody() {
        AnnotatedArticle none = annotate(TALKS + "، الذي يقوم بزيارة عمل إلى المملكة تستمر يومين.", DAY);
        assertTrue(none.get(Keys.ACTORS).stream().noneMatch(a -> a.surface().equals("المملكة")), none.get(Keys.ACTORS).toString());
        AnnotatedArticle cairo = annotate("القاهرة - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم نظيره العماني بدر البوسعيدي، "
                + "الذي عاد إلى المملكة بعد الزيارة.", DAY);
        assertTrue(cairo.get(Keys.ACTORS).stream().noneMatch(a -> a.surface().equals("المملكة")), cairo.get(Keys.ACTORS).toString());
    }

    @Test
    void theTwoSidesAfterAReceptionAreTheReceptionsNotTheArrivalsInsideIt() {
        List<EventMention> e = events("المنامة - استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء "
                + "اليوم في قصر القضيبية وزير الخارجية البريطاني ديفيد لامي، الذي وصل إلى البلاد في زيارة رسمية.\n\n"
                + "وعقب اللقاء، وقع الجانبان مذكرة تفاهم للتعاون في مجال التعليم.", LocalDate.of(2024, 10, 8));
        EventMention agreement = e.stream().filter(x -> x.type().equals("Agreement")).findFirst().orElseThrow();
        assertTrue(agreement.participants().containsAll(List.of("person/salman-bin-hamad", "state/BH",
                "person/david-lammy", "state/GB")), e.toString());
    }

    /** The object of the verb of visiting is the place visited, as "إلى" introduces it. */
    @Test
    void theKingdomAVisitorVisitedIsTheDatelinesKingdom() {
        List<EventMention> e = events("عمّان - بترا\n\nوكان الرئيس الفلسطيني محمود عباس قد زار المملكة في آذار الماضي والتقى الملك عبدالله الثاني.",
                DAY);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Visit", e.get(0).type(), e.toString());
        assertTrue(e.get(0).participants().containsAll(List.of("state/JO", "state/PS")), e.toString());
    }
}
