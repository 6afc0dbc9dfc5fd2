package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Date expressions of Arabic news, anchored to Wednesday 1 February 2023 unless said otherwise. */
class DateResolverTest {
    static final ArabicNormalizer N = new ArabicNormalizer();
    static final DateResolver R = new DateResolver(N);
    static final LocalDate ANCHOR = LocalDate.of(2023, 2, 1);

    static DateMention only(String text, LocalDate anchor) {
        List<DateMention> found = R.find(NormalizedText.of(text, N), 0, text.length(), anchor);
        assertEquals(1, found.size(), "one date in: " + text + " → " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "عقد في ليتوانيا يوم 12 يوليو 2023|2023-07-12|2023-07-12|DAY",
        "في 12 تموز/يوليو 2023|2023-07-12|2023-07-12|DAY",
        "الثلاثاء 09-04-2024|2024-04-09|2024-04-09|DAY",
        "نشر في 1 فبراير 2023 01:47|2023-02-01|2023-02-01|DAY",
        "في ١٢ يوليو ٢٠٢٣|2023-07-12|2023-07-12|DAY",
        "في 5 كانون الثاني 2024|2024-01-05|2024-01-05|DAY",
        "بين 28 و30 يونيو 2022 في مدريد|2022-06-28|2022-06-30|DAY",
        "من 29 يناير 2023 حتى 1 فبراير 2023|2023-01-29|2023-02-01|DAY",
        "يومي 24 و25 يونيو|2023-06-24|2023-06-25|DAY",
        "وصل الأحد الماضي 29 يناير إلى سيول|2023-01-29|2023-01-29|DAY",
        "في يوليو 2023|2023-07-01|2023-07-31|MONTH",
        "في إبريل 2022|2022-04-01|2022-04-30|MONTH",
        "خلال انعقاد قمة الحلف، في يوليو الماضي|2022-07-01|2022-07-31|MONTH",
        "في أكتوبر/تشرين الأول 2024|2024-10-01|2024-10-31|MONTH",
        "المفهوم الاستراتيجي لعام 2022|2022-01-01|2022-12-31|YEAR",
        "بحلول عام 2027|2027-01-01|2027-12-31|YEAR",
        "وصل الأحد الماضي إلى سيول|2023-01-29|2023-01-29|DAY",
        "وصل إلى اليابان أمس الثلاثاء|2023-01-31|2023-01-31|DAY",
        "قال اليوم الأربعاء|2023-02-01|2023-02-01|DAY",
        "التقى أمس نظيره|2023-01-31|2023-01-31|DAY",
        "يزور طوكيو غدا|2023-02-02|2023-02-02|DAY",
        "يوم 13 يناير الجاري|2023-01-13|2023-01-13|DAY",
        "في 29 يناير|2023-01-29|2023-01-29|DAY",
        "في 20 ديسمبر|2022-12-20|2022-12-20|DAY",
        "الشهر المقبل|2023-03-01|2023-03-31|MONTH",
        "الشهر الماضي|2023-01-01|2023-01-31|MONTH",
        "العام الماضي|2022-01-01|2022-12-31|YEAR",
        "قبل 3 سنوات|2020-01-01|2020-12-31|YEAR",
        "قبل ثلاث سنوات|2020-01-01|2020-12-31|YEAR",
        "قبل عامين|2021-01-01|2021-12-31|YEAR",
        "الأسبوع المقبل|2023-02-06|2023-02-12|DAY",
        "الأحد المقبل|2023-02-05|2023-02-05|DAY",
        "نوفمبر المقبل|2023-11-01|2023-11-30|MONTH",
        "وصل أمس الثلاثاء 31 يناير|2023-01-31|2023-01-31|DAY",
        "في 3 آذار 2022|2022-03-03|2022-03-03|DAY",
        "في 14 حزيران/يونيو 2021|2021-06-14|2021-06-14|DAY",
        "في 7 جانفي 2024|2024-01-07|2024-01-07|DAY",
        "بتاريخ 9/4/2024|2024-04-09|2024-04-09|DAY",
        "بتاريخ 2024/5/14، على هامش|2024-05-14|2024-05-14|DAY",
        "في 2024-05-14|2024-05-14|2024-05-14|DAY",
        "في شهر مايو 2019|2019-05-01|2019-05-31|MONTH",
        "في أيلول الماضي|2022-09-01|2022-09-30|MONTH",
        "بعد غد|2023-02-03|2023-02-03|DAY",
        "في عام ١٩٩٩|1999-01-01|1999-12-31|YEAR",
        "هذا العام|2023-01-01|2023-12-31|YEAR",
        "قبل أسبوعين|2023-01-18|2023-01-18|DAY",
        "من 1 حتى 3 مارس 2023|2023-03-01|2023-03-03|DAY",
        "الصادر في العاشر من يوليو/تموز 2024|2024-07-10|2024-07-10|DAY",
        "في الحادي والعشرين من يناير الماضي|2023-01-21|2023-01-21|DAY",
    })
    void resolves(String text, String start, String end, String granularity) {
        DateMention d = only(text, ANCHOR);
        assertTrue(d.resolved(), text);
        assertEquals(LocalDate.parse(start), d.start(), text);
        assertEquals(LocalDate.parse(end), d.end(), text);
        assertEquals(DateMention.Granularity.valueOf(granularity), d.granularity(), text);
    }

