package org.hilf.annotate.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/** What a summit word without an organizer refers to, language-neutral: the events as an extractor hands them over. */
class SummitResolverTest {
    private static final SummitResolver RESOLVER = new SummitResolver(Gazetteer.load());

    private static DateMention year(int y) {
        return new DateMention(new Span(0, 4), String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                DateMention.Granularity.YEAR, true, false, false);
    }

    private static EventMention summit(int sentence, String organizer, Set<String> participants, int year) {
        return new EventMention("Summit", new Sentence(sentence, sentence * 100, sentence * 100 + 99), new Span(sentence * 100, sentence * 100 + 5),
                participants, null, null, null, organizer, year(year), "text", false, List.of());
    }

    @Test
    void aDefiniteSummitWordOfAnotherYearIsNeitherTheSummitReportedNorAddsToIt() {
        // "انطلقت القمة الخليجية …" (2024), then "وكانت الرياض قد احتضنت القمة … في 2023"
        EventMention reported = summit(0, "org/gcc", Set.of("org/gcc"), 2024);
        EventMention earlier = summit(1, null, Set.of("state/SA"), 2023);
        List<EventMention> out = RESOLVER.resolve(List.of(reported, earlier), LocalDate.of(2024, 12, 2), e -> true);
        assertEquals(1, out.size(), out.toString());
        assertEquals(Set.of("org/gcc"), out.get(0).participants());
        // of the same year, the word is the summit reported, and its participants join it
        EventMention same = summit(1, null, Set.of("state/SA"), 2024);
        out = RESOLVER.resolve(List.of(reported, same), LocalDate.of(2024, 12, 2), e -> true);
        assertEquals("org/gcc", out.get(1).organizerId());
        assertEquals(2024, out.get(1).date().start().getYear());
    }

    @Test
    void aDefiniteSummitWordAfterASummitToComeIsThatSummitStillToCome() {
        // "قمة الحلف التي تستضيفها أنقرة في يوليو المقبل", then "وأضاف أن بلاده ستطرح خلال القمة رؤيتها" (no date of its own)
        EventMention announced = new EventMention("Summit", new Sentence(0, 0, 99), new Span(10, 14), Set.of("org/nato"), null, null, null,
                "org/nato", year(2026), "text", true, List.of());
        EventMention word = new EventMention("Summit", new Sentence(1, 100, 199), new Span(120, 125), Set.of(), null, null, null, null,
                null, null, false, List.of());
        List<EventMention> out = RESOLVER.resolve(List.of(announced, word), LocalDate.of(2026, 3, 10), e -> true);
        assertEquals(2, out.size(), out.toString());
        assertEquals(true, out.get(1).planned(), out.toString());
        assertEquals("org/nato", out.get(1).organizerId());
        // dated in its own words, the word keeps its own modality ("وكانت القمة قد عقدت في 2026")
        EventMention dated = new EventMention("Summit", word.sentence(), word.trigger(), Set.of(), null, null, null, null, year(2026),
                "text", false, List.of());
        assertEquals(false, RESOLVER.resolve(List.of(announced, dated), LocalDate.of(2026, 3, 10), e -> true).get(1).planned());
    }

    @Test
    void aDefiniteSummitWordAfterASummitOfNoBodyAddsItsAttendeesToIt() {
        // "في ختام القمة الثانية الصين-آسيا الوسطى التي استضافها الرئيس الكازاخستاني X", then "وشارك في القمة الرئيس الصيني Y"
        EventMention hosted = summit(0, null, Set.of("person/kassym-jomart-tokayev", "state/KZ"), 2025);
        EventMention attended = summit(1, null, Set.of("person/xi-jinping", "state/CN"), 2025);
        List<EventMention> out = RESOLVER.resolve(List.of(hosted, attended), LocalDate.of(2025, 6, 18), e -> true);
        assertEquals(1, out.size(), out.toString());
        assertEquals(Set.of("person/kassym-jomart-tokayev", "state/KZ", "person/xi-jinping", "state/CN"), out.get(0).participants());
        // an indefinite summit word is a summit of its own
        out = RESOLVER.resolve(List.of(hosted, attended), LocalDate.of(2025, 6, 18), e -> e == hosted);
        assertEquals(2, out.size(), out.toString());
    }

    @Test
    void aSummitOfNoBodyAtAPlaceOnTheDayOfOneBodysSummitThereIsThatSummit() {
        // "Arab leaders opened their annual summit in the Mauritanian capital on Monday. Among the leaders present were …"
        EventMention named = new EventMention("Summit", new Sentence(0, 0, 99), new Span(0, 5), Set.of("person/omar-al-bashir", "state/SD"),
                null, null, "place/capital-MR", null, null, null, false, List.of());
        List<EventMention> out = RESOLVER.resolve(List.of(named), LocalDate.of(2016, 7, 25), e -> false);
        assertEquals("org/arab-league", out.get(0).organizerId());
        // a year later Nouakchott held no summit: no body
        out = RESOLVER.resolve(List.of(named), LocalDate.of(2017, 7, 25), e -> false);
        assertEquals(null, out.get(0).organizerId());
    }
}
