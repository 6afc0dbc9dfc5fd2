package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * When an English statement was made. A statement is dated by when it was said, never by a date
 * inside what was said: "Zayani said the next summit would be held in 2027" was said on the
 * article's date, and so was "Turkey will host the summit in 2026, the alliance said".
 * <ul>
 *   <li>a day ("on Tuesday", "July 11") outside the quotations dates it: news dates sayings by the day;</li>
 *   <li>a month or a year does only where it modifies the saying: right after the word of speech
 *       ("said in 2018 that", "said last month") or opening the sentence ("In 2018, Trump said");</li>
 *   <li>otherwise the day of the sentence before when it named the speaker ("On Monday, X visited
 *       Tokyo. He told reporters …"), else none (the graph then takes the publication's year).</li>
 * </ul> Stateless.
 */
final class StatementDating {
    /** Words between the word of speech and a month or year that still dates the saying ("said in 2018"). */
    private static final int AFTER_VERB = 2;

    private StatementDating() { }

    static DateMention of(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, Span trigger, List<Span> quotes, List<String> speakers) {
        int verbEnd = EnPhrases.indexAt(tokens, trigger.end() - 1) + 1;
        for (DateMention d : doc.get(Keys.DATES)) {
            if (!s.span().contains(d.span()) || !d.resolved() || Quotations.inside(quotes, d.span().start())) {
                continue;
            }
            if (d.granularity() == DateMention.Granularity.DAY) {
                return d;
            }
            int at = EnPhrases.indexAt(tokens, d.span().start());
            if (at <= 1 || (at >= verbEnd && at - verbEnd <= AFTER_VERB)) {
                return d;
            }
        }
        return previousDay(doc, s, speakers);
    }

    /** The day of the sentence before, when that sentence named one of the speakers; else null. */
    private static DateMention previousDay(AnnotatedArticle doc, Sentence s, List<String> speakers) {
        if (s.index() == 0) {
            return null;
        }
        Sentence p = doc.get(Keys.SENTENCES).get(s.index() - 1);
        boolean named = doc.get(Keys.ACTORS).stream().anyMatch(a -> p.span().contains(a.span()) && speakers.contains(a.entityId()));
        return !named ? null : doc.get(Keys.DATES).stream().filter(d -> p.span().contains(d.span()) && d.resolved()
                && d.granularity() == DateMention.Granularity.DAY).findFirst().orElse(null);
    }
}
