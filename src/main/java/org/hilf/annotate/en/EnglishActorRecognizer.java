package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/**
 * Recognises actors in English text: the gazetteer's English names, aliases and acronyms (written
 * capitalized: "us" is no state, "U.S." is), adjectives of nationality as attributes, capitals
 * standing for their state ("Tokyo and Seoul agreed") or as places ("in Tokyo"), titles resolved
 * to the person they name ({@link EnglishTitleReader}), surnames of people named before (or the only
 * person of that surname in office on the article's date), honorifics before names, and "the
 * alliance" or "the bloc" for the article's dominant grouping ({@link EnglishBlocAnaphors}). Other
 * articles are left alone. Thread-safe: the state of one article lives in a {@link EnglishPass}.
 */
public final class EnglishActorRecognizer implements Annotator {
    /** Confidence of a surname alone resolved through the terms of office, not a name seen before. */
    static final double SURNAME_CONFIDENCE = 0.8;

    private final EnglishResources res;
    private final EnglishTitles titles;
    private final EnPhrases<Boolean> honorifics;
    private final EnglishBlocAnaphors blocs;
    private final EnglishBareOffices bareOffices;
    private final EnglishLongerNames longerNames = new EnglishLongerNames();
    private final Set<String> placePrepositions = Set.of("in", "at", "to", "into", "near", "outside", "across", "around", "inside");

