package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Tsv;

/**
 * For whom a spokesperson the gazetteer lacks speaks when the article names the ministry without its
 * state ({@code data/lexicon/ar/home_ministries.tsv}: "وصرح السفير تميم خلاف، المتحدث الرسمي باسم وزارة
 * الخارجية، بأن …"): the report is its own country's, which names its own minister without a
 * nationality ("وزير الخارجية والهجرة الدكتور بدر عبد العاطي") and foreign ones with one ("نظيره
 * التركي هاكان فيدان"). The state is that of the only holder of the ministry's role on the date whose
 * first mention carries no nationality; none, or two: null. Immutable and thread-safe.
 */
final class ArabicHomeSpokespeople {
    /** The spokesperson's words before "باسم", folded, with or without "الرسمي". */
    private static final List<String> TITLES = List.of("المتحدث الرسمي باسم", "المتحدث باسم", "الناطق الرسمي باسم", "الناطق باسم");
    /** Characters after the person's name up to the title: a comma and spaces. */
    private static final int APPOSITION_GAP = 3;
    /** Characters before the person's name within which a title before it ends ("الناطق الرسمي باسم وزارة … السفير X"). */
    private static final int TITLE_REACH = 90;
    /** Words of an honorific or occupation between such a title and the name at most ("السفير"، "الدكتور"). */
    private static final int HONORIFIC_WORDS = 1;

    private final ArabicResources res;
    /** {@link #TITLES}, folded once. */
    private final List<String> foldedTitles;
    /** Folded ministry forms and the role of their minister. */
    private final Map<String, String> ministries = new HashMap<>();
    /** Each state's Arabic names and adjectives, folded ("التركي"، "تركيا"). */
    private final Map<String, List<String>> stateForms = new HashMap<>();

    ArabicHomeSpokespeople(ArabicResources res) {
        this.res = res;
        this.foldedTitles = TITLES.stream().map(res.normalizer::normalize).toList();
        for (Tsv.Row r : Tsv.read("lexicon/ar/home_ministries.tsv")) {
            ministries.put(res.normalizer.normalize(r.required("form_ar")), r.required("role"));
        }
        for (org.hilf.annotate.Gazetteer.Form f : res.gazetteer.forms()) {
            if (f.entityId().startsWith("state/") && "ar".equals(f.language())) {
                stateForms.computeIfAbsent(f.entityId(), k -> new java.util.ArrayList<>()).add(res.normalizer.normalize(f.text()));
            }
        }
    }

    /** The state the spokesperson {@code personId} speaks for, or null when no mention of him is followed by such a title. */
    String stateOf(AnnotatedArticle doc, String personId, LocalDate when) {
        String text = doc.text();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!a.entityId().equals(personId)) {
                continue;
            }
            int at = a.span().end();
            int comma = text.substring(at, Math.min(text.length(), at + APPOSITION_GAP)).indexOf('،');
            int from = at + comma + 1;
            String role = comma < 0 ? null : roleAfter(text.substring(from, Math.min(text.length(), from + 60)));
            role = role != null ? role : roleBefore(text.substring(Math.max(0, a.span().start() - TITLE_REACH), a.span().start()));
            if (role != null) {
                return homeHolder(doc, role, when);
            }
        }
        return null;
    }

    /** The role of a ministry named without a state in the spokesperson's title that opens {@code after}, or null. */
    private String roleAfter(String after) {
        String title = after.strip().split("[،,.؛]", 2)[0]; // the apposition ends at its comma
        String folded = res.normalizer.normalize(title).strip();
        for (String t : foldedTitles) {
            if (folded.startsWith(t + " ")) {
                return ministries.get(folded.substring(t.length() + 1).strip()); // "وزارة الخارجية الصينية" is no key: the state is named
            }
        }
        return null;
    }

    /**
     * The role of a ministry named without a state in the spokesperson's title that ends {@code before},
     * at most an honorific or occupation between it and the name ("الناطق الرسمي باسم وزارة الخارجية
     * وشؤون المغتربين السفير X"), or null.
     */
    private String roleBefore(String before) {
        String folded = res.normalizer.normalize(before);
        for (String t : foldedTitles) {
            int i = folded.lastIndexOf(t + " ");
            if (i < 0 || i > 0 && !Character.isWhitespace(folded.charAt(i - 1))) {
                continue;
            }
            String rest = folded.substring(i + t.length() + 1).strip();
            if (rest.matches(".*[،,.؛:].*")) {
                return null; // the title's phrase ended before the name
            }
            for (Map.Entry<String, String> m : ministries.entrySet()) {
                String tail = rest.startsWith(m.getKey()) ? rest.substring(m.getKey().length()) : null;
                if (tail != null && (tail.isEmpty() || tail.startsWith(" ") && tail.strip().split(" ").length <= HONORIFIC_WORDS)) {
                    return m.getValue();
                }
            }
        }
        return null;
    }

    /**
     * True when the text tells the mention's state: a title that names it ("نظيره التركي"), or a state without a
     * title; not the state a title alone implies through its holder's office ("وزير الخارجية والهجرة الدكتور بدر عبد العاطي").
     */
    private boolean nationalityTold(ActorMention a) {
        if (a.affiliationId() == null || a.title() == null) {
            return a.affiliationId() != null;
        }
        String title = res.normalizer.normalize(a.title());
        return stateForms.getOrDefault(a.affiliationId(), List.of()).stream().anyMatch(title::contains);
    }

    /** The state of the only holder of {@code role} on the date whose first mention has no nationality, or null. */
    private String homeHolder(AnnotatedArticle doc, String role, LocalDate when) {
        Set<String> seen = new HashSet<>();
        Set<String> home = new HashSet<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!a.entityId().startsWith("person/") || !seen.add(a.entityId()) || nationalityTold(a)) {
                continue;
            }
            for (Entity.Office o : res.gazetteer.officesOf(a.entityId())) {
                if (o.role().equals(role) && when != null && o.heldOn(when) && o.affiliationId().startsWith("state/")) {
                    home.add(o.affiliationId());
                }
            }
        }
        return home.size() == 1 ? home.iterator().next() : null;
    }
}
