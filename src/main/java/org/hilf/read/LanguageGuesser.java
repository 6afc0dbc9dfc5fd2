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
}
