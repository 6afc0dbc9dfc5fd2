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
 *       ("said in 2018 that", "said last month"), opening the sentence ("In 2018, Trump said"), right
 *       before the word ("met in September and called for"), or after the object of a verb that takes
 *       one ("announced their departure from ECOWAS in January 2024");</li>
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
            int verb = EnPhrases.indexAt(tokens, trigger.start());
            if (at <= 1 || (at >= verbEnd && at - verbEnd <= AFTER_VERB) || justBefore(tokens, d, verb)
                    || at >= verbEnd && at - verbEnd <= OBJECT_WORDS && ofTheAct(tokens, verb, verbEnd, at)) {
                return d;
            }
        }
        return previousDay(doc, s, speakers);
    }

    /**
     * "met in Washington in September and called for …": the date ends right before the word of speech,
     * or before "and" and it, in the clause of the same subject ("and, in a joint statement, called for").
     */
    private static boolean justBefore(List<EnToken> tokens, DateMention d, int verb) {
        int end = EnPhrases.indexAt(tokens, d.span().end() - 1) + 1;
        if (verb <= 0 || end <= 0 || end >= verb || tokens.get(end).commaBefore()) {
            return false;
        }
        boolean and = tokens.get(end).folded().equals("and");
        boolean aside = and && end + 1 <= verb && tokens.get(end + 1).commaBefore() && verb - end <= ASIDE_WORDS;
        return !tokens.get(verb).commaBefore() && (end == verb || end == verb - 1 && and) || aside;
    }

    /** Words of "and, in a joint statement," between a date and the word of speech it dates. */
    private static final int ASIDE_WORDS = 6;

    /**
     * "announced their departure from ECOWAS in January 2024": a verb of speech that takes an object,
     * not a clause ({@link #CLAUSE_VERBS}), dated after its object, with no word between that opens
     * another clause or time ({@link #BREAKS}: "urged Russia to withdraw by 2025", "announced that …").
     */
    private static boolean ofTheAct(List<EnToken> tokens, int verb, int verbEnd, int at) {
        if (CLAUSE_VERBS.contains(tokens.get(verb).folded())) {
            return false;
        }
        for (int k = verbEnd; k < at; k++) {
            if (BREAKS.contains(tokens.get(k).folded()) || tokens.get(k).commaBefore() || k > verbEnd && tokens.get(k).capitalized()
                    && !NAME_OPENERS.contains(tokens.get(k - 1).folded())) {
                return false;
            }
        }
        return !tokens.get(at).commaBefore();
    }

    /** Words a verb of speech's object may run to before a date that dates the saying. */
    private static final int OBJECT_WORDS = 7;
    /** Verbs of speech that introduce what was said as a clause: a date after them is the clause's. */
    private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "noted", "notes", "stated", "states", "wrote", "writes", "insisted", "argued", "believed", "thought", "hoped", "expected");
    /** Words after which a capitalised word is a name inside the object ("departure from ECOWAS"), not a new clause. */
    private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("from", "of", "with", "to", "the");
    /** Words that open another clause or time between a verb and a date. */
    private static final java.util.Set<String> BREAKS = java.util.Set.of("that", "to", "would", "will", "could", "may", "might", "should",
            "was", "were", "is", "are", "be", "been", "had", "has", "have", "if", "whether", "when", "after", "before", "since", "until",
            "signed", "reached", "agreed", "held", "adopted", "which", "who", "by", "for", "during");

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
