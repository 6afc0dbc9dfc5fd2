package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for the reception and talks frames of {@code data/lexicon/ar/frames.tsv} whose
 * event word carries the host's pronoun ("خلال استقباله X"، "خلال لقائه X": receive-his, talks-his),
 * and for the host of "استقبل" standing before the verb. Sentences written for these tests in the
 * style of presidency and ministry releases.
 */
class ArabicReceptionsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 4);

    private static List<EventMention> events(String text, String type) {
        return ArabicActorRecognizerTest.events(text, DAY, type);
    }

    @Test
    void duringHisReceptionTheSubjectHostsTheObject() {
        List<EventMention> v = events("شدد الرئيس عبد الفتاح السيسي، خلال استقباله اليوم الأمير فيصل بن فرحان وزير الخارجية السعودي، "
                + "على عمق العلاقات بين البلدين.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/abdel-fattah-el-sisi", "state/EG",
                "person/faisal-bin-farhan", "state/SA")), v.toString());
    }

    @Test
    void theGuestMayFollowWithLam() {
        List<EventMention> v = events("وأعرب الرئيس عبد الفتاح السيسي عن تقديره لجهود الوساطة لدى استقباله للرئيس الفلسطيني محمود عباس.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/abdel-fattah-el-sisi", "person/mahmoud-abbas")), v.toString());
    }

    @Test
    void duringHisMeetingTheObjectIsTheOtherSide() {
        List<EventMention> m = events("استعرض الرئيس رجب طيب أردوغان خلال لقائه الرئيس الروسي فلاديمير بوتين في سوتشي ملفات التعاون.", "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/recep-tayyip-erdogan", "state/TR",
                "person/vladimir-putin", "state/RU")), m.toString());
    }

    @Test
    void aMeetingOfHisWithNoOneAfterItIsNoEvent() {
        assertEquals(List.of(), events("وأكد وزير الخارجية بدر عبد العاطي خلال اجتماعه الأول في الرياض أهمية دعم الحكومة السودانية.", "Meeting"));
    }

    @Test
    void aHostBeforeTheVerbHostsEveryoneAfterIt() {
        // two phrases follow the verb: the first is a guest's title, not the host (receive: H=before|after)
        List<EventMention> v = events("وصرح المتحدث الرسمي بأن الوزير سامح شكري استقبل أمس منسق الأمم المتحدة الخاص لعملية السلام، "
                + "والمفوض العام للأونروا فيليب لازاريني.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/sameh-shoukry", "state/EG")), v.toString());
    }

    @Test
    void aReceptionPartyIsNoVisit() {
        assertEquals(List.of(), events("وأقام الرئيس عبد الفتاح السيسي حفل استقبال على شرف الرئيس الفلسطيني محمود عباس.", "Visit"));
    }

    @Test
    void aGuestWithALongTitleAfterThePlaceIsStillTheGuest() {
        // the phrases a preposition introduces ("بالرياض"، "في المملكة الأردنية الهاشمية") do not count in the gap to the guest
        List<EventMention> v = events("عنوان\nاستقبل الأمير فيصل بن فرحان في مقر الوزارة بالرياض اليوم، معالي نائب رئيس الوزراء وزير الخارجية"
                + " وشؤون المغتربين في المملكة الأردنية الهاشمية أيمن الصفدي.", "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/faisal-bin-farhan", "person/ayman-safadi")), v.toString());
    }
}
