package org.hilf.annotate.en;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.DateMention.Granularity;
import org.hilf.annotate.LeadPattern;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Finds English date expressions in a span of text and resolves them against an anchor date:
 * "July 11", "11 July 2023", "July 11, 2023", "Jan. 5", "July 2023", "in 2022", "on Tuesday"
 * (the latest Tuesday on or before the anchor), and the relative phrases of
 * {@code data/lexicon/en/relative_dates.tsv} ("last week", "later this month", "the day before").
 * Without an anchor, an expression that needs one is kept unresolved, as its words. Months,
 * weekdays and phrases come from {@code data/lexicon/en/}. Immutable and thread-safe.
 */
public final class EnglishDates {
    private record Relative(String unit, int offset, Granularity granularity, boolean ahead) { }

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Relative> relatives = new HashMap<>();
    /** Tried only where a word its matches begin with begins (a digit, a month, a weekday, a relative phrase, a word of
     * {@link #ORDER_WORDS} and {@link #MONTH_PREPOSITIONS}): trying it at every character was a tenth of the English time. */
    private final LeadPattern pattern;
    /** The words before a month name alone ("last July"). */
    private static final List<String> ORDER_WORDS = List.of("last", "next", "this");
    /** The words before a month name alone ("in July"), as alternatives of the pattern. */
    private static final List<String> MONTH_PREPOSITIONS = List.of("in", "since", "during", "until", "by", "of", "early", "late", "mid-?");
    /** After these a capitalised "May" may be Theresa May ("signed by May"); after the others it is the month ("in May"). */
    private static final List<String> MAY_NAMERS = List.of("by", "of");

