package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/occupation_links.tsv (a field or a body between an occupation and the
 * name) and of an occupation's definite family name (ArabicTitledPeople), of the words of a past holder in
 * new_holder_words.txt and deputy_words.txt, of a spokesperson's title before his name
 * (ArabicHomeSpokespeople, home_ministries.tsv), and of a titled subject right after a verb of stating
 * (ArabicStatementExtractor). Sentences written for these tests.
 */
class NamedCommentatorsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 20);

    private static List<String> st(String text, LocalDate day) {
        return annotate(text, day).get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    @Test
    void aNamedResearcherAfterHisFieldSpeaksAndHisFamilyNameContinues() {
        List<String> found = st("ويرى الباحث في العلاقات الدولية كريم الطاهري أن \"الوساطات العربية اصطدمت بحسابات داخلية\". "
                + "وأضاف الطاهري أن الاتحاد هو الضحية الأولى لهذه القطيعة.", DAY);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/ar-") && found.get(0).endsWith(" for "), found.toString());
        assertEquals(found.get(0), found.get(1));
    }

    @Test
    void theAbbreviationOfDoctorStandsBetweenFieldAndName() {
        // honorifics.txt "د": "د." is no break between the field and the name
        List<String> found = st("ويقول الباحث في الشؤون الأمنية الخليجية د. سالم الكعبي إن \"القيادة الموحدة ما زالت هيكلا إداريا\".", DAY);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/ar-"), found.toString());
    }

    @Test
    void anUnnamedResearcherIsNoSpeaker() {
        assertEquals(List.of(), st("ويرى الباحث في العلاقات الدولية أن الوساطات اصطدمت بحسابات داخلية.", DAY));
    }

    @Test
    void aRelativeAdjectiveIntroducesNoName() {
        assertTrue(annotate("واتفق البلدان على استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين، في ختام المحادثات.", DAY)
                .get(Keys.ACTORS).stream().noneMatch(a -> a.entityId().startsWith("person/ar-")));
    }

    @Test
    void thePastHoldersNameNotTodaysHolder() {
        assertEquals(List.of("person/ramtane-lamamra for state/DZ"),
                st("دخلت القطيعة بين البلدين عامها الثالث. ففي أغسطس 2021 أعلن وزير الخارجية الجزائري آنذاك رمطان لعمامرة "
                        + "قطع العلاقات مع المغرب، متهما إياه بالقيام بـ\"أعمال عدائية\".", DAY));
    }

    @Test
    void aSpokespersonTitleBeforeTheNameGivesTheHomeMinistersState() {
        List<String> found = st("وأكد أيمن الصفدي دعم الأردن للبنان. "
                + "وقال الناطق الرسمي باسم وزارة الخارجية وشؤون المغتربين السفير سفيان خلف إن الوزيرين اتفقا على تشكيل فريق مشترك.",
                LocalDate.of(2025, 3, 17));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(1).startsWith("person/ar-") && found.get(1).endsWith(" for state/JO"), found.toString());
    }

    @Test
    void anOccupationInAppositionToALongerTitleTakesNoDefiniteFamilyName() {
        assertTrue(annotate("وقال المتحدث الرسمي باسم رئاسة الجمهورية السفير محمد الشناوي إن الرئيس أكد ضرورة الإصلاح.", DAY)
                .get(Keys.ACTORS).stream().noneMatch(a -> a.entityId().startsWith("person/ar-")));
    }

    @Test
    void aLeaderOfAMovementSpeaksForIt() {
        LocalDate day = LocalDate.of(2025, 7, 20);
        List<String> found = st("وتواصلت المفاوضات في الدوحة. وقال القيادي في حماس سامي أبو زهري إن الحركة تدرس المقترح. "
                + "وقال المتحدث باسم حركة فتح جمال نزال إن التوقيع خطوة في الاتجاه الصحيح.", day);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/ar-") && found.get(0).endsWith(" for org/hamas"), found.toString());
        assertTrue(found.get(1).startsWith("person/ar-") && found.get(1).endsWith(" for org/fatah"), found.toString());
    }

    @Test
    void aTitledSubjectRightAfterTheVerbSpeaksWithoutAReportedClause() {
        LocalDate day = LocalDate.of(2025, 4, 8);
        assertEquals(List.of("person/gen-nakatani for state/JP"),
                st("وصل الوزير إلى طوكيو. أعلن وزير الدفاع الياباني الجنرال ناكاتاني اهتمام بلاده خلال المحادثات.", day));
        // the titled person is the object of a noun after the verb, not its subject
        assertEquals(List.of(), st("وصل الوزير إلى طوكيو. ورحب برحلة وزير الدفاع الأمريكي بيت هيغسيث الأخيرة إلى اليابان.", day));
    }

    /** The names of the article's new people, as written. */
    private static List<String> names(String text) {
        return annotate(text, DAY).get(Keys.ACTORS).stream().filter(a -> a.entityId().startsWith("person/ar-"))
                .map(a -> a.surface()).distinct().toList();
    }

    @Test
    void aCommentatorWithANationalitySpeaksForNoOnePastHisFieldAndTheMediumHeToldIt() {
        // commentator_nouns.txt; a field opening with a noun in construct; "للجزيرة نت" closes the name
        List<String> found = st("انتخبت القمة رئيسا جديدا للمفوضية. ويقول الباحث الإثيوبي في شؤون القرن الأفريقي دانيال برهانو "
                + "للجزيرة نت إن فوز يوسف \"يعكس رغبة الدول الأعضاء في شخصية توافقية\". "
                + "ويضيف أن التحدي الحقيقي أمام رئيس المفوضية الجديد سيكون ماليا.", DAY);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/ar-") && found.get(0).endsWith(" for "), found.toString());
        assertEquals(found.get(0), found.get(1), "ويضيف (speech.tsv) continues him");
        assertEquals(List.of("دانيال برهانو"), names("ويقول الباحث الإثيوبي في شؤون القرن الأفريقي دانيال برهانو "
                + "للجزيرة نت إن القمة كانت ناجحة."));
    }

    @Test
    void describedCommentatorsAndTheirNames() {
        // adjectives between title and name; "الاقتصادي" (role_nouns.txt); "المتخصصة في …"
        for (String text : List.of("وقال المحلل السياسي الليبي عبد الله الكبير إن الزيارة \"تعكس قلق تونس\".",
                "ويرى الاقتصادي الأوروغوياني إغناسيو مونتيرو أن الاتفاق \"يمنح أميركا الجنوبية ورقة توازن\".",
                "أما الكاتبة الكينية المتخصصة في الشؤون القارية أمينة واكيو، فتقول إن الخسارة \"ستدفع نيروبي إلى مراجعة حساباتها\".")) {
            List<String> found = st("عقدت القمة أمس. " + text, DAY);
            assertEquals(1, found.size(), text + " " + found);
            assertTrue(found.get(0).startsWith("person/ar-") && found.get(0).endsWith(" for "), text + " " + found);
        }
    }

    @Test
    void aFormerDiplomatSpeaksForNoOneAndNameParticlesBindTheirWord() {
        // former_words.txt; name_particles.txt ("ولد", "عبد"): the bound word may be definite or begin a known name
        List<String> found = st("تتواصل الأزمة. يرى الدبلوماسي الموريتاني السابق محمد فال ولد بلال أن الأزمة \"ظرفية\".", DAY);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(" for "), found.toString());
        assertEquals(List.of("محمد فال ولد بلال"), names("يرى الدبلوماسي الموريتاني السابق محمد فال ولد بلال أن الأزمة ظرفية."));
        assertEquals(List.of("عبد الرحمن أبو خريس"), names("ويرى الباحث السوداني في الشؤون الدولية الدكتور عبد الرحمن أبو خريس "
                + "أن التفاهم يعكس رغبة الخرطوم."));
        // the medium joined to its clitic across tatweel and quotes is not part of the name
        assertEquals(List.of("سامر الحلبي"), names("ويقول الباحث في الشؤون الإيرانية سامر الحلبي لـ«الشرق الأوسط» إن طهران «تلعب على عامل الوقت»."));
    }

    @Test
    void anOfficialWithANationalityStillSpeaksForHisState() {
        assertEquals(List.of("for state/KE"), st("عقدت القمة أمس. وقال الدبلوماسي الكيني جون كاماو إن القمة \"كانت ناجحة\".", DAY)
                .stream().map(x -> x.substring(x.indexOf("for "))).toList());
    }
}
