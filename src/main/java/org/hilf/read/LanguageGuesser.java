package org.hilf.read;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Decides an article's language. Arabic and English are told apart by script share, which is
 * exact for them and needs no model; other text goes to Tika's OpenNLP detector.
 * Thread-safe.
 */
public final class LanguageGuesser {
    /** Share of letters in Arabic script above which a text is Arabic. */
    static final double ARABIC_SHARE = 0.5;
    /** Share of Latin letters above which a text the detector is unsure of is taken as English. */
    static final double LATIN_SHARE = 0.9;
    private static final int SAMPLE = 20_000;
    /**
     * Share of words that are English function words above which Latin text is English. English
     * news runs at 0.3–0.4; French, Spanish, German or Indonesian text shares almost none of them.
     */
    static final double ENGLISH_SHARE = 0.2;
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "with", "was", "said", "by", "as", "at", "from", "has", "have", "it", "be", "are", "its",
            "his", "her", "were", "will", "which", "this", "an", "not", "but", "after", "who", "they", "their");

    private OpenNLPDetector detector;

    public synchronized String guess(String text) {
        int arabic = 0;
        int latin = 0;
        int letters = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (letters == 0) {
            return "und";
        }
        if (arabic > letters * ARABIC_SHARE) {
            return "ar";
        }
        if (latin > letters * LATIN_SHARE && englishShare(text, n) >= ENGLISH_SHARE) {
            return "en"; // English function words this dense are English: no model to load (4 s on a first call)
        }
        if (detector == null) {
            detector = new OpenNLPDetector();
        }
        detector.reset();
        detector.addText(text.substring(0, n));
        LanguageResult result = detector.detect();
        String lang = result.getLanguage();
        if (result.isReasonablyCertain() && lang != null && !lang.isEmpty()) {
            return lang.length() > 2 && lang.startsWith("en") ? "en" : lang;
        }
        return latin > letters * LATIN_SHARE ? "en" : "und";
    }

    static double englishShare(String text, int n) {
        int words = 0;
        int english = 0;
        for (String w : text.substring(0, n).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                words++;
                english += ENGLISH_WORDS.contains(w) ? 1 : 0;
            }
        }
        return words == 0 ? 0 : (double) english / words;
    }
}
