package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for the agreement frames of {@code data/lexicon/ar/frames.tsv} ("agree…", "sign…")
 * and for {@code data/lexicon/ar/agreement_decisions.txt}: sentences written for these tests in the
 * styles of agency wires, each with the agreements a careful reader finds in it.
 */
class ArabicAgreementsTest {


    private static List<EventMention> agreements(String text, LocalDate published) {
        return annotate(text, published).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Agreement")).toList();
    }

    private static final String TALKS = "بحث وزير الخارجية الأردني أيمن الصفدي في عمان أمس مع نظيره المصري بدر عبد العاطي "
            + "سبل تطوير التعاون الثنائي. ";

    @Test
    void twoSidesAgreeingToSetSomethingUpMakeAnAgreement() {
        List<EventMention> a = agreements(TALKS + "واتفق الوزيران على إنشاء لجنة مشتركة لمتابعة مشاريع الربط الكهربائي.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("state/JO", "state/EG")), a.toString());
    }

    @Test
    void creatingABodyInTheMaghrebsWordIsADecisionToo() {
        // "إحداث" (Moroccan and Tunisian usage for setting up) as "إنشاء", inside what a minister reports
        List<EventMention> a = agreements(TALKS + "وأوضح عبد العاطي أن الطرفين اتفقا على إحداث لجنة تجارية دائمة.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("state/JO", "state/EG")), a.toString());
    }

    @Test
    void theMinistersOfABodysOwnMeetingAdoptForTheBody() {
        // data/lexicon/ar/group_anaphors.txt "الوزراء"; PriorEvents.groupBody: the one body of the meeting just reported
        List<EventMention> a = agreements("عقد مجلس وزراء خارجية مجلس التعاون الخليجي اجتماعه الدوري في الرياض أمس. "
                + "واعتمد الوزراء خطة عمل مشتركة لتأمين الملاحة في البحر الأحمر.", LocalDate.of(2025, 3, 5));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("org/gcc"), a.get(0).participants(), a.toString());
        // after talks of two states there is no body: the ministers stand for no one
        assertTrue(agreements(TALKS + "واعتمد الوزراء خطة عمل مشتركة للربط الكهربائي.", LocalDate.of(2025, 3, 4)).isEmpty());
    }

    @Test
    void theVerbsDualEndingStandsForTheSidesJustReported() {
        List<EventMention> a = agreements(TALKS + "وأكد الصفدي أهمية التنسيق، واتفقا على استئناف الرحلات الجوية المباشرة.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("state/JO", "state/EG")), a.toString());
    }

    @Test
    void agreeingToMeetAgainOrOnAWishIsNoAgreement() {
        assertTrue(agreements(TALKS + "واتفق الوزيران على عقد الاجتماع المقبل في القاهرة.", LocalDate.of(2025, 3, 4)).isEmpty());
        assertTrue(agreements(TALKS + "واتفقا على تعزيز التنسيق في القضايا الإقليمية.", LocalDate.of(2025, 3, 4)).isEmpty());
    }

    @Test
    void namedSidesAgreeWithEachOther() {
        List<EventMention> a = agreements("اتفقت مصر والسودان أمس على إطلاق آلية مشتركة لإدارة مياه النهر.", LocalDate.of(2024, 6, 2));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("state/EG", "state/SD"), a.get(0).participants(), a.toString());
    }

    private static final String THREE = "استضافت الجزائر أمس اجتماعا ضم الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون "
            + "ورئيس المجلس الرئاسي الليبي محمد المنفي. ";

    @Test
    void aNumberedGroupStandsForTheEventWithAsManySides() {
        // data/lexicon/ar/counted_anaphors.tsv
        List<EventMention> a = agreements(THREE + "واتفق القادة الثلاثة على تشكيل لجنة لتأمين الحدود المشتركة.", LocalDate.of(2024, 5, 2));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("state/TN", "state/DZ", "state/LY")), a.toString());
        // four do not refer back to the three just named
        assertTrue(agreements(THREE + "واتفق القادة الأربعة على تشكيل لجنة لتأمين الحدود.", LocalDate.of(2024, 5, 2)).isEmpty());
    }

    @Test
    void aPluralVerbNeedsThreeSidesADualTwo() {
        assertEquals(1, agreements(THREE + "واتفقوا على إطلاق منتدى اقتصادي مشترك.", LocalDate.of(2024, 5, 2)).size());
        assertTrue(agreements(TALKS + "واتفقوا على إطلاق منتدى اقتصادي مشترك.", LocalDate.of(2025, 3, 4)).isEmpty());
        assertTrue(agreements(THREE + "واتفقا على إطلاق منتدى اقتصادي مشترك.", LocalDate.of(2024, 5, 2)).isEmpty());
    }

    @Test
    void aSigningScheduledInThePresentFormIsPlanned() {
        List<EventMention> a = agreements(TALKS + "ومن المقرر أن يوقع البلدان اتفاقية للنقل البري خلال الأشهر المقبلة.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).planned(), a.toString());
        assertEquals(Set.of("state/JO", "state/EG"), a.get(0).participants(), a.toString());
    }

    private static final String SUMMIT = "انطلقت أمس في الدوحة أعمال قمة مجلس التعاون لدول الخليج العربية. ";

    @Test
    void theLeadersBeforeTheirVerbAreTheOrganizationWhoseSummitItWas() {
        List<EventMention> a = agreements(SUMMIT + "وأفاد مصدر خليجي بأن القادة وقعوا في ختام الأعمال وثيقة للأمن المائي.",
                LocalDate.of(2024, 12, 2));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("org/gcc"), a.get(0).participants(), a.toString());
    }

    @Test
    void aDocumentTheLeadersAdoptedIsTheirBodysAgreement() {
        List<EventMention> a = agreements(SUMMIT + "ودعا إعلان الدوحة، الذي تبناه القادة، إلى تسريع الربط السككي.",
                LocalDate.of(2024, 12, 2));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("org/gcc"), a.get(0).participants(), a.toString());
    }

    @Test
    void anAgreementInsideAQuotationIsWordsSaidNotAReport() {
        assertTrue(agreements(SUMMIT + "وقال الأمين العام إن القادة \"اعتمدوا حزمة من القرارات الاقتصادية\".",
                LocalDate.of(2024, 12, 2)).isEmpty());
    }

    @Test
    void twoSidesIntendingToSignPlanIt() {
        // data/lexicon/planned_markers.txt: the dual of the intention verb
        List<EventMention> a = agreements(TALKS + "وذكرت مصادر دبلوماسية أن البلدين يعتزمان توقيع اتفاقية للنقل البحري.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).planned(), a.toString());
    }

    @Test
    void aDocumentTheTwoStatesSignedIsTheirAgreementWhenTheTwoAreTold() {
        String signed = "وأشاد الوزير بالبروتوكول الذي وقعه البلدان في الربيع الماضي لترسيم الحدود.";
        List<EventMention> a = agreements(TALKS + signed, LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("state/JO", "state/EG"), a.get(0).participants(), a.toString());
        // after talks of three states, which two signed is not told
        assertTrue(agreements(THREE + signed, LocalDate.of(2024, 5, 2)).isEmpty());
    }

    @Test
    void aGatheringClosedByAdoptingADocumentIsItsBodysAgreement() {
        // frames.tsv "adopt-closing", finder "closed": the summit of the same sentence
        List<EventMention> a = agreements("اختتمت القمة الخليجية أعمالها مساء أمس في الدوحة باعتماد \"إعلان الدوحة\" للأمن الإقليمي.",
                LocalDate.of(2024, 12, 2));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("org/gcc"), a.get(0).participants(), a.toString());
        // a call to issue a statement, with no gathering closing in its sentence, is none
        assertTrue(agreements(SUMMIT + "وطالب وزير الخارجية العراقي بإصدار بيان يدين الهجمات.", LocalDate.of(2024, 12, 2)).isEmpty());
    }

    @Test
    void aMeetingOfOneBodyClosedByAdoptingAStatementIsThatBodysAgreement() {
        List<EventMention> a = agreements("اختتم وزراء خارجية رابطة دول جنوب شرق آسيا اجتماعهم اليوم في كوالالمبور باعتماد بيان مشترك.",
                LocalDate.of(2025, 7, 11));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("org/asean"), a.get(0).participants(), a.toString());
    }

    private static final String RECEPTION = "استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس المصري عبد الفتاح السيسي في الرياض أمس. ";

    @Test
    void whoSignedForEachSideJoinsTheSigningTheLeadersWitnessed() {
        // frames.tsv "sign-which": "وقعها عن الجانب X Y، وعن الجانب Z W"; one signing of the same states in one sentence
        List<EventMention> a = agreements(RECEPTION + "وشهد الزعيمان توقيع مذكرة تفاهم للتعاون في مجال الطاقة، وقعها عن الجانب السعودي "
                + "وزير الخارجية الأمير فيصل بن فرحان، وعن الجانب المصري وزير الخارجية بدر عبد العاطي.", LocalDate.of(2024, 10, 16));
        assertEquals(1, a.size(), a.toString());
        assertEquals(Set.of("person/mohammed-bin-salman", "person/abdel-fattah-el-sisi", "person/faisal-bin-farhan",
                "person/badr-abdelatty", "state/SA", "state/EG"), a.get(0).participants(), a.toString());
    }

    @Test
    void aTitleCoordinatedWithTheNextLeaderRefersBackToItsHolder() {
        // ArabicTitleAnaphora: "سمو الأمير والرئيس التركي" is two people, the first named earlier
        List<EventMention> a = agreements("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة أمس، حيث استقبله أمير قطر الشيخ تميم بن حمد آل ثاني. "
                + "وشهد سمو الأمير والرئيس التركي التوقيع على عدة اتفاقيات في مجالات الدفاع والطاقة.", LocalDate.of(2023, 12, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("person/tamim-bin-hamad", "state/QA",
                "person/recep-tayyip-erdogan", "state/TR")), a.toString());
    }

    @Test
    void theStatesADocumentIsBetweenAreItsSides() {
        // frames.tsv "sign": near(بين) names the sides of the document a few words after the signing
        List<EventMention> a = agreements("وشهد الرئيس المصري عبد الفتاح السيسي ورئيسة المفوضية الأوروبية أورسولا فون دير لاين أمس "
                + "التوقيع على إعلان مشترك بين مصر والاتحاد الأوروبي لرفع العلاقات إلى مستوى الشراكة الشاملة.", LocalDate.of(2024, 3, 18));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("person/abdel-fattah-el-sisi", "state/EG",
                "person/ursula-von-der-leyen", "org/eu")), a.toString());
    }

    /** The one agreement of {@code text}, with exactly {@code participants}; its year when {@code year} is not null. */
    private static void oneAgreement(String text, LocalDate published, Set<String> participants, Integer year) {
        List<EventMention> a = agreements(text, published);
        assertEquals(1, a.size(), a.toString());
        assertEquals(participants, a.get(0).participants(), a.toString());
        if (year != null) {
            assertEquals(year, a.get(0).date().start().getYear(), a.toString());
        }
    }

    @Test
    void aDeclarationTheLeadersEmbracedIsTheirBodysAgreement() {
        // frames.tsv "adopt": "تبنى" as "اعتمد"
        oneAgreement(SUMMIT + "وتبنى القادة في ختام القمة إعلانا مشتركا يدعو إلى تسريع الربط السككي.", LocalDate.of(2024, 12, 2),
                Set.of("org/gcc"), null);
    }

    @Test
    void aDocumentOneStateSignedWithAnotherSideIsTheirAgreement() {
        // frames.tsv "sign-which": a state's feminine verb ("وقعتها إثيوبيا") and the side "مع" names
        oneAgreement("وأعرب الرئيس الصومالي عن رفض بلاده لمذكرة التفاهم التي وقعتها إثيوبيا مع إقليم أرض الصومال في يناير الماضي.",
                LocalDate.of(2024, 3, 5), Set.of("state/ET", "org/somaliland"), 2024);
    }

    @Test
    void concludingAnAgreementIsSigningIt() {
        // frames.tsv "sign" and "sign-which": "أبرم" as "وقع"
        oneAgreement("أبرمت مصر واليونان أمس اتفاقا لترسيم الحدود البحرية.", LocalDate.of(2020, 8, 7), Set.of("state/EG", "state/GR"), null);
        oneAgreement("استقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس. "
                + "وأشاد الجانبان بالاتفاق الذي أبرمه البلدان في أغسطس 2020 لترسيم الحدود البحرية.", LocalDate.of(2024, 5, 7),
                Set.of("state/EG", "state/GR"), 2020);
    }

    @Test
    void sidesReachingADealMakeAnAgreement() {
        // frames.tsv "reach…", data/lexicon/ar/reached_deals.txt
        oneAgreement("توصلت مصر والسودان أمس إلى اتفاق لتنظيم تدفق مياه النهر.", LocalDate.of(2024, 6, 2), Set.of("state/EG", "state/SD"), null);
        // data/lexicon/ar/side_duals.txt: "الجانبان" who reach a deal are the two states, not their ministers
        oneAgreement(TALKS + "وتوصل الجانبان إلى تفاهمات بشأن إعادة فتح المعابر.", LocalDate.of(2025, 3, 4),
                Set.of("state/JO", "state/EG"), null);
    }

    @Test
    void reachingFindingsOrAViewIsNoAgreement() {
        assertTrue(agreements(TALKS + "وتوصل الجانبان إلى رؤية مشتركة حول الأزمة الإقليمية.", LocalDate.of(2025, 3, 4)).isEmpty());
        assertTrue(agreements(TALKS + "ولم يتوصل الجانبان إلى اتفاق بشأن الحدود.", LocalDate.of(2025, 3, 4)).isEmpty());
    }

    /** frames.tsv "exchange": handing over signed documents in a ceremony is their signing; exchanging views is not. */
    @Test
    void anExchangeOfMemorandaTheLeadersWitnessIsTheirAgreement() {
        List<EventMention> a = agreements(TALKS + "وشهد الوزيران تبادل عدد من مذكرات التفاهم في مجالي النقل والسياحة.",
                LocalDate.of(2025, 3, 4));
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().containsAll(Set.of("state/JO", "state/EG")), a.toString());
        assertTrue(agreements(TALKS + "وتبادل الوزيران وجهات النظر حول الأوضاع في المنطقة.", LocalDate.of(2025, 3, 4)).isEmpty());
    }
}
