package org.hilf.annotate.en;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Key;

/**
 * Splits English text into words with Lucene's {@link StandardTokenizer} (Unicode word breaks:
 * "U.S." stays one word, "NATO-led" and "U.S.-Japan" are two, numbers keep their points), then
 * splits the possessive off a word ("Japan's" → "Japan" "'s", "leaders'" → "leaders" "'s") so that
 * names match as written. Nothing is stemmed or lower-cased in {@link EnToken#text()}: names keep
 * their case. Thread-safe: one Lucene tokenizer per thread.
 */
public final class EnglishTokenizer {
    private static final ThreadLocal<StandardTokenizer> LUCENE = ThreadLocal.withInitial(StandardTokenizer::new);

    /** The token lists {@link #tokens(AnnotatedArticle, int, int)} made of an article, by range. */
    private static final Key<Map<Long, List<EnToken>>> TOKENS = new Key<>("en-tokens", Map.class);

    /**
     * The words of the article's text[from, to), made once per range and article (unmodifiable):
     * the actor, event and statement extractors and the summit documents each read every sentence's
     * words, and tokenising each sentence four times was a tenth of the English annotation time.
     */
    public List<EnToken> tokens(AnnotatedArticle doc, int from, int to) {
        if (!doc.has(TOKENS)) {
            doc.set(TOKENS, new HashMap<>());
        }
        return doc.get(TOKENS).computeIfAbsent(((long) from << 32) | (to & 0xffffffffL),
                range -> List.copyOf(tokens(doc.text(), from, to)));
    }

    /** The words of text[from, to). */
    public List<EnToken> tokens(String text, int from, int to) {
        List<EnToken> out = new ArrayList<>();
        StandardTokenizer t = LUCENE.get();
        try {
            t.setReader(new StringReader(text.substring(from, to)));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
            t.reset();
            int prevEnd = from;
            while (t.incrementToken()) {
                int s = from + off.startOffset();
                int e = from + off.endOffset();
                String w = term.toString();
                int poss = possessiveAt(w);
                if (poss > 0) {
                    out.add(token(text, s, s + poss, prevEnd));
                    out.add(token(text, s + poss, e, s + poss));
                } else if (w.endsWith("'") || w.endsWith("’")) {
                    out.add(token(text, s, e - 1, prevEnd));
                    out.add(new EnToken(text.substring(e - 1, e), e - 1, e, "'s", ""));
                } else {
                    out.add(token(text, s, e, prevEnd));
                }
                // "leaders' summit": the plural possessive's apostrophe is not part of Lucene's word
                if (e < to && (text.charAt(e) == '\'' || text.charAt(e) == '’') && poss <= 0 && w.endsWith("s")
                        && (e + 1 >= to || !Character.isLetter(text.charAt(e + 1)))) {
                    out.add(new EnToken(text.substring(e, e + 1), e, e + 1, "'s", ""));
                    e = e + 1;
                }
                prevEnd = e;
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                t.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Splits a phrase of a lexicon into folded words, as the text's words fold. */
    public List<String> fold(String phrase) {
        return tokens(phrase, 0, phrase.length()).stream().map(EnToken::folded).toList();
    }

    /** Where "'s" begins in a word ("Japan's" → 5), or -1. */
    private static int possessiveAt(String w) {
        int n = w.length();
        if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
            return n - 2;
        }
        return -1;
    }

    private static EnToken token(String text, int s, int e, int prevEnd) {
        String w = text.substring(s, e);
        return new EnToken(w, s, e, foldWord(w), text.substring(Math.min(prevEnd, s), s));
    }

    /** Lower case, curly apostrophes straight, Latin accents dropped ("Brasília" → "brasilia"), full stops dropped ("U.S" → "us"). */
    static String foldWord(String w) {
        String f = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (accented(f)) {
            f = java.text.Normalizer.normalize(f, java.text.Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "");
        }
        return f.indexOf('.') >= 0 && !Character.isDigit(f.charAt(0)) ? f.replace(".", "") : f;
    }

    /** A Latin letter with an accent in the word (no other script is touched). */
    private static boolean accented(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\u00c0' && c <= '\u024f') {
                return true;
            }
        }
        return false;
    }
}
