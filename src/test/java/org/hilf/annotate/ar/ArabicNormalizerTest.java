package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** One test per phenomenon: literal Arabic in, folded form out. */
class ArabicNormalizerTest {
    final ArabicNormalizer n = new ArabicNormalizer();

    @Test void hamzaOnAlef() { assertEquals("اسيا ايران امريكا", n.normalize("آسيا إيران أمريكا")); }

    @Test void alefMaqsura() { assertEquals("موسي", n.normalize("موسى")); }

    @Test void tehMarbuta() { assertEquals("اليابانيه", n.normalize("اليابانية")); }

    @Test void diacriticsAndTatweel() { assertEquals("تعزيز التحالف", n.normalize("تعزيزُ التَّحَالـــفِ")); }

    @Test void hamzaSeatsOnYehAndWaw() { assertEquals("سييول مسوول", n.normalize("سيئول مسؤول")); }

    @Test void arabicIndicDigits() { assertEquals("2023 2024", n.normalize("٢٠٢٣ ۲۰۲۴")); }

    @Test void directionMarks() { assertEquals("ناتو", n.normalize("\u200Fنا\u200Eتو\u061C")); }

    @Test void presentationForms() { assertEquals("لا", n.normalize("\uFEFB")); } // lam-alef ligature

    @Test void namesAreNotStemmed() { assertEquals("واشنطن", n.normalize("واشنطن")); }

    @Test void empty() { assertEquals("", n.normalize("")); }

    @Test
    void offsetsLeadBackToTheOriginal() {
        String original = "قالَ ستولتنبرغ:";
        NormalizedText t = NormalizedText.of(original, n);
        int i = t.folded().indexOf("ستولتنبرغ");
        assertEquals("ستولتنبرغ", original.substring(t.originalStart(i), t.originalEnd(i + "ستولتنبرغ".length())));
    }

    /** The one character a character folds to is its folded form whenever that is one character; else it says none. */
    @Test
    void foldOneAgreesWithFold() {
        for (char c = 0; c < 0x2100; c++) {
            String f = n.fold(c);
            assertEquals(f.length() == 1 && c != 0 ? f.charAt(0) : ArabicNormalizer.NOT_ONE, n.foldOne(c), "U+" + Integer.toHexString(c));
        }
        assertEquals(ArabicNormalizer.NOT_ONE, n.foldOne('\u064E')); // fatha: dropped
        assertEquals(ArabicNormalizer.NOT_ONE, n.foldOne('\uFEFB')); // lam-alef: two letters
        assertEquals('ا', n.foldOne('أ'));
    }

    @Test
    void randomInputNeverBreaksTheOffsetMap() {
        Random r = new Random(1);
        for (int k = 0; k < 200; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                sb.append((char) (r.nextBoolean() ? 0x0600 + r.nextInt(0x100) : 0xFB50 + r.nextInt(0x4B0)));
            }
            NormalizedText t = NormalizedText.of(sb.toString(), n);
            for (int i = 0; i <= t.folded().length(); i++) {
                int o = t.originalStart(i);
                assertEquals(true, o >= 0 && o <= sb.length());
            }
        }
    }
}
