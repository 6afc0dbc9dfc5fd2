package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * What the English annotators share: the gazetteer, the tokenizer, the index of the gazetteer's
 * English names and the lexicons of {@code data/lexicon/en/}. Loaded once; immutable and thread-safe.
 */
public final class EnglishResources {
    /** An English form of an entity: its kind, and whether it is written in capitals (an acronym). */
    public record Name(String entityId, Gazetteer.FormKind kind, boolean acronym) { }

    public final Gazetteer gazetteer;
    public final EnglishTokenizer tokenizer = new EnglishTokenizer();
    public final EnPhrases<Name> names = new EnPhrases<>(true);
    /** Surname (folded) → people of the gazetteer whose English name ends (or, family name first, begins) with it. */
    private final Map<String, List<String>> surnames = new HashMap<>();
    /** data/lexicon/en/not_surnames.txt: "Friday", "May" alone name no one. */
    private final Set<String> notSurnames = Set.copyOf(Tsv.words("lexicon/en/not_surnames.txt"));
    public final Set<String> familyNameFirst;
    /** Lower-case words inside a name ("bin", "al"): data/lexicon/en/name_particles.txt. */
    public final Set<String> nameParticles;
    /** Words after a surname that end a name ("Jr."): data/lexicon/en/name_suffixes.txt. */
    private final Set<String> nameSuffixes;
    private final Map<String, List<Entity.Office>> officesByPerson = new HashMap<>();
    /** The people who held an office of a state of {@link #familyNameFirst}: computed once, asked for every name. */
    private final Set<String> familyNameFirstPeople = new HashSet<>();
    /** Skeletons of people's full English names → person ids ("Sergei Lavrov" and "Sergey Lavrov" share one). */
    private final Map<String, List<String>> skeletons = new HashMap<>();
    /** The folded words of each person's English names. */
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    /** Words of titles and honorifics (title_words.txt, roles.tsv's forms_en, honorifics.txt), folded: a phrase of actors extends back over them. */
    public final Set<String> titleWords;
    /** Verbs of report (report_verbs.txt: "said", "told"), folded: read once for the clause reader and the chunker. */
    final Set<String> reportVerbs;

    public EnglishResources(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.familyNameFirst = Set.copyOf(Tsv.words("lexicon/en/family_name_first.txt"));
        this.nameParticles = words("lexicon/en/name_particles.txt");
        this.nameSuffixes = words("lexicon/en/name_suffixes.txt");
        Set<String> tw = new HashSet<>(words("lexicon/en/title_words.txt"));
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            r.list("forms_en").forEach(f -> tw.addAll(tokenizer.fold(f)));
        }
        Tsv.words("lexicon/en/honorifics.txt").forEach(h -> tw.addAll(tokenizer.fold(h)));
        tw.add("'s");
        this.titleWords = Set.copyOf(tw);
        this.reportVerbs = words("lexicon/en/report_verbs.txt");
        for (Entity.Office o : gazetteer.offices()) {
            officesByPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
            if (familyNameFirst.contains(o.affiliationId().replace("state/", ""))) {
                familyNameFirstPeople.add(o.personId());
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/en/bodies.tsv")) {
            // a national body that speaks for its state: the state itself, in English articles only
            names.add(tokenizer.fold(r.required("form_en")), new Name(Gazetteer.stateId(r.required("state")), Gazetteer.FormKind.NAME, false));
        }
        for (Gazetteer.Form f : gazetteer.forms()) {
            if (!f.language().equals("en") || f.kind() == Gazetteer.FormKind.SHORT) {
                continue;
            }
            List<String> words = tokenizer.fold(f.text());
            if (words.isEmpty()) {
                continue;
            }
            boolean acronym = f.text().equals(f.text().toUpperCase(java.util.Locale.ROOT)) && f.text().length() <= 6;
            names.add(words, new Name(f.entityId(), f.kind(), acronym));
            int n = words.size();
            if (f.kind() == Gazetteer.FormKind.NAME && f.entityId().startsWith("person/") && n >= 5 && words.get(n - 2).equals("al")
                    && (words.contains("bin") || words.contains("bint") || words.contains("ibn"))) {
                // "Salman bin Abdulaziz Al Saud" is also written without the house: "King Salman bin Abdulaziz"
                names.add(words.subList(0, n - 2), new Name(f.entityId(), f.kind(), false));
            }
            if (f.entityId().startsWith("person/")) {
                nameWords.computeIfAbsent(f.entityId(), k -> new HashSet<>()).addAll(words);
            }
            if (f.kind() == Gazetteer.FormKind.NAME && f.entityId().startsWith("person/") && words.size() >= 2) {
                List<String> l = skeletons.computeIfAbsent(skeleton(words), k -> new ArrayList<>());
                if (!l.contains(f.entityId())) {
                    l.add(f.entityId());
                }
                addSurname(words.get(surnameAt(words)), f.entityId());
                if (familyNameFirst(f.entityId())) {
                    addSurname(words.get(0), f.entityId());
                }
            }
        }
    }

