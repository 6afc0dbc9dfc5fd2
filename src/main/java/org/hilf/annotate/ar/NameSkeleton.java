package org.hilf.annotate.ar;

import java.util.List;

/**
 * The consonant skeleton of a transliterated foreign name, which spelling variants share:
 * ستولتنبرغ / ستولتنبرج / ستولتنبيرغ → ستلتنبرج; روته / روتيه → رته. Rules, on folded words:
 * <ul>
 *   <li>the /g/ letters (غ ج ق ك, and گ, which folding already made ك) → ج</li>
 *   <li>long vowels (ا و ي) and hamza (ء) dropped, except as the first letter of a word</li>
 *   <li>a doubled letter written once (within a word: "جاباروف في" is no longer "جاباروف")</li>
 *   <li>words joined without space or hyphen, so "يون سوك-يول" and "يون سوك يول" agree</li>
 * </ul>
 * A skeleton is a fallback key: it is matched only where no exact name matched, and a match
 * carries a lower confidence. The skeleton of words is their skeletons joined (each word's first
 * letter is kept, and a letter is dropped only after another of the same word): {@link AliasIndex}
 * relies on it. Stateless.
 */
public final class NameSkeleton {
    private NameSkeleton() { }

    public static String of(List<String> foldedWords) {
        StringBuilder sb = new StringBuilder();
        for (String w : foldedWords) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء')) {
                    continue;
                }
                if (c == 'غ' || c == 'ق' || c == 'ك') {
                    c = 'ج';
                }
                if (i > 0 && sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                    continue;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
