package org.hilf.read;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * What the reader does to extracted text before it is an article's: line ends and BOM, the share
 * of garbage characters, and the rescue of short Arabic files in a legacy code page. Stateless.
 */
final class TextRepair {
    private TextRepair() { }

    /** Line ends to '\n', no BOM, no trailing white space; offsets of later stages index into this. */
    static String clean(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.stripTrailing();
    }

    /**
     * Charset detection needs more text than a short Arabic file in a legacy code page gives, and
     * then reads windows-1256 as a Latin code page. When the file was not read as Unicode, Tika's
     * reading has no Arabic letter and the windows-1256 reading of the raw bytes is mostly Arabic,
     * the latter is right.
     */
    static String rescueArabicCodePage(byte[] raw, String text, String encoding) {
        if (encoding != null && encoding.toUpperCase(Locale.ROOT).startsWith("UTF")) {
            return text;
        }
        if (arabicShare(text) > 0.1 || raw == null) {
            return text;
        }
        String cp1256 = clean(new String(raw, Charset.forName("windows-1256")));
        return arabicShare(cp1256) > 0.5 ? cp1256 : text;
    }

    static double arabicShare(String s) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    /** The share of U+FFFD and control characters (other than newline and tab) in the first 100,000 characters. */
    static double garbageShare(String text) {
        int bad = 0;
        int n = Math.min(text.length(), 100_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                bad++;
            }
        }
        return n == 0 ? 0 : (double) bad / n;
    }
}