    /** Index of the surname among a name's folded words: the last word that is no suffix ("Marcos" of "Ferdinand Marcos Jr."). */
    public int surnameAt(List<String> folded) {
        int k = folded.size() - 1;
        while (k > 0 && nameSuffixes.contains(folded.get(k))) {
            k--;
        }
        return k;
    }

    private void addSurname(String w, String id) {
        if (w.length() < 2 || notSurnames.contains(w)) {
            return;
        }
        List<String> l = surnames.computeIfAbsent(w, k -> new ArrayList<>());
        if (!l.contains(id)) {
            l.add(id);
        }
    }

    /**
     * True when word i is a word of not_surnames.txt used as one ("on Friday", "in May", "May 5", "Friday's
     * talks"), not the surname of a person the article named ("Theresa May … May held talks"). Alone, such
     * a word never names a person the article has not named (not_surnames.txt keeps it out of the surnames).
     */
    public boolean calendarWord(List<EnToken> tokens, int i) {
        if (!notSurnames.contains(tokens.get(i).folded())) {
            return false;
        }
        boolean after = i > 0 && CALENDAR_BEFORE.contains(tokens.get(i - 1).folded());
        boolean before = i + 1 < tokens.size() && (Character.isDigit(tokens.get(i + 1).text().charAt(0)) || tokens.get(i + 1).possessive());
        return after || before;
    }

    /** Words before a day or month: "on Friday", "last May". */
    private static final Set<String> CALENDAR_BEFORE = Set.of("on", "in", "since", "until", "by", "last", "next", "this", "early",
            "late", "mid", "from", "to", "of", "every", "each", "that", "through");

    /** True when the person's name puts the family name first (by the state of their offices). */
    public boolean familyNameFirst(String personId) {
        return familyNameFirstPeople.contains(personId);
    }

    /**
     * True when the text names another person of this surname ("Tarek Mansour": a capitalized word
     * before it that is no title or honorific, no word of the holder's names, and not written in lower
     * case elsewhere in the text): the surname alone is then not the gazetteer's holder (Sheikh Mansour).
     */
    public boolean namesake(String text, String surname, String holderId) {
        Set<String> own = nameWords.getOrDefault(holderId, Set.of());
        // a plain search for the surname and a look at the word before it: this runs for every surname of a holder in office
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int from = end;
            while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
                from--;
            }
            if (end == at || from == end || !Character.isUpperCase(text.charAt(from))) {
                continue;
            }
            String w = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
            if (!own.contains(w) && !titleWords.contains(w) && !java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person of the gazetteer a surname alone names on {@code date}: the only one of that
     * surname in office then. Null when none or several are.
     */
    public String surnameHolder(String folded, LocalDate date) {
        List<String> ids = surnames.get(folded);
        if (ids == null || date == null) {
            return null;
        }
        String found = null;
        for (String id : ids) {
            boolean inOffice = officesByPerson.getOrDefault(id, List.of()).stream().anyMatch(o -> o.heldOn(date));
            if (inOffice) {
                if (found != null) {
                    return null;
                }
                found = id;
            }
        }
        return found;
    }

    /**
     * The one person of the gazetteer whose full name has the same skeleton as these words, as
     * transliterations vary ("Zelenskiy"/"Zelensky", "Sergei"/"Sergey"): null when none or several.
     */
    public String personBySkeleton(List<String> folded) {
        List<String> ids = skeletons.get(skeleton(folded));
        return ids != null && ids.size() == 1 ? ids.get(0) : null;
    }

    /** Compiled once: skeleton runs for every word of every English name of the gazetteer. */
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");

    /** Lower case, y as i, no vowels after the first letter, no doubled letters. */
    static String skeleton(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String x = NOT_A_TO_Z.matcher(w.replace('y', 'i')).replaceAll("");
            if (x.isEmpty()) {
                continue;
            }
            sb.append(' ').append(x.charAt(0));
            char last = x.charAt(0);
            for (int i = 1; i < x.length(); i++) {
                char c = x.charAt(i);
                if ("aeiou".indexOf(c) < 0 && c != last) {
                    sb.append(c);
                }
                last = c;
            }
        }
        return sb.toString();
    }

