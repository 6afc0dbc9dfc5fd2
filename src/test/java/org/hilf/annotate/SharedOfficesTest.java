package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Gazetteer.holder: a handover names the newcomer, an office several hold at once (offices.tsv overlap "joint") names no one alone. */
class SharedOfficesTest {

    private static Entity person(String id) {
        return new Entity("person/" + id, EntityType.PERSON, id, id, null, null, null, null, null);
    }

    private static final Gazetteer G = new Gazetteer.Builder().asOf(2026)
            .entity(new Entity("org/un", EntityType.ORGANIZATION, "الأمم المتحدة", "United Nations", null, null, null, null, null))
            .entity(person("a")).entity(person("b")).entity(person("c")).entity(person("d"))
            // a handover: the old term ends two days after the new one begins
            .office(new Entity.Office("person/a", "secretary_general", "org/un", LocalDate.of(2017, 1, 1), LocalDate.of(2027, 1, 3)))
            .office(new Entity.Office("person/b", "secretary_general", "org/un", LocalDate.of(2027, 1, 1), null))
            // envoys: two at once for years
            .office(new Entity.Office("person/c", "special_envoy", "org/un", LocalDate.of(2021, 9, 5), null))
            .office(new Entity.Office("person/d", "special_envoy", "org/un", LocalDate.of(2025, 1, 24), null))
            .build();

    @Test
    void aHandoverNamesTheNewcomer() {
        assertEquals("person/b", G.holder("secretary_general", "org/un", LocalDate.of(2027, 1, 2)).orElseThrow().id());
        assertEquals("person/a", G.holder("secretary_general", "org/un", LocalDate.of(2026, 6, 1)).orElseThrow().id());
    }

    @Test
    void anOfficeSeveralHoldNamesNoOneButListsThemAll() {
        LocalDate day = LocalDate.of(2025, 3, 9);
        assertTrue(G.holder("special_envoy", "org/un", day).isEmpty());
        assertEquals(List.of("person/d", "person/c"), G.terms("special_envoy", "org/un", day).stream().map(Entity.Office::personId).toList());
        assertEquals("person/c", G.holder("special_envoy", "org/un", LocalDate.of(2024, 3, 9)).orElseThrow().id());
    }
}
