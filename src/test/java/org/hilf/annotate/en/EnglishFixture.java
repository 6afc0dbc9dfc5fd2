package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.hilf.read.Article;

/** The standard chain, loaded once, and short ways to read what it found in an English text. */
final class EnglishFixture {
    private static AnnotationPipeline pipeline;

    private EnglishFixture() { }

    static synchronized AnnotationPipeline pipeline() {
        if (pipeline == null) {
            pipeline = Annotators.standard(Gazetteer.load());
        }
        return pipeline;
    }

    /** Annotates an English text (no title line) published on {@code published} (may be null). */
    static AnnotatedArticle annotate(String text, LocalDate published) {
        return annotate("k", text, published);
    }

    static AnnotatedArticle annotate(String key, String text, LocalDate published) {
        Article a = new Article(key, key + ".txt", key + ".txt", text, null, published,
                published == null ? null : Article.DateBasis.MANIFEST, "en", null, "text/plain");
        return pipeline().annotate(a);
    }

    /** Annotates an English article whose first line is its title, as the reader gives a file with a headline. */
    static AnnotatedArticle annotateTitled(String title, String body, LocalDate published) {
        Article a = new Article("k", "k.txt", "k.txt", title + "\n\n" + body, title, published, Article.DateBasis.MANIFEST, "en", null, "text/plain");
        return pipeline().annotate(a);
    }

    static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    /** The actors of a role, in text order. */
    static List<String> actors(AnnotatedArticle d, ActorMention.Role role) {
        return d.get(Keys.ACTORS).stream().filter(m -> m.role() == role).map(ActorMention::entityId).toList();
    }

    static List<String> names(AnnotatedArticle d) { return actors(d, ActorMention.Role.NAME); }

    /** Each event as "Type participant participant… [planned]", participants sorted. */
    static List<String> events(AnnotatedArticle d) {
        return d.get(Keys.EVENTS).stream().map(EnglishFixture::describe).toList();
    }

    static String describe(EventMention e) {
        return e.type() + " " + e.participants().stream().sorted().collect(Collectors.joining(" ")) + (e.planned() ? " planned" : "");
    }

    /** Each statement as "speaker+speaker for body+body". */
    static List<String> statements(AnnotatedArticle d) {
        return d.get(Keys.STATEMENTS).stream().map(EnglishFixture::describe).toList();
    }

    static String describe(StatementMention s) {
        return String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf());
    }

    static List<String> sentences(AnnotatedArticle d) {
        return d.get(Keys.SENTENCES).stream().map(s -> s.text(d.text())).toList();
    }

    static List<DateMention> dates(AnnotatedArticle d) { return d.get(Keys.DATES); }
}
