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
}
