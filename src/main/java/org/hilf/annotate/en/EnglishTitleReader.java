package org.hilf.annotate.en;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Tsv;

/**
 * The people titles name in one English article: "Japanese Prime Minister Fumio Kishida" (a known
 * person, acting for the title's body), "Oman's Foreign Minister Badr Albusaidi" and "Badr
 * Albusaidi, Oman's foreign minister" (a new person of that name and affiliation: the same name
 * and affiliation give the same id in every article), "the Japanese prime minister" or "NATO
 * chief" alone (whoever held the office on the article's date), and "a South Korean presidential
 * official" (an unnamed official of that state, for the article). A deputy's or a former holder's
 * title names no holder. Not thread-safe: one per article.
 */
final class EnglishTitleReader {
    /** Confidence of a person named only by a title and resolved through the terms of office. */
    static final double TITLE_CONFIDENCE = 0.8;
    /** Function words and nouns of bodies that end a new name ({@code data/lexicon/en/not_names.txt}). */
    private static final Set<String> NOT_NAMES = Set.copyOf(Tsv.words("lexicon/en/not_names.txt"));

    private final EnglishResources res;
    private final EnglishTitles titles;
    private final EnglishActorRecognizer.EnglishPass pass;
    private final EnglishHomeState home;
    private final EnPhrases<Boolean> honorifics;

    /** {@code honorifics}: the recognizer's, read once (reading the list per article was a twentieth of the English annotation time). */
    EnglishTitleReader(EnglishResources res, EnglishTitles titles, EnPhrases<Boolean> honorifics, EnglishActorRecognizer.EnglishPass pass) {
        this.res = res;
        this.titles = titles;
        this.pass = pass;
        this.home = new EnglishHomeState(res, pass.doc);
        this.honorifics = honorifics;
    }

    /** The title (and the person it names) at word i; returns the word after it, or -1. */
    int title(List<EnToken> tokens, int i) {
        int plural = holders(tokens, i);
        if (plural > 0) {
            return plural;
        }
        int app = apposition(tokens, i);
        if (app > 0) {
            return app;
        }
        EnglishTitles.Title t = titles.matchAt(tokens, i, k -> pass.groupings.at(tokens, k));
        if (t == null) {
            return occupation(tokens, i);
        }
        String aff = t.affiliationId() == null ? null : EnglishActorRecognizer.stateOf(res.gazetteer, t.affiliationId());
        boolean elect = EnglishTitles.electAt(tokens, t.to());
        int j = elect ? t.to() + 1 : t.to();
        String titleText = text(tokens, t.from(), j);
        while (j < tokens.size() && !tokens.get(j).breakBefore()) {
            EnPhrases.Hit<Boolean> h = honorificAt(tokens, j);
            if (h == null) {
                break;
            }
            j = h.to();
        }
        // "Oman's foreign minister, Badr Albusaidi," : a comma may stand before the name in apposition
        int n = j < tokens.size() && tokens.get(j).gap().strip().equals(",") ? j : -1;
        int start = j;
        if (start < tokens.size() && !(tokens.get(start).breakBefore() && n < 0)) {
            EnPhrases.Hit<EnglishResources.Name> known = titles.capitalizedName(tokens, start);
            if (known != null && known.value().entityId().startsWith("person/")) {
                home.namedBare(aff == null ? known.value().entityId() : null, pass.date); // "Prime Minister Narendra Modi": the outlet's own leader
                return pass.person(tokens, start, known.to(), known.value().entityId(), titleText, aff, 1.0);
            }
            int end = newName(tokens, start);
            if (end == start + 1) {
                String local = pass.shortNames.get(tokens.get(start).folded());
                if (local == null) {
                    local = res.surnameHolder(tokens.get(start).folded(), pass.date);
                }
                if (local != null) {
                    return pass.person(tokens, start, end, local, titleText, aff, 1.0);
                }
            }
            String spelled = end - start >= 2 ? res.personBySkeleton(tokens.subList(start, end).stream().map(EnToken::folded).toList()) : null;
            spelled = spelled != null || end - start < 2 || aff == null ? spelled : res.holderNamed(t.roles(), t.affiliationId(), pass.date,
                    tokens.subList(start, end).stream().map(EnToken::folded).toList());
            if (spelled != null) {
                return pass.person(tokens, start, end, spelled, titleText, aff, EnglishActorRecognizer.SURNAME_CONFIDENCE);
            }
            boolean closed = n < 0 || end >= tokens.size() || tokens.get(end).breakBefore();
            if (end > start && closed && (!t.official() || end - start >= 2)) {
                String home = aff != null ? aff : this.home.of(tokens, t.from(), pass.mentions);
                Entity p = newPerson(tokens, start, end, titleText, home);
                return pass.person(tokens, start, end, p.id(), titleText, home, 1.0);
            }
        }
        if (elect || titles.subordinate(tokens, t)) {
            return j; // "the President-elect said": not the holder of the office
        }
        if (aff == null) {
            // "the crown prince said": the holder of that office this article has named
            boolean definite = t.from() > 0 && tokens.get(t.from() - 1).folded().equals("the");
            String earlier = definite ? t.roles().stream().map(pass.byRole::get).filter(java.util.Objects::nonNull).findFirst().orElse(null) : null;
            if (earlier != null) {
                pass.add(tokens, t.from(), t.to(), earlier, Role.NAME, TITLE_CONFIDENCE, titleText, null);
            }
            return t.to();
        }
        boolean shared = pass.date != null && t.roles().stream().anyMatch(role -> res.gazetteer.shared(role, aff, pass.date));
        if (t.official() || t.indefinite() || shared) { // "a Chinese official"; "the UN envoy" of an office several hold: an unnamed one
            Entity p = pass.newEntity(new Entity(EnglishTitles.UNNAMED + hash(pass.doc.article().key() + "|" + aff + "|"
                    + titleText.toLowerCase(Locale.ROOT)), EntityType.PERSON, null, titleText, null, null, null, aff, titleText));
            pass.add(tokens, t.from(), t.to(), p.id(), Role.NAME, TITLE_CONFIDENCE, titleText, aff);
            return t.to();
        }
        for (String role : pass.date == null ? List.<String>of() : t.roles()) {
            Entity holder = res.gazetteer.holder(role, t.affiliationId(), pass.date).orElse(null);
            if (holder != null) {
                pass.add(tokens, t.from(), t.to(), holder.id(), Role.NAME, TITLE_CONFIDENCE, titleText, t.affiliationId());
                pass.remember(holder.id());
                return t.to();
            }
        }
        return t.to();
    }

