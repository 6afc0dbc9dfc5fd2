package org.hilf.annotate.en;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * "The alliance", "the bloc": words for the grouping the article is about (data/lexicon/en/alliance_anaphors.tsv).
 * "The alliance" is only ever an alliance; "the bloc" is an alliance or an organization with member
 * states (the EU, ECOWAS, the African Union), never a body without members such as the UN Security Council.
 * The word stands for the grouping of its kind that at least half the article's names of that kind so
 * far name, the first named on a tie ("NATO's four Indo-Pacific partners at the alliance's summit"); none
 * when no grouping has that share. With words of data/lexicon/en/bloc_modifiers.txt between "the" and its head
 * ("the East African bloc") it stands for the one grouping of its kind the article has named, and for none when
 * it has named two. Immutable; the counts of one article live in a {@link Counts}.
 */
final class EnglishBlocAnaphors {
    private static final String ALLIANCE = "alliance";
    private static final int MAX_MODIFIERS = 4;

    /** Folded phrase → what it stands for (alliance or bloc). */
    private final EnPhrases<String> phrases = new EnPhrases<>(false);
    /** The organizations that have member states: those "the bloc" may stand for. */
    private final Set<String> blocs = new HashSet<>();
    private final Gazetteer gazetteer;
    /** The head word of each two-word phrase ("bloc" of "the bloc") → what it stands for. */
    private final Map<String, String> heads = new java.util.HashMap<>();
    /** data/lexicon/en/bloc_modifiers.txt: words between "the" and a head ("the East African bloc"). */
    private final Set<String> modifiers;

    EnglishBlocAnaphors(EnglishResources res) {
        this.gazetteer = res.gazetteer;
        this.modifiers = res.words("lexicon/en/bloc_modifiers.txt");
        for (Tsv.Row r : Tsv.read("lexicon/en/alliance_anaphors.tsv")) {
            String kind = r.required("stands_for");
            if (!kind.equals(ALLIANCE) && !kind.equals("bloc")) {
                throw new IllegalArgumentException(r.where() + ": stands_for must be alliance or bloc, not " + kind);
            }
            List<String> words = res.tokenizer.fold(r.required("phrase"));
            phrases.add(words, kind);
            if (words.size() == 2 && words.get(0).equals("the")) {
                heads.put(words.get(1), kind);
            }
        }
        for (Entity.Tie t : gazetteer.ties()) {
            if (t.relation().equals("memberOf")) {
                blocs.add(t.organizationId());
            }
        }
    }

    /** The names of groupings one article has given so far. */
    final class Counts {
        private final Map<String, Integer> alliances = new LinkedHashMap<>();
        private final Map<String, Integer> groupings = new LinkedHashMap<>();

        /** Counts a name of the gazetteer's entity {@code e} (null: none) given in the article. */
        void named(Entity e) {
            if (e == null) {
                return;
            }
            if (e.type() == EntityType.ALLIANCE) {
                alliances.merge(e.id(), 1, Integer::sum);
            }
            if (e.type() == EntityType.ALLIANCE || e.type() == EntityType.ORGANIZATION && e.countryId() == null && blocs.contains(e.id())) {
                groupings.merge(e.id(), 1, Integer::sum);
            }
        }

        /** The grouping a word for it at word {@code i} stands for, over that word's tokens; null if none. */
        EnPhrases.Hit<String> at(List<EnToken> tokens, int i) {
            EnPhrases.Hit<String> h = phrases.longestAt(tokens, i);
            if (h == null) {
                // "the East African bloc": the one grouping of its kind the article has named, or no one
                h = modified(tokens, i);
                Map<String, Integer> named = h == null ? Map.of() : h.value().equals(ALLIANCE) ? alliances : groupings;
                return named.size() == 1 ? new EnPhrases.Hit<>(named.keySet().iterator().next(), h.from(), h.to()) : null;
            }
            String id = dominant(h.value().equals(ALLIANCE) ? alliances : groupings);
            return id == null ? null : new EnPhrases.Hit<>(id, h.from(), h.to());
        }
    }

    /** "the" at i, one to four modifiers (a number may join one by a hyphen: "16-nation"), then a head word in lower case; else null. */
    private EnPhrases.Hit<String> modified(List<EnToken> tokens, int i) {
        if (!tokens.get(i).folded().equals("the")) {
            return null;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= MAX_MODIFIERS && !tokens.get(k).breakBefore()) {
            EnToken t = tokens.get(k);
            boolean numbered = k + 1 < tokens.size() && tokens.get(k + 1).gap().equals("-") && modifiers.contains(tokens.get(k + 1).folded());
            // a capitalised head is a name ("the African Union", "the Pacific Alliance"), not a word for one
            if (k > i + 1 && heads.containsKey(t.folded()) && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                return new EnPhrases.Hit<>(heads.get(t.folded()), i, k + 1);
            }
            if (!modifiers.contains(t.folded()) && !numbered) {
                return null;
            }
            k += numbered ? 2 : 1;
        }
        return null;
    }

    private static String dominant(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> total > 0 && e.getValue() * 2 >= total)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
