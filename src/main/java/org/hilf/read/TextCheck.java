package org.hilf.read;

import java.util.Locale;
import java.util.Set;

/**
 * Whether extracted text is something the annotators can read. Decision: text that is not is
 * refused with the reason (the file is named among the skipped ones), never stored as an empty
 * article: a data file (JSON), text with no word (digits, symbols, emoji), a single word, text
 * that looks like encoded or binary data, or text with no word of its own language (a manifest
 * that says "ar" for an English file).
 */
final class TextCheck {
    /** Media types of data, not documents: their text is markup an annotator cannot use. */
    private static final Set<String> DATA_TYPES = Set.of("application/json", "application/ld+json",
            "application/x-ndjson", "application/geo+json");
    /** Share of letters among the visible characters (emoji aside) below which text is not prose. */
    private static final double MIN_LETTER_SHARE = 0.5;
    /** Mean length of a white-space separated token above which text is encoded data (base64, hex). */
    private static final double MAX_MEAN_TOKEN = 30;
    private static final int SAMPLE = 100_000;

    private TextCheck() { }

    /** Why {@code text} is not an article, or null when it is one. */
    static String problem(String text, String language, String mediaType) {
        if (DATA_TYPES.contains(mediaType) || mediaType.endsWith("+json")) {
            return "a data file (" + mediaType + "), not an article";
        }
        int n = Math.min(text.length(), SAMPLE);
        int visible = 0;
        int letters = 0;
        int tokens = 0;
        int words = 0;
        int ownWords = 0;
        Character.UnicodeScript own = scriptOf(language);
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            tokens++;
            int tokenLetters = 0;
            int tokenOwn = 0;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                int c = text.codePointAt(i);
                // emoji and other pictographs are not a sign of binary data: only letters, digits and punctuation count
                visible += Character.getType(c) == Character.OTHER_SYMBOL ? 0 : 1;
                if (Character.isLetter(c)) {
                    tokenLetters++;
                    if (own == null || Character.UnicodeScript.of(c) == own) {
                        tokenOwn++;
                    }
                }
                i += Character.charCount(c);
            }
            letters += tokenLetters;
            words += tokenLetters >= 2 ? 1 : 0;
            ownWords += tokenOwn >= 2 ? 1 : 0;
        }
        if (letters == 0) {
            return "no words in the text (only digits, symbols or emoji): nothing to annotate";
        }
        if (letters < visible * MIN_LETTER_SHARE || (double) visible / tokens > MAX_MEAN_TOKEN) {
            return "the text looks like encoded or binary data, not prose";
        }
        if (words < 2) {
            return "a single word is not an article: nothing to annotate";
        }
        if (own != null && ownWords == 0) {
            return "no word in the script of its language '" + language + "': wrong language in META.tsv, or not prose";
        }
        return null;
    }

    /** The script a language is written in, for the languages whose script is certain; else null. */
    private static Character.UnicodeScript scriptOf(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "ar", "fa", "ur", "ps" -> Character.UnicodeScript.ARABIC;
            case "en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "ms" -> Character.UnicodeScript.LATIN;
            default -> null;
        };
    }
}
