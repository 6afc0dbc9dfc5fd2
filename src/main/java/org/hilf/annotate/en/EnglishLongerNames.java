package org.hilf.annotate.en;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Entity;
import org.hilf.annotate.Tsv;

/**
 * An organization's short alias that ends a longer proper name of another body: "the Peace and
 * Security Council", "the ECOWAS Mediation and Security Council", "the National Security Council",
 * "the Russian Security Council" are not the UN's, whose alias "Security Council" is. The alias is
 * such a tail when a capitalized word (or a capitalized word and "and") stands right before it; not
 * when that word is a function word ({@code not_names.txt}: "The Security Council …") or a day or
 * month ("On Monday Security Council members …"), nor when the alias is the body's own name, a
 * single word ("EU-Mercosur": two names joined) or has an acronym in it ("UN Security Council"). A person's
 * form that another family name with "Al" goes on is not that person ({@link #otherFamily}). Stateless and thread-safe.
 */
final class EnglishLongerNames {
    private final Set<String> notBefore;

    EnglishLongerNames() {
        Set<String> words = new HashSet<>(Tsv.words("lexicon/en/not_names.txt"));
        for (String table : List.of("lexicon/en/weekdays.tsv", "lexicon/en/months.tsv")) {
            for (Tsv.Row r : Tsv.read(table)) {
                r.list("forms_en").forEach(f -> words.add(f.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        notBefore = Set.copyOf(words);
    }

    /**
     * A person's form followed by a family name with "Al" that is not the person's: "Mohammed bin Mubarak Al-Khalifa"
     * (Bahrain) is not the "Mohammed bin Mubarak" of Mohammed bin Mubarak Al Mazrouei (the UAE). {@code to}: the
     * token after the form.
     */
    boolean otherFamily(List<EnToken> tokens, int to, Entity person) {
        if (to >= tokens.size() || tokens.get(to).breakBefore() || person.labelEn() == null) {
            return false;
        }
        String w = tokens.get(to).folded();
        String family = w.matches("(al|el)-\\p{L}+") ? w.replace('-', ' ')
                : w.matches("al|el") && to + 1 < tokens.size() && !tokens.get(to + 1).breakBefore() ? w + " " + tokens.get(to + 1).folded() : null;
        return family != null && !person.labelEn().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').contains(family);
    }

    /** The organization {@code e} named by the words [{@code from}, {@code to}) is the tail of another body's name. */
    boolean tail(List<EnToken> tokens, int from, int to, Entity e) {
        List<EnToken> alias = tokens.subList(from, to);
        String text = String.join(" ", alias.stream().map(EnToken::text).toList());
        if (alias.size() < 2 || !tokens.get(from).gap().equals(" ")
                || alias.stream().anyMatch(t -> t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) || text.equals(e.labelEn())) {
            return false;
        }
        int p = from - 1;
        if (p >= 1 && tokens.get(p).folded().equals("and") && !tokens.get(p).breakBefore()) {
            p--; // "Peace and Security Council"
        }
        return p >= 0 && !tokens.get(p + 1).breakBefore() && Character.isUpperCase(tokens.get(p).text().charAt(0)) && !notBefore.contains(tokens.get(p).folded());
    }
}
