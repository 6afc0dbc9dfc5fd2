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
 * when no grouping has that share. Immutable; the counts of one article live in a {@link Counts}.
 */
final class EnglishBlocAnaphors {
    private static final String ALLIANCE = "alliance";

    /** Folded phrase → what it stands for (alliance or bloc). */
    private final EnPhrases<String> phrases = new EnPhrases<>(false);
    /** The organizations that have member states: those "the bloc" may stand for. */
    private final Set<String> blocs = new HashSet<>();
    private final Gazetteer gazetteer;

    EnglishBlocAnaphors(EnglishResources res) {
        this.gazetteer = res.gazetteer;
        for (Tsv.Row r : Tsv.read("lexicon/en/alliance_anaphors.tsv")) {
            String kind = r.required("stands_for");
            if (!kind.equals(ALLIANCE) && !kind.equals("bloc")) {
                throw new IllegalArgumentException(r.where() + ": stands_for must be alliance or bloc, not " + kind);
            }
            phrases.add(res.tokenizer.fold(r.required("phrase")), kind);
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
                return null;
            }
            String id = dominant(h.value().equals(ALLIANCE) ? alliances : groupings);
            return id == null ? null : new EnPhrases.Hit<>(id, h.from(), h.to());
        }
    }

    private static String dominant(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> total > 0 && e.getValue() * 2 >= total)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
