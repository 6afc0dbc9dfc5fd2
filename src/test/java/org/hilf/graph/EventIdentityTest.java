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
        String text = "Saudi Crown Prince Mohammed bin Salman held bilateral talks with Philippine President Ferdinand Marcos Jr. "
                + "and, separately, with Malaysian Prime Minister Anwar Ibrahim.";
        Article a = new Article("k", "k.txt", "k.txt", text, null, LocalDate.of(2023, 10, 21), Article.DateBasis.MANIFEST, "en", null, "text/plain");
        AnnotatedArticle d = Annotators.standard(Gazetteer.load()).annotate(a);
        List<EventMention> meetings = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(2, meetings.size());
        assertEquals(2, meetings.stream().map(e -> ArticleMapper.identity(d, e)).distinct().count());
    }

    @Test
    void twoMeetingsOfOneTriggerAreTwoEvents() {
        String text = "التقى وزير الخارجية عبدالله اليحيا كلا من وزير خارجية كازاخستان مراد نورتلو ووزير خارجية تركمانستان رشيد مريدوف، "
                + "كلا على حدة، وجرى بحث العلاقات الثنائية.";
        Article a = new Article("k", "k.txt", "k.txt", text, null, LocalDate.of(2025, 4, 16), Article.DateBasis.MANIFEST, "ar", null, "text/plain");
        AnnotatedArticle d = Annotators.standard(Gazetteer.load()).annotate(a);
        List<EventMention> meetings = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(2, meetings.size());
        assertEquals(2, meetings.stream().map(e -> ArticleMapper.identity(d, e)).distinct().count());
    }
}
