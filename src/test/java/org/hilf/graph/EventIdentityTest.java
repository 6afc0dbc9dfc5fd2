package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.read.Article;
import org.junit.jupiter.api.Test;

/**
 * One event, one node: two meetings one sentence reports ("separate talks with X and with Y", "التقى X كلا من
 * Y وZ، كلا على حدة") are two nodes.
 */
class EventIdentityTest {
    @Test
    void twoMeetingsOfOneSentenceAreTwoEvents() {
        assertTwoMeetingsTwoNodes("Saudi Crown Prince Mohammed bin Salman held bilateral talks with Philippine President Ferdinand Marcos Jr. "
                + "and, separately, with Malaysian Prime Minister Anwar Ibrahim.", "en", LocalDate.of(2023, 10, 21));
    }

    @Test
    void twoMeetingsOfOneTriggerAreTwoEvents() {
        assertTwoMeetingsTwoNodes("التقى وزير الخارجية عبدالله اليحيا كلا من وزير خارجية كازاخستان مراد نورتلو ووزير خارجية تركمانستان "
                + "رشيد مريدوف، كلا على حدة، وجرى بحث العلاقات الثنائية.", "ar", LocalDate.of(2025, 4, 16));
    }

    /** The reference table places both in Kuala Lumpur in October 2025: the ASEAN summit and the ASEAN-Japan summit are two nodes. */
    @Test
    void aSummitWithAPartnerIsAnotherNodeThanTheOrganizersOwn() {
        Article a = new Article("k", "k.txt", "k.txt", "Southeast Asian leaders opened the 47th ASEAN Summit in Kuala Lumpur on Sunday. "
                + "Japan's Prime Minister Sanae Takaichi attended the ASEAN-Japan summit in Kuala Lumpur on Tuesday.", null,
                LocalDate.of(2025, 10, 28), Article.DateBasis.MANIFEST, "en", null, "text/plain");
        AnnotatedArticle d = Annotators.standard(Gazetteer.load()).annotate(a);
        List<EventMention> summits = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
        assertEquals(2, summits.size(), summits.toString());
        assertEquals(2, summits.stream().map(e -> ArticleMapper.identity(d, e)).distinct().count(),
                summits.stream().map(e -> ArticleMapper.identity(d, e)).toList().toString());
    }

    private static void assertTwoMeetingsTwoNodes(String text, String language, LocalDate day) {
        Article a = new Article("k", "k.txt", "k.txt", text, null, day, Article.DateBasis.MANIFEST, language, null, "text/plain");
        AnnotatedArticle d = Annotators.standard(Gazetteer.load()).annotate(a);
        List<EventMention> meetings = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(2, meetings.stream().map(e -> ArticleMapper.identity(d, e)).distinct().count());
    }
}
