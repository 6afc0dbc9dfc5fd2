package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** EnglishRelays and EnglishSpeakers' document sources on literal examples: who speaks when a source relays words. */
class RelaysTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    @Test
    void theSpeakersOwnBodyInWhatHeSaidIsNoRelay() {
        // EnglishRelays.reportedClause: Guterres speaks (for the UN); the UN's "rejected" is inside his words
        AnnotatedArticle d = EnglishFixture.annotate("Guterres said the United Nations rejected \"any repeated displacement of the "
                + "Palestinian population\".", LocalDate.of(2025, 2, 5));
        assertEquals(List.of("person/antonio-guterres for org/un"), EnglishFixture.statements(d));
        // another's words he relays stay theirs
        AnnotatedArticle relay = EnglishFixture.annotate("Beijing's foreign ministry said Xi Jinping told Anthony Albanese that China valued the ties.", DAY);
        assertEquals(List.of("person/xi-jinping for state/CN"), EnglishFixture.statements(relay));
    }

    @Test
    void aRelayThroughAReadoutWithAnAuxiliaryBeforeTheVerb() {
        // "said in a readout that Xi had urged …": Xi's words; the ministry relays them
        AnnotatedArticle d = EnglishFixture.annotate("China's foreign ministry said in a readout that Xi Jinping had urged the two "
                + "neighbours to \"view ties through a long-term perspective\".", LocalDate.of(2025, 9, 1));
        assertEquals(List.of("person/xi-jinping for state/CN"), EnglishFixture.statements(d));
    }

    @Test
    void aBareOfficeInACapitalIsThatStatesOffice() {
        AnnotatedArticle d = EnglishFixture.annotate("The talks were useful, according to the presidential office in Seoul.", DAY);
        assertEquals(List.of("org/kr-presidential-office for state/KR"), EnglishFixture.statements(d));
    }

    @Test
    void aDocumentOpeningTheSentenceSpeaksForItsIssuer() {
        AnnotatedArticle d = EnglishFixture.annotate("According to a readout from the Italian government, the talks also covered "
                + "the situation in Gaza and Sudan.", DAY);
        assertEquals(List.of("state/IT for state/IT"), EnglishFixture.statements(d));
    }

    @Test
    void aStatementIssuedByAMinistrySpeaksForItsState() {
        AnnotatedArticle d = EnglishFixture.annotate("According to a statement issued by India's Ministry of External Affairs, the visit "
                + "\"reaffirms India's Neighbourhood First policy\".", DAY);
        assertEquals(List.of("state/IN for state/IN"), EnglishFixture.statements(d));
    }

    @Test
    void aSourceOpeningTheSentenceRelaysTheWordsOfTheVerbsSubject() {
        AnnotatedArticle d = EnglishFixture.annotate("According to a statement from China's foreign ministry, Wang Yi urged Washington "
                + "to view China's development \"objectively and rationally\".", DAY);
        assertEquals(List.of("person/wang-yi for state/CN"), EnglishFixture.statements(d));
    }

    @Test
    void aMinistryThatReportsWhatALeaderToldAnotherSaysNothingItself() {
        AnnotatedArticle d = EnglishFixture.annotate("Beijing's foreign ministry said Xi Jinping told Anthony Albanese that the two "
                + "countries should be partners.", DAY);
        assertEquals(List.of("person/xi-jinping for state/CN"), EnglishFixture.statements(d));
    }
}
