package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/people_anaphor_words.tsv: "the two leaders" after a report of states only are the people of their last talks. */
class LeaderAnaphorsTest {
    @Test
    void theTwoLeadersAreThePeopleNotTheStatesOfTheLastReport() {
        AnnotatedArticle d = EnglishFixture.annotate("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida "
                + "in Tokyo on Monday. India and Japan also signed a currency swap agreement. The two leaders last met in March 2022 in New Delhi.",
                LocalDate.of(2023, 9, 4));
        List<EventMention> met = d.get(Keys.EVENTS).stream().filter(e -> e.date() != null && e.date().start().getYear() == 2022).toList();
        assertEquals(1, met.size(), d.get(Keys.EVENTS).toString());
        assertEquals(true, met.get(0).participants().containsAll(List.of("person/narendra-modi", "person/fumio-kishida")));
    }

    @Test
    void theTwoLeadersAreTheLatestTwoLeadersNotASummitOfOneNorTwoMinisters() {
        AnnotatedArticle d = EnglishFixture.annotate("Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi in Tianjin on Sunday. "
                + "Modi is in China to attend the Shanghai Cooperation Organisation summit. Chinese Foreign Minister Wang Yi held talks with "
                + "Indian External Affairs Minister Subrahmanyam Jaishankar on Saturday. Modi also attended the summit on Monday. "
                + "The two leaders last met in October 2024 in Kazan.", LocalDate.of(2025, 8, 31));
        List<EventMention> met = d.get(Keys.EVENTS).stream().filter(e -> e.date() != null && e.date().start().getYear() == 2024).toList();
        assertEquals(1, met.size(), d.get(Keys.EVENTS).toString());
        assertEquals(java.util.Set.of("person/xi-jinping", "person/narendra-modi", "state/CN", "state/IN"), met.get(0).participants(),
                d.get(Keys.EVENTS).toString());
    }

    @Test
    void withNoEventBeforeThemTheTwoLeadersAreTheTwoJustNamed() {
        // PriorEvents.counted: a joint ceremony is no event; "the two leaders" who then hold talks are the two it named
        AnnotatedArticle d = EnglishFixture.annotate("Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum "
                + "inaugurated a trade fair in Toronto on Thursday. The two leaders then held talks on tariffs and energy.",
                LocalDate.of(2025, 9, 18));
        assertEquals(List.of(java.util.Set.of("person/mark-carney", "state/CA", "person/claudia-sheinbaum", "state/MX")),
                d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).map(EventMention::participants).toList(),
                d.get(Keys.EVENTS).toString());
    }
}
