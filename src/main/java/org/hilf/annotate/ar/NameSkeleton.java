package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.CharTrie;

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
            char last = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = letter(w, i, last);
                if (c != 0) {
                    sb.append(c);
                    last = c;
                }
            }
        }
        return sb.toString();
    }

    /**
     * The node of {@code trie} reached from {@code from} by the skeleton of {@code word}, or null
     * (also when from is null): as {@code CharTrie.walk(from, of(List.of(word)))} without making
     * the skeleton, since the walk of most words ends after a letter or two and a skeleton made
     * for every token of every sentence was a twentieth of the Arabic annotation time.
     */
    static CharTrie.Node walk(CharTrie.Node from, String word) {
        CharTrie.Node n = from;
        char last = 0;
        for (int i = 0; i < word.length() && n != null; i++) {
            char c = letter(word, i, last);
            if (c != 0) {
                n = n.child(c);
                last = c;
            }
        }
        return n;
    }

    /**
     * The skeleton's letter for character i of a word, or 0 when it has none; {@code last} is the
     * skeleton's previous letter of the same word (0 before its first).
     */
    private static char letter(String w, int i, char last) {
        char c = w.charAt(i);
        if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء')) {
            return 0;
        }
        if (c == 'غ' || c == 'ق' || c == 'ك') {
            c = 'ج';
        }
        return i > 0 && last == c ? 0 : c;
    }
}
