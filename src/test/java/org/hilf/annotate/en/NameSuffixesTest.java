package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/name_suffixes.txt on literal examples: "Jr." is no surname, the word before it is. */
class NameSuffixesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 8);

    @Test
    void theSurnameBeforeJrNamesThePersonAlone() {
        var d = EnglishFixture.annotate("Philippine President Ferdinand Marcos Jr. arrived in Tokyo on Sunday. "
                + "On Monday, Marcos held talks with Prime Minister Fumio Kishida.", DAY);
        assertEquals(List.of("person/ferdinand-marcos-jr", "person/ferdinand-marcos-jr"),
                EnglishFixture.names(d).stream().filter(n -> n.contains("marcos")).toList());
    }

    @Test
    void aSuffixAloneNamesNoOne() {
        var d = EnglishFixture.annotate("Philippine President Ferdinand Marcos Jr. arrived in Tokyo on Sunday. Jr. is a suffix.", DAY);
        assertEquals(1, EnglishFixture.names(d).stream().filter(n -> n.contains("marcos")).count());
    }
}
