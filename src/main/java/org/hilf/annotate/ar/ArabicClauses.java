package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.Tsv;

/**
 * Where the clause of an event word ends, so that its date and its place are read in it: a word
 * opening reported words ({@code data/lexicon/ar/clause_openers.txt}: "إن"، "أن"، "بأن") begins
 * another clause, whose time and place are that clause's. "وقال القادة في ختام القمة إنهم مستعدون …
 * منذ حرب عام 1967" dates no summit 1967; in "لقرارات القمة، لافتا إلى أن القمة المقبلة ستعقد في
 * المنامة" Manama is not where the summit just held was. A date right after "منذ" says since when,
 * not when ("أول زيارة له منذ 2012"). Dates and places before the event word are not affected.
 * The Arabic counterpart of the English clause test ({@code EnglishDates.ofClause}). Immutable
 * and thread-safe.
 */
final class ArabicClauses {
    /** The folded "منذ". */
    private static final String SINCE = "منذ";
    /** Words that may stand between "منذ" and its date ("منذ عام 2012"), folded. */
    private static final Set<String> SINCE_FILLERS = Set.of("عام", "العام", "سنه", "مطلع", "بدايه", "اواخر", "اوائل");

    private final Set<String> openers;

    ArabicClauses(ArabicResources res) {
        this.openers = Tsv.words("lexicon/ar/clause_openers.txt").stream().map(res.normalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code dates} without those at or after {@code clauseEnd} ({@link #end}), nor a date right after "منذ". */
    static List<DateMention> datesOf(List<DateMention> dates, List<Token> tokens, int clauseEnd) {
        List<DateMention> out = new ArrayList<>(dates);
        out.removeIf(d -> d.span().start() >= clauseEnd || since(tokens, d));
        return out;
    }

    /** The original offset where the clause of an event word ending at token {@code to} ends: its first opener after it, or the sentence's end. */
    int end(List<Token> tokens, int to) {
        for (int k = to; k < tokens.size(); k++) {
            if (openers.contains(tokens.get(k).text())) {
                return tokens.get(k).start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The word after the last opener of reported words before token {@code at} ("قال X إن Y عقد"), else 0. */
    int reportedFrom(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (openers.contains(tokens.get(k).text())) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Where the roles of an event word at token {@code at} (its clitics {@code prefix}) may begin: at the
     * word itself when it opens a clause of its own after a comma with its conjunction ("…، وستستضيف
     * القمة المقبلة"), whose subject is the sentence's, never the phrase before the comma; else {@code lower}.
     */
    static int start(List<Token> tokens, int at, String prefix, int lower) {
        return tokens.get(at).commaBefore() && prefix.startsWith("و") ? Math.max(lower, at) : lower;
    }

    /** "منذ 2012"، "منذ عام 2012": the date of a span's start. */
    private static boolean since(List<Token> tokens, DateMention d) {
        int k = Tokenizer.indexAt(tokens, d.span().start()) - 1;
        if (k >= 0 && SINCE_FILLERS.contains(tokens.get(k).text())) {
            k--;
        }
        return k >= 0 && tokens.get(k).text().equals(SINCE);
    }
}
