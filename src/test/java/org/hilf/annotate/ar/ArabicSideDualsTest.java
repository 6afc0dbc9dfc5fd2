package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/side_duals.txt: "الجانبان" in an agreement or a planned meeting
 * stands for the two sides (states, bodies) of the talks just reported, not the ministers who held
 * them; those who sign ("وقع الجانبان") are the ones who met. Sentences written for these tests in the
 * style of agency wires.
 */
class ArabicSideDualsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 14);
    private static final String TALKS = "تونس - عقد وزير الخارجية التونسي محمد علي النفطي اليوم جلسة مباحثات مع نظيره الليبي الطاهر الباعور. ";

    private static List<String> of(String text, String type) {
        return ArabicActorRecognizerTest.events(text, DAY, type).stream().map(e -> String.join(" ", new TreeSet<>(e.participants()))).toList();
    }

    @Test
    void theTwoSidesAgreeingAreTheirStates() {
        assertEquals(List.of("state/LY state/TN"), of(TALKS + "واتفق الجانبان على تشكيل لجنة مشتركة دائمة لتيسير حركة المسافرين.", "Agreement"));
        assertEquals(List.of("state/LY state/TN"), of(TALKS + "واتفق الطرفان على تشكيل لجنة مشتركة دائمة لتيسير حركة المسافرين.", "Agreement"));
    }

    @Test
    void theTwoSidesHoldingACommitteeMeetingAreTheirStates() {
        List<EventMention> m = ArabicActorRecognizerTest.events(TALKS + "واتفق الجانبان على عقد اجتماع للجنة القنصلية المشتركة بطرابلس "
                + "خلال الشهر القادم.", DAY, "Meeting");
        assertEquals(List.of("state/LY state/TN"), m.stream().filter(EventMention::planned)
                .map(e -> String.join(" ", new TreeSet<>(e.participants()))).toList());
    }

    @Test
    void theTwoSidesSigningAreThoseWhoMet() {
        assertEquals(List.of("person/mohamed-ali-nafti person/taher-al-baour state/LY state/TN"),
                of(TALKS + "ووقع الجانبان عقب المباحثات مذكرة تفاهم للتعاون في مجال النقل.", "Agreement"));
    }
}
