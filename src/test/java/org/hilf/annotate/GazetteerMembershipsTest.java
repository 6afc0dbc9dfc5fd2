package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ar.AliasIndex;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.annotate.ar.NormalizedText;
import org.hilf.annotate.ar.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Memberships over time in the gazetteer: the loader's checks of memberships.tsv, which ties hold now, the
 * bundled data's consistency, and the organization names that share their first words.
 */
class GazetteerMembershipsTest {
    static Gazetteer bundled;
    static ArabicResources arabic;

    @BeforeAll
    static void load() {
        bundled = Gazetteer.load();
        arabic = new ArabicResources(bundled);
    }

    private static Tsv.Row row(int line, String member, String relation, String org, String since, String until) {
        Map<String, String> cells = new HashMap<>(Map.of("member", member, "relation", relation, "organization", org));
        cells.put("since", since);
        cells.put("until", until);
        return new Tsv.Row("gazetteer/memberships.tsv", line, cells);
    }

    @Test
    void anUnknownRelationIsRefusedWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GazetteerLoader.tie(row(42, "IR", "dialoguePartnerOf", "sco", "2012", "")));
        assertTrue(e.getMessage().startsWith("gazetteer/memberships.tsv:42: unknown relation 'dialoguePartnerOf'"), e.getMessage());
        assertTrue(e.getMessage().contains("observerOf, candidateOf, suspendedFrom"), e.getMessage());
    }

    @Test
    void aYearThatIsNoYearOrEndsBeforeItBeginsIsRefusedWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GazetteerLoader.tie(row(7, "ML", "memberOf", "ecowas", "1975", "2025-01-29")));
        assertTrue(e.getMessage().startsWith("gazetteer/memberships.tsv:7: until '2025-01-29' is not a year"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> GazetteerLoader.tie(row(8, "ML", "memberOf", "ecowas", "2025", "1975")));
        assertTrue(e.getMessage().startsWith("gazetteer/memberships.tsv:8: until 1975 is before since 2025"), e.getMessage());
    }

    @Test
    void everyRelationIsReadAndAnOrganizationMayBeAMember() {
        Entity.Tie t = GazetteerLoader.tie(row(3, "eu", "partnerOf", "asean", "1977", ""));
        assertEquals(new Entity.Tie("org/eu", "partnerOf", "org/asean", 1977, null), t);
        for (String rel : Entity.Tie.RELATIONS) {
            assertEquals(rel, GazetteerLoader.tie(row(4, "AM", rel, "csto", "", "")).relation());
        }
    }

    @Test
    void aTieHoldsNowUntilTheYearItEnded() {
        Entity.Tie uk = new Entity.Tie("state/GB", "memberOf", "org/eu", 1973, 2020);
        assertTrue(uk.heldIn(2020), "a member until 31 January 2020 was a member in 2020");
        assertFalse(uk.holdsIn(2020), "but no longer is once that year has come");
        assertFalse(uk.heldIn(2021));
        assertFalse(uk.heldIn(1972));
        Entity.Tie iran = new Entity.Tie("state/IR", "memberOf", "org/sco", 2023, null);
        assertFalse(iran.heldIn(2022));
        assertTrue(iran.heldIn(2024) && iran.holdsIn(2026));
        assertFalse(iran.holdsIn(2022), "a tie that begins later does not hold yet");
        assertTrue(new Entity.Tie("state/PG", "observerOf", "org/asean", null, null).holdsIn(2026));
    }

    @Test
    void onlyATieThatHoldsNowConfirmsAnArticlesTie() {
        Gazetteer g = new Gazetteer.Builder().asOf(2026)
                .entity(new Entity("state/GB", EntityType.STATE, "المملكة المتحدة", "United Kingdom", null, "GB", null, null, null))
                .entity(new Entity("state/IR", EntityType.STATE, "إيران", "Iran", null, "IR", null, null, null))
                .entity(new Entity("org/eu", EntityType.ORGANIZATION, "الاتحاد الأوروبي", "European Union", null, null, null, null, null))
                .entity(new Entity("org/sco", EntityType.ALLIANCE, "منظمة شنغهاي للتعاون", "SCO", null, null, null, null, null))
                .tie(new Entity.Tie("state/GB", "memberOf", "org/eu", 1973, 2020))
                .tie(new Entity.Tie("state/IR", "observerOf", "org/sco", 2005, 2023))
                .tie(new Entity.Tie("state/IR", "memberOf", "org/sco", 2023, null))
                .build();
        assertEquals(2026, g.year());
        assertFalse(g.hasTie("state/GB", "memberOf", "org/eu"), "the United Kingdom left the EU");
        assertFalse(g.hasTie("state/IR", "observerOf", "org/sco"));
        assertFalse(g.hasTie("state/IR", "partnerOf", "org/sco"));
        assertTrue(g.hasTie("state/IR", "memberOf", "org/sco"));
        assertEquals(3, g.ties().size(), "the ties that ended are kept, for the memberships over time");
    }

    @Test
    void theBundledMembershipsAreConsistent() {
        assertTrue(bundled.ties().size() > 1100, "memberships: " + bundled.ties().size());
        Set<String> organizations = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> now = new HashMap<>();
        for (Entity.Tie t : bundled.ties()) {
            organizations.add(t.organizationId());
            if (t.holdsIn(bundled.year())) {
                now.computeIfAbsent(t.memberId() + " " + t.organizationId(), k -> new HashSet<>()).add(t.relation());
            }
            if (t.relation().equals("suspendedFrom") && bundled.ties().stream().noneMatch(m -> m.relation().equals("memberOf")
                    && m.memberId().equals(t.memberId()) && m.organizationId().equals(t.organizationId()))) {
                wrong.add("a suspension without a membership: " + t);
            }
        }
        now.forEach((pair, rels) -> {
            if (rels.contains("memberOf") && rels.stream().anyMatch(r -> !r.equals("memberOf") && !r.equals("suspendedFrom"))) {
                wrong.add(pair + " is a member and a partner, observer or candidate at once: " + rels);
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(organizations.size() >= 73, "organizations with ties: " + organizations.size());
        assertTrue(bundled.entity("org/commonwealth").isPresent() && bundled.entity("org/opec-plus").isPresent());
    }

    /** Names that share their first words: the longest match names the right body, and no form is ambiguous. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مجموعة السبع | org/g7
            مجموعة السبع والسبعين | org/g77
            مجموعة الـ77 والصين | org/g77
            منظمة التعاون الاقتصادي والتنمية | org/oecd
            منظمة التعاون الاقتصادي لآسيا والمحيط الهادئ | org/apec
            منظمة التعاون الاقتصادي | -
            منظمة إيكو | org/eco
            الكومنولث | org/commonwealth
            كومنولث الدول المستقلة | org/cis
            دول الكومنولث المستقلة | org/cis
            أوبك+ | org/opec
            أوبك بلس | org/opec-plus
            مجلس الشمال الأطلسي | org/nato-council
            مجلس الشمال الأوروبي | org/nordic-council
            منظمة الدول التركية | org/ots
            سيلاك | org/celac
            """)
    void theLongestNameWins(String text, String expected) {
        NormalizedText nt = NormalizedText.of(text, arabic.normalizer);
        List<Token> tokens = arabic.tokenizer.tokens(nt, 0, text.length());
        List<AliasIndex.Match> matches = arabic.aliases.matchesAt(tokens, 0);
        List<String> whole = matches.stream().filter(m -> m.to() == tokens.size()).map(m -> m.entry().entityId()).distinct().toList();
        if (expected.equals("-")) {
            assertEquals(List.of(), whole, text + " names no organization");
            return;
        }
        assertEquals(List.of(expected), whole, text);
        assertEquals(expected, matches.get(0).entry().entityId(), "the longest match of " + text);
    }

    @Test
    void theHeadsOfTheEuInstitutionsSpeakForTheirInstitution() {
        // offices.tsv: the Commission's and the European Council's presidents are of those bodies; the High Representative of the EU
        java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 1);
        assertEquals(java.util.Optional.of("org/european-commission"), bundled.affiliationOn("person/ursula-von-der-leyen", day));
        assertEquals(java.util.Optional.of("org/european-council"), bundled.affiliationOn("person/antonio-costa", day));
        assertEquals(java.util.Optional.of("org/eu"), bundled.affiliationOn("person/kaja-kallas", day));
    }
}
