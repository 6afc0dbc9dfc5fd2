package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * Finds English titles that name a person by office: a form of {@code data/lexicon/roles.tsv}
 * (column forms_en: "Prime Minister", "defense secretary", "top diplomat", "chief"), or a noun of
 * {@code unnamed_officials.txt} ("official", "spokesperson"), with the state or body it belongs to
 * when the text says so: an adjective ("Japanese Prime Minister", "South Korean presidential
 * official"), a possessive ("Oman's Foreign Minister", "Tokyo's top diplomat", "the alliance's
 * chief"), a name ("NATO Secretary-General", "U.S. defense secretary") or a prepositional phrase
 * after it ("Secretary-General of NATO"). Immutable and thread-safe.
 */
final class EnglishTitles {
    /** Words that may stand between the body and the office ("a South Korean presidential official"). */
    private static final Set<String> MODIFIERS = Set.of("presidential", "presidency", "diplomatic", "embassy", "government", "senior", "foreign", "ministry", "defense",
            "defence", "military", "white", "house", "top", "new", "acting", "former", "then", "interim", "chief");
    static final String OFFICIAL = "official";
    /**
     * The role of a minister named by portfolio ("Commerce Minister", "Minister of State for Foreign
     * Trade"): like an official, the title names a person only with a name; no holder is looked up.
     */
    static final String PORTFOLIO = "minister";
    /** How a portfolio makes a title: "{p}" stands for each line of portfolios.txt. */
    private static final List<String> PORTFOLIO_TITLES = List.of("{p} minister", "minister of {p}", "minister for {p}",
            "minister of state for {p}", "coordinating minister for {p}", "{p} secretary", "secretary of {p}");
    /** The id prefix of an official the text names only by office ("a ministry spokesperson"). */
    static final String UNNAMED = "person/en-official-";

    /**
     * The events without the officials the text names only by an indefinite office ("met al-Jubeir
     * and Kuwaiti officials", "the first visit by a Saudi foreign minister", "an Elysee official
     * said"): they speak in statements, but in an event their state or body, which the event keeps,
     * is the side, not some unknown person of it.
     */
    static List<org.hilf.annotate.EventMention> withoutUnnamed(List<org.hilf.annotate.EventMention> events) {
        List<org.hilf.annotate.EventMention> out = new ArrayList<>(events.size());
        for (org.hilf.annotate.EventMention e : events) {
            if (e.participants().stream().noneMatch(p -> p.startsWith(UNNAMED))) {
                out.add(e);
                continue;
            }
            java.util.Set<String> ps = new java.util.LinkedHashSet<>(e.participants());
            ps.removeIf(p -> p.startsWith(UNNAMED));
            out.add(e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
        }
        return out;
    }

    /**
     * A title: words [from, to).
     *
     * @param roles         role keys of roles.tsv the form may stand for, or [{@link #OFFICIAL}]
     * @param affiliationId the state or body the title names, or null
     * @param indefinite    "a"/"an" stands before it: some holder of such an office, not the one
     */
    record Title(List<String> roles, String affiliationId, int from, int to, boolean indefinite) {
        boolean official() { return roles.contains(OFFICIAL) || portfolio(); }

        /** A minister by portfolio: named only with a name, and no holder looked up. */
        boolean portfolio() { return roles.equals(List.of(PORTFOLIO)); }
    }

    private final EnglishResources res;
    private final EnPhrases<String> forms = new EnPhrases<>(true);
    /** The forms in the plural ("defence ministers", "defense secretaries") → role. */
    private final EnPhrases<String> plurals = new EnPhrases<>(true);
    /** data/lexicon/en/office_extensions.txt: "chief negotiator", "chief of staff". */
    private final EnPhrases<String> extensions = new EnPhrases<>(true);

    EnglishTitles(EnglishResources res) {
        this.res = res;
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            for (String f : r.list("forms_en")) {
                forms.add(res.tokenizer.fold(f), r.required("role"));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            for (String f : r.list("forms_en")) {
                List<String> words = new ArrayList<>(res.tokenizer.fold(f));
                String last = words.get(words.size() - 1);
                words.set(words.size() - 1, last.endsWith("y") ? last.substring(0, last.length() - 1) + "ies" : last + "s");
                plurals.add(words, r.required("role"));
            }
        }
        for (String w : Tsv.words("lexicon/en/office_extensions.txt")) {
            extensions.add(res.tokenizer.fold(w), w);
        }
        for (String w : Tsv.words("lexicon/en/unnamed_officials.txt")) {
            forms.add(res.tokenizer.fold(w), OFFICIAL);
        }
        for (String p : Tsv.words("lexicon/en/portfolios.txt")) {
            for (String t : PORTFOLIO_TITLES) {
                forms.add(res.tokenizer.fold(t.replace("{p}", p)), PORTFOLIO);
            }
        }
    }

    /** The longest title starting at word i, or null; {@code anaphora} resolves "the alliance" (or null). */
    /**
     * "Indonesian President-elect": "-elect" right after a title at word {@code j}. The elect holds no
     * office yet, so the title is never today's holder's; it is the title of the name after it.
     */
    static boolean electAt(List<EnToken> tokens, int j) {
        return EnPhrases.hyphenated(tokens, j, "elect");
    }

    private static final Set<String> SUBORDINATE = Set.of("deputy", "vice", "former", "ex", "assistant", "then", "late", "acting", "previous",
            "predecessor", "next", "new", "incoming", "outgoing");

    /**
     * "a former official", "the new prime minister": a word of SUBORDINATE up to two words before the title or in it, not
     * across a comma ("next week, Indian officials said"), nor inside a name of the gazetteer ("a New Zealand official").
     */
    boolean subordinate(List<EnToken> tokens, Title t) {
        int from = t.from();
        while (from > 0 && t.from() - from < 2 && !tokens.get(from).commaBefore()) {
            from--;
        }
        for (int k = from; k < t.to(); k++) {
            EnPhrases.Hit<EnglishResources.Name> name = capitalizedName(tokens, k);
            if (name != null && name.to() - k > 1) {
                k = name.to() - 1;
                continue;
            }
            String w = tokens.get(k).folded();
            if (SUBORDINATE.contains(w) || w.startsWith("ex-") || w.startsWith("vice-")) {
                return true;
            }
        }
        return false;
    }

    Title matchAt(List<EnToken> tokens, int i, Function<Integer, EnPhrases.Hit<String>> anaphora) {
        boolean indefinite = i > 0 && tokens.get(i - 1).indefinite();
        // a body before the office: "Japanese", "Oman's", "NATO", "the alliance's"
        String aff = null;
        int k = i;
        EnPhrases.Hit<EnglishResources.Name> name = capitalizedName(tokens, i);
        if (name != null && name.value().kind() != Gazetteer.FormKind.PLACE && !isPerson(name.value().entityId())) {
            int after = name.to();
            boolean poss = after < tokens.size() && tokens.get(after).possessive();
            if (name.value().kind() == Gazetteer.FormKind.ADJECTIVE || name.value().kind() == Gazetteer.FormKind.NAME || poss) {
                aff = name.value().entityId();
                k = poss ? after + 1 : after;
            }
        } else {
            EnPhrases.Hit<String> ana = anaphora.apply(i);
            if (ana != null && ana.to() < tokens.size() && tokens.get(ana.to()).possessive()) {
                aff = ana.value();
                k = ana.to() + 1;
            }
        }
        int m = k;
        while (m < tokens.size() && m - k < 3 && (m == i || !tokens.get(m).breakBefore()) && MODIFIERS.contains(tokens.get(m).folded()) && !forms.startsAt(tokens, m)) {
            m++;
        }
        List<String> roles = new ArrayList<>();
        int end = -1;
        for (int start : new int[] {k, m}) {
            if (start < tokens.size() && (start == i || !tokens.get(start).breakBefore())) {
                for (EnPhrases.Hit<String> h : forms.at(tokens, start)) {
                    if (end < 0 || h.to() == end) {
                        end = h.to();
                        if (!roles.contains(h.value())) {
                            roles.add(h.value());
                        }
                    }
                }
            }
            if (end > 0) {
                break;
            }
        }
        if (end < 0 || extended(tokens, end)) {
            return null;
        }
        if (aff == null && k == i) {
            // "Secretary-General of NATO", "prime minister of Japan"
            int p = end;
            if (p + 1 < tokens.size() && (tokens.get(p).folded().equals("of") || tokens.get(p).folded().equals("for"))) {
                int q = tokens.get(p + 1).folded().equals("the") ? p + 2 : p + 1;
                EnPhrases.Hit<EnglishResources.Name> n = q < tokens.size() ? capitalizedName(tokens, q) : null;
                if (n != null && n.value().kind() == Gazetteer.FormKind.NAME && !isPerson(n.value().entityId())) {
                    return new Title(roles, n.value().entityId(), i, n.to(), indefinite);
                }
            }
        }
        // "a presidency spokesperson in Abuja", "officials in Seoul": the capital's state is the official's
        EnPhrases.Hit<String> capital = aff == null && roles.contains(OFFICIAL) ? res.stateAfterIn(tokens, end, true) : null;
        if (capital != null) {
            return new Title(roles, capital.value(), i, capital.to(), indefinite);
        }
        if (aff == null && roles.equals(List.of(OFFICIAL))) {
            return null; // "officials" alone name no one
        }
        if (aff != null && roles.equals(List.of(OFFICIAL)) && i > 0 && tokens.get(i - 1).folded().equals("top")) {
            // "the top U.S. diplomat": a form whose first word stands before the body ("top diplomat")
            List<EnToken> form = new ArrayList<>(List.of(tokens.get(i - 1)));
            form.addAll(tokens.subList(k == i ? m : Math.max(k, m), end));
            EnPhrases.Hit<String> h = forms.longestAt(form, 0);
            if (h != null && h.to() == form.size()) {
                return new Title(List.of(h.value()), aff, i - 1, end, i > 1 && tokens.get(i - 2).folded().matches("an?"));
            }
        }
        return new Title(roles, aff, i, end, indefinite);
    }

    /** "the Houthis' chief negotiator": a word of office_extensions.txt after a title ending in "chief" or "head" at {@code end}. */
    private boolean extended(List<EnToken> tokens, int end) {
        String last = tokens.get(end - 1).folded();
        return end < tokens.size() && (last.equals("chief") || last.equals("head")) && extensions.longestAt(tokens, end) != null;
    }

    /**
     * The person the article last named with a title whose last word is {@code head} ("a senior Saudi
     * official", "spokesman Lin Jian"), for "the official said", "the spokesman added"; null when none.
     */
    static String lastTitled(List<ActorMention> mentions, String head) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            String[] words = m.title() == null ? new String[0] : m.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            if (m.entityId().startsWith("person/") && words.length > 0 && words[words.length - 1].equals(head)) {
                return m.entityId();
            }
        }
        return null;
    }

    /** True for an official the text names only by office. */
    static boolean unnamed(String id) { return id.startsWith(UNNAMED); }

    /** An office in the plural at word i ("the defence ministers of …"), or null. */
    EnPhrases.Hit<String> pluralAt(List<EnToken> tokens, int i) { return plurals.longestAt(tokens, i); }

    /** A gazetteer name at word i written as a name: capitalized, an acronym in capitals. */
    EnPhrases.Hit<EnglishResources.Name> capitalizedName(List<EnToken> tokens, int i) {
        EnToken t = tokens.get(i);
        if (!t.capitalized()) {
            return null;
        }
        for (EnPhrases.Hit<EnglishResources.Name> h : res.names.at(tokens, i)) {
            if (!h.value().acronym() || t.text().length() < 2 || t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                    || h.value().entityId().startsWith("org/")) {
                return h;
            }
        }
        return null;
    }

    private boolean isPerson(String id) {
        return res.gazetteer.entity(id).map(e -> e.type() == EntityType.PERSON).orElse(false);
    }
}
