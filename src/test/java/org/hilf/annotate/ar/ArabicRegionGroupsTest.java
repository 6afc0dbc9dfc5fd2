package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/region_groups.tsv on literal Arabic examples: "دول آسيا الوسطى" stands for the five states. */
class ArabicRegionGroupsTest {
    @Test
    void theLeadersOfChinaAndTheFiveCentralAsianStatesSign() {
        var d = ArabicActorRecognizerTest.annotate("أستانا – وقع قادة الصين ودول آسيا الوسطى الخمس، أمس الثلاثاء في العاصمة "
                + "الكازاخستانية، معاهدة حسن الجوار الدائم والصداقة والتعاون.", LocalDate.of(2025, 6, 18));
        List<String> agreements = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Agreement"))
                .map(e -> String.join(" ", e.participants().stream().sorted().toList())).toList();
        assertEquals(List.of("state/CN state/KG state/KZ state/TJ state/TM state/UZ"), agreements);
    }
}
