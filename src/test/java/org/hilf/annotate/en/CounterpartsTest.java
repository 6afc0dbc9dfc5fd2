package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** "received his Somali counterpart": the holder, on the date, of the subject's office in the adjective's state. */
class CounterpartsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 8, 14);

    @Test
    void anUnnamedCounterpartHoldsTheSubjectsOffice() {
        assertEquals(List.of("Visit person/abdel-fattah-el-sisi person/hassan-sheikh-mohamud state/EG state/SO"),
                events(annotate("President Abdel-Fattah El-Sisi received his Somali counterpart at the presidential palace in Cairo on Wednesday.", DAY)));
    }

    @Test
    void aNamedCounterpartIsTheOneNamed() {
        assertEquals(List.of("Meeting person/antony-blinken person/wang-yi state/CN state/US"),
                events(annotate("Antony Blinken met his Chinese counterpart Wang Yi in Vientiane on Friday.", LocalDate.of(2024, 7, 26))));
    }
}