    /**
     * A person introduced by a function no list names, after the possessive of a state or body:
     * "Japan's top tariff negotiator Ryosei Akazawa", "China's special representative for Eurasian
     * affairs, Li Hui". The name must follow the words of the function directly or after a comma,
     * and be closed by punctuation or a verb. Returns the word after the name, or -1.
     */
    private int occupation(List<EnToken> tokens, int i) {
        EnPhrases.Hit<EnglishResources.Name> body = titles.capitalizedName(tokens, i);
        if (body == null || body.value().kind() == org.hilf.annotate.Gazetteer.FormKind.ADJECTIVE
                || body.value().entityId().startsWith("person/") || body.to() >= tokens.size() || !tokens.get(body.to()).possessive()) {
            return -1;
        }
        int j = body.to() + 1;
        int lower = 0;
        while (j < tokens.size() && j - body.to() <= OCCUPATION_WORDS && !tokens.get(j).breakBefore()
                && (!tokens.get(j).capitalized() || (j + 1 < tokens.size() && !tokens.get(j + 1).capitalized()))) {
            lower += tokens.get(j).capitalized() ? 0 : 1;
            j++;
        }
        if (lower == 0 || j >= tokens.size()) {
            return -1;
        }
        boolean comma = tokens.get(j).gap().strip().equals(",");
        int end = newName(tokens, j);
        boolean closed = end >= tokens.size() || tokens.get(end).breakBefore() || (!comma && !tokens.get(end).capitalized());
        if (end - j < 2 || !closed) {
            return -1;
        }
        String aff = EnglishActorRecognizer.stateOf(res.gazetteer, body.value().entityId());
        String titleText = text(tokens, i, j);
        String known = res.personBySkeleton(tokens.subList(j, end).stream().map(EnToken::folded).toList());
        String id = known != null ? known : newPerson(tokens, j, end, titleText, aff).id();
        return pass.person(tokens, j, end, id, titleText, aff, 1.0);
    }

