package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/**
 * The date expressions of an English article's sentences ({@link EnglishDates}), resolved against
 * its anchor; unresolved ones are kept with their words. Other articles are left alone. Thread-safe.
 */
public final class EnglishDateRecognizer implements Annotator {
    private final EnglishDates dates;

    public EnglishDateRecognizer(EnglishDates dates) { this.dates = dates; }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.DATES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            out.addAll(dates.find(doc.text(), s.start(), s.end(), anchor));
        }
        doc.set(Keys.DATES, List.copyOf(out));
    }
}