    public EnglishDates() {
        for (Tsv.Row r : Tsv.read("lexicon/en/months.tsv")) {
            for (String f : r.list("forms_en")) {
                months.put(f.toLowerCase(Locale.ROOT), Integer.valueOf(r.required("month")));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/en/weekdays.tsv")) {
            for (String f : r.list("forms_en")) {
                weekdays.put(f.toLowerCase(Locale.ROOT), DayOfWeek.of(Integer.parseInt(r.required("day"))));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/en/relative_dates.tsv")) {
            relatives.put(r.required("form_en").toLowerCase(Locale.ROOT), new Relative(r.required("unit"),
                    Integer.parseInt(r.required("offset")), Granularity.valueOf(r.required("granularity").toUpperCase(Locale.ROOT)),
                    "true".equals(r.get("ahead"))));
        }
        String month = alternatives(months.keySet());
        String weekday = alternatives(weekdays.keySet());
        String relative = alternatives(relatives.keySet());
        String day = "(\\d{1,2})(?:st|nd|rd|th)?";
        String year = "((?:19|20)\\d\\d)";
        pattern = LeadPattern.atWordStartIgnoringCase(Pattern.compile("(?i)\\b(?:"
                + "(?<md>" + month + ")\\.?\\s+" + day + "(?:\\s*(?:-|–|to)\\s*\\d{1,2})?(?:,?\\s+" + year + ")?(?![\\d])" // July 11(-12), 2023
                + "|(?<dm>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmm>" + month + ")\\.?(?:,?\\s+(?<dmy>(?:19|20)\\d\\d))?\\b" // 11 July 2023
                + "|(?<my>" + month + ")\\.?(?:\\s+of)?\\s+(?<myy>(?:19|20)\\d\\d)\\b"                // July 2023
                + "|(?<lm>" + String.join("|", ORDER_WORDS) + ")\\s+(?<lmm>" + month + ")\\b(?!\\s+\\d)"     // last July
                + "|(?<rel>" + relative + ")\\b"
                + "|(?<wd>" + weekday + ")\\b"
                + "|(?<pm>" + String.join("|", MONTH_PREPOSITIONS) + ")\\s+(?<pmm>" + month + ")\\b(?!\\s+\\d)" // in July (last year)
                + "(?:\\s+(?<pmy>" + String.join("|", ORDER_WORDS) + ")\\s+year\\b)?"
                + "|(?<yr>(?<!\\d\\s)(?:19|20)\\d\\d)\\b(?![-–]\\d|\\s*(?:km|per|%))"                 // in 2022
                + ")"), leads());
    }

    /** The words every match begins with: the digits, and the first word of each form and word the pattern begins with. */
    private List<String> leads() {
        List<String> leads = new ArrayList<>(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        for (Collection<String> forms : List.of(months.keySet(), weekdays.keySet(), relatives.keySet(), ORDER_WORDS, MONTH_PREPOSITIONS)) {
            for (String form : forms) {
                leads.add(firstLetters(form));
            }
        }
        return leads;
    }

    /** The ASCII letters {@code form} begins with ("mid" of "mid-?", "the" of "the day before"); a lead is never empty. */
    private static String firstLetters(String form) {
        int n = 0;
        while (n < form.length() && form.charAt(n) < 128 && Character.isLetter(form.charAt(n))) {
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("a date form must begin with a letter: " + form);
        }
        return form.substring(0, n);
    }

    private static String alternatives(Collection<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() - a.length());
        return "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The date expressions of text[from, to), resolved against {@code anchor} (may be null). */
    public List<DateMention> find(String text, int from, int to, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        // the range alone, as the pattern saw it through a region of the text: nothing before or after it counts
        String range = text.substring(from, to);
        Matcher m = pattern.matcher(range);
        for (int at = 0; pattern.find(m, range, at); at = m.end()) {
            Span span = new Span(from + m.start(), from + m.end());
            String words = m.group();
            DateMention d = resolve(m, span, words, anchor);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private DateMention resolve(Matcher m, Span span, String words, LocalDate anchor) {
        try {
            if (m.group("md") != null) {
                return day(span, words, months.get(key(m.group("md"))), Integer.parseInt(m.group(2)), m.group(3), anchor);
            }
            if (m.group("dm") != null) {
                return day(span, words, months.get(key(m.group("dmm"))), Integer.parseInt(m.group("dm")), m.group("dmy"), anchor);
            }
            if (m.group("my") != null) {
                LocalDate s = LocalDate.of(Integer.parseInt(m.group("myy")), months.get(key(m.group("my"))), 1);
                return new DateMention(span, words, s, s.with(TemporalAdjusters.lastDayOfMonth()), Granularity.MONTH, true, false, false);
            }
            if (m.group("lmm") != null) {
                if (!Character.isUpperCase(m.group("lmm").charAt(0)) || anchor == null) {
                    return anchor == null ? DateMention.unresolved(span, words) : null;
                }
                int month = months.get(key(m.group("lmm")));
                String which = m.group("lm").toLowerCase(Locale.ROOT);
                int year = anchor.getYear();
                if (which.equals("last") && month >= anchor.getMonthValue()) {
                    year--;
                } else if (which.equals("next") && month <= anchor.getMonthValue()) {
                    year++;
                }
                LocalDate s = LocalDate.of(year, month, 1);
                return new DateMention(span, words, s, s.with(TemporalAdjusters.lastDayOfMonth()), Granularity.MONTH, true, true, false);
            }
            if (m.group("rel") != null) {
                return relative(span, words, relatives.get(m.group("rel").toLowerCase(Locale.ROOT)), anchor);
            }
            if (m.group("wd") != null) {
                if (!Character.isUpperCase(words.charAt(0)) || anchor == null) {
                    return anchor == null ? DateMention.unresolved(span, words) : null;
                }
                LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(weekdays.get(key(m.group("wd")))));
                return new DateMention(span, words, d, d, Granularity.DAY, true, true, true);
            }
            if (m.group("pmm") != null) {
                String pm = m.group("pm").toLowerCase(Locale.ROOT);
                if (!Character.isUpperCase(m.group("pmm").charAt(0)) || m.group("pmm").equals("May") && MAY_NAMERS.contains(pm)) {
                    return null; // "may" the verb; "by May": also Theresa May
                }
                if (anchor == null) {
                    return DateMention.unresolved(span, words);
                }
                String which = m.group("pmy") == null ? "this" : m.group("pmy").toLowerCase(Locale.ROOT); // "in September last year"
                int year = anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                LocalDate s = LocalDate.of(year, months.get(key(m.group("pmm"))), 1);
                return new DateMention(span, words, s, s.with(TemporalAdjusters.lastDayOfMonth()), Granularity.MONTH, true, true, false);
            }
            if (m.group("yr") != null) {
                int y = Integer.parseInt(m.group("yr"));
                return new DateMention(span, words, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true, false, false);
            }
        } catch (java.time.DateTimeException | NullPointerException e) {
            return DateMention.unresolved(span, words);
        }
        return null;
    }

    private static String key(String form) { return form.toLowerCase(Locale.ROOT); }

    /** A day and month: the year written, else the anchor's year (the previous one when that day lies months ahead). */
    private DateMention day(Span span, String words, int month, int dayOfMonth, String year, LocalDate anchor) {
        if (month == 5 && !Character.isUpperCase(words.charAt(0)) && year == null) {
            return null;
        }
        if (year != null) {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, dayOfMonth);
            return new DateMention(span, words, d, d, Granularity.DAY, true, false, false);
        }
        if (anchor == null) {
            return DateMention.unresolved(span, words);
        }
        LocalDate d = LocalDate.of(anchor.getYear(), month, dayOfMonth);
        if (d.isAfter(anchor.plusMonths(6))) {
            d = d.minusYears(1);
        } else if (d.isBefore(anchor.minusMonths(6))) {
            d = d.plusYears(1);
        }
        return new DateMention(span, words, d, d, Granularity.DAY, true, true, false);
    }

    private static DateMention relative(Span span, String words, Relative r, LocalDate anchor) {
        if (anchor == null) {
            return DateMention.unresolved(span, words);
        }
        LocalDate s;
        LocalDate e;
        switch (r.unit()) {
            case "day" -> { s = anchor.plusDays(r.offset()); e = s; }
            case "week" -> {
                s = anchor.plusWeeks(r.offset()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                e = s.plusDays(6);
            }
            case "month" -> {
                s = anchor.plusMonths(r.offset()).withDayOfMonth(1);
                e = s.with(TemporalAdjusters.lastDayOfMonth());
            }
            default -> {
                s = LocalDate.of(anchor.getYear() + r.offset(), 1, 1);
                e = LocalDate.of(anchor.getYear() + r.offset(), 12, 31);
            }
        }
        if (r.ahead() && anchor.isBefore(e)) {
            s = anchor.plusDays(1); // "later this year": after the article's day
        }
        Granularity g = r.unit().equals("week") ? Granularity.DAY : r.granularity();
        if (r.unit().equals("week")) {
            // a week is no single day: keep it as the month it mostly falls in, with the year known
            return new DateMention(span, words, s, e, Granularity.MONTH, true, true, false);
        }
        return new DateMention(span, words, s, e, g, true, true, false);
    }

    /**
     * "the 2023 summit in New Delhi in September": a year that names the gathering right before its word
     * dates it, whatever date follows; else {@code found}.
     */
    static DateMention yearNaming(List<DateMention> dates, List<EnToken> tokens, int trigger, DateMention found) {
        int end = trigger > 0 ? tokens.get(trigger - 1).end() : -1;
        for (DateMention d : dates) {
            if (d.span().end() == end && d.granularity() == DateMention.Granularity.YEAR) {
                return d;
            }
        }
        return found;
    }

    /**
     * Words that open a clause of its own after a comma: its date is that clause's, not the event's
     * ("met Marcos, who will take over the ASEAN chairmanship in 2026").
     */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("since", "after", "following", "that", "which", "when",
            "began", "before", "who", "whose");

    /**
     * The dates of an event word's own clause (the word ends at token {@code to}): not one that comes
     * after a comma and a word opening another clause, or after "since" ("…, the second such meeting
     * after the inaugural session in April 2022", "…, easing a standoff that began in 2020", "the first
     * meeting since the two countries restored ties in 2023").
     */
    static List<DateMention> ofClause(List<DateMention> dates, List<EnToken> tokens, int to) {
        List<DateMention> out = new ArrayList<>(dates);
        out.removeIf(d -> {
            boolean comma = false;
            for (int k = to; k < tokens.size() && tokens.get(k).start() < d.span().start(); k++) {
                comma |= tokens.get(k).commaBefore();
                if (comma && CLAUSE_OPENERS.contains(tokens.get(k).folded()) || tokens.get(k).folded().equals("since")) {
                    return true;
                }
            }
            return false;
        });
        // "held talks aimed at resetting ties that came under strain last year": a relative clause without a comma
        // has its own date too, when the event keeps another one ("on Monday" before it)
        List<DateMention> own = new ArrayList<>(out);
        own.removeIf(d -> {
            for (int k = to; k < tokens.size() && tokens.get(k).start() < d.span().start(); k++) {
                if (RELATIVES.contains(tokens.get(k).folded())) {
                    return true;
                }
            }
            return false;
        });
        return own.isEmpty() ? out : own;
    }

    /** Words that open a relative clause, with or without a comma before them. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who", "whose");
}
