package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/ar/people_anaphor_words.tsv on literal examples: "الزعيمان" are the last two leaders reported. Sentences written for this test. */
class ArabicLeaderAnaphorsTest {
    @Test
    void theTwoLeadersAreTheLastTwoLeadersNotTheSummitsOneAttendee() {
        List<EventMention> events = annotate("عنوان\nالتقى الرئيس الصيني شي جين بينغ رئيس الوزراء الهندي ناريندرا مودي في تيانجين اليوم الأحد.\n"
                + "ويشارك مودي في قمة منظمة شنغهاي للتعاون التي تستضيفها الصين.\n"
                + "وكان الزعيمان قد التقيا في أكتوبر 2024 في قازان على هامش قمة بريكس.\n", LocalDate.of(2025, 8, 31)).get(Keys.EVENTS);
        List<EventMention> met = events.stream().filter(e -> e.type().equals("Meeting") && e.date() != null && e.date().start().getYear() == 2024).toList();
        assertEquals(1, met.size(), events.toString());
        assertEquals(Set.of("person/xi-jinping", "state/CN", "person/narendra-modi", "state/IN"), met.get(0).participants());
    }

    @Test
    void withNoEventBeforeThemTheTwoPresidentsAreTheTwoJustNamed() {
        // PriorEvents.counted: an inauguration is no event; the two presidents named in it meet afterwards
        List<EventMention> events = annotate("عنوان\nافتتح الرئيس الجزائري عبد المجيد تبون ونظيره الموريتاني محمد ولد الشيخ الغزواني "
                + "اليوم الخميس معبرا حدوديا جديدا بين البلدين.\nوعقد الرئيسان بعد ذلك لقاء ثنائيا تناول العلاقات بين البلدين.\n",
                LocalDate.of(2024, 2, 22)).get(Keys.EVENTS);
        assertEquals(List.of(Set.of("person/abdelmadjid-tebboune", "state/DZ", "person/mohamed-ould-ghazouani", "state/MR")),
                events.stream().filter(e -> e.type().equals("Meeting")).map(EventMention::participants).toList(), events.toString());
    }

    @Test
    void twoMinistersNamedWithoutTitlesTakeTheirStatesFromTheirOffices() {
        // PriorEvents.counted: a name alone carries no state; the one state of the person's foreign-minister offices does
        List<EventMention> events = annotate("عنوان\nأشاد ناصر بوريطة ومحمد سالم ولد مرزوك اليوم بمستوى التنسيق بين الرباط ونواكشوط.\n"
                + "ووقع الوزيران بعد ذلك مذكرة تفاهم للتشاور السياسي.\n", LocalDate.of(2025, 3, 4)).get(Keys.EVENTS);
        assertEquals(List.of(Set.of("person/nasser-bourita", "state/MA", "person/mohamed-salem-ould-merzoug", "state/MR")),
                events.stream().filter(e -> e.type().equals("Agreement")).map(EventMention::participants).toList(), events.toString());
    }

    @Test
    void aDualWithTheNamesRightAfterItIsTheirApposition() {
        // ArabicCountedSides.apposition: "الرئيسان" names no earlier event when the two names follow it
        List<EventMention> events = annotate("عنوان\nوشارك الرئيسان عبد المجيد تبون وقيس سعيد في القمة العربية بالرياض.\n",
                LocalDate.of(2024, 4, 23)).get(Keys.EVENTS);
        assertEquals(1, events.size(), events.toString());
        assertEquals(true, events.get(0).participants().containsAll(Set.of("person/abdelmadjid-tebboune", "person/kais-saied")), events.toString());
    }
}
