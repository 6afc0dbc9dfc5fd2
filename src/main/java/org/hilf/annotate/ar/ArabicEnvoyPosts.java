package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The post a title's holder is sent to, between his title and his name: "المبعوث الخاص للأمين العام
 * للأمم المتحدة إلى اليمن هانس غروندبرغ"، "سفير الكويت لدى مصر X"، and for an envoy of
 * {@code data/lexicon/ar/resident_envoys.txt} also the capital or state he sits in ("السفير الفرنسي في
 * بيروت X"). The name begins after the post only when a name follows it at once, or after a comma (in
 * apposition, closed by a mark or the sentence's end when new): a known person, or for an envoy a new
 * name; otherwise the title's words end before the post.
 * Stateless after construction and thread-safe.
 */
final class ArabicEnvoyPosts {
    /** "إلى"، "لدى" (folded): the post of any title's holder. */
    private static final Set<String> POSTED = Set.of("الي", "لدي");
    /** "في": the post of a resident envoy only ("الرئيس الفرنسي في باريس" is where a president is, no post). */
    private static final String IN = "في";

    private final ArabicResources res;
    private final PhraseIndex<Boolean> envoys;
    private final PhraseIndex<Boolean> delegates;

    ArabicEnvoyPosts(ArabicResources res) {
        this.res = res;
        this.envoys = res.phrases("lexicon/ar/resident_envoys.txt");
        this.delegates = res.phrases("lexicon/ar/construct_occupations.txt");
    }

    /**
     * Whether the title that begins at token {@code from} is an envoy's: a resident one ("السفير"، "القائم
     * بالأعمال") or a delegate of construct_occupations.txt ("مندوب فلسطين لدى الأمم المتحدة").
     */
    boolean envoy(List<Token> tokens, int from) {
        return envoys.longestAt(tokens, from, PhraseIndex::conjunctionOnly) != null || delegate(tokens, from);
    }

    /** Whether the title that begins at token {@code from} is a construct of construct_occupations.txt ("سفير الكويت"). */
    boolean delegate(List<Token> tokens, int from) {
        return delegates.longestAt(tokens, from, PhraseIndex::conjunctionOnly) != null;
    }

    /**
     * Where the name begins after the post at token {@code j} of the title that begins at token {@code from},
     * or {@code j} when no post stands there. {@code newName}: the end of a new name that begins at a token,
     * that token itself when none does.
     */
    int nameAfter(List<Token> tokens, int from, int j, IntUnaryOperator newName) {
        if (j + 2 >= tokens.size() || tokens.get(j).breakBefore() || tokens.get(j + 1).breakBefore()) {
            return j;
        }
        String w = tokens.get(j).text();
        if (!POSTED.contains(w) && !w.equals(IN)) {
            return j; // most titles: no post word, no lookup of the title
        }
        boolean envoy = envoy(tokens, from);
        if (!envoy && w.equals(IN)) {
            return j;
        }
        for (AliasIndex.Match post : res.aliases.matchesAt(tokens, j + 1)) {
            int k = post.to();
            String id = post.entry().entityId();
            // "لدى الأمم المتحدة": a delegate's post may be a body
            boolean place = id.startsWith("state/") || envoy && (id.startsWith("place/capital-") || id.startsWith("org/") && !w.equals(IN));
            if (!place || !post.firstReading().prefix().isEmpty() || k >= tokens.size() || tokens.get(k).breakBefore() && !apposed(tokens, k)) {
                continue;
            }
            int end = envoy ? newName.applyAsInt(k) : k;
            // "سفير تركيا لدى ليبيا، X،": a name set off by commas closes where its apposition closes
            boolean closed = !tokens.get(k).breakBefore() || end >= tokens.size() || tokens.get(end).breakBefore();
            if (res.aliases.matchesAt(tokens, k).stream().anyMatch(m -> m.entry().entityId().startsWith("person/"))
                    || envoy && end > k && closed) {
                return k;
            }
        }
        return j;
    }

    /** Whether only a comma stands before token {@code k}: a name in apposition may follow. */
    private static boolean apposed(List<Token> tokens, int k) {
        String gap = tokens.get(k).gapBefore().strip();
        return gap.equals("،") || gap.equals(",");
    }
}
