package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Sentences of an English article, replacing those of the shared {@link org.hilf.annotate.SentenceSplitter}
 * (which stays as it is for Arabic). It splits at a line end and after . ! ? followed by a space, or
 * by closing quotation marks and a space ("… separated," he said. "Our …"), but not after an
 * abbreviation of {@code data/lexicon/en/abbreviations.txt} or an initial ("U.S.", "Gen.", "Jan.",
 * "No."), and not inside quotation marks. A dateline at a paragraph's start ("TOKYO, July 10
 * (Reuters) -", "DAKAR, March 2, 2025 (AFP) -", "Doha, March 3 (QNA) -", "TOKYO, May 2 Kyodo -", "WASHINGTON —", "RIYADH:") is left out of the sentence: it names where the report was filed,
 * not an actor. A first line that is the article's title is no sentence of its report. Other articles are left alone. Stateless and thread-safe.
 */
public final class EnglishSentenceSplitter implements Annotator {
    /** A month's name or its abbreviation ("Sept.", "Dec"). */
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
            + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "July 6", "Dec. 20, 2024", "14th January, 2025", "30 June 2022"; then an agency's bare name ("Kyodo", ", SPA"). */
    private static final String DATE = ",\\s*(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+\\d{4})(?:,?\\s+[A-Z][A-Za-z]{1,20})?";
    /** An agency in brackets, then a dash or a colon ("RIYADH:"). */
    private static final String END = "(?:\\s*\\([^)]{1,60}\\))?\\s*(?:[-—–]+|:)\\s+";
    /**
     * An upper-case place ("TOKYO", "LONDON/DUBAI"), optionally a region and a date; or a place in title case
     * ("Doha", "Kuala Lumpur") with its date, which a title-case phrase before a colon lacks
     * ("Old friends, new deals: …" is the report's own words).
     */
    static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Z.'’ /]{1,40}(?:,\\s*[A-Z][A-Za-z .'’]{0,30})?(?:" + DATE + ")?"
                    + "|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\\s*[A-Z][A-Za-z .'’]{0,30})?" + DATE + ")" + END);

    private final Set<String> abbreviations;

    public EnglishSentenceSplitter() {
        this.abbreviations = Set.copyOf(Tsv.words("lexicon/en/abbreviations.txt"));
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.CONTENT); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.SENTENCES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        List<Span> lines = doc.get(Keys.CONTENT);
        String title = doc.article().title() == null ? "" : doc.article().title().strip();
        for (int n = 0; n < lines.size(); n++) {
            Span line = lines.get(n);
            if (n == 0 && !title.isEmpty() && text.substring(line.start(), line.end()).strip().equals(title)) {
                continue; // the headline repeats the lead in a headline's shorthand; the report is the body
            }
            int start = skipSpace(text, line.start(), line.end());
            start = Math.min(line.end(), start + datelineLength(text.substring(start, line.end())));
            boolean inQuote = false;
            int curly = 0;
            for (int i = start; i < line.end(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    inQuote = !inQuote;
                } else if (c == '“') {
                    curly++;
                } else if (c == '”' && curly > 0) {
                    curly--;
                }
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                int j = i + 1;
                boolean closes = false;
                while (j < line.end() && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == ')')) {
                    closes = true;
                    j++;
                }
                boolean followedBySpace = j >= line.end() || Character.isWhitespace(text.charAt(j));
                boolean quoted = (inQuote || curly > 0) && !closes;
                if (followedBySpace && !quoted && !(c == '.' && abbreviation(text, start, i))) {
                    add(out, text, start, j);
                    start = skipSpace(text, j, line.end());
                    inQuote = false;
                    curly = 0;
                    i = j - 1;
                }
            }
            add(out, text, start, line.end());
        }
        doc.set(Keys.SENTENCES, List.copyOf(out));
    }

    /** The length of a dateline at the start of a paragraph, or 0. */
    static int datelineLength(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.find() && m.end() < paragraph.length() ? m.end() : 0;
    }

    /** "U.S.", "Gen.", "Jan.": an initial or a listed abbreviation before the full stop. */
    private boolean abbreviation(String text, int start, int dot) {
        int k = dot - 1;
        while (k >= start && Character.isLetter(text.charAt(k))) {
            k--;
        }
        int letters = dot - 1 - k;
        if (letters == 1) {
            return true;
        }
        return letters > 0 && abbreviations.contains(text.substring(k + 1, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(out.size(), start, e));
        }
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