    public EnglishActorRecognizer(EnglishResources res) {
        this.res = res;
        this.titles = new EnglishTitles(res);
        this.honorifics = res.phrases("lexicon/en/honorifics.txt");
        this.blocs = new EnglishBlocAnaphors(res);
        this.bareOffices = new EnglishBareOffices(res);
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.CONTENT, Keys.SENTENCES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ACTORS, Keys.NEW_ENTITIES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        EnglishPass pass = new EnglishPass(doc, doc.get(Keys.ANCHOR).date());
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            pass.sentence(res.tokenizer.tokens(doc, s.start(), s.end()));
        }
        doc.set(Keys.ACTORS, List.copyOf(pass.mentions));
        doc.set(Keys.NEW_ENTITIES, Map.copyOf(pass.newEntities));
    }

    /** The recognition of one article. */
    final class EnglishPass {
        final AnnotatedArticle doc;
        final LocalDate date;
        final List<ActorMention> mentions = new ArrayList<>();
        final Map<String, Entity> newEntities = new LinkedHashMap<>();
        /** Surnames (folded) of people named so far in this article → person id. */
        final Map<String, String> shortNames = new HashMap<>();
        /** The groupings named so far, for "the alliance" and "the bloc". */
        final EnglishBlocAnaphors.Counts groupings = blocs.new Counts();
        /** Offices (role keys) of the people this article named with a title → the person. */
        final Map<String, String> byRole = new HashMap<>();
        final EnglishStyledPeople styled = new EnglishStyledPeople();
        final EnglishTitleReader titleReader;

        EnglishPass(AnnotatedArticle doc, LocalDate date) {
            this.doc = doc;
            this.date = date;
            this.titleReader = new EnglishTitleReader(res, titles, honorifics, this);
        }

        void sentence(List<EnToken> tokens) {
            boolean caps = allCaps(tokens);
            int i = 0;
            while (i < tokens.size()) {
                int next = titleReader.title(tokens, i);
                if (next < 0) {
                    next = name(tokens, i, caps);
                }
                i = next < 0 ? i + 1 : next;
            }
        }

        /** A name of the gazetteer, a surname, an honorific and name, or "the alliance" at word i. */
        int name(List<EnToken> tokens, int i, boolean caps) {
            EnPhrases.Hit<String> ana = groupings.at(tokens, i);
            if (ana != null) {
                add(tokens, ana.from() + 1, ana.to(), ana.value(), Role.NAME, SURNAME_CONFIDENCE, null, null);
                return ana.to();
            }
            EnPhrases.Hit<String> bare = bareOffices.at(doc, tokens, i, mentions, date); // "the presidential office said"
            if (bare != null) {
                add(tokens, bare.from(), bare.to(), bare.value(), Role.NAME, SURNAME_CONFIDENCE, null, null);
                return bare.to();
            }
            EnToken t = tokens.get(i);
            if (!t.capitalized()) {
                return -1;
            }
            EnPhrases.Hit<Boolean> hon = honorifics.longestAt(tokens, i);
            String styledOne = hon == null ? null : styled.alone(tokens, hon); // "His Highness met with …"
            if (styledOne != null) {
                return person(tokens, i, hon.to(), styledOne, null, null, SURNAME_CONFIDENCE);
            }
            if (hon != null && hon.to() < tokens.size()) {
                int j = hon.to();
                EnPhrases.Hit<EnglishResources.Name> n = titles.capitalizedName(tokens, j);
                if (n != null && n.value().entityId().startsWith("person/")) {
                    styled.named(tokens, hon, n.value().entityId());
                    return person(tokens, j, n.to(), n.value().entityId(), null, null, 1.0);
                }
                String known = n == null && tokens.get(j).capitalized() && !tokens.get(j).breakBefore() ? shortNames.get(tokens.get(j).folded()) : null;
                if (known != null && (j + 1 >= tokens.size() || !tokens.get(j + 1).capitalized() || tokens.get(j + 1).breakBefore())) {
                    return person(tokens, j, j + 1, known, null, null, 1.0); // "Sheikh Meshal" after "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"
                }
            }
            EnPhrases.Hit<EnglishResources.Name> hit = titles.capitalizedName(tokens, i);
            if (hit == null) {
                int end = titleReader.newName(tokens, i);
                String spelled = end - i >= 2 && !caps ? res.personBySkeleton(tokens.subList(i, end).stream().map(EnToken::folded).toList()) : null;
                if (spelled != null) {
                    return person(tokens, i, end, spelled, null, null, SURNAME_CONFIDENCE);
                }
                return surname(tokens, i, caps);
            }
            String id = hit.value().entityId();
            // "according to Brazil's presidency": the source, not a place
            String prev = i > 1 && tokens.get(i - 2).folded().equals("according") ? "" : i > 0 ? tokens.get(i - 1).folded() : "";
            // "in Nairobi", "a Nairobi-based analyst": where something is or someone works, not who acts
            boolean located = placePrepositions.contains(prev) || EnPhrases.hyphenated(tokens, hit.to(), "based");
            EnPhrases.Hit<String> office = bareOffices.afterPossessive(tokens, hit.to(), id); // "Seoul's presidential office"
            if (office != null) {
                add(tokens, i, office.to(), office.value(), EnglishBareOffices.role(office.value()), 1.0, null, null);
                return office.to();
            }
            switch (hit.value().kind()) {
                case ADJECTIVE:
                    // "the French foreign ministry": the office speaks and acts as the state (state_offices.txt)
                    office = id.startsWith("state/") ? bareOffices.ofState(tokens, hit.to(), id) : null;
                    add(tokens, i, office != null ? office.to() : hit.to(), office != null ? office.value() : id,
                            office != null ? EnglishBareOffices.role(office.value()) : Role.ATTRIBUTE, 1.0, null, null);
                    return office != null ? office.to() : hit.to();
                case PLACE:
                    add(tokens, i, hit.to(), id, Role.PLACE, 1.0, null, null);
                    return hit.to();
                case CAPITAL:
                    if (located) {
                        add(tokens, i, hit.to(), Entity.capitalOf(id), Role.PLACE, 1.0, null, null);
                    } else {
                        add(tokens, i, hit.to(), id, Role.NAME, 1.0, null, null);
                    }
                    return hit.to();
                default:
                    Entity e = res.gazetteer.entity(id).orElse(null);
                    if (e != null && e.type() == EntityType.PERSON) {
                        return person(tokens, i, hit.to(), id, null, null, 1.0);
                    }
                    if (e != null && e.type() != EntityType.STATE && longerNames.tail(tokens, i, hit.to(), e)) {
                        return hit.to(); // "the Peace and Security Council": another body's name ends in the alias
                    }
                    boolean place = e != null && e.type() == EntityType.STATE && located;
                    add(tokens, i, hit.to(), id, place ? Role.PLACE : Role.NAME, 1.0, null, null);
                    groupings.named(e);
                    return hit.to();
            }
        }

        /** A surname alone: of a person this article named, else of the only such person in office. */
        int surname(List<EnToken> tokens, int i, boolean caps) {
            EnToken t = tokens.get(i);
            String id = res.calendarWord(tokens, i) ? null : shortNames.get(t.folded()); // "on Friday": no Godwin Friday
            double conf = 1.0;
            boolean inName = (i > 0 && tokens.get(i - 1).capitalized() && !tokens.get(i).breakBefore() && i > 1)
                    || (i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && !tokens.get(i + 1).breakBefore());
            if (id == null && !caps && !inName && t.text().length() > 2) {
                id = res.surnameHolder(t.folded(), date);
                id = id != null && res.namesake(doc.text(), t.text(), id) ? null : id; // "Tarek Mansour" named: not Sheikh Mansour
                conf = SURNAME_CONFIDENCE;
            }
            if (id == null) {
                return -1;
            }
            return person(tokens, i, i + 1, id, null, null, conf);
        }

        /** A person mention; their name's surname (and family name) may stand alone afterwards. */
        int person(List<EnToken> tokens, int from, int to, String id, String title, String affiliation, double conf) {
            Entity known = res.gazetteer.entity(id).orElse(null);
            if (known != null && longerNames.otherFamily(tokens, to, known)) {
                return to; // "Mohammed bin Mubarak Al-Khalifa": someone else than the known "Mohammed bin Mubarak"
            }
            String aff = affiliation;
            if (aff == null) {
                // the body the person acts for on the article's date (not a former office)
                aff = res.gazetteer.affiliationOn(id, date).orElse(null);
            }
            add(tokens, from, to, id, Role.NAME, conf, title, aff);
            if (to - from >= 2) {
                // the surname, and the first word: family names first ("Yoon"), or a given name
                // that Arabic and Malay names are known by ("Anwar", "Sheikh Mohammed")
                shortNames.putIfAbsent(tokens.get(from + res.surnameAt(tokens.subList(from, to).stream().map(EnToken::folded).toList())).folded(), id);
                // not an honorific ("Sheikh Tamim"): it stands before every sheikh's name
                if ((tokens.get(from).text().length() > 2 || res.familyNameFirst(id) || familyFirstLocal(id)) && honorifics.longestAt(tokens, from) == null) {
                    shortNames.putIfAbsent(tokens.get(from).folded(), id);
                }
            }
            if (title != null) {
                for (String role : res.gazetteer.officesOf(id).stream().filter(o -> date == null || o.heldOn(date))
                        .map(Entity.Office::role).toList()) {
                    byRole.putIfAbsent(role, id);
                }
            }
            remember(id);
            return to;
        }

        /** A person of the gazetteer met here: the surname of their English name may stand alone now. */
        void remember(String id) {
            Entity e = res.gazetteer.entity(id).orElse(null);
            if (e != null && e.labelEn() != null) {
                List<String> words = res.tokenizer.fold(e.labelEn());
                if (words.size() >= 2) {
                    shortNames.putIfAbsent(words.get(res.surnameAt(words)), id);
                    if (words.get(0).length() > 2 || res.familyNameFirst(id)) {
                        shortNames.putIfAbsent(words.get(0), id);
                    }
                }
            }
        }

        private boolean familyFirstLocal(String id) {
            Entity e = newEntities.get(id);
            return e != null && e.affiliationId() != null && res.familyNameFirst.contains(e.affiliationId().replace("state/", ""));
        }

        Entity newEntity(Entity e) {
            return newEntities.computeIfAbsent(e.id(), k -> e);
        }

        void add(List<EnToken> tokens, int from, int to, String entityId, Role role, double confidence, String title,
                 String affiliation) {
            int s = tokens.get(from).start();
            int e = tokens.get(to - 1).end();
            if (tokens.get(to - 1).possessive()) {
                e = tokens.get(Math.max(from, to - 2)).end();
            }
            mentions.add(new ActorMention(new org.hilf.annotate.Span(s, e), doc.text().substring(s, e), entityId, role, confidence,
                    title, affiliation));
        }

        private boolean allCaps(List<EnToken> tokens) {
            int letters = 0;
            int upper = 0;
            for (EnToken t : tokens) {
                for (int k = 0; k < t.text().length(); k++) {
                    char c = t.text().charAt(k);
                    if (Character.isLetter(c)) {
                        letters++;
                        upper += Character.isUpperCase(c) ? 1 : 0;
                    }
                }
            }
            return letters > 20 && upper * 10 > letters * 8;
        }
    }

    static String stateOf(Gazetteer g, String id) {
        return g.entity(id).map(e -> e.type() == EntityType.ORGANIZATION && e.countryId() != null && !g.isMovement(id) ? e.countryId() : id).orElse(id);
    }
}