    /** An entity of the gazetteer or one first met in this article, or null. */
    public Entity entity(AnnotatedArticle doc, String id) { return gazetteer.entity(doc, id); }

    public boolean isType(AnnotatedArticle doc, String id, EntityType type) {
        Entity e = entity(doc, id);
        return e != null && e.type() == type;
    }

    /** A word list as folded phrases. */
    public EnPhrases<Boolean> phrases(String path) {
        EnPhrases<Boolean> p = new EnPhrases<>(false);
        for (String w : Tsv.words(path)) {
            p.add(tokenizer.fold(w), Boolean.TRUE);
        }
        return p;
    }

    /** A word list as a set of folded single words. */
    public Set<String> words(String path) {
        Set<String> out = new HashSet<>();
        for (String w : Tsv.words(path)) {
            out.add(String.join(" ", tokenizer.fold(w)));
        }
        return Set.copyOf(out);
    }

    /**
     * The state of the place named right after "in" at word {@code k} ("the presidential office in Seoul",
     * "a spokesperson in Abuja"): a capital's form stands for its state; with {@code capitalsOnly} false a
     * city's country too. The hit spans the place's words; null when none.
     */
    EnPhrases.Hit<String> stateAfterIn(List<EnToken> tokens, int k, boolean capitalsOnly) {
        if (k + 1 >= tokens.size() || !tokens.get(k).folded().equals("in") || tokens.get(k).commaBefore() || tokens.get(k + 1).commaBefore()) {
            return null;
        }
        EnPhrases.Hit<Name> n = names.longestAt(tokens, k + 1);
        if (n == null) {
            return null;
        }
        if (n.value().kind() == Gazetteer.FormKind.CAPITAL) {
            return new EnPhrases.Hit<>(n.value().entityId(), k + 1, n.to()); // a capital's form is its state's
        }
        Entity e = capitalsOnly ? null : gazetteer.entity(n.value().entityId()).orElse(null);
        String country = e == null || e.type() != EntityType.PLACE ? null : e.countryId();
        return country == null ? null : new EnPhrases.Hit<>(stateIdOf(country), k + 1, n.to());
    }

    /** A place's country as a state id ("JP" or "state/JP" → "state/JP"), or null. */
    static String stateIdOf(String country) {
        return country == null ? null : country.startsWith("state/") ? country : Gazetteer.stateId(country);
    }

    /** True for an article the English annotators read. */
    public static boolean english(AnnotatedArticle doc) { return "en".equals(doc.article().language()); }

    /**
     * "Kuwait's Emir Sheikh Sabah al-Ahmad al-Sabah": the holder of one of {@code roles} on {@code date} whose name
     * begins and ends with the words of {@code name} (folded), or null; a shared given name alone is no one ("Badr").
     */
    String holderNamed(List<String> roles, String affiliationId, LocalDate date, List<String> name) {
        return date == null ? null : roles.stream().map(r -> gazetteer.holder(r, affiliationId, date).orElse(null)).filter(e -> e != null
                && e.labelEn() != null && tokenizer.fold(e.labelEn()).get(0).equals(name.get(0))
                && tokenizer.fold(e.labelEn()).get(tokenizer.fold(e.labelEn()).size() - 1).equals(name.get(name.size() - 1)))
                .map(Entity::id).findFirst().orElse(null);
    }
}
