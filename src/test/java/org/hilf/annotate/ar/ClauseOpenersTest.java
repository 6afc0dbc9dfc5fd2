package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/clause_openers.txt ({@code ArabicClauses}): a date or place in
 * reported words after an event word, or a date right after "منذ", is not the event's; and of the tens
 * of an ordinal after a summit word, which name no organization ({@code ArabicSummitWords}).
 * Sentences written for these tests in the styles of agency wires.
 */
class ClauseOpenersTest {

    private static List<String> events(String text, LocalDate day) {
        return annotate(text, day).get(Keys.EVENTS).stream().map(ClauseOpenersTest::brief).toList();
    }

    private static String brief(EventMention e) {
        return e.type() + " " + (e.organizerId() == null ? String.join("+", e.participants()) : e.organizerId())
                + " " + (e.date() == null ? null : e.date().start().getYear()) + " " + e.placeId();
    }

    @Test
    void aYearInWhatTheLeadersSaidDoesNotDateTheSummit() {
        assertEquals(List.of("Summit org/arab-league 2019 place/capital-TN"),
                events("وقال القادة في ختام القمة العربية إنهم متمسكون بالمبادرة التي أطلقت عام 2002.", LocalDate.of(2019, 3, 31)));
    }

    /** A year of several Arab summits: the day names Tunis's ({@code Gazetteer.summitOn}), not the year's first (Beirut's). */
    @Test
    void aDateBeforeTheReportedWordsStillDatesIt() {
        assertEquals(List.of("Summit org/arab-league 2019 place/capital-TN"),
                events("وقال القادة في ختام القمة العربية يوم 31 مارس 2019 إنهم متمسكون بالمبادرة.", LocalDate.of(2019, 4, 2)));
    }

    /** "القمة المقبلة" after a Gulf summit is the Gulf's next, though the Arab League's next summit is in Manama too. */
    @Test
    void thePlaceOfTheNextSummitIsNotThePlaceOfTheOneJustHeld() {
        List<String> e = events("اختتمت اليوم في الكويت أعمال القمة الخليجية.\nوقال الأمين العام إن الأمانة ستعد الخطط التنفيذية لقرارات القمة، "
                + "لافتا إلى أن القمة المقبلة ستعقد في المنامة.", LocalDate.of(2024, 2, 15));
        assertEquals(List.of("Summit org/gcc 2024 place/state-KW", "Summit org/gcc null place/capital-BH"), e);
    }

    @Test
    void sinceWhenIsNotWhen() {
        // the article's sentence gives no other date: undated, not 2012
        assertEquals(List.of("Visit person/recep-tayyip-erdogan+state/TR+state/EG null place/capital-EG"),
                events("زار الرئيس التركي رجب طيب أردوغان القاهرة في أول زيارة له إلى مصر منذ عام 2012.", LocalDate.of(2024, 2, 15)));
    }

    /** The subject of reported words is the meeting's side, not the spokesman who reports them ({@code SlotFiller.Site#clauseFrom}). */
    @Test
    void theSubjectOfReportedWordsHoldsTheTalks() {
        assertEquals(List.of("Summit org/african-union null null", "Meeting person/abdel-fattah-el-sisi+state/EG+person/william-ruto+state/KE null null"),
                events("وأوضح المتحدث الرسمي باسم الرئاسة المصرية أن الرئيس عبد الفتاح السيسي أجرى، قبيل افتتاح القمة الأفريقية، "
                        + "محادثات مع الرئيس الكيني وليام روتو تناولت التعاون الاقتصادي.", LocalDate.of(2024, 9, 5)));
    }

    @Test
    void theTensOfAnOrdinalAreNoGroupOfTwenty() {
        assertEquals(List.of("Summit org/arab-league 2017 place/city-dead-sea"),
                events("انعقدت اليوم في البحر الميت القمة العربية الثامنة والعشرين.", LocalDate.of(2017, 3, 29)));
        assertEquals(List.of("Summit org/g20 2023 place/capital-IN"),
                events("انطلقت في نيودلهي اليوم أعمال قمة العشرين.", LocalDate.of(2023, 9, 9)));
    }
}
