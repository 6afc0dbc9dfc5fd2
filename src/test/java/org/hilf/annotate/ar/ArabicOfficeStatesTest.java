package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@link ArabicOfficeStates}: the state of an office written under "ب" before its
 * holder's name, as Gulf agencies write a guest minister's title, is part of the guest's phrase, not a
 * place between the host and the guest. Sentences written for these tests in the style of a ministry release.
 */
class ArabicOfficeStatesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 14);
    private static final List<String> BOTH = List.of("person/faisal-bin-farhan", "state/SA", "person/mohamed-salem-ould-merzoug", "state/MR");

    private static List<EventMention> received(String text) {
        return ArabicActorRecognizerTest.events(text, DAY, "Visit");
    }

    private static void receivesTheGuest(String text) {
        List<EventMention> v = received(text);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(BOTH), v.toString());
    }

    @Test
    void theStateAfterTheGuestsOfficeIsHisOwn() {
        receivesTheGuest("استقبل الأمير فيصل بن فرحان وزير الخارجية، في مقر الوزارة بالرياض اليوم، "
                + "وزير الشؤون الخارجية بالجمهورية الإسلامية الموريتانية محمد سالم ولد مرزوك.");
    }

    @Test
    void aPortfolioTooLongForTheTitleListStillOpensTheGuestsPhrase() {
        receivesTheGuest("استقبل الأمير فيصل بن فرحان وزير الخارجية، في مقر الوزارة بالرياض اليوم، معالي وزير الشؤون الخارجية "
                + "والتعاون والموريتانيين في الخارج بالجمهورية الإسلامية الموريتانية محمد سالم ولد مرزوك، والوفد المرافق له.");
    }

    @Test
    void aStateUnderFiInsideALeadersTitleWithARankBeforeTheNameIsPartOfHisPhrase() {
        // the summit's attendees: a title that names its state under "في"، a rank, then the name; the phrase begins at the
        // title's head, "رئيس", which the list of title heads (data/lexicon/ar/title_heads.txt) holds with a hamza seat folding reads
        EventMention s = ArabicActorRecognizerTest.theOnly("نيامي – اختتمت اليوم قمة تحالف دول الساحل في العاصمة النيجرية. "
                + "وشارك في القمة رئيس المجلس العسكري الحاكم في النيجر الجنرال عبد الرحمن تياني، ورئيس المرحلة الانتقالية "
                + "في مالي العقيد آسيمي غويتا.", DAY, "Summit");
        assertTrue(s.participants().containsAll(List.of("person/abdourahamane-tchiani", "person/assimi-goita", "state/NE", "state/ML")),
                s.toString());
    }

    @Test
    void aStateUnderFiAfterAnOfficeThatIsItselfAnActorIsThePlaceNotTheTitle() {
        // the visiting minister is named by his office, so "في السعودية" is where he met the prince
        EventMention m = ArabicActorRecognizerTest.theOnly("التقى وزير الخارجية الأمريكي في السعودية الأمير محمد بن سلمان.", DAY, "Meeting");
        assertTrue(m.participants().containsAll(List.of("person/mohammed-bin-salman", "person/antony-blinken")), m.toString());
    }
}
