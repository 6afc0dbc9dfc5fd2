package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/ar/home_ministries.tsv and ArabicHomeSpokespeople: a spokesperson of a ministry named
 * without its state speaks for the state of the minister the report names without a nationality, on
 * literal examples.
 */
class ArabicHomeSpokespeopleTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 17);

    /** The last statement of the text, as "speaker for body", or "none". */
    private static String last(String text) {
        return ArabicContrastClausesTest.st(text, DAY).stream().reduce((a, b) -> b).orElse("none");
    }

    @Test
    void theMinistryOfTheMinisterNamedWithoutANationality() {
        String found = last("استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية والهجرة الدكتور بدر عبد العاطي في أنقرة. "
                + "والتقى عبد العاطي نظيره التركي هاكان فيدان. "
                + "وصرح السفير سامي منصور، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزيرين ناقشا الأوضاع في ليبيا.");
        assertTrue(found.endsWith(" for state/EG"), found);
    }

    @Test
    void noMinisterWithoutANationalityIsNoHome() {
        String named = last("التقى وزير الخارجية التركي هاكان فيدان نظيره المصري بدر عبد العاطي في أنقرة. "
                + "وصرح السفير سامي منصور، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزيرين ناقشا الأوضاع في ليبيا.");
        assertTrue(named.endsWith(" for "), named); // both ministers named with a nationality: whose ministry is not told
    }
}
