package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A summit and the declaration named by its city speak as the organization whose summit it was
 * (data/lexicon/ar/documents.tsv, its gathering row; ArabicDocuments), on literal examples.
 */
class ArabicDeclarationsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 1);
    private static final String SUMMIT = "انطلقت في الكويت أعمال القمة الخليجية الخامسة والأربعين. ";

    private static List<String> st(String text) {
        return ArabicContrastClausesTest.st(text, DAY);
    }

    @Test
    void aDeclarationNamedByItsCitySpeaksForTheSummitsOrganization() {
        assertEquals(List.of("org/gcc for org/gcc"), st(SUMMIT + "واعتمد القادة \"إعلان الكويت\" الذي دعا إلى وقف فوري لإطلاق النار."));
        assertEquals(List.of("org/gcc for org/gcc"), st(SUMMIT + "وأكد إعلان الكويت، الذي تبناه القادة، رفض التدخل في الشؤون الداخلية."));
    }

    @Test
    void theDeclarationAfterTheSummitSpeaksForItsOrganizationAndWithoutOneTellsNoSpeaker() {
        // documents.tsv final "الإعلان": the declaration the summit just adopted, as the subject of a verb of speech
        assertEquals(List.of("org/gcc for org/gcc"), st(SUMMIT + "واعتمد القادة في الجلسة الختامية «إعلان الكويت». "
                + "وأعرب الإعلان عن قلق بالغ إزاء التصعيد في المنطقة."));
        assertEquals(List.of(), st("وأعرب الإعلان عن قلق بالغ إزاء التصعيد في المنطقة."));
    }

    @Test
    void theSummitAsSubjectSpeaksForItsOrganization() {
        assertEquals(List.of("org/gcc for org/gcc"), st(SUMMIT + "وأعلنت القمة إطلاق سوق خليجية مشتركة للطاقة."));
    }

    @Test
    void anAnnouncementOrASummitWithNoOrganizationTellsNoSpeaker() {
        assertEquals(List.of(), st("وأكد إعلان الحكومة أمس رفض التدخل."));
        assertEquals(List.of(), st("وأعلنت القمة إطلاق سوق مشتركة للطاقة."));
    }
}
