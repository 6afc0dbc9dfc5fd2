package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/state_offices.txt, unnamed officials of an office, and sources that relay, on literal examples. */
class StateOfficesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static List<String> st(String text) { return statements(annotate(text, DAY)); }

    @Test
    void anOfficeNamedByItsNationalityIsTheState() {
        assertEquals(List.of("state/DE for state/DE"), st("The German foreign ministry said it would send an envoy to the talks."));
        assertEquals(List.of("state/MX for state/MX"), st("The port deal was signed on Friday, according to the Mexican presidency."));
        assertEquals(List.of("state/IT for state/IT"), st("The Italian government said the visit would go ahead in the spring."));
        assertEquals(List.of("state/JO for state/JO"), st("The meeting took place later in the day, a Jordanian royal court statement said."));
        assertEquals(List.of("state/UZ for state/UZ"), st("The talks were held in Tashkent, the Uzbek presidential press service said."));
        assertEquals(List.of("state/AU for state/AU"), st("The exercise will be held in Darwin in July, the Australian defence department said."));
        assertEquals(List.of("state/PH for state/PH"), st("The vessels were shadowed for hours, the Philippine Department of Foreign Affairs said."));
        // readouts name a party to talks "the X side"
        assertEquals(List.of("state/AF for state/AF"), st("The Afghan side insisted that it did not allow anyone to use its territory against any country."));
        // a junta's government is still the state's: "transitional", "interim", "military"
        assertEquals(List.of("state/ML for state/ML"), st("A spokesman for the Malian transitional government said Bamako takes note of the decision."));
    }

    @Test
    void anOfficeAfterTheStatesPossessiveIsTheStatesOrItsOrganization() {
        assertEquals(List.of("state/BR for state/BR"), st("The summit will be held in Belem, according to Brazil's presidency."));
        assertEquals(List.of("org/kr-presidential-office for state/KR"),
                st("The two leaders agreed to resume shuttle visits, according to Seoul's presidential office."));
        assertEquals(List.of("org/kr-presidential-office for state/KR"), st("The South Korean presidential office said the talks had gone well."));
    }

    @Test
    void anUnnamedOfficialOfAnOfficeSpeaksForTheState() {
        List<String> s = st("Talks could resume next month, a Kenyan presidency official said.");
        assertEquals(1, s.size());
        assertEquals(true, s.get(0).endsWith(" for state/KE"), s.toString());
        List<String> d = st("The envoy is expected to travel on to Rome, a Spanish diplomatic source said.");
        assertEquals(true, d.size() == 1 && d.get(0).endsWith(" for state/ES"), d.toString());
    }

    @Test
    void anOfficeInAppositionIsTheNamedPersons() {
        assertEquals(List.of("person/yoshimasa-hayashi for state/JP"),
                st("Japan's chief government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said Tokyo would send aid."));
        assertEquals(List.of("person/randhir-jaiswal for state/IN"),
                st("Randhir Jaiswal, spokesperson for India's foreign ministry, said the envoy would return."));
    }

    @Test
    void aSourceAfterWordsSaidRelaysThem() {
        assertEquals(List.of("person/sergey-lavrov for state/RU"),
                st("Lavrov told his guest that Moscow wanted calm on the border, according to the Russian foreign ministry."));
    }

    @Test
    void anOfficeThatSaysWhatAPersonToldRelaysIt() {
        assertEquals(List.of("person/sergey-lavrov for state/RU"),
                st("The Russian foreign ministry said Lavrov told his Turkish counterpart that Moscow wanted the grain deal revived."));
    }
}
