package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short articles written for these tests in other styles than the bundled ones: a wire report,
 * an Egyptian outlet's spelling (final ى for ي: الصينى، فى، شى), a Levantine one (حزيران، رئيس
 * الحكومة، ستولتنبيرغ). They keep the rules honest; the real judgement is made on unseen news.
 */
class StylesTest {
    static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    static AnnotatedArticle annotate(String file, LocalDate published) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/styles", file)).strip();
        return pipeline.annotate(new Article(file, file, file, text, null, published, Article.DateBasis.MANIFEST, "ar", null, "text/plain"));
    }

    static Set<String> actors(AnnotatedArticle d) {
        return d.get(Keys.ACTORS).stream().filter(ActorMention::isActor).map(ActorMention::entityId).collect(Collectors.toSet());
    }

    @Test
    void wireReport() throws Exception {
        AnnotatedArticle d = annotate("wire-2024-07-10.txt", LocalDate.of(2024, 7, 10));
        assertTrue(actors(d).containsAll(Set.of("person/joe-biden", "person/keir-starmer", "org/reuters", "org/nato")), actors(d).toString());
        EventMention meeting = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).findFirst().orElseThrow();
        assertTrue(meeting.participants().containsAll(List.of("state/US", "state/GB", "person/joe-biden", "person/keir-starmer")));
        assertEquals(LocalDate.of(2024, 7, 10), meeting.date().start());
        StatementMention said = d.get(Keys.STATEMENTS).get(0);
        assertEquals(List.of("person/joe-biden"), said.speakers());
        assertTrue(said.about().contains("state/UA"), said.about().toString());
    }

    @Test
    void egyptianSpelling() throws Exception {
        AnnotatedArticle d = annotate("egypt-2023-03-21.txt", LocalDate.of(2023, 3, 21));
        assertTrue(actors(d).containsAll(Set.of("person/xi-jinping", "person/vladimir-putin", "org/foreign-ministry-CN",
                "org/foreign-ministry-RU")), actors(d).toString());
        EventMention visit = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit")).findFirst().orElseThrow();
        assertEquals("person/xi-jinping", visit.visitor());
        assertTrue(visit.participants().contains("state/RU"), visit.participants().toString());
        assertEquals(LocalDate.of(2023, 3, 20), visit.date().start());
        StatementMention said = d.get(Keys.STATEMENTS).get(0);
        assertEquals(List.of("org/foreign-ministry-CN"), said.speakers());
        assertEquals(List.of("رحلة صداقة وتعاون وسلام"), said.quotes());
    }

    @Test
    void levantineSpelling() throws Exception {
        AnnotatedArticle d = annotate("levant-2022-06-30.txt", LocalDate.of(2022, 6, 30));
        assertTrue(actors(d).containsAll(Set.of("person/jens-stoltenberg", "person/anthony-albanese", "person/fumio-kishida",
                "person/yoon-suk-yeol", "state/FI", "state/SE")), actors(d).toString());
        List<EventMention> summits = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
        assertFalse(summits.isEmpty());
        assertTrue(summits.stream().allMatch(s -> "org/nato".equals(s.organizerId())), summits.toString());
        assertTrue(summits.stream().anyMatch(s -> s.date() != null && s.date().start().equals(LocalDate.of(2022, 6, 30))));
        assertTrue(summits.stream().anyMatch(s -> s.participants().containsAll(List.of("state/AU", "state/JP", "state/KR"))),
                summits.toString());
    }

    @Test
    void aNewsRoundUp() throws Exception {
        AnnotatedArticle d = annotate("news-2024-06-04.txt", LocalDate.of(2024, 6, 4));
        List<EventMention> events = d.get(Keys.EVENTS);
        EventMention kyiv = events.stream().filter(e -> e.type().equals("Meeting")
                && e.participants().contains("person/volodymyr-zelensky")).findFirst().orElseThrow();
        assertTrue(kyiv.participants().containsAll(List.of("person/mark-rutte", "org/nato", "state/UA")));
        assertEquals("place/capital-UA", kyiv.placeId());
        assertEquals(LocalDate.of(2024, 6, 4), kyiv.date().start());
        EventMention g7 = events.stream().filter(e -> e.type().equals("Summit")).findFirst().orElseThrow();
        assertEquals("org/g7", g7.organizerId());
        assertTrue(g7.planned(), "their next summit is planned");
        // a host named only as the place ("في كندا") is where it is held; it takes part when the text says it hosts
        assertEquals("place/state-CA", g7.placeId());
        assertTrue(events.stream().noneMatch(e -> e.participants().contains("person/vladimir-putin")), "لم يلتق: no meeting");
        EventMention beijing = events.stream().filter(e -> e.type().equals("Visit")).findFirst().orElseThrow();
        assertEquals("place/capital-CN", beijing.placeId(), "زار بكين: the visit took place in Beijing");
        StatementMention mod = d.get(Keys.STATEMENTS).stream()
                .filter(x -> x.speakers().contains("org/defence-ministry-JP")).findFirst().orElseThrow();
        assertEquals(null, mod.date(), "the exercises' date is not the date of the announcement");
    }

    @Test
    void anUndatedArticleWithSeveralSummitsIsAnnotated() throws Exception {
        // a development article read without its manifest: no date, and summits named with and without a year
        String text = Files.readString(Path.of("src/test/resources/dev/ar/articles/a116.txt"));
        AnnotatedArticle d = pipeline.annotate(new Article("u", "u.txt", "u.txt", text, null, null, null, "ar", null, "text/plain"));
        assertFalse(d.get(Keys.EVENTS).isEmpty());
    }
}
