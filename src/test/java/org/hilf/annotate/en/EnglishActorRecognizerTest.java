package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.DAY;
import static org.hilf.annotate.en.EnglishFixture.actors;
import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's English names, data/lexicon/roles.tsv (forms_en), honorifics.txt,
 * unnamed_officials.txt, alliance_anaphors.tsv and family_name_first.txt, on literal examples.
 */
class EnglishActorRecognizerTest {
    @Test
    void namesAliasesAndAcronyms() {
        var d = annotate("The United States, the U.S. and NATO met ASEAN, the GCC, AUKUS, the SCO and BRICS. Let us go.", DAY);
        assertEquals(List.of("state/US", "state/US", "org/nato", "org/asean", "org/gcc", "org/aukus", "org/sco", "org/brics"), names(d));
    }

    @Test
    void armedMovementsAndPartiesByTheirEnglishNames() {
        // organizations.tsv, aliases_en of m23, rsf and akp-turkey
        var d = annotate("The M23 and the Rapid Support Forces were not invited; the AK Party sent a delegation.", DAY);
        assertEquals(List.of("org/m23", "org/rsf", "org/akp-turkey"), names(d));
    }

    @Test
    void groupsOfStatesByTheirNumberInFigures() {
        // organizations.tsv, aliases_en of g20 and g7: "Group of 20" as the wires write it
        var d = annotate("Leaders of the Group of 20 met after the Group of 7 had met in Canada.", DAY);
        assertEquals(List.of("org/g20", "org/g7"), names(d));
    }

    @Test
    void bodiesInBritishAndAmericanSpelling() {
        // organizations.tsv, aliases_en of nato, osce and ots; the Arctic Council's own row
        var d = annotate("The North Atlantic Treaty Organisation, the Organization for Security and Cooperation in Europe, "
                + "the Organisation of Turkic States and the Arctic Council sent envoys.", DAY);
        assertEquals(List.of("org/nato", "org/osce", "org/ots", "org/arctic-council"), names(d));
    }

    @Test
    void aDayOrMonthIsNoSurnameAlone() {
        // not_surnames.txt: Godwin Friday has been in office since November 2025, Theresa May left it in 2019
        var d = annotate("Japan and the Philippines signed an agreement on Friday, and talks will resume in May.", LocalDate.of(2026, 1, 16));
        assertEquals(List.of("state/JP", "state/PH"), names(d));
        d = annotate("Prime Minister Godwin Friday met the envoys on Friday.", LocalDate.of(2026, 1, 16));
        assertEquals(List.of("person/godwin-friday"), names(d));
        // the surname of a person the article named stays hers where no date word stands around it
        d = annotate("British Prime Minister Theresa May arrived in Riyadh. May held talks with the crown prince in May.", LocalDate.of(2017, 4, 5));
        assertEquals(List.of("person/theresa-may", "person/theresa-may"), names(d).stream().filter(n -> n.startsWith("person/")).toList());
    }

    @Test
    void adjectivesAreAttributes() {
        var d = annotate("Japanese, South Korean and Emirati firms signed deals.", DAY);
        assertEquals(List.of("state/JP", "state/KR", "state/AE"), actors(d, ActorMention.Role.ATTRIBUTE));
    }

    @Test
    void capitalsStandForGovernmentsOrArePlaces() {
        var d = annotate("Tokyo and Seoul agreed to talks in Beijing.", DAY);
        assertEquals(List.of("state/JP", "state/KR"), names(d));
        assertEquals(List.of("place/capital-CN"), actors(d, ActorMention.Role.PLACE));
    }

    @Test
    void officesResolveToTheirHolderOnTheArticlesDate() {
        var d = annotate("The Japanese prime minister met the U.S. defense secretary and NATO chief. Tokyo's top diplomat was there.",
                LocalDate.of(2023, 7, 12));
        assertEquals(List.of("person/fumio-kishida", "person/lloyd-austin", "person/jens-stoltenberg", "person/yoshimasa-hayashi"),
                names(d).stream().filter(id -> id.startsWith("person/")).toList());
        var later = annotate("Secretary-General Mark Rutte spoke. The NATO chief left.", LocalDate.of(2025, 4, 8));
        assertEquals(List.of("person/mark-rutte", "person/mark-rutte"), names(later));
    }

