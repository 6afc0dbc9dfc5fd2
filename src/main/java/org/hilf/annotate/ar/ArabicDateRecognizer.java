package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/** Adds the date expressions of each sentence of an Arabic article ({@link DateResolver}). */
public final class ArabicDateRecognizer implements Annotator {
    private final ArabicResources res;
    private final DateResolver resolver;

    public ArabicDateRecognizer(ArabicResources res) {
        this.res = res;
        this.resolver = res.dates;
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.DATES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<DateMention> out = new ArrayList<>();
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = res.folded(doc);
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                out.addAll(resolver.find(text, s.start(), s.end(), doc.get(Keys.ANCHOR).date()));
            }
        }
        doc.set(Keys.DATES, List.copyOf(out));
    }
}
