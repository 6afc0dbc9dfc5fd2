package org.hilf.annotate.ar;

import java.util.List;

/**
 * Events told as habits, not as one encounter: a habit word before the event word ("اعتاد المجلس عقد
 * دورته العادية في ديسمبر"، "دأبت الدولتان على عقد قمة سنوية": {@code habit_markers.txt}) or an adverb of
 * recurrence after it in its clause ("تحضر الدولة اجتماعات المنظمة بانتظام"، "يلتقي الوزراء بصورة دورية":
 * {@code habit_adverbs.txt}). Neither reaches past a comma. Stateless after construction and thread-safe.
 */
final class ArabicHabits {
    /** Words before the event word at most where a habit word may stand. */
    private static final int BEFORE_REACH = 12;
    /** Words after the event word's end at most where its adverb of recurrence may stand ("اجتماعات مجلس التعاون الخليجي بانتظام"). */
    private static final int AFTER_REACH = 6;

    private final PhraseIndex<Boolean> before;
    private final PhraseIndex<Boolean> after;

    ArabicHabits(ArabicResources res) {
        before = res.phrases("lexicon/ar/habit_markers.txt");
        after = res.phrases("lexicon/ar/habit_adverbs.txt");
    }

    /** True when the event word at tokens {@code from} (inclusive) to {@code to} (exclusive) tells a habit. */
    boolean habitual(List<Token> tokens, int from, int to) {
        for (int k = from - 1; k >= Math.max(0, from - BEFORE_REACH); k--) {
            if (before.longestAt(tokens, k, ArabicModality::reading) != null) {
                return true;
            }
            if (tokens.get(k).commaBefore()) {
                break;
            }
        }
        for (int k = to; k < Math.min(tokens.size(), to + AFTER_REACH); k++) {
            if (tokens.get(k).commaBefore()) {
                return false;
            }
            if (after.longestAt(tokens, k, ArabicModality::reading) != null) {
                return true;
            }
        }
        return false;
    }
}