    @Test
    void newPeopleIntroducedByAnOfficeHaveStableIds() {
        var a = annotate("a", "Oman's Foreign Minister Badr Nasser Alharthy said talks went well.", DAY);
        var b = annotate("b", "Badr Nasser Alharthy, Oman's foreign minister, arrived.", DAY);
        Entity pa = a.get(Keys.NEW_ENTITIES).values().iterator().next();
        Entity pb = b.get(Keys.NEW_ENTITIES).values().iterator().next();
        assertEquals(pa.id(), pb.id(), "same name and affiliation, same IRI");
        assertEquals("state/OM", pa.affiliationId());
        assertEquals("Badr Nasser Alharthy", pa.labelEn());
        var c = annotate("c", "Qatar's Foreign Minister Badr Nasser Alharthy arrived.", DAY);
        assertNotEquals(pa.id(), c.get(Keys.NEW_ENTITIES).values().iterator().next().id(), "another affiliation, another person");
    }

    @Test
    void surnamesAndGivenNamesStandAloneLater() {
        var d = annotate("South Korean President Yoon Suk Yeol met Malaysian Prime Minister Anwar Ibrahim. Yoon and Anwar spoke.", DAY);
        List<String> people = names(d).stream().filter(id -> id.startsWith("person/")).toList();
        assertEquals(List.of("person/yoon-suk-yeol", "person/anwar-ibrahim", "person/yoon-suk-yeol", "person/anwar-ibrahim"), people);
    }

    @Test
    void honorificsBeforeNames() {
        AnnotatedArticle d = annotate("Saudi Crown Prince Mohammed bin Salman met Emir Sheikh Tamim bin Hamad Al Thani.", DAY);
        assertEquals(List.of("person/mohammed-bin-salman", "person/tamim-bin-hamad"),
                names(d).stream().filter(id -> id.startsWith("person/")).toList());
    }

    @Test
    void unnamedOfficialsSpeakForTheirState() {
        assertUnnamedOfficialSpeaksFor("state/KR", "A South Korean presidential official said the talks would go ahead.");
    }

    /** The one new person of {@code text} is an unnamed official of {@code state} and its only speaker. */
    private static void assertUnnamedOfficialSpeaksFor(String state, String text) {
        var d = annotate(text, DAY);
        Entity official = d.get(Keys.NEW_ENTITIES).values().iterator().next();
        assertEquals(state, official.affiliationId());
        assertEquals(List.of(official.id() + " for " + state), EnglishFixture.statements(d));
    }

    @Test
    void theNewOfNewZealandIsNoNewOfficeHolder() {
        // EnglishTitles.subordinate: "new" inside a name of the gazetteer is no word of a holder to come
        assertUnnamedOfficialSpeaksFor("state/NZ", "A New Zealand government spokeswoman said the talks would go ahead.");
        assertEquals(List.of(), annotate("The new New Zealand prime minister said the talks would go ahead.", DAY).get(Keys.STATEMENTS)
                .stream().filter(st -> st.speakers().stream().anyMatch(p -> p.startsWith("person/"))).toList());
    }

    @Test
    void theAllianceIsTheArticlesAlliance() {
        var d = annotate("NATO leaders met in Vilnius. The alliance adopted a plan.", DAY);
        assertEquals(List.of("org/nato", "org/nato"), names(d));
    }

    @Test
    void deputiesAndFormerHoldersAreNotTheHolder() {
        var d = annotate("The former Japanese prime minister and the deputy U.S. defense secretary spoke.", DAY);
        assertTrue(names(d).stream().noneMatch(id -> id.startsWith("person/")), names(d).toString());
    }
}
