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
 * data/lexicon/topic_markers.txt: the actors after a topic marker are what an event is about, or whose word it
 * carries ("رسالة خطية من الرئيس X"، "تنفيذا لتوجيهات الرئيس Y"), not who takes part. Sentences written for these tests.
 */
class ArabicTopicZonesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

    private static List<EventMention> events(String text) {
        return annotate(text, DAY).get(Keys.EVENTS);
    }

    @Test
    void aTopicIsNoParticipant() {
        List<EventMention> e = events("التقى وزير الخارجية الياباني نظيره الكوري الجنوبي في طوكيو اليوم لبحث التعاون في مواجهة الصين.");
        assertEquals(1, e.size(), e.toString());
        assertFalse(e.get(0).participants().contains("state/CN"), e.toString());
    }

    @Test
    void theSenderOfALetterIsNoParticipant() {
        for (String letter : List.of("حاملا رسالة خطية من رئيس مجلس السيادة الانتقالي عبد الفتاح البرهان", "حاملا رسالة من رئيس مجلس السيادة "
                + "الانتقالي عبد الفتاح البرهان")) {
            List<EventMention> e = events("استقبل وزير الخارجية المصري سامح شكري اليوم وزير الخارجية السوداني المكلف، الذي يزور القاهرة " + letter + ".");
            assertTrue(e.stream().noneMatch(x -> x.participants().contains("person/abdel-fattah-al-burhan")), letter + " " + e);
        }
    }

    @Test
    void whoseDirectivesAVisitCarriesOutIsNoParticipant() {
        List<EventMention> e = events("وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك اليوم إلى الرباط في زيارة عمل. وأوضح ولد مرزوك أن زيارته تأتي "
                + "تنفيذا لتوجيهات الرئيس محمد ولد الشيخ الغزواني.");
        assertTrue(e.stream().noneMatch(x -> x.participants().contains("person/mohamed-ould-ghazouani")), e.toString());
    }
}
