package org.hilf.annotate.ar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.DateMention.Granularity;
import org.hilf.annotate.LeadPattern;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.ar.DateArithmetic.Value;

/**
 * Finds Arabic date expressions and resolves them to calendar dates, relative ones against an
 * anchor date (the article's publication date). Works on folded text ({@link ArabicNormalizer}:
 * digits are ASCII, hamza seats folded), reports spans in the original.
 *
 * <p>Expressions, tried in this order (an earlier one wins where two overlap):
 * <ol>
 *   <li>ranges: "بين 28 و30 يونيو 2022"، "من 29 يناير 2023 حتى 1 فبراير 2023"، "يومي 24 و25 يونيو"</li>
 *   <li>day month [year]: "12 يوليو 2023"، "12 تموز/يوليو 2023"، "29 يناير"، "13 نوفمبر الجاري"</li>
 *   <li>numeric: "09-04-2024"، "9/4/2024" (day first), or "2024/5/14" (year first, as ministries' releases write it)</li>
 *   <li>weekday with a relative word: "أمس الثلاثاء"، "اليوم الأربعاء"، "يوم الثلاثاء"، "الأحد الماضي"</li>
 *   <li>month [year]: "يوليو 2023"، "أكتوبر/تشرين الأول"، "يوليو الماضي"، "الشهر المقبل"</li>
 *   <li>relative words: "أمس"، "غداً"، "الأسبوع المقبل"، "العام الماضي"، "قبل 3 سنوات"</li>
 *   <li>years: "عام 2022"، "لعام 2027"، "في 2018"</li>
 * </ol>
 * A year missing from a day and month is the one that puts the date nearest the anchor (or the
 * anchor's, with "الجاري"; the year before, with "الماضي"). Without an anchor, relative expressions
 * are returned unresolved, never guessed. Immutable and thread-safe.
 */
public final class DateResolver {
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, String[]> relatives = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    // each pattern with the words its matches begin with (LeadPattern), at a word's start (b): the
    // words of its first alternation, optional ones included; the patterns and their leads change together
    private final LeadPattern ordinal;
    private final LeadPattern range;
    private final LeadPattern dayMonth;
    private final LeadPattern numeric;
    private final LeadPattern weekday;
    private final LeadPattern monthYear;
    private final LeadPattern relative;
    private final LeadPattern ago;
    private final LeadPattern today;
    private final LeadPattern year = LeadPattern.atWordStart(
            Pattern.compile("(?<![\\d\\p{L}])(?:(?:ل?عام|العام|سنه|في)\\s+)(19\\d\\d|20\\d\\d)(?![\\d%])"),
            List.of("لعام", "عام", "العام", "سنه", "في"));
    /** The patterns {@link #find} tries on a sentence, their leads looked for once at each word start. */
    private final LeadPattern.Group sentencePatterns;

