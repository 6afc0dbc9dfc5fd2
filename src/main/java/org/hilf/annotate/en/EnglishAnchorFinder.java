package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Anchor;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Span;

/**
 * The anchor date of an English article: its publication date; without one, the date of its
 * dateline ("TOKYO, July 10 (Reuters) -"), in the latest year the article mentions (no year, no
 * anchor: nothing is guessed). Other articles are left alone. Thread-safe.
 */
public final class EnglishAnchorFinder implements Annotator {
    private final EnglishDates dates;

    public EnglishAnchorFinder(EnglishDates dates) { this.dates = dates; }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.CONTENT); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ANCHOR); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        LocalDate published = doc.article().published();
        doc.set(Keys.ANCHOR, published != null ? new Anchor(published, false) : derive(doc));
    }

    private Anchor derive(AnnotatedArticle doc) {
        String text = doc.text();
        int latestYear = 0;
        for (DateMention d : dates.find(text, 0, text.length(), null)) {
            if (d.resolved() && !d.relative()) {
                latestYear = Math.max(latestYear, d.end().getYear());
            }
        }
        List<Span> content = doc.get(Keys.CONTENT);
        for (int i = 0; i < Math.min(3, content.size()); i++) {
            Span line = content.get(i);
            int n = EnglishSentenceSplitter.datelineLength(text.substring(line.start(), line.end()));
            if (n == 0) {
                continue;
            }
            for (DateMention d : dates.find(text, line.start(), line.start() + n,
                    latestYear == 0 ? null : LocalDate.of(latestYear, 12, 31))) {
                if (d.resolved() && d.granularity() == DateMention.Granularity.DAY && !d.weekdayOnly()) {
                    return new Anchor(d.start(), true);
                }
            }
        }
        return Anchor.NONE;
    }
}
