package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/travel_verbs.txt} and {@code data/lexicon/ar/hope_markers.txt}
 * (ArabicPlanVerbs): sentences written for these tests in the style of agency wires.
 */
class ArabicPlanVerbsTest {

    private static List<EventMention> events(String text, String type) {
        return annotate(text, LocalDate.of(2025, 3, 4)).get(Keys.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aPresentVerbOfTravelPlansTheEventOfItsClause() {
        List<EventMention> s = events("وينتقل الرئيس اللبناني جوزاف عون اليوم من الرياض إلى القاهرة للمشاركة في القمة العربية الطارئة.", "Summit");
        assertTrue(!s.isEmpty() && s.stream().allMatch(EventMention::planned), s.toString());
        List<EventMention> v = events("وبحسب الوكالة، يتوجه الرئيس الإيراني مسعود بزشكيان بعد ختام زيارته إلى مينسك في زيارة رسمية إلى بيلاروسيا.", "Visit");
        assertTrue(v.stream().anyMatch(e -> e.planned() && e.participants().contains("state/BY")), v.toString());
    }

    @Test
    void aVerbOfTravelAfterKanaIsNarrative() {
        List<EventMention> s = events("وكان الرئيس اللبناني جوزاف عون يتوجه إلى القاهرة للمشاركة في القمة العربية الطارئة.", "Summit");
        assertFalse(s.stream().anyMatch(EventMention::planned), s.toString());
    }

    @Test
    void lookingForwardToASummitPlansIt() {
        List<EventMention> s = events("وأضاف الوزير أن الرئيس الجزائري يتطلع إلى انعقاد القمة التشاورية بين قادة الجزائر وتونس وليبيا في طرابلس.", "Summit");
        assertTrue(!s.isEmpty() && s.stream().allMatch(EventMention::planned), s.toString());
    }

    @Test
    void aCallForAMeetingPlansIt() {
        // call_verbs.txt: "دعا إلى"، "طالبت الجزائر بعقد": the meeting called for is not held
        List<EventMention> m = events("وأكد البيان الختامي للقمة ضرورة الحوار، ودعا إلى اجتماع مباشر بين قائدي الجيش السوداني وقوات الدعم السريع.", "Meeting");
        assertTrue(!m.isEmpty() && m.stream().allMatch(EventMention::planned), m.toString());
        List<EventMention> s = events("وطالبت الجزائر بعقد قمة عربية طارئة لبحث الوضع في غزة.", "Summit");
        assertTrue(!s.isEmpty() && s.stream().allMatch(EventMention::planned), s.toString());
        List<EventMention> c = events("ودعا وزراء الخارجية العرب إلى عقد قمة عربية طارئة.", "Summit");
        assertTrue(!c.isEmpty() && c.stream().allMatch(EventMention::planned), c.toString());
        List<EventMention> held = events("ودعا الرئيس المصري خلال لقائه نظيره الفرنسي في القاهرة إلى وقف إطلاق النار.", "Meeting");
        assertFalse(held.stream().anyMatch(EventMention::planned), held.toString());
    }

    @Test
    void likelyPlansTheEventAfterIt() {
        // data/lexicon/planned_markers.txt: "مرجحة أن" (likely that)
        List<EventMention> s = events("وقالت المتحدثة باسم الخارجية الروسية إن الدورة المقبلة للمنتدى ستعقد في موسكو، مرجحة أن تتزامن "
                + "مع انعقاد أول قمة روسية عربية.", "Summit");
        assertTrue(!s.isEmpty() && s.stream().allMatch(EventMention::planned), s.toString());
    }

    @Test
    void talksOneArrivesToHoldArePlanned() {
        // data/lexicon/ar/purpose_nouns.txt: "لإجراء" before the talks word
        List<EventMention> m = events("وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط لإجراء محادثات مع نظيره العماني بدر البوسعيدي.", "Meeting");
        assertTrue(!m.isEmpty() && m.stream().allMatch(EventMention::planned), m.toString());
    }

    @Test
    void theVisitAPlannedSigningIsForIsPlanned() {
        List<EventMention> v = events("ومن المقرر أن يوقع البلدان 22 اتفاقية خلال زيارة يقوم بها رئيس الحكومة اللبنانية نواف سلام إلى الرياض.", "Visit");
        assertTrue(!v.isEmpty() && v.stream().allMatch(EventMention::planned), v.toString());
        List<EventMention> done = events("ووقع البلدان 22 اتفاقية خلال زيارة يقوم بها رئيس الحكومة اللبنانية نواف سلام إلى الرياض.", "Visit");
        assertFalse(done.stream().anyMatch(EventMention::planned), done.toString());
    }

    @Test
    void theDatelinesDateIsTheReportsNotTheEvents() {
        // ArabicDateline.datelineDate: "11 أبريل" dates the wire; the visit begins "غدا"
        List<EventMention> v = annotate("أبوظبي في 11 أبريل / وام / يبدأ فخامة برابوو سوبيانتو رئيس جمهورية إندونيسيا، غدا، زيارة دولة إلى الإمارات "
                + "تستمر يومين.", LocalDate.of(2025, 4, 11)).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit")).toList();
        assertTrue(!v.isEmpty() && v.stream().allMatch(EventMention::planned), v.toString());
        // "أمس (الأحد)" is no dateline: a bracket after a day's word of the text
        List<EventMention> m = annotate("بكين - وكالات\n\nوكان شي قد التقى أمس (الأحد) رئيس الوزراء الهندي ناريندرا مودي.",
                LocalDate.of(2025, 9, 1)).get(Keys.EVENTS);
        assertTrue(m.stream().noneMatch(EventMention::planned), m.toString());
    }

    @Test
    void aGatheringAheadOfWhatHappensNowIsPlanned() {
        // data/lexicon/ar/ahead_words.tsv: words of time after a present opener, and preparation always
        for (String text : List.of("وتأتي الزيارة قبل أيام من اجتماع وزراء خارجية مجموعة العشرين في ريو دي جانيرو.",
                "وتأتي الزيارة قبيل انعقاد قمة مجموعة العشرين في ريو دي جانيرو.",
                "وبحث الجانبان التحضيرات للقمة العربية الصينية الثانية.", "وبحث الجانبان الاستعدادات للقمة الخليجية الأوروبية.")) {
            List<EventMention> e = annotate(text, LocalDate.of(2024, 2, 15)).get(Keys.EVENTS);
            assertTrue(!e.isEmpty() && e.stream().allMatch(EventMention::planned), text + " " + e);
        }
        // after a past verb the summit of the next day is the one reported; recalled, long ago
        for (String text : List.of("ووقعت تركيا وفنلندا والسويد مذكرة تفاهم في مدريد، عشية انطلاق قمة حلف الناتو.",
                "وكان الرئيس قد زار الرياض قبيل انعقاد قمة مجموعة العشرين.")) {
            List<EventMention> s = annotate(text, LocalDate.of(2022, 6, 29)).get(Keys.EVENTS).stream().filter(x -> x.type().equals("Summit")).toList();
            assertFalse(s.stream().anyMatch(EventMention::planned), text + " " + s);
        }
    }
}
