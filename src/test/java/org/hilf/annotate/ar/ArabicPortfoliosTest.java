package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/portfolios.txt and of a new name after a title that a particle
 * ends ({@code ArabicTitledPeople.newName}): the speaker is a new person of the title's state, never
 * the holder of another office. Sentences written for these tests.
 */
class ArabicPortfoliosTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    /** Each statement as "speaker for body". */
    private static List<String> st(String text) {
        AnnotatedArticle d = annotate(text, DAY);
        return d.get(Keys.STATEMENTS).stream().map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    private static void newPersonFor(String state, String text) {
        List<String> s = st(text);
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).startsWith("person/ar-") && s.get(0).endsWith(" for " + state), s.toString());
    }

    @Test
    void aMinisterByPortfolio() {
        newPersonFor("state/IN", "وقال وزير التجارة الهندي أرفيند ميهرا إن الاتفاق سيضاعف المبادلات.");
        newPersonFor("state/PK", "وقال وزير الإعلام الباكستاني نديم أختر، إن الاتفاق لا يتضمن بنودا سرية.");
    }

    @Test
    void aNameThatAParticleEnds() {
        // the gazetteer's Mauritanian foreign minister of the day is someone else: the name in the text wins
        newPersonFor("state/MR", "وقال وزير الخارجية الموريتاني سيدي ولد أحمدو إن العلاقات بين البلدين متينة.");
        newPersonFor("state/PK", "وأكد وزير الإعلام الباكستاني عطاء الله نور أن الزيارة ناجحة.");
    }

    @Test
    void aDefiniteFamilyNameEndsAMinistersNameWhenTheNameIsClosed() {
        newPersonFor("state/IQ", "وقال وزير التجارة العراقي أثير داود الغريري في مؤتمر صحفي إن المبادلات ستتضاعف.");
        newPersonFor("state/JO", "وأكد وزير الصناعة الأردني يعرب القضاة أن الاتفاق سيدخل حيز التنفيذ.");
        // a name of two common given names the gazetteer holds ("محمد حسن", Malaysia's foreign minister) with a
        // family name after it is someone else's
        newPersonFor("state/IQ", "وقال وزير النقل العراقي محمد حسن الكعبي في بيان إن الطريق سيفتح قريبا.");
    }

    @Test
    void aMinistryOfSeveralPortfoliosNamesThemAll() {
        newPersonFor("state/JO", "وأكد وزير الصناعة والتجارة والتموين الأردني يعرب القضاة أن الاتفاق سيدخل حيز التنفيذ.");
        // "رئيس الوزراء ووزير الخارجية": two offices, not one ministry's portfolios
        assertEquals(List.of("person/mohammed-bin-abdulrahman-al-thani for state/QA"),
                st("وقال رئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني إن المفاوضات مستمرة."));
    }

    @Test
    void aMinisterWithoutANationalityIsOfTheDatelinesState() {
        // ArabicHomeMinisters: "بغداد - واع" is an Iraqi wire writing of its own minister
        String text = "اختتام أعمال اللجنة\n\nبغداد - واع\nوقال وزير التجارة أثير داود الغريري في مؤتمر صحفي إن المبادلات ستتضاعف.";
        newPersonFor("state/IQ", text);
        // with no dateline, no state
        List<String> s = st("وقال وزير التجارة أثير داود الغريري في مؤتمر صحفي إن المبادلات ستتضاعف.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).endsWith(" for "), s.toString());
    }

    @Test
    void aMinisterAfterASidesAdjectiveIsOfThatSideNotOfTheDateline() {
        // ArabicHomeMinisters.sideBefore: "وعن الجانب الصومالي وزير النفط X" under an Ankara dateline
        String text = "توقيع اتفاقية\n\nأنقرة - الأناضول\nووقع الاتفاقية عن الجانب الصومالي وزير النفط عبد الرزاق عمر محمد، "
                + "وقال وزير النفط عبد الرزاق عمر محمد إن الاتفاقية تاريخية.";
        newPersonFor("state/SO", text);
    }

    @Test
    void noNameIsReadFromAPortfoliosConstructOrBeforeACrownPrince() {
        List<String> s = st("وقال وزير التجارة والصناعة وترويج الاستثمار إن المباحثات ناجحة.");
        assertTrue(s.stream().noneMatch(x -> x.contains("person/ar-")), s.toString());
        // "ولي العهد" is a title, not a conjunction before one: "دعوة لسمو" is no name
        List<String> people = annotate("ووجه الرئيس البرازيلي دعوة لسمو ولي العهد لزيارة البرازيل.", DAY).get(Keys.ACTORS).stream()
                .map(a -> a.entityId()).filter(id -> id.startsWith("person/ar-")).toList();
        assertTrue(people.isEmpty(), people.toString());
    }

    @Test
    void oneMinisterByPortfolioDoesNotStandForAnother() {
        // "وزير" is the head of every portfolio: the Emirati minister's title after his name is not the Kenyan minister
        List<String> people = annotate("ووقعها من الجانب الكيني وزير التجارة والاستثمار والصناعة لي كينيانجوي. والتقى الرئيس الكيني "
                + "الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة.", DAY).get(Keys.ACTORS).stream()
                .map(a -> a.entityId()).filter(id -> id.startsWith("person/ar-")).toList();
        assertEquals(1, people.size(), people.toString());
    }

    @Test
    void aPortfolioAloneIsNoKnownMinister() {
        // Saudi Arabia's energy minister is in the gazetteer as a minister; "وزير التجارة" is not he
        assertTrue(st("وقال وزير التجارة السعودي إن المملكة ستستضيف المنتدى.").stream()
                .noneMatch(s -> s.startsWith("person/abdulaziz-bin-salman")));
    }

    @Test
    void wordsOfTimeAreNoName() {
        List<String> s = st("ولم يلتق وزير الخارجية الجزائري نظيره المغربي طوال أيام القمة، وفق ما قال مصدر دبلوماسي.");
        assertTrue(s.stream().noneMatch(x -> x.contains("person/ar-")), s.toString());
    }
}