    public DateResolver(ArabicNormalizer normalizer) {
        for (Tsv.Row r : Tsv.read("lexicon/months.tsv")) {
            for (String f : r.list("forms_ar")) {
                months.put(normalizer.normalize(f), Integer.valueOf(r.required("month")));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/weekdays.tsv")) {
            for (String f : r.list("forms_ar")) {
                weekdays.put(normalizer.normalize(f), Integer.valueOf(r.required("day")));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/relative_dates.tsv")) {
            relatives.put(normalizer.normalize(r.required("form_ar")),
                    new String[] {r.required("unit"), r.required("offset"), r.required("granularity")});
        }
        for (Tsv.Row r : Tsv.read("lexicon/number_words.tsv")) {
            for (String f : r.list("forms_ar")) {
                numbers.put(normalizer.normalize(f), Integer.valueOf(r.required("value")));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/ordinal_days.tsv")) {
            for (String f : r.list("forms_ar")) {
                ordinals.put(normalizer.normalize(f), Integer.valueOf(r.required("day")));
            }
        }
        String m = alternation(months.keySet());
        String month = "(" + m + ")(?:\\s*/\\s*(?:" + m + "))?";
        String wd = "(" + alternation(weekdays.keySet()) + ")";
        String b = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        // A weekday right before an explicit date is part of it: "الثلاثاء 09-04-2024"، "الأحد الماضي 29 يناير".
        String weekdayPrefix = "(?:(?:(?:امس|اليوم|غدا)\\s+)?(?:يوم\\s+)?(?:" + alternation(weekdays.keySet()) + ")(?:\\s+الماضي|\\s+المقبل)?\\s*،?\\s+)?";
        // a day word or a weekday (the weekday pattern; the prefix of explicit dates), or a digit
        List<String> dayLeads = concat(List.of("امس", "اليوم", "غدا", "البارحه", "يوم"), weekdays.keySet());
        List<String> digitLeads = concat(dayLeads, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        numeric = LeadPattern.atWordStart(Pattern.compile(b + weekdayPrefix
                + "(?:(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2}))(?!\\d)"), digitLeads);
        // "في العاشر من يوليو/تموز 2024": an ordinal day, "من", the month
        ordinal = LeadPattern.atWordStart(Pattern.compile(b + "(" + alternation(ordinals.keySet()) + ")\\s+من\\s+(?:شهر\\s+)?" + month
                + "(?:\\s*،?\\s*(?:عام\\s+)?(\\d{4})|\\s+(الماضي|المقبل|القادم|الجاري|الحالي))?" + e), ordinals.keySet());
        range = LeadPattern.atWordStart(Pattern.compile(b + "(?:بين|من|يومي|ايام|خلال الفتره من)\\s+(\\d{1,2})(?:\\s+" + month + "(?:\\s*،?\\s*(\\d{4}))?)?\\s*(?:و|حتي|الي|-|–)\\s*(\\d{1,2})\\s+"
                + month + "(?:\\s*،?\\s*(\\d{4}))?" + e), List.of("بين", "من", "يومي", "ايام", "خلال الفتره من"));
        dayMonth = LeadPattern.atWordStart(Pattern.compile(b + weekdayPrefix + "(\\d{1,2})\\s+" + month
                + "(?:\\s*،?\\s*(?:عام\\s+)?(\\d{4})|\\s+(الماضي|المقبل|القادم|الجاري|الحالي))?" + e), digitLeads);
        weekday = LeadPattern.atWordStart(Pattern.compile(b + "(?:(امس|اليوم|غدا|البارحه)\\s+)?(?:يوم\\s+)?" + wd + "(?:\\s+(الماضي|المقبل|القادم))?" + e), dayLeads);
        monthYear = LeadPattern.atWordStart(Pattern.compile(b + "(?:شهر\\s+)?" + month
                + "(?:\\s*،?\\s*(?:عام\\s+|من عام\\s+)?(\\d{4})|\\s+(الماضي|المقبل|القادم|الجاري|الحالي|المنصرم))" + e), concat(List.of("شهر"), months.keySet()));
        relative = LeadPattern.atWordStart(Pattern.compile(b + "(" + alternation(relatives.keySet()) + ")" + e), relatives.keySet());
        today = LeadPattern.atWordStart(Pattern.compile(b + "(امس|البارحه|اليوم)\\s+(?:" + wd + "\\s*،?\\s+)?(\\d{1,2})\\s+(" + m + ")(?:\\s*/\\s*(?:" + m + "))?(?:\\s*،?\\s*(\\d{4}))?" + e),
                List.of("امس", "البارحه", "اليوم"));
        ago = LeadPattern.atWordStart(Pattern.compile(b + "(قبل|بعد)\\s+(?:(\\d{1,3}|" + alternation(numbers.keySet()) + ")\\s*)?(سنوات|سنه|سنين|اعوام|عام|عامين|سنتين|اشهر|شهور|شهر|شهرين|ايام|يوم|يومين|اسابيع|اسبوع|اسبوعين)" + e
                // "بعد أشهر من توليه المنصب"، "بعد يومين على": counted from another event, not from the article's date;
                // "بعد يومين شهدا انضمام …"، "بعد يومين حافلين": the length of what ended, no date
                + "(?!\\s+(?:من|علي|شهد\\S*|حافل\\S*|استمر\\S*|امتد\\S*)(?:\\s|$))"), List.of("قبل", "بعد"));
        sentencePatterns = new LeadPattern.Group(List.of(range, ordinal, dayMonth, numeric, weekday, monthYear, relative, ago, year));
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String alternation(java.util.Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /**
     * "أمس الثلاثاء 31 يناير"، "اليوم الأربعاء 1 فبراير 2023": words that date the article's own today.
     *
     * @param offset days from the date named to the article's today (1 after أمس, 0 after اليوم)
     */
    public record TodayPhrase(int offset, DayOfWeek weekday, int day, int month, Integer year) { }

    /** The first phrase of folded text that dates the writer's today, or null. */
    public TodayPhrase todayPhrase(String folded) {
        Matcher m = today.matcher(folded);
        if (!today.find(m, folded, 0)) {
            return null;
        }
        int offset = m.group(1).equals("امس") || m.group(1).equals("البارحه") ? 1 : 0;
        DayOfWeek dow = m.group(2) == null ? null : DayOfWeek.of(weekdays.get(m.group(2)));
        return new TodayPhrase(offset, dow, Integer.parseInt(m.group(3)), months.get(m.group(4)),
                m.group(5) == null ? null : Integer.valueOf(m.group(5)));
    }

    /** The date expressions of original range [from, to), resolved against {@code anchor} (may be null). */
    public List<DateMention> find(NormalizedText text, int from, int to, LocalDate anchor) {
        String f = text.folded();
        int fs = text.foldedIndex(from);
        int fe = text.foldedIndex(to);
        String s = f.substring(fs, fe);
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        LeadPattern.Starts starts = sentencePatterns.starts(s); // every pattern below begins at a word start
        // range, dayMonth, numeric and year cannot match without an ASCII digit (\\d, no UNICODE flag), ago without
        // قبل or بعد: most sentences have neither, and each scan tries its pattern at every position
        boolean digits = hasDigit(s);
        if (digits) {
            scan(range, s, starts, taken, out, text, fs, mt -> range(mt, anchor));
        }
        scan(ordinal, s, starts, taken, out, text, fs, mt -> DateArithmetic.dayMonth(ordinals.get(mt.group(1)), months.get(mt.group(2)), mt.group(3),
                mt.group(4), anchor));
        if (digits) {
            scan(dayMonth, s, starts, taken, out, text, fs, mt -> dayMonth(mt, anchor));
            scan(numeric, s, starts, taken, out, text, fs, this::numeric);
        }
        scan(weekday, s, starts, taken, out, text, fs, mt -> weekday(mt, anchor));
        scan(monthYear, s, starts, taken, out, text, fs, mt -> monthYear(mt, anchor));
        scan(relative, s, starts, taken, out, text, fs, mt -> relative(mt, anchor));
        if (s.contains("قبل") || s.contains("بعد")) {
            scan(ago, s, starts, taken, out, text, fs, mt -> ago(mt, anchor));
        }
        if (digits) {
            scan(year, s, starts, taken, out, text, fs, mt -> {
                int y = Integer.parseInt(mt.group(1));
                return DateArithmetic.resolved(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, false, false);
            });
        }
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /** True when {@code s} holds an ASCII digit (a loop: a stream per sentence cost more than the test). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private interface Resolution {
        Value apply(Matcher m);
    }

    private static void scan(LeadPattern p, String s, LeadPattern.Starts starts, boolean[] taken, List<DateMention> out, NormalizedText text, int offset,
                             Resolution resolution) {
        if (!starts.mayFind(p)) {
            return; // no matcher made for a pattern that cannot match (a matcher per pattern and sentence was a twenty-fifth of the bytes allocated)
        }
        Matcher m = p.matcher(s);
        for (int from = 0; starts.find(p, m, from); from = Math.max(m.end(), m.start() + 1)) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            Value v;
            try {
                v = resolution.apply(m);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                v = null; // "31 فبراير": not a date
            }
            if (v == null) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
            int os = text.originalStart(offset + m.start());
            int oe = text.originalEnd(offset + m.end());
            out.add(new DateMention(new Span(os, oe), text.original().substring(os, oe), v.start(), v.end(), v.granularity(),
                    v.resolved(), v.relative(), v.weekdayOnly()));
        }
    }

    private static boolean overlaps(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private Value range(Matcher m, LocalDate anchor) {
        int m2 = months.get(m.group(5));
        return DateArithmetic.range(Integer.parseInt(m.group(1)), m.group(2) == null ? m2 : months.get(m.group(2)), year(m.group(3)),
                Integer.parseInt(m.group(4)), m2, year(m.group(6)), anchor);
    }

    private static Integer year(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private Value dayMonth(Matcher m, LocalDate anchor) {
        return DateArithmetic.dayMonth(Integer.parseInt(m.group(1)), months.get(m.group(2)), m.group(3), m.group(4), anchor);
    }

    private Value numeric(Matcher m) {
        boolean dayFirst = m.group(1) != null;
        LocalDate d = dayFirst
                ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                : LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        return DateArithmetic.resolved(d, d, Granularity.DAY, false, false);
    }

    private Value weekday(Matcher m, LocalDate anchor) {
        String day = m.group(1);
        String rel = m.group(3);
        // a bare weekday without its article is no date ("جمعة" is also a gathering); "الجمعة" or "يوم جمعة" is
        boolean explicitDay = m.group(0).contains("يوم") || day != null || rel != null;
        if (!explicitDay && !m.group(2).startsWith("ال")) {
            return null;
        }
        return DateArithmetic.weekday(day, DayOfWeek.of(weekdays.get(m.group(2))), rel, anchor);
    }

    private Value monthYear(Matcher m, LocalDate anchor) {
        return DateArithmetic.monthYear(months.get(m.group(1)), year(m.group(2)), m.group(3), anchor);
    }

    private Value relative(Matcher m, LocalDate anchor) {
        String[] r = relatives.get(m.group(1));
        return DateArithmetic.relative(r[0], Integer.parseInt(r[1]), anchor);
    }

    private Value ago(Matcher m, LocalDate anchor) {
        String n = m.group(2);
        int count = n == null ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : numbers.get(n);
        return DateArithmetic.ago(m.group(1).equals("قبل") ? -1 : 1, count, m.group(3), anchor);
    }
}
