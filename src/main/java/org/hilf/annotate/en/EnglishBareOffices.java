package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;

/**
 * "the presidential office said", "the foreign ministry said" with no state named
 * (data/lexicon/en/bare_offices.tsv): wire copy from a president's or minister's country writes it so
 * once the holder is named. It is the office of the only state whose sitting holder of the office's role
 * (offices.tsv, on the article's date) the article named before it; the gazetteer's organization of that
 * state with that name when there is one ("presidential office" of South Korea), else the state itself,
 * as state_offices.txt reads "the French presidency". No such holder, or holders of two states: the
 * office names no one (a wrong speaker costs more than none), unless one of those states is the dateline's.
 * The offices of a named state are read here too ({@link #ofState}). Stateless and thread-safe.
 */
final class EnglishBareOffices {
    private final EnglishResources res;
    private static final String CAPITAL = "capital";

    /** The role of a mention of what {@link #ofState} read: a capital is where, an office who. */
    static ActorMention.Role role(String id) { return Entity.isCapital(id) ? ActorMention.Role.PLACE : ActorMention.Role.NAME; }

    /** Each bare office and the role whose holder's state it is. */
    private final EnPhrases<String> offices = new EnPhrases<>(false);
    /** The offices that speak and act as their state once it is named (state_offices.txt). */
    private final EnPhrases<Boolean> stateOffices;

    /** The gazetteer's national organizations by lower-case English form, then by state ("presidential office" → KR → …). */
    private final Map<String, Map<String, String>> nationalBodies = new HashMap<>();
    /** The same by the words a form ends with ("foreign ministry" of "chinese foreign ministry" → CN → …), the first form kept. */
    private final Map<String, Map<String, String>> nationalEndings = new HashMap<>();

    EnglishBareOffices(EnglishResources res) {
        this.res = res;
        for (org.hilf.annotate.Tsv.Row r : org.hilf.annotate.Tsv.read("lexicon/en/bare_offices.tsv")) {
            offices.add(res.tokenizer.fold(r.required("form")), r.required("role"));
        }
        this.stateOffices = res.phrases("lexicon/en/state_offices.txt");
        for (Gazetteer.Form f : res.gazetteer.forms()) {
            res.gazetteer.entity(f.entityId()).filter(e -> "en".equals(f.language()) && e.type() == EntityType.ORGANIZATION
                    && e.countryId() != null).ifPresent(e -> {
                        String form = f.text().toLowerCase(Locale.ROOT);
                        nationalBodies.computeIfAbsent(form, x -> new HashMap<>()).putIfAbsent(EnglishResources.stateIdOf(e.countryId()), f.entityId());
                        for (int sp = form.indexOf(' '); sp >= 0; sp = form.indexOf(' ', sp + 1)) {
                            nationalEndings.computeIfAbsent(form.substring(sp + 1), x -> new HashMap<>())
                                    .putIfAbsent(EnglishResources.stateIdOf(e.countryId()), f.entityId());
                        }
                    });
        }
    }

    /**
     * An office of a state named just before word k ("the French foreign ministry", "Seoul's
     * presidential office"): the gazetteer's organization of that state with that name when there is
     * one, else the state itself, over words [k, to); its capital for "capital" ("the Saudi capital", a place);
     * null when no office of state_offices.txt begins at k.
     */
    EnPhrases.Hit<String> ofState(List<EnToken> tokens, int k, String state) {
        if (k < tokens.size() && !tokens.get(k).breakBefore() && tokens.get(k).folded().equals(CAPITAL) && state.startsWith("state/")) {
            return new EnPhrases.Hit<>(Entity.capitalOf(state), k, k + 1); // "in the Mauritanian capital"
        }
        EnPhrases.Hit<Boolean> h = k < tokens.size() && !tokens.get(k).breakBefore() ? stateOffices.longestAt(tokens, k) : null;
        return h == null ? null : new EnPhrases.Hit<>(organization(tokens, k, h.to(), state), k, h.to());
    }

