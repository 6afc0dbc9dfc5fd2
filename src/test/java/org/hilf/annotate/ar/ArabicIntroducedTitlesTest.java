package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/ar/introduced_titles.tsv, courtesy_words.txt and ArabicIntroducedTitles: a bare title
 * speaks as the one person the report introduced with it, on literal examples.
 */
class ArabicIntroducedTitlesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 5);

    private static String last(String text) {
        List<String> all = ArabicContrastClausesTest.st(text, DAY);
        return all.isEmpty() ? "none" : all.get(all.size() - 1);
    }

    @Test
    void aTitleStandingBeforeOrAfterTheNameIntroducesIt() {
        assertEquals("person/aziz-akhannouch for state/MA", last("مثل رئيس الحكومة، السيد عزيز أخنوش، المملكة في القمة. "
                + "وأكد رئيس الحكومة خلال لقائه مع نظيره أن التعاون متين."));
        assertEquals("person/faisal-bin-farhan for state/SA", last("استقبل الأمير فيصل بن فرحان وزير الخارجية، في الرياض اليوم، "
                + "وزير الخارجية التركي هاكان فيدان. وأكد سمو وزير الخارجية من جانبه أن المملكة تدعم الحل السياسي."));
        assertEquals("person/mohammed-bin-abdulrahman-al-thani for state/QA", last("التقى الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء "
                + "وزير الخارجية في الدوحة اليوم وزير الخارجية التركي. وقال معالي رئيس مجلس الوزراء وزير الخارجية إن قطر مستمرة في الوساطة."));
    }

    @Test
    void aTitleWithANationalityOrNobodyIntroducedWithItNamesNoOne() {
        // only the Turkish minister was named, with his nationality: the bare title is not his
        assertEquals("none", last("التقى وزير الخارجية التركي هاكان فيدان نظيره في الدوحة. وأكد وزير الخارجية خلال اللقاء أن الحوار ضروري."));
        // two ministers introduced with the bare title: it names neither
        assertEquals("none", last("التقى وزير الخارجية هاكان فيدان ووزير الخارجية فيصل بن فرحان في أنقرة. "
                + "وأكد وزير الخارجية خلال اللقاء أن الحوار ضروري."));
    }
}
