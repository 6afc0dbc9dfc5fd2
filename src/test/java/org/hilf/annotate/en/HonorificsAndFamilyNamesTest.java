package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/honorifics.txt, unnamed_officials.txt and family_name_first.txt on literal examples.
 */
class HonorificsAndFamilyNamesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 19);

    @Test
    void honorificsStandBeforeNames() {
        assertEquals(List.of("person/tamim-bin-hamad"), EnglishFixture.names(EnglishFixture.annotate("Sheikh Tamim bin Hamad Al Thani spoke.", DAY)));
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
}
