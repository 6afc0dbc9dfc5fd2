package org.hilf.annotate;

import java.time.LocalDate;

/**
 * A date expression of the text and what it resolves to.
 *
 * @param span        where it stands
 * @param text        the words as written
 * @param start       first day covered (for a month, its first day), null when unresolved
 * @param end         last day covered, null when unresolved
 * @param granularity how precise the expression is
 * @param resolved    false when the words could not be turned into a calendar date
 * @param relative    true when the date depends on the article's anchor date
 * @param weekdayOnly true when only a weekday fixes it ("يوم الأربعاء"): resolved to the latest such
 *                    day on or before the anchor; a planned event takes the next one instead
 */
public record DateMention(Span span, String text, LocalDate start, LocalDate end, Granularity granularity,
                          boolean resolved, boolean relative, boolean weekdayOnly) {

    public enum Granularity { DAY, MONTH, YEAR }

    /** The year, when resolved. */
    public Integer year() { return start == null ? null : start.getYear(); }

    public static DateMention unresolved(Span span, String text) {
        return new DateMention(span, text, null, null, null, false, true, false);
    }
}