    @Test
    void spanPointsAtTheWordsInTheOriginal() {
        String text = "عُقِدَ يوم 12 يوليو 2023 في فيلنيوس";
        DateMention d = only(text, ANCHOR);
        assertEquals("12 يوليو 2023", d.text());
    }

    @Test
    void withoutAnAnchorRelativeDatesStayUnresolved() {
        DateMention d = only("وصل أمس الثلاثاء", null);
        assertFalse(d.resolved());
        assertEquals("أمس الثلاثاء", d.text());
    }

    @Test
    void aBareWeekdayIsFlaggedForThePlannedCase() {
        DateMention d = only("يوم الأربعاء", LocalDate.of(2025, 4, 8)); // a Tuesday
        assertTrue(d.weekdayOnly());
        assertEquals(LocalDate.of(2025, 4, 2), d.start());
    }

    @Test
    void aSpanCountedFromAnotherEventIsNoDate() {
        // "بعد أشهر من توليه": months after he took office, not months after the article
        assertTrue(R.find(NormalizedText.of("بعد أشهر من توليه", N), 0, 17, ANCHOR).isEmpty());
        assertTrue(R.find(NormalizedText.of("قبل عامين من الانتخابات", N), 0, 23, ANCHOR).isEmpty());
        assertEquals(1, R.find(NormalizedText.of("بعد أسبوعين", N), 0, 11, ANCHOR).size());
        // the length of what just ended ("after two days that saw …"), or counted from an event ("على")
        String t = "بعد يومين شهدا انضمام الاتحاد";
        assertTrue(R.find(NormalizedText.of(t, N), 0, t.length(), ANCHOR).isEmpty());
        t = "بعد ثلاثة أيام على وصوله";
        assertTrue(R.find(NormalizedText.of(t, N), 0, t.length(), ANCHOR).isEmpty());
    }

    @Test
    void percentagesAndCountsAreNotYears() {
        assertTrue(R.find(NormalizedText.of("2% من الناتج و250 منصة", N), 0, 20, ANCHOR).isEmpty());
    }

    @Test
    void impossibleDaysAreNotDays() {
        assertTrue(R.find(NormalizedText.of("31 فبراير 2023", N), 0, 14, ANCHOR).stream()
                .noneMatch(d -> d.granularity() == DateMention.Granularity.DAY));
    }

    @Test
    void empty() {
        assertTrue(R.find(NormalizedText.of("", N), 0, 0, ANCHOR).isEmpty());
    }
}
