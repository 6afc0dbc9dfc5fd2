package org.hilf.annotate.ar;

import java.util.List;
import java.util.function.Function;

import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * Finds titles that name a person by office: an office of {@code data/lexicon/roles.tsv}
 * ("رئيس الوزراء"، "الأمين العام") or an occupation of {@code role_nouns.txt} ("الباحث") or of
 * {@code ar/construct_occupations.txt} ("سفير الكويت") or a minister by
 * portfolio of {@code ar/portfolios.txt} ("وزير التجارة"), with the
 * state or body it belongs to when the text says so: an adjective ("رئيس الوزراء الياباني"),
 * a preposition ("الأمين العام لحلف الناتو") or a construct ("وزير خارجية كوريا الجنوبية").
 * Immutable and thread-safe.
 */
public final class TitleMatcher {

    /**
     * A title in a sentence: tokens [from, to).
     *
     * @param role          a role key of roles.tsv, or null for an occupation noun
     * @param affiliationId the state or body the title names, or null
     * @param head          the title's first word without clitics ("الباحث" for "للباحث")
     */
    public record Title(String role, String affiliationId, int from, int to, String head) {
        public boolean isOffice() { return role != null; }

        /** A minister's title ("وزير الخارجية"، "وزير التجارة"). */
        public boolean minister() { return TitleMatcher.minister(head); }
    }

    /**
     * True when a title's words, as written, open with a minister ("وزير التجارة"، "ووزيرة الصناعة" after a conjunction):
     * the one head of every portfolio.
     */
    public static boolean minister(String title) {
        String t = title.startsWith("وو") ? title.substring(1) : title;
        return t.startsWith("وزير");
    }

    private record Form(String role, List<String> tokens, boolean construct) { }

    private final PhraseIndex<Form> forms;
    private final ArabicResources res;

    public TitleMatcher(ArabicResources res) {
        this.res = res;
        this.forms = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            String role = r.required("role");
            for (String f : r.list("forms_ar")) {
                add(new Form(role, AliasIndex.split(res.normalizer.normalize(f)), false));
            }
            for (String f : r.list("construct_ar")) {
                add(new Form(role, AliasIndex.split(res.normalizer.normalize(f)), true));
            }
        }
        for (String noun : res.fold(Tsv.words("lexicon/role_nouns.txt"))) {
            add(new Form(null, AliasIndex.split(noun), false));
        }
        // "سفيرة الجزائر لدى إثيوبيا X": an occupation in the construct form, with the state it serves
        for (String noun : res.fold(Tsv.words("lexicon/ar/construct_occupations.txt"))) {
            add(new Form(null, AliasIndex.split(noun), true));
        }
        // "وزير التجارة": a minister by portfolio introduces a person as an occupation does
        for (String portfolio : Tsv.words("lexicon/ar/portfolios.txt")) {
            for (String minister : List.of("وزير ", "وزيرة ")) {
                add(new Form(null, AliasIndex.split(res.normalizer.normalize(minister + portfolio)), false));
            }
        }
    }

    /**
     * The longest title starting at token {@code i}, or null. {@code anaphora} resolves a word
     * such as "الحلف" to the entity it stands for in this article (or null).
     */
    public Title matchAt(List<Token> tokens, int i, Function<String, String> anaphora) {
        for (PhraseIndex.Hit<Form> hit : forms.at(tokens, i, r -> true)) {
            Form f = hit.value();
            int k = minister(f.tokens().get(0)) ? pastConjoinedPortfolios(tokens, hit.to()) : hit.to();
            if (f.construct() && hit.reading().prefix().endsWith("ال")) {
                continue; // "الأمير محمد بن سلمان": a noun with the article governs no genitive ("أمير قطر")
            }
            if (k < tokens.size() && !tokens.get(k).breakBefore()) {
                Affiliation a = affiliation(tokens, k, f.construct(), anaphora);
                if (a != null) {
                    return new Title(f.role(), a.entityId, i, a.end, f.tokens().get(0));
                }
            }
            if (f.construct()) {
                continue; // a construct form must have its noun
            }
            return new Title(f.role(), null, i, k, f.tokens().get(0));
        }
        return null;
    }

    /**
     * "وزير الصناعة والتجارة والتموين الأردني"، "وزير الخارجية والتعاون الدولي": a ministry of several portfolios
     * names them joined by "و", each a definite noun and its adjectives, up to the state or the name: the token after
     * them (k when none follows). A word the gazetteer knows or that opens another title ends them
     * ("رئيس الوزراء ووزير الخارجية" is two offices).
     */
    private int pastConjoinedPortfolios(List<Token> tokens, int k) {
        int end = k;
        boolean joined = false;
        for (int m = k; m < tokens.size() && m < k + 4 && !tokens.get(m).breakBefore(); m++) {
            String w = tokens.get(m).text();
            boolean conjunct = w.startsWith("وال") && w.length() > 4;
            if (!(conjunct || joined && (w.startsWith("ال") || w.startsWith("بال"))) || !res.aliases.matchesAt(tokens, m).isEmpty()
                    || !forms.at(tokens, m, r -> true).isEmpty()) {
                break;
            }
            joined = true;
            end = m + 1;
        }
        return end;
    }

    private record Affiliation(String entityId, int end) { }

    private Affiliation affiliation(List<Token> tokens, int k, boolean construct, Function<String, String> anaphora) {
        for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
            Gazetteer.FormKind kind = m.entry().kind();
            String prefix = m.firstReading().prefix();
            String id = m.entry().entityId();
            if (construct) {
                // a state's or body's office, never a person's ("أمير محمد بن سلمان" is no emir of him)
                if (!m.firstReading().stripped() && kind == Gazetteer.FormKind.NAME
                        && res.gazetteer.entity(id).map(e -> e.type() != EntityType.PERSON).orElse(true)) {
                    return new Affiliation(id, skipApposition(tokens, m.to(), id));
                }
            } else if (kind == Gazetteer.FormKind.ADJECTIVE && m.entry().definite() && !m.firstReading().stripped()) {
                return new Affiliation(id, m.to());
            } else if (kind == Gazetteer.FormKind.NAME && (prefix.equals("ل") || prefix.equals("لل"))) {
                EntityType type = res.gazetteer.entity(id).map(e -> e.type()).orElse(null);
                if (type != null && type != EntityType.PERSON) {
                    return new Affiliation(id, skipApposition(tokens, m.to(), id));
                }
            }
        }
        if (!construct) {
            for (Clitics.Reading r : res.clitics.readings(tokens.get(k))) {
                if (r.prefix().equals("ل") || r.prefix().equals("لل")) {
                    String id = anaphora.apply(r.word());
                    if (id != null) {
                        return new Affiliation(id, k + 1);
                    }
                }
            }
        }
        return null;
    }

    /** "لحلف شمال الأطلسي الناتو": a second name of the same body right after the first is part of it. */
    private int skipApposition(List<Token> tokens, int k, String id) {
        if (k < tokens.size()) {
            for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
                if (m.entry().entityId().equals(id) && !m.firstReading().stripped()) {
                    return m.to();
                }
            }
        }
        return k;
    }

    private void add(Form f) {
        forms.add(f.tokens(), f);
    }
}
