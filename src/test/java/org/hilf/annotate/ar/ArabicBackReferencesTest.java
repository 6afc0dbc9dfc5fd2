package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/back_references.txt} and {@code continuations.txt}: a
 * sentence that opens by pointing back at the one before, or goes on with it ("كما عقد"), lends that
 * sentence's subject to its event word. Sentences written for these tests in agency style.
 */
class ArabicBackReferencesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 4);

    private static List<EventMention> events(String text, String type) {
        return ArabicActorRecognizerTest.events(text, DAY, type);
    }

    @Test
    void thatCameDuringHisReceptionOfTheGuest() {
        List<EventMention> v = events("أكد الرئيس عبد الفتاح السيسي حرص مصر على تعزيز التعاون مع المملكة. "
                + "جاء ذلك خلال استقباله اليوم الأمير فيصل بن فرحان وزير الخارجية السعودي.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/abdel-fattah-el-sisi", "state/EG",
                "person/faisal-bin-farhan", "state/SA")), v.toString());
    }

    @Test
    void hisRemarksCameDuringHisMeeting() {
        List<EventMention> m = events("وشدد وزير الخارجية الأردني أيمن الصفدي على ضرورة وقف إطلاق النار. "
                + "وجاءت تصريحاته خلال لقائه مع وزير الخارجية المصري بدر عبد العاطي في عمان.", "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/ayman-safadi", "person/badr-abdelatty")), m.toString());
    }

    @Test
    void aDatelineCityIsNotTheSubject() {
        List<EventMention> v = events("القاهرة في 4 سبتمبر / وام / أكد الرئيس عبد الفتاح السيسي أهمية العلاقات مع المملكة. "
                + "جاء ذلك خلال استقباله الأمير فيصل بن فرحان وزير الخارجية السعودي.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().contains("person/abdel-fattah-el-sisi"), v.toString());
    }

    @Test
    void anObjectOfThePreviousSentenceLendsNothing() {
        // the only person named before follows "مع": he is not who received the guest
        List<EventMention> v = events("وتناول الاتصال الهاتفي مع الرئيس الفلسطيني محمود عباس تطورات الأوضاع. "
                + "جاء ذلك خلال استقباله الأمير فيصل بن فرحان وزير الخارجية السعودي.", "Visit");
        assertFalse(v.stream().anyMatch(e -> e.participants().contains("person/mahmoud-abbas")), v.toString());
    }

    @Test
    void alsoHeldABilateralMeetingWithAThird() {
        // continuations.txt: "كما" + its verb + an indefinite event word: the subject goes on
        List<EventMention> m = events("والتقى الرئيس التركي رجب طيب أردوغان نظيره الأذربيجاني إلهام علييف في باكو. "
                + "كما عقد اجتماعا ثنائيا مع الرئيس الأوزبكي.", "Meeting");
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(1).participants().containsAll(List.of("person/recep-tayyip-erdogan", "person/shavkat-mirziyoyev")), m.toString());
    }
}
