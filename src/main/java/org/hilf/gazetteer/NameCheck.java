package org.hilf.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.GazetteerFiles.Kind;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.ar.ArabicNormalizer;

/**
 * Names and ids that point at two entities:
 * <ul>
 *   <li>an Arabic form (name_ar, aliases_ar or short_ar) of two different people, compared as the
 *       recogniser compares them: folded by {@link ArabicNormalizer} and split into words the way
 *       {@code AliasIndex} splits them, so "أمينة محمد" and "امينه محمد" are one form. Such a form
 *       names whichever person the recogniser meets first: drop it from both, or merge the two
 *       rows when they are one person;</li>
 *   <li>a Wikidata id given to two entities (states, organizations, people).</li>
 * </ul>
 */
final class NameCheck {
    private static final List<String> ARABIC_COLUMNS = List.of("name_ar", "aliases_ar", "short_ar");

    /** Where a form or id was seen first for an entity. */
    private record Seen(String entity, Tsv.Row row, String column, String text) { }

    private NameCheck() { }

    static void run(GazetteerCheck c) {
        sharedArabicForms(c);
        sharedWikidata(c);
    }

    /** The form as the recogniser keys it: folded, split into letters-and-digits words, joined by one space. */
    static String key(ArabicNormalizer normalizer, String form) {
        List<String> words = new ArrayList<>();
        for (String w : normalizer.normalize(form).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    private static void sharedArabicForms(GazetteerCheck c) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Map<String, List<Seen>> byForm = new HashMap<>();
        for (var s : c.rows(Kind.PEOPLE)) {
            Tsv.Row r = s.row();
            String id = r.get("id");
            if (id == null || !c.people.containsKey(id)) {
                continue;
            }
            for (String column : ARABIC_COLUMNS) {
                for (String form : r.list(column)) {
                    String key = key(normalizer, form);
                    if (key.isEmpty()) {
                        continue;
                    }
                    List<Seen> seen = byForm.computeIfAbsent(key, k -> new ArrayList<>(1));
                    Seen other = seen.stream().filter(x -> !x.entity().equals(id)).findFirst().orElse(null);
                    boolean mine = seen.stream().anyMatch(x -> x.entity().equals(id));
                    if (other != null && !mine) {
                        c.problems.add(Problem.error(r, "Arabic form '" + form + "' (" + column + " of " + id
                                + ") also names " + other.entity() + " ('" + other.text() + "', " + other.column() + " at "
                                + other.row().where() + "): the recogniser cannot tell them apart (drop it from both,"
                                + " or merge the rows if they are one person)"));
                    }
                    if (!mine) {
                        seen.add(new Seen(id, r, column, form));
                    }
                }
            }
        }
    }

    private static void sharedWikidata(GazetteerCheck c) {
        Map<String, Seen> byId = new HashMap<>();
        Set<Map.Entry<String, Tsv.Row>> defining = new LinkedHashSet<>();
        c.states.forEach((id, r) -> defining.add(Map.entry("state " + id, r)));
        c.organizations.forEach((id, r) -> defining.add(Map.entry("organization " + id, r)));
        c.people.forEach((id, r) -> defining.add(Map.entry("person " + id, r)));
        for (Map.Entry<String, Tsv.Row> e : defining) {
            String q = e.getValue().get("wikidata");
            if (q == null || !GazetteerCheck.WIKIDATA.matcher(q).matches()) {
                continue;
            }
            Seen first = byId.putIfAbsent(q, new Seen(e.getKey(), e.getValue(), "wikidata", q));
            if (first != null) {
                c.problems.add(Problem.error(e.getValue(), "wikidata " + q + " of " + e.getKey() + " is also that of "
                        + first.entity() + " (" + first.row().where() + "): one Wikidata item is one entity"));
            }
        }
    }
}
