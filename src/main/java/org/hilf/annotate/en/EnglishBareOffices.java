package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;

/**
 * "the presidential office said" with no state named (data/lexicon/en/bare_offices.txt): wire copy
 * from a president's country writes it so once the president is named. It is the office of the only
 * state whose sitting president (offices.tsv, on the article's date) the article named before it; the
 * gazetteer's organization of that state with that name when there is one ("presidential office" of
 * South Korea), else the state itself, as state_offices.txt reads "the French presidency". No such
 * president, or presidents of two states: the office names no one (a wrong speaker costs more than none).
 * Stateless and thread-safe.
 */
final class EnglishBareOffices {
    private final EnglishResources res;
    private final EnPhrases<Boolean> offices;

    EnglishBareOffices(EnglishResources res) {
        this.res = res;
        this.offices = res.phrases("lexicon/en/bare_offices.txt");
    }

    /** The office "the" at word i begins, as the entity it stands for over words [i + 1, to), or null. */
    EnPhrases.Hit<String> at(List<EnToken> tokens, int i, List<ActorMention> before, LocalDate date) {
        if (date == null || !tokens.get(i).folded().equals("the") || i + 1 >= tokens.size()) {
            return null;
        }
        EnPhrases.Hit<Boolean> h = offices.longestAt(tokens, i + 1);
        // "the presidential office of Brazil" names its state: the gazetteer's words do that, not this
        if (h == null || h.to() < tokens.size() && tokens.get(h.to()).folded().equals("of")) {
            return null;
        }
        Set<String> states = new LinkedHashSet<>();
        for (ActorMention m : before) {
            for (Entity.Office o : res.gazetteer.officesOf(m.entityId())) {
                if (o.role().equals("president") && o.heldOn(date) && o.affiliationId() != null && o.affiliationId().startsWith("state/")) {
                    states.add(o.affiliationId());
                }
            }
        }
        if (states.size() != 1) {
            return null;
        }
        String state = states.iterator().next();
        String words = String.join(" ", tokens.subList(i + 1, h.to()).stream().map(EnToken::folded).toList());
        String id = res.gazetteer.forms().stream()
                .filter(f -> "en".equals(f.language()) && f.text().toLowerCase(Locale.ROOT).equals(words))
                .map(Gazetteer.Form::entityId)
                .filter(x -> res.gazetteer.entity(x).filter(e -> e.type() == EntityType.ORGANIZATION
                        && state.equals(stateIdOf(e.countryId()))).isPresent())
                .findFirst().orElse(state);
        return new EnPhrases.Hit<>(id, i + 1, h.to());
    }

    private static String stateIdOf(String country) {
        return country == null ? null : country.startsWith("state/") ? country : Gazetteer.stateId(country);
    }
}
