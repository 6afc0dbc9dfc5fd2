package org.hilf.annotate.ar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Anchor;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/**
 * The anchor date of relative expressions: the article's publication date; for an Arabic article
 * without one, a date the text gives for its own "today": "أمس الثلاثاء 31 يناير" means the article
 * was written on 1 February, "اليوم الأربعاء 1 فبراير" on that day. A day and month without a year
 * take the latest year, no later than the years the article mentions, in which that day falls on
 * that weekday. Nothing is guessed: without such words the article has no anchor.
 */
public final class ArabicAnchorFinder implements Annotator {
    private final ArabicResources res;
    private final DateResolver resolver;

    public ArabicAnchorFinder(ArabicResources res) {
        this.res = res;
        this.resolver = res.dates;
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ANCHOR); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        LocalDate published = doc.article().published();
        if (published != null) {
            doc.set(Keys.ANCHOR, new Anchor(published, false));
            return;
        }
        doc.set(Keys.ANCHOR, "ar".equals(doc.article().language()) ? derive(doc) : Anchor.NONE);
    }

    private Anchor derive(AnnotatedArticle doc) {
        NormalizedText text = res.folded(doc);
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        int latestYear = 0;
        for (Sentence s : sentences) {
            for (DateMention d : resolver.find(text, s.start(), s.end(), null)) {
                if (d.resolved() && !d.relative()) {
                    latestYear = Math.max(latestYear, d.end().getYear());
                }
            }
        }
        for (Sentence s : sentences) {
            String folded = text.folded().substring(text.foldedIndex(s.start()), text.foldedIndex(s.end()));
            var m = resolver.todayPhrase(folded);
            if (m == null) {
                continue;
            }
            LocalDate day = m.year() != null ? LocalDate.of(m.year(), m.month(), m.day())
                    : yearByWeekday(m.month(), m.day(), m.weekday(), latestYear == 0 ? LocalDate.now().getYear() : latestYear);
            if (day == null || (m.weekday() != null && day.getDayOfWeek() != m.weekday())) {
                continue;
            }
            return new Anchor(day.plusDays(m.offset()), true);
        }
        return Anchor.NONE;
    }

    /** The latest year ≤ {@code notAfter} in which month/day falls on the weekday (null without a weekday). */
    private static LocalDate yearByWeekday(int month, int day, DayOfWeek weekday, int notAfter) {
        if (weekday == null) {
            return null;
        }
        for (int y = notAfter; y > notAfter - 28; y--) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (d.getDayOfWeek() == weekday) {
                    return d;
                }
            } catch (java.time.DateTimeException e) {
                // 29 February of a common year
            }
        }
        return null;
    }
}
