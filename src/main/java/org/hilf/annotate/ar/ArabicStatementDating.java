package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * When an Arabic statement was made: the first resolved date of its clause that stands before what
 * was said (not in a quotation, not in the reported clause, not in a relative clause that tells of
 * something else) and not after the article ("العام المقبل" belongs to what was said). None: the
 * graph dates it by the article. Stateless and thread-safe.
 */
final class ArabicStatementDating {
    private final ArabicSpeakers speakerFinder;

    ArabicStatementDating(ArabicSpeakers speakerFinder) {
        this.speakerFinder = speakerFinder;
    }

    /** The date of the statement whose word of speech ends before token {@code afterWord} of clause s, or null. */
    DateMention dateOf(AnnotatedArticle doc, Sentence s, List<Token> tokens, int afterWord, List<Span> quotes) {
        int reported = reportedClauseStart(tokens, afterWord, quotes);
        LocalDate published = doc.get(Keys.ANCHOR).date();
        return doc.get(Keys.DATES).stream()
                .filter(d -> s.span().contains(d.span()) && d.resolved() && !Quotations.inside(quotes, d.span().start())
                        && d.span().start() < reported
                        && (published == null || !d.start().isAfter(published)))
                .findFirst().orElse(null);
    }

    /**
     * Where the reported clause begins ("… أن …"), or a relative clause that tells of something else
     * ("مخرجات القمة التي استضافتها بروكسل في أكتوبر الماضي"); the sentence's end when there is neither.
     */
    private int reportedClauseStart(List<Token> tokens, int afterWord, List<Span> quotes) {
        for (int i = afterWord; i < tokens.size(); i++) {
            if (!Quotations.inside(quotes, tokens.get(i).start())
                    && (speakerFinder.complementAt(tokens, i) || ArabicDocuments.RELATIVE.contains(tokens.get(i).text()))) {
                return tokens.get(i).start();
            }
        }
        return Integer.MAX_VALUE;
    }
}
