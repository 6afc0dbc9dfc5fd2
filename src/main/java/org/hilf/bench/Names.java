package org.hilf.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * How the synthetic articles name the gazetteer's actors in Arabic and English, the way wire news
 * does: a title and the full name at a person's first mention, the surname afterwards; a state
 * by its name, adjective or capital; a body by its usual short name. Titles come from
 * {@code data/benchmark/titles.tsv}; everything else from the gazetteer's labels and forms.
 */
final class Names {
    /** The ways to title a holder of one office. */
    record Title(String en, String ar, String constructAr) { }

    /** English state names said with "the". */
    private static final Set<String> WITH_THE = Set.of("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
            "Comoros", "Seychelles", "Vatican City", "Holy See");
    /** States whose people's names in English put the family name first ("Xi Jinping" → "Xi"). */
    private static final Set<String> FAMILY_FIRST = Set.of("state/CN", "state/KR", "state/KP", "state/TW", "state/VN",
            "state/HK", "state/MO", "state/KH", "state/HU");

    private final Gazetteer gazetteer;
    private final Map<String, Title> titles;
    /** Forms by "id|language|kind", in the gazetteer's order (its first is the usual one). */
    private final Map<String, List<String>> forms = new HashMap<>();

    Names(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, Title> t = new HashMap<>();
        for (Tsv.Row row : Tsv.read("benchmark/titles.tsv")) {
            t.put(row.required("role"), new Title(row.required("title_en"), row.get("title_ar"), row.get("construct_ar")));
        }
        this.titles = Map.copyOf(t);
        for (Gazetteer.Form f : gazetteer.forms()) {
            forms.computeIfAbsent(f.entityId() + "|" + f.language() + "|" + f.kind(), k -> new java.util.ArrayList<>()).add(f.text());
        }
    }

    /** The offices the templates can title. */
    Set<String> roles() { return titles.keySet(); }

    Gazetteer gazetteer() { return gazetteer; }

    /** The entity's label in the language, or in the other one when it has none; null for an unknown id. */
    String label(String id, String language) {
        Entity e = gazetteer.entity(id).orElse(null);
        if (e == null) {
            return null;
        }
        String mine = "ar".equals(language) ? e.labelAr() : e.labelEn();
        return mine != null ? mine : ("ar".equals(language) ? e.labelEn() : e.labelAr());
    }

    /** True when the entity has a label in the language (an article never names someone in the other script). */
    boolean hasLabel(String id, String language) {
        Entity e = gazetteer.entity(id).orElse(null);
        return e != null && ("ar".equals(language) ? e.labelAr() : e.labelEn()) != null;
    }

    /** A person's name alone, as later mentions give it. */
    String surname(Entity.Office office, String language) {
        String full = label(office.personId(), language);
        if ("ar".equals(language)) {
            List<String> shorts = forms.get(office.personId() + "|ar|" + Gazetteer.FormKind.SHORT);
            return shorts == null ? full : shorts.get(0);
        }
        String[] words = full.split(" ");
        return FAMILY_FIRST.contains(office.affiliationId()) ? words[0] : words[words.length - 1];
    }

    /** A state or body as a noun phrase of running text ("the United States", "NATO", "اليابان"). */
    String body(String id, String language) {
        if ("ar".equals(language)) {
            return label(id, language);
        }
        String acronym = acronym(id);
        if (acronym != null) {
            return acronym.length() <= 2 ? "the " + acronym : acronym;
        }
        String name = label(id, language);
        boolean state = id.startsWith("state/");
        boolean the = !state || name.startsWith("United ") || name.endsWith("Republic") || name.endsWith("Islands")
                || WITH_THE.contains(name);
        return the ? "the " + name : name;
    }

    /** A body's English acronym ("NATO", "EU"), if the gazetteer gives one; null for states. */
    private String acronym(String id) {
        if (id.startsWith("state/")) {
            return null;
        }
        for (String f : forms.getOrDefault(id + "|en|" + Gazetteer.FormKind.NAME, List.of())) {
            if (f.length() <= 6 && f.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return f;
            }
        }
        return null;
    }

    /** The capital of a state, or null when the gazetteer gives none (or the id is a body). */
    String capital(String stateId, String language) {
        List<String> c = forms.get(stateId + "|" + language + "|" + Gazetteer.FormKind.CAPITAL);
        return c == null ? null : c.get(0);
    }

    private String adjective(String stateId, String language) {
        List<String> a = forms.get(stateId + "|" + language + "|" + Gazetteer.FormKind.ADJECTIVE);
        return a == null ? null : a.get(0);
    }

    /** A person's first mention: title and full name ("Japanese Foreign Minister Yoshimasa Hayashi"). */
    String titled(Entity.Office office, String language, Random random) {
        Title t = titles.get(office.role());
        String name = label(office.personId(), language);
        String body = body(office.affiliationId(), language);
        String adjective = adjective(office.affiliationId(), language);
        if ("en".equals(language)) {
            if (random.nextInt(4) == 0) {
                return name + ", " + body + "'s " + t.en().toLowerCase(java.util.Locale.ROOT) + ",";
            }
            String before = adjective != null ? adjective : (body.startsWith("the ") ? body.substring(4) : body);
            return before + " " + t.en() + " " + name;
        }
        boolean state = office.affiliationId().startsWith("state/");
        boolean construct = t.constructAr() != null && (t.ar() == null || random.nextBoolean() || (state && adjective == null));
        if (construct) {
            return t.constructAr() + " " + body + " " + name;
        }
        return t.ar() + " " + (adjective != null ? "ال" + adjective : lam(body)) + " " + name;
    }

    /** The preposition ل joined to an Arabic noun phrase ("الأمم المتحدة" → "للأمم المتحدة"). */
    static String lam(String phrase) {
        return phrase.startsWith("ال") ? "لل" + phrase.substring(2) : "ل" + phrase;
    }
}
