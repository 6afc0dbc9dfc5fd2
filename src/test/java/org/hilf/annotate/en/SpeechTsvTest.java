package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/speech.tsv and the English statement extractor, on literal examples. */
class SpeechTsvTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 31);

    private static List<String> st(String text) { return statements(annotate(text, DAY)); }

    @Test
    void addedReportsSpeechOnlyBeforeWhatWasSaid() {
        for (String s : List.of("Stoltenberg added that the alliance was ready.", "\"We are ready,\" Stoltenberg added.",
                "Stoltenberg added in a statement that the alliance was ready.")) {
            assertEquals(List.of("person/jens-stoltenberg for org/nato"), st(s), s);
        }
        // a thing added is no words said
        assertEquals(List.of(), st("Australia added qualifications to several paragraphs."));
        assertEquals(List.of(), st("The leaders held a second meeting that adds China."));
    }

    @Test
    void aVerbOfSpeechGoingOnWithWhatWasSaidHasNoSpeakerOfItsOwn() {
        // EnglishRelays.inWhatWasSaid: the subject of "urged" is inside what Stoltenberg said
        assertEquals(List.of("person/jens-stoltenberg for org/nato"),
                st("Stoltenberg said Finland backed the plan but urged a diplomatic solution."));
        // after a comma, a clause of its own
        assertEquals(List.of("person/jens-stoltenberg for org/nato", "person/sauli-niinisto for state/FI"),
                st("Stoltenberg said the alliance was ready, but Niinisto warned that Russia was preparing."));
        // ", and condemned" right after the comma has no subject of its own: not China's words
        assertEquals(List.of("person/jens-stoltenberg for org/nato"),
                st("Stoltenberg said the allies were concerned about the drills, without naming China, and condemned the attack."));
    }

    @Test
    void verbsBeforeAndAfterTheirSubject() {
        for (String s : List.of("Stoltenberg said the alliance was ready.", "Stoltenberg told reporters the alliance was ready.",
                "Stoltenberg warned that Russia was preparing.", "\"We are ready,\" said Stoltenberg.",
                "NATO Secretary General Jens Stoltenberg stressed the point.",
                "Stoltenberg thanked the allies for their support.", "Stoltenberg rejected the claim that the alliance was divided.")) {
            assertEquals(List.of("person/jens-stoltenberg for org/nato"), st(s), s);
        }
    }

    @Test
    void postsHailingAndVowsAreWordsSaid() {
        for (String s : List.of("Stoltenberg posted on X that the alliance stood with Kyiv.",
                "Stoltenberg hailed the agreement as historic.", "Stoltenberg spoke in Brussels, vowing to keep up support.",
                "Stoltenberg spoke in Brussels, hailing the deal as a milestone.")) {
            assertEquals(List.of("person/jens-stoltenberg for org/nato"), st(s), s);
        }
        // a treaty "pledging" help says nothing: no participle of pledging
        assertEquals(List.of(), st("Finland and Sweden signed a treaty on Wednesday pledging mutual assistance."));
    }

    @Test
    void aTitledSubjectSetOffFromItsVerbStillSpeaks() {
        // EnglishSpeakers: a capitalized title before the name opens the sentence; an aside stands between it and the verb
        assertEquals(List.of("person/mumtaz-zahra-baloch for state/PK"), statements(annotate("Foreign Office Spokesperson Mumtaz Zahra Baloch, "
                + "in her weekly briefing in Islamabad, said the visit reflected Pakistan's commitment.", LocalDate.of(2024, 11, 19))));
    }

    @Test
    void aBodyAfterTheCommaThatReportsIsTheSpeakerNotTheLastOfAList() {
        // EnglishClauseBreaks: "Rutte, the Pentagon" is no list when a verb of report follows
        assertEquals(List.of("state/US for state/US"), statements(annotate("Hegseth met Rutte, the Pentagon said.", LocalDate.of(2025, 6, 5))));
        assertEquals(List.of("state/US for state/US"),
                statements(annotate("Hegseth met separately with Rutte, the Pentagon said, without giving details.", LocalDate.of(2025, 6, 5))));
    }

    @Test
    void accordingToAndStatements() {
        assertEquals(List.of("person/fumio-kishida for state/JP"), st("According to Prime Minister Fumio Kishida, ties are strong."));
        assertEquals(List.of("state/JP for state/JP"), st("Japan said in a statement that it was concerned."));
    }

    /** data/lexicon/en/source_documents.txt: the issuer of the document the words are "according to". */
    @Test
    void accordingToADocumentFromItsIssuer() {
        assertEquals(List.of("state/PK for state/PK"),
                st("The three sides agreed to upgrade relations, according to a statement issued by Pakistan's Foreign Office."));
        assertEquals(List.of("state/RU for state/RU"),
                st("Putin and Xi discussed Ukraine, according to a readout from the Kremlin, which gave no details."));
    }

    @Test
    void quotesAsWrittenAndSplitAroundTheVerb() {
        var d = annotate("\u201cJapan can count on NATO,\u201d Stoltenberg said, \u201cin a more dangerous world.\u201d", DAY);
        StatementMention s = d.get(Keys.STATEMENTS).get(0);
        assertEquals(List.of("Japan can count on NATO", "in a more dangerous world."), s.quotes());
    }

    @Test
    void mediaRelayButNeverSpeak() {
        assertEquals(List.of("person/jens-stoltenberg for org/nato"), st("Stoltenberg told Reuters that Japan was a close partner."));
    }

    @Test
    void aSpokespersonSpeaksForTheOffice() {
        assertEquals(List.of("person/mao-ning for state/CN"), st("Chinese foreign ministry spokeswoman Mao Ning said NATO should stay out of Asia."));
    }

    @Test
    void pronounsAndContinuations() {
        var d = annotate("Stoltenberg arrived in Seoul. \"Security is global,\" he said. \"Asia matters to NATO.\"", DAY);
        assertEquals(List.of("person/jens-stoltenberg for org/nato", "person/jens-stoltenberg for org/nato"), statements(d));
    }

    @Test
    void twoSpeakersInOneSentence() {
        assertEquals(List.of("person/yoon-suk-yeol for state/KR", "person/fumio-kishida for state/JP"),
                st("Yoon Suk Yeol said the day was historic, while Fumio Kishida noted that the order was shaken."));
    }

    @Test
    void aFinalCommuniqueOrAJointStatementSpeaksForItsIssuers() {
        assertEquals(List.of("org/nato for org/nato"),
                st("NATO leaders held their annual summit in Vilnius on Tuesday. The final communique called for more support for Ukraine."));
        assertEquals(List.of("state/JP+state/PH for state/JP+state/PH"),
                st("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila. In a joint statement, the two sides agreed to deepen defence ties."));
        assertEquals(List.of("org/brics for org/brics"),
                st("The BRICS summit opened in Rio de Janeiro on Sunday. The leaders adopted a joint declaration that criticised the rise in tariffs."));
    }

    @Test
    void aDocumentAsTheSubjectSpeaksForItsIssuers() {
        assertEquals(List.of("state/EG+state/JO for state/EG+state/JO"),
                st("Egyptian President Abdel Fattah al-Sisi held talks with Jordan's King Abdullah II in Cairo on Monday. "
                        + "The statement said the two countries would deepen cooperation on water."));
        assertEquals(List.of("org/arab-league for org/arab-league"),
                st("Arab League leaders held their summit in Manama on Thursday. The final resolution called for an end to the fighting."));
        assertEquals(List.of("org/brics for org/brics"), st("Leaders of the BRICS group met in Rio de Janeiro on Sunday for their annual summit. "
                + "The leaders' declaration, adopted on Sunday, condemned the strikes."));
        assertEquals(List.of("person/cyril-ramaphosa for state/ZA"), st("Cyril Ramaphosa closed the G20 summit in Johannesburg on Sunday. "
                + "\"The declaration belongs to all who came to the table,\" Ramaphosa said."));
    }

    @Test
    void aSubjectSetOffFromAnOpeningPhraseSpeaks() {
        assertEquals(List.of("org/g7 for org/g7"), st("In a statement issued on Friday, G7 leaders said they would keep up pressure on Moscow."));
        assertEquals(List.of("person/sergey-lavrov for state/RU"), st("After the talks in Hanoi, Lavrov said the visit had been useful."));
    }
    @Test
    void verbsOfPositionsTakenAreSpeech() {
        for (String s : List.of("Stoltenberg condemned the missile launch.", "Stoltenberg reaffirmed the alliance's support for Ukraine.",
                "Stoltenberg expressed concern over the tests.", "Stoltenberg demanded an immediate ceasefire.",
                "Stoltenberg promised more air defence for Kyiv.")) {
            assertEquals(List.of("person/jens-stoltenberg for org/nato"), st(s), s);
        }
    }

    @Test
    void aStateThatNamesADocumentDoesNotSpeak() {
        assertEquals(List.of(), st("The leaders adopted a text, dubbed the Nouakchott Declaration, that condemned terrorist groups."));
        assertEquals(List.of("state/JP for state/JP"), st("Japan's declaration condemned the launch."));
    }
}
