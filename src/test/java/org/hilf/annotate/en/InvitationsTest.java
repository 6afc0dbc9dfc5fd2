package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** Literal examples of {@link EnglishInvitations}: an invitation to visit is the invitee's planned visit. Sentences written for these tests. */
class InvitationsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 7);

    private static List<EventMention> planned(String text) {
        return EnglishFixture.annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit") && e.planned()).toList();
    }

    @Test
    void theOneInvitedBetweenInvitationToAndToVisit() {
        List<EventMention> v = planned("Ruto extended an invitation to Egyptian President Abdel Fattah el-Sisi to visit Kenya, which he accepted.");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Set.of("person/abdel-fattah-el-sisi", "state/EG", "state/KE"), v.get(0).participants());
    }

    @Test
    void whoAcceptedTheInvitationIsTheGuest() {
        List<EventMention> v = planned("Putin accepted an invitation to visit Riyadh later this year, his spokesman told reporters.");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Set.of("person/vladimir-putin", "state/RU", "state/SA"), v.get(0).participants());
        List<EventMention> w = planned("Tokayev said he had accepted Yoon Suk Yeol's invitation to visit South Korea next year.");
        assertEquals(1, w.size(), w.toString());
        assertEquals(2025, w.get(0).date().start().getYear(), w.toString()); // dated by the words after the invitation
        assertEquals("person/kassym-jomart-tokayev", w.get(0).visitor());
        assertEquals("state/KR", w.get(0).host());
    }

    @Test
    void aVisitAtTheInvitationOfAHostIsNoInvitationToCome() {
        assertTrue(planned("Muizzu arrived in New Delhi on Sunday at the invitation of his Indian counterpart.").isEmpty());
    }
}
