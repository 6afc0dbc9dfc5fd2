package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * Commentators: the researchers, analysts, experts and writers news quotes by an occupation and a
 * new name ("ويقول الباحث الإثيوبي في شؤون القرن الأفريقي دانيال برهانو للجزيرة نت إن …"). Their
 * occupations ({@code lexicon/ar/commentator_nouns.txt}), and any occupation a word of
 * {@code former_words.txt} follows, make a private person who speaks for no one, though the title
 * names a nationality; what describes them may stand between title and name (adjectives, a field
 * after "في" that may open with a noun in construct, an honorific), and the medium they spoke to
 * ("لشينخوا") closes the name as a particle does. Stateless and thread-safe.
 */
final class ArabicCommentators {
    /** Words of description at most between a commentator's title and name. */
    private static final int DESCRIPTION_WORDS = 8;

    private final ArabicResources res;
    private final Set<String> nouns;
    private final Set<String> former;
    private final Set<String> fieldOpeners;

    ArabicCommentators(ArabicResources res, Set<String> fieldOpeners) {
        this.res = res;
        this.nouns = Set.copyOf(res.fold(Tsv.words("lexicon/ar/commentator_nouns.txt")));
        this.former = Set.copyOf(res.fold(Tsv.words("lexicon/ar/former_words.txt")));
        this.fieldOpeners = fieldOpeners;
    }

    /** True when the occupation title ending before {@code j} names someone who speaks for no one. */
    boolean speaksForNoOne(List<Token> tokens, TitleMatcher.Title t, int j) {
        if (t.isOffice()) {
            return false;
        }
        if (nouns.contains(t.head())) {
            return true;
        }
        for (int k = j; k < Math.min(tokens.size(), j + 2); k++) {
            if (former.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a commentator's name begins after {@code j}, past the adjectives, field and honorific that
     * describe him ("السياسي الليبي"، "المتخصصة في الشؤون القارية"، "في شؤون القرن الأفريقي"); j when
     * nothing does. Stops at a break (the name may follow one) and at a name of anything the gazetteer knows.
     */
    int nameStart(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < DESCRIPTION_WORDS && (k == j || !tokens.get(k).breakBefore())) {
            String w = tokens.get(k).text();
            if (definite(w) && !named(tokens, k)) {
                k++;
            } else if (fieldOpeners.contains(w) && field(tokens, k + 1) > k + 1) {
                k = field(tokens, k + 1);
            } else {
                break;
            }
        }
        return k;
    }

    /** After "في": a field of definite words, the first maybe a noun in construct ("شؤون القرن الأفريقي"); its end. */
    private int field(List<Token> tokens, int from) {
        int k = from;
        if (k + 1 < tokens.size() && !definite(tokens.get(k).text()) && definite(tokens.get(k + 1).text())
                && !named(tokens, k) && !tokens.get(k + 1).breakBefore()) {
            k++; // the noun in construct
        }
        // a place or body may be the field ("في شؤون القرن الأفريقي"): the name that follows is not definite
        while (k < tokens.size() && k - from < 4 && definite(tokens.get(k).text()) && (k == from || !tokens.get(k).breakBefore())) {
            k++;
        }
        return k > from && k < tokens.size() ? k : from;
    }

    /** "لشينخوا"، "للجزيرة نت"، "لـ«الشرق الأوسط»": the medium a name is followed by, to which its holder spoke. */
    boolean toMedium(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).text();
        if (w.startsWith("لال")) {
            return true; // "لـ«الشرق الأوسط»": a clitic joined across tatweel and quote (Tokenizer), before any outlet's name
        }
        for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
            String p = m.firstReading().prefix();
            if ((p.equals("ل") || p.equals("لل")) && res.gazetteer.isMedia(m.entry().entityId())) {
                return true;
            }
        }
        return false;
    }

    /** A definite word ("السياسي"، "الليبي"), the god of a name aside. */
    private static boolean definite(String w) {
        return w.startsWith("ال") && w.length() > 3 && !w.equals("الله");
    }

    /** True when a name of a state, body or person the gazetteer knows (not an adjective) starts at k. */
    private boolean named(List<Token> tokens, int k) {
        for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
            if (m.entry().kind() == Gazetteer.FormKind.NAME && res.gazetteer.entity(m.entry().entityId()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
