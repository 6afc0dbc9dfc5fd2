package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/honorifics.txt, unnamed_officials.txt, family_name_first.txt and name_particles.txt on literal examples.
 */
class HonorificsAndFamilyNamesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 19);

    @Test
    void honorificsStandBeforeNames() {
        assertEquals(List.of("person/tamim-bin-hamad"), EnglishFixture.names(EnglishFixture.annotate("Sheikh Tamim bin Hamad Al Thani spoke.", DAY)));
    }

    @Test
    void malaysianHonorificsStandBetweenTitleAndName() {
        // "Datuk Seri" is a courtesy title, no new person of its own
        assertEquals(List.of("person/mohamad-hasan"), EnglishFixture.names(EnglishFixture.annotate(
                "Foreign Minister Datuk Seri Mohamad Hasan spoke.", DAY)).stream().filter(n -> n.startsWith("person/")).toList());
    }

    @Test
    void aMilitaryRankStandsBetweenTitleAndName() {
        // "Brigadier General" is a rank: the name after it speaks, not an unnamed spokesman of the Pentagon
        List<String> st = EnglishFixture.statements(EnglishFixture.annotate(
                "Pentagon spokesman Brigadier General Pat Ryder told reporters the balloon posed no military threat.", DAY));
        assertEquals(1, st.size(), st.toString());
        assertTrue(st.get(0).startsWith("person/en-") && !st.get(0).startsWith("person/en-official-"), st.toString());
    }

    @Test
    void theOneWithBringsInSpeaksThroughTheParticiple() {
        // "…, with Secretary General Mark Rutte urging …": not the dateline's city, the sentence's first phrase
        List<String> st = EnglishFixture.statements(EnglishFixture.annotate("Brussels (AFP) - NATO defence ministers met in Brussels on "
                + "Thursday, with Secretary General Mark Rutte urging capitals to \"turn pledges into production lines\".", LocalDate.of(2025, 6, 5)));
        assertEquals(List.of("person/mark-rutte for org/nato"), st);
        // "met with X, saying": the one met is no subject of the participle
        List<String> met = EnglishFixture.statements(EnglishFixture.annotate("Chinese President Xi Jinping also met with Pakistani Prime "
                + "Minister Shehbaz Sharif, saying China would support Pakistan.", LocalDate.of(2024, 7, 4)));
        assertTrue(met.stream().noneMatch(x -> x.contains("shehbaz")), met.toString());
    }

    @Test
    void aSurnameAnotherPersonOfTheArticleBearsIsNotTheOfficeHolders() {
        // EnglishResources.namesake: "Tarek Mansour" named, so "Mansour" alone is not Sheikh Mansour bin Zayed
        List<String> other = EnglishFixture.names(EnglishFixture.annotate("According to Tarek Mansour, a fellow at the Cairo Centre for "
                + "Regional Studies, the most realistic goal is local ceasefires. \"Saving lives is possible,\" Mansour said.", LocalDate.of(2025, 5, 3)));
        assertTrue(other.stream().noneMatch("person/mansour-bin-zayed"::equals), other.toString());
        List<String> holder = EnglishFixture.names(EnglishFixture.annotate("\"Saving lives is possible,\" Mansour said.", LocalDate.of(2025, 5, 3)));
        assertTrue(holder.contains("person/mansour-bin-zayed"), holder.toString());
    }

    @Test
    void anHonorificIsNoOnesShortName() {
        // "Sheikh Meshal" after both emirs are named: the given name says which sheikh, not the honorific
        var d = EnglishFixture.annotate("Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah spoke. Qatar's Emir Sheikh Tamim bin Hamad Al Thani "
                + "spoke. Sheikh Tamim held talks with Sheikh Meshal on trade.", DAY);
        assertEquals(List.of("person/mishal-al-ahmad", "person/tamim-bin-hamad"), EnglishFixture.names(d).subList(EnglishFixture.names(d).size() - 2,
                EnglishFixture.names(d).size()).stream().sorted().toList());
        assertEquals(List.of("Meeting person/mishal-al-ahmad person/tamim-bin-hamad state/KW state/QA"), EnglishFixture.events(d));
    }

    @Test
    void aTitleBeforeANameInAListIsThatNamesNotTheOneBefore() {
        // "X, Kuwait's Emir Sheikh Sabah …" is the emir's title, no apposition to X; the holder on the date is the emir named
        var d = EnglishFixture.annotate("Among the leaders present were Yemen's Abedrabbo Mansour Hadi, Kuwait's Emir Sheikh Sabah al-Ahmad "
                + "al-Sabah and Qatar's Emir Sheikh Tamim bin Hamad al-Thani.", LocalDate.of(2016, 7, 25));
        List<String> people = EnglishFixture.names(d).stream().filter(n -> n.startsWith("person/")).toList();
        assertEquals(List.of("person/abdrabbuh-mansur-hadi", "person/sabah-al-ahmad", "person/tamim-bin-hamad"), people);
    }

    @Test
    void familyNamesFirstStandAlone() {
        var d = EnglishFixture.annotate("Chinese President Xi Jinping met Russian President Vladimir Putin. Xi said ties were strong.", DAY);
        assertEquals(List.of("person/xi-jinping for state/CN"), EnglishFixture.statements(d));
    }

    @Test
    void unnamedOfficialsNeedABody() {
        var d = EnglishFixture.annotate("Officials said the talks went well.", DAY);
        assertEquals(List.of(), EnglishFixture.statements(d));
        var e = EnglishFixture.annotate("A Japanese official said the talks went well.", DAY);
        assertEquals(1, EnglishFixture.statements(e).size());
    }

    @Test
    void particlesStayInsideNewNames() {
        // name_particles.txt: "bin", "al" between two capitalized words; "Sayyid" an honorific; "Al Said" a name, not a verb
        var d = EnglishFixture.annotate("Oman's Deputy Prime Minister Sayyid Asad bin Tariq Al Said spoke first.", DAY);
        var m = d.get(org.hilf.annotate.Keys.ACTORS).stream().filter(a -> a.entityId().startsWith("person/")).findFirst().orElseThrow();
        assertEquals("Asad bin Tariq Al Said", m.surface());
        var k = EnglishFixture.annotate("Kuwait's Emir Sheikh Nawaf al-Ahmad al-Sabah arrived.", DAY);
        var n = k.get(org.hilf.annotate.Keys.ACTORS).stream().filter(a -> a.entityId().startsWith("person/")).findFirst().orElseThrow();
        assertEquals("Nawaf al-Ahmad al-Sabah", n.surface());
    }

    @Test
    void aGulfNameWithoutItsHouseIsTheKnownPerson() {
        assertEquals(List.of("person/salman-bin-abdulaziz"), EnglishFixture.names(EnglishFixture.annotate("King Salman bin Abdulaziz spoke.", DAY)));
    }

    @Test
    void aStyleOfAddressWithNoNameAfterItIsThePersonLastNamedAfterIt() {
        // EnglishStyledPeople: the Gulf agencies' English goes on with "His Highness"
        String text = "New York, September 22, 2026, SPA -- His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign "
                + "Affairs, arrived in New York today. His Highness met with Brazilian Minister of Foreign Affairs Mauro Vieira.";
        assertEquals(List.of("Meeting person/faisal-bin-farhan person/mauro-vieira state/BR state/SA"),
                EnglishFixture.events(EnglishFixture.annotate(text, LocalDate.of(2026, 9, 22))).stream().filter(e -> e.startsWith("Meeting")).toList());
        // without a person named after the style before, it stands for no one
        assertEquals(List.of(), EnglishFixture.events(EnglishFixture.annotate("His Highness met with Brazilian Minister of Foreign Affairs Mauro Vieira "
                + "on the sidelines.", LocalDate.of(2026, 9, 22))).stream().filter(e -> e.contains("faisal")).toList());
    }
}
