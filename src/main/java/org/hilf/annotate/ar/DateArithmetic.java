package org.hilf.annotate.ar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.hilf.annotate.DateMention.Granularity;

/**
 * The calendar half of {@link DateResolver}: from the numbers and relative words a date pattern
 * matched (a day, a month, a year or none, "الماضي"/"المقبل", a count of units) to the span of days
 * they name, against the article's date. Knows no Arabic pattern or lexicon: DateResolver reads the
 * match, this class counts. A value that needs the anchor is unresolved without one, never guessed.
 */
final class DateArithmetic {
    private DateArithmetic() { }

    /** What a pattern's match resolves to; DateResolver adds the span and the text. */
    record Value(LocalDate start, LocalDate end, Granularity granularity, boolean resolved, boolean relative,
                 boolean weekdayOnly) { }

    static Value resolved(LocalDate start, LocalDate end, Granularity g, boolean relative, boolean weekdayOnly) {
        return new Value(start, end, g, true, relative, weekdayOnly);
    }

    private static Value unresolved() { return new Value(null, null, null, false, true, false); }

    /**
     * "بين 28 و30 يونيو 2022", "من 29 يناير حتى 1 فبراير": the first day's month and year default to
     * the last day's; without a year the last day is the one nearest the anchor, and a first month
     * after the last one is in the year before. Null when the range ends before it begins.
     */
    static Value range(int d1, int m1, Integer y1Given, int d2, int m2, Integer y2Given, LocalDate anchor) {
        Integer y1 = y1Given == null ? y2Given : y1Given;
        Integer y2 = y2Given;
        if (y2 == null) {
            if (anchor == null) {
                return unresolved();
            }
            y2 = nearest(anchor, m2, d2).getYear();
            y1 = m1 > m2 ? y2 - 1 : y2;
        }
        LocalDate start = LocalDate.of(y1, m1, d1);
        LocalDate end = LocalDate.of(y2, m2, d2);
        if (end.isBefore(start)) {
            return null;
        }
        return resolved(start, end, Granularity.DAY, y2Given == null, false);
    }

    /**
     * A day of a month, with its year written ({@code year} digits), or with a relative word
     * ({@code rel}: الماضي before the anchor, المقبل/القادم after it, الجاري/الحالي the anchor's
     * year), or with neither (the date nearest the anchor).
     */
    static Value dayMonth(int day, int month, String year, String rel, LocalDate anchor) {
        if (year != null) {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, day);
            return resolved(d, d, Granularity.DAY, false, false);
        }
        if (anchor == null) {
            return unresolved();
        }
        LocalDate d;
        if (rel == null) {
            d = nearest(anchor, month, day);
        } else if (rel.equals("الماضي")) {
            d = LocalDate.of(anchor.getYear(), month, day);
            if (!d.isBefore(anchor)) {
                d = d.minusYears(1);
            }
        } else if (rel.equals("المقبل") || rel.equals("القادم")) {
            d = LocalDate.of(anchor.getYear(), month, day);
            if (!d.isAfter(anchor)) {
                d = d.plusYears(1);
            }
        } else {
            d = LocalDate.of(anchor.getYear(), month, day);
        }
        return resolved(d, d, Granularity.DAY, true, false);
    }

    /** The date with this month and day nearest the anchor: last year's, this year's or next year's. */
    private static LocalDate nearest(LocalDate anchor, int month, int day) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, d)) < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = d;
            }
        }
        return best.withDayOfMonth(day);
    }

    /**
     * A weekday after a day word ({@code day}: امس/البارحه, اليوم, غدا: that day itself) or before
     * a relative word ({@code rel}: the next or the previous such weekday); alone, the latest such
     * weekday up to the anchor, marked weekday-only.
     */
    static Value weekday(String day, DayOfWeek dow, String rel, LocalDate anchor) {
        if (anchor == null) {
            return unresolved();
        }
        LocalDate d;
        if ("امس".equals(day) || "البارحه".equals(day)) {
            d = anchor.minusDays(1);
        } else if ("اليوم".equals(day)) {
            d = anchor;
        } else if ("غدا".equals(day)) {
            d = anchor.plusDays(1);
        } else if ("المقبل".equals(rel) || "القادم".equals(rel)) {
            d = anchor.with(TemporalAdjusters.next(dow));
        } else if ("الماضي".equals(rel)) {
            d = anchor.with(TemporalAdjusters.previous(dow));
        } else {
            d = anchor.with(TemporalAdjusters.previousOrSame(dow));
            return resolved(d, d, Granularity.DAY, true, true);
        }
        return resolved(d, d, Granularity.DAY, true, false);
    }

    /** A month with its year, or with a relative word (الماضي/المنصرم: before the anchor's month; المقبل/القادم: after it). */
    static Value monthYear(int month, Integer year, String rel, LocalDate anchor) {
        YearMonth ym;
        if (year != null) {
            ym = YearMonth.of(year, month);
        } else {
            if (anchor == null) {
                return unresolved();
            }
            ym = YearMonth.of(anchor.getYear(), month);
            YearMonth now = YearMonth.from(anchor);
            if ((rel.equals("الماضي") || rel.equals("المنصرم")) && !ym.isBefore(now)) {
                ym = ym.minusYears(1);
            } else if ((rel.equals("المقبل") || rel.equals("القادم")) && !ym.isAfter(now)) {
                ym = ym.plusYears(1);
            }
        }
        return resolved(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, year == null, false);
    }

    /** A relative word's unit (day, week, month, else year) moved by {@code offset} from the anchor's. */
    static Value relative(String unit, int offset, LocalDate anchor) {
        if (anchor == null) {
            return unresolved();
        }
        switch (unit) {
            case "day": {
                LocalDate d = anchor.plusDays(offset);
                return resolved(d, d, Granularity.DAY, true, false);
            }
            case "week": {
                LocalDate monday = anchor.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return resolved(monday, monday.plusDays(6), Granularity.DAY, true, false);
            }
            case "month": {
                YearMonth ym = YearMonth.from(anchor).plusMonths(offset);
                return resolved(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true, false);
            }
            default: {
                int y = anchor.getYear() + offset;
                return resolved(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true, false);
            }
        }
    }

    /**
     * "قبل 3 سنوات", "بعد أسبوعين": {@code count} of the unit word (a dual form counts two) before
     * ({@code sign} -1) or after (+1) the anchor.
     */
    static Value ago(int sign, int count, String unit, LocalDate anchor) {
        if (anchor == null) {
            return unresolved();
        }
        if (unit.equals("عامين") || unit.equals("سنتين") || unit.equals("شهرين") || unit.equals("يومين") || unit.equals("اسبوعين")) {
            count = 2;
        }
        if (unit.startsWith("ي")) {
            LocalDate d = anchor.plusDays((long) sign * count);
            return resolved(d, d, Granularity.DAY, true, false);
        }
        if (unit.contains("سبوع") || unit.equals("اسابيع")) {
            LocalDate d = anchor.plusWeeks((long) sign * count);
            return resolved(d, d, Granularity.DAY, true, false);
        }
        if (unit.contains("شهر") || unit.equals("اشهر")) {
            YearMonth ym = YearMonth.from(anchor).plusMonths((long) sign * count);
            return resolved(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true, false);
        }
        int y = anchor.getYear() + sign * count;
        return resolved(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true, false);
    }
}