    /**
     * "the defence ministers of the United States, Britain and Australia": each state's holder of the
     * office on the article's date, named where the state is. Returns the word after the list, or -1
     * when a state has no known holder (the states are then read as themselves).
     */
    private int holders(List<EnToken> tokens, int i) {
        EnPhrases.Hit<String> office = pass.date == null ? null : titles.pluralAt(tokens, i);
        if (office == null || office.to() + 1 >= tokens.size() || !tokens.get(office.to()).folded().equals("of")) {
            return -1;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> states = new ArrayList<>();
        int k = office.to() + 1;
        while (k < tokens.size()) {
            k += tokens.get(k).folded().equals("the") ? 1 : 0;
            EnPhrases.Hit<EnglishResources.Name> n = k < tokens.size() ? titles.capitalizedName(tokens, k) : null;
            Entity state = n == null ? null : res.gazetteer.entity(n.value().entityId()).filter(e -> e.type() == EntityType.STATE).orElse(null);
            Entity holder = state == null ? null : res.gazetteer.holder(office.value(), state.id(), pass.date).orElse(null);
            if (holder == null) {
                return -1;
            }
            spans.add(new int[] {k, n.to()});
            ids.add(holder.id());
            states.add(state.id());
            k = n.to();
            boolean more = k < tokens.size() && (tokens.get(k).commaBefore() || tokens.get(k).folded().equals("and"));
            if (!more) {
                break;
            }
            k += tokens.get(k).folded().equals("and") ? 1 : 0;
        }
        String titleText = text(tokens, i, office.to());
        for (int j = 0; j < ids.size(); j++) {
            pass.add(tokens, spans.get(j)[0], spans.get(j)[1], ids.get(j), Role.NAME, TITLE_CONFIDENCE, titleText, states.get(j));
            pass.remember(ids.get(j));
        }
        return spans.get(spans.size() - 1)[1];
    }

    /** Words of a function between a possessive and a name at most ("top tariff negotiator"). */
    private static final int OCCUPATION_WORDS = 6;

    /** "Badr Albusaidi, Oman's foreign minister": a new name, a comma, a title with its body. */
    private int apposition(List<EnToken> tokens, int i) {
        if (!tokens.get(i).capitalized() || titles.capitalizedName(tokens, i) != null || pass.shortNames.containsKey(tokens.get(i).folded())) {
            return -1;
        }
        int end = newName(tokens, i);
        if (end - i < 2 || end >= tokens.size() || !tokens.get(end).gap().strip().equals(",")) {
            return -1;
        }
        int k = end < tokens.size() && (tokens.get(end).folded().equals("the") || tokens.get(end).folded().equals("a")) ? end + 1 : end;
        EnglishTitles.Title t = k < tokens.size() ? titles.matchAt(tokens, k, x -> pass.groupings.at(tokens, x)) : null;
        if (t == null || t.affiliationId() == null || t.official() && !t.portfolio() || titles.subordinate(tokens, t) || titlesNext(tokens, t.to())) {
            return t == null ? EnglishCommentators.at(this, pass, tokens, i, end) : -1; // "Kabiru Adamu, a security analyst": an occupation
        }
        String aff = EnglishActorRecognizer.stateOf(res.gazetteer, t.affiliationId());
        String titleText = text(tokens, t.from(), t.to());
        Entity p = newPerson(tokens, i, end, titleText, aff);
        pass.person(tokens, i, end, p.id(), titleText, aff, 1.0);
        return t.to();
    }

    /** "Yemen's Abedrabbo Mansour Hadi, Kuwait's Emir Sheikh Sabah": a name right after the title is the one it names, in a list. */
    private boolean titlesNext(List<EnToken> tokens, int k) {
        return k < tokens.size() && tokens.get(k).capitalized() && !tokens.get(k).breakBefore()
                && (honorificAt(tokens, k) != null || titles.capitalizedName(tokens, k) != null || newName(tokens, k) - k >= 2);
    }

    /**
     * The end of a new name at word j: 1–4 capitalized words that are not known names or function
     * words; a particle between two of them ("Salman bin Abdulaziz", "Sabah al-Ahmad") is part of the name.
     */
    int newName(List<EnToken> tokens, int j) {
        int k = j;
        int words = 0;
        while (k < tokens.size() && words < 4) {
            EnToken t = tokens.get(k);
            boolean particle = k > j && k + 1 < tokens.size() && res.nameParticles.contains(t.folded()) && !tokens.get(k + 1).breakBefore()
                    && tokens.get(k + 1).capitalized() && !t.breakBefore();
            if (k == j || !t.gap().equals("-") && !particle) {
                words++; // "Al-Sabah" is one word of a name
            }
            boolean hyphenated = k > j && t.gap().equals("-"); // "Kang Yu-jung"
            if ((k > j && t.breakBefore()) || (!t.capitalized() && !hyphenated && !particle) || Character.isDigit(t.text().charAt(0))
                    || NOT_NAMES.contains(t.folded()) && !(k > j && res.nameParticles.contains(tokens.get(k - 1).folded())) // "Al Said"
                    || t.possessive() || titles.capitalizedName(tokens, k) != null || honorificAt(tokens, k) != null
                    || t.text().length() < 2) {
                break;
            }
            k++;
        }
        return k;
    }

    private EnPhrases.Hit<Boolean> honorificAt(List<EnToken> tokens, int j) {
        return tokens.get(j).capitalized() ? honorifics.longestAt(tokens, j) : null;
    }

    /** A person first met here, by name and affiliation: "person/en-" + a hash of both. */
    Entity newPerson(List<EnToken> tokens, int from, int to, String title, String aff) {
        String name = text(tokens, from, to);
        String id = "person/en-" + hash(String.join(" ", tokens.subList(from, to).stream().map(EnToken::folded).toList()) + "|" + (aff == null ? "" : aff));
        return pass.newEntity(new Entity(id, EntityType.PERSON, null, name, null, null, null, aff, title));
    }

    private String text(List<EnToken> tokens, int from, int to) {
        return pass.doc.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
