package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/apart_markers.txt ({@code ArabicSeparateMeetings}): talks held
 * with each of several ministers apart are a meeting with each. Sentences written for these tests in
 * the style of agency wires.
 */
class ArabicSeparateMeetingsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 16);
    private static final String MET = "الكويت - على هامش الاجتماع، التقى وزير الخارجية عبدالله اليحيا كلا من وزير خارجية كازاخستان "
            + "مراد نورتلو ووزير خارجية تركمانستان رشيد مريدوف";

    private static List<String> meetings(String text) {
        return ArabicActorRecognizerTest.events(text, DAY, "Meeting").stream().map(EventMention::participants)
                .map(p -> String.join(" ", new java.util.TreeSet<>(p))).toList();
    }

    @Test
    void eachOfThemApartIsAMeetingWithEach() {
        for (String apart : List.of("، كلا على حدة، وجرى بحث العلاقات الثنائية.", " بشكل منفصل، وجرى بحث العلاقات الثنائية.")) {
            assertEquals(List.of("person/abdullah-al-yahya person/murat-nurtleu state/KW state/KZ",
                    "person/abdullah-al-yahya person/rashid-meredov state/KW state/TM"), meetings(MET + apart), apart);
        }
    }

    @Test
    void inPrivateIsNoWordOfApartness() {
        List<String> m = meetings("الرباط - أجرى وزير الخارجية ناصر بوريطة مباحثات على انفراد مع نظيريه الفرنسي جان نويل بارو "
                + "والإسباني خوسيه مانويل ألباريس.");
        assertEquals(1, m.size(), m.toString());
    }
}
