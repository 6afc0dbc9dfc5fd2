package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.hilf.annotate.ar.ArabicNormalizer;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.read.Article;
import org.junit.jupiter.api.Test;

class ContentZonerTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ContentZoner ZONER = new ContentZoner(NORMALIZER);

    private static AnnotatedArticle zoned(String text) {
        AnnotatedArticle doc = new AnnotatedArticle(new Article("k", "t.txt", "t.txt", text, null, null, null, "ar", null, "text/plain"));
        ZONER.annotate(doc);
        return doc;
    }

    private static List<String> content(AnnotatedArticle doc) {
        return doc.get(Keys.CONTENT).stream().map(s -> doc.text().substring(s.start(), s.end())).toList();
    }

    /**
     * A prefix rule matches the line folded and stripped: diacritics, tatweel, spaces and a direction
     * mark before it do not hide it. The block after "أخبار ذات صلة" holds the short prose line too.
     */
    @Test
    void furnitureIsFoundOnTheFoldedStrippedLine() {
        String prose = "التقى وزير الخارجية الأمريكي نظيره الياباني في طوكيو أمس.";
        AnnotatedArticle doc = zoned(prose + "\n  \t أخبارٌ ذاتُ صلـة  \nعنوان قصير\n\n" + prose + "\n شاهد أيضاً\n" + prose + "\n\u200Fاقرأ أيضا");
        assertEquals(List.of(prose, prose), content(doc));
    }

    @Test
    void aLineShorterThanAPrefixIsNoFurniture() {
        assertEquals(List.of("أخبار", " اقرأ"), content(zoned("أخبار\n اقرأ")));
    }

    /**
     * A regex rule is matched on its line's region of the text as on the line alone: "^" and "$" at
     * the line's ends, a word boundary at its end ("Related" closing the line), a line later in the text.
     */
    @Test
    void aRegexRuleMatchesItsLineAsIfAlone() {
        String prose = "التقى وزير الخارجية الأمريكي نظيره الياباني في طوكيو أمس.";
        assertEquals(List.of(prose, prose), content(zoned(prose + "\n[1] مصدر\n" + prose + "\nRelated")));
        assertEquals(List.of(prose, "see https://example.org/x", "https://example.org/x ."),
                content(zoned(prose + "\n  https://example.org/x  \nsee https://example.org/x\nhttps://example.org/x .")));
    }

    /** The article is folded once: the zoner's folded text is the one the Arabic annotators read. */
    @Test
    void theFoldedTextIsKeptForTheAnnotators() {
        AnnotatedArticle doc = zoned("شاهد أيضاً\nنص");
        assertSame(doc.get(ArabicResources.FOLDED), ArabicResources.folded(doc, NORMALIZER));
        assertEquals("شاهد ايضا\nنص", doc.get(ArabicResources.FOLDED).folded());
    }
}