    /** "Seoul's presidential office", "Brazil's presidency": the office after a state's name or capital ending at {@code to} and its possessive, or null. */
    EnPhrases.Hit<String> afterPossessive(List<EnToken> tokens, int to, String state) {
        return state.startsWith("state/") && to + 1 < tokens.size() && tokens.get(to).possessive() ? ofState(tokens, to + 1, state) : null;
    }

    /**
     * The gazetteer's organization of the state named by the words [from, to), or by a form of it that
     * ends with them ("foreign ministry": the "Chinese foreign ministry" of China), or the state.
     */
    private String organization(List<EnToken> tokens, int from, int to, String state) {
        String words = String.join(" ", tokens.subList(from, to).stream().map(EnToken::folded).toList());
        String exact = nationalBodies.getOrDefault(words, Map.of()).get(state);
        return exact != null ? exact : nationalEndings.getOrDefault(words, Map.of()).getOrDefault(state, state);
    }

    /**
     * The office "the" at word i begins, as the entity it stands for over words [i + 1, to), or null.
     * Holders of several states named before it: the dateline's state when it is one of them ("ISLAMABAD
     * — Dar, Wang Yi and Muttaqi attended, according to the Foreign Office"), else no one.
     */
    EnPhrases.Hit<String> at(AnnotatedArticle doc, List<EnToken> tokens, int i, List<ActorMention> before, LocalDate date) {
        if (date == null || !tokens.get(i).folded().equals("the") || i + 1 >= tokens.size()) {
            return null;
        }
        EnPhrases.Hit<String> h = offices.longestAt(tokens, i + 1);
        // "the presidential office of Brazil" names its state: the gazetteer's words do that, not this
        if (h == null || h.to() < tokens.size() && tokens.get(h.to()).folded().equals("of")) {
            return null;
        }
        String opening = openingPlace(tokens, before);
        EnPhrases.Hit<String> after = opening != null ? null : res.stateAfterIn(tokens, h.to(), false);
        opening = opening != null ? opening : after == null ? null : after.value();
        if (opening != null) { // "In Beijing, the foreign ministry said", "the presidential office in Seoul": the office of that place
            return new EnPhrases.Hit<>(organization(tokens, i + 1, h.to(), opening), i + 1, h.to());
        }
        Set<String> states = new LinkedHashSet<>();
        for (ActorMention m : before) {
            for (Entity.Office o : res.gazetteer.officesOf(m.entityId())) {
                if (o.role().equals(h.value()) && o.heldOn(date) && o.affiliationId() != null && o.affiliationId().startsWith("state/")) {
                    states.add(o.affiliationId());
                }
            }
        }
        String dateline = states.size() > 1 ? EnglishHomeState.datelineOf(res, doc) : null;
        if (states.size() != 1 && (dateline == null || !states.contains(dateline))) {
            return null;
        }
        String state = states.size() == 1 ? states.iterator().next() : dateline;
        String id = organization(tokens, i + 1, h.to(), state);
        return new EnPhrases.Hit<>(id, i + 1, h.to());
    }

    /** The state of the place or state that opens the sentence ("In Beijing, …"), or null. */
    private String openingPlace(List<EnToken> tokens, List<ActorMention> before) {
        if (tokens.size() < 3 || !tokens.get(0).folded().equals("in")) {
            return null;
        }
        for (ActorMention m : before) {
            int end = m.span().start() == tokens.get(1).start() ? EnPhrases.indexAt(tokens, m.span().end() - 1) + 1 : -1;
            if (end > 1 && end < tokens.size() && tokens.get(end).commaBefore()) {
                String country = m.entityId().startsWith("state/") ? m.entityId()
                        : res.gazetteer.entity(m.entityId()).map(Entity::countryId).orElse(null);
                return EnglishResources.stateIdOf(country);
            }
        }
        return null;
    }
}
