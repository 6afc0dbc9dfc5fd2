package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/gazetteer/offices.tsv rows of the role deputy_foreign_minister (roles.tsv):
 * a deputy minister the gazetteer knows speaks for his state when named alone; and of a foreign
 * minister's other Arabic title ("رئيس الدبلوماسية"). Sentences written for
 * these tests in the style of agency wires.
 */
class DeputyMinistersTest {
    @Test
    void theSaudiDeputyForeignMinisterSpeaksForTheKingdom() {
        List<String> st = annotate("عنوان\nترأس المهندس وليد بن عبدالكريم الخريجي وفد المملكة إلى الاجتماع التحضيري في بانجول.\n"
                + "وشدد الخريجي على أن المملكة ترفض كل أشكال الإساءة إلى المقدسات.", LocalDate.of(2024, 5, 5))
                .get(Keys.STATEMENTS).stream().map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
        assertEquals(List.of("person/waleed-elkhereiji for state/SA"), st);
    }

    @Test
    void theHeadOfAStatesDiplomacyIsItsForeignMinister() {
        // roles.tsv: "رئيس الدبلوماسية" + an adjective of nationality, as Maghreb wires title the minister
        List<String> st = annotate("عنوان\nالرباط - أجرى ناصر بوريطة مباحثات مع محمد سالم ولد مرزوك.\nوأكد رئيس الدبلوماسية الموريتانية أن العلاقات بين البلدين متينة.",
                LocalDate.of(2025, 2, 4)).get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
        assertEquals(List.of("person/mohamed-salem-ould-merzoug for state/MR"), st);
    }
}
