package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * Names of a state's bodies by pattern ({@code data/lexicon/bodies.tsv}): a noun followed by the
 * state's adjective ("الخارجية الصينية"، "الحكومة اليابانية") or name ("حكومة اليابان"). A
 * government stands for its state; a ministry is an organization of its own, one per state.
 * Immutable and thread-safe.
 */
public final class BodyMatcher {

    /** A body found at tokens [from, to): the entity it names, and the folded clitics before its first word. */
    public record Body(Entity entity, int from, int to, int clitics) { }

    private record Form(String key, boolean ministry, String nameEn, String headAr, List<String> tokens, boolean construct) { }

    private final PhraseIndex<Form> forms;
    private final ArabicResources res;

    public BodyMatcher(ArabicResources res) {
        this.res = res;
        this.forms = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/bodies.tsv")) {
            boolean ministry = "ministry".equals(r.get("kind"));
            List<String> heads = r.list("heads_ar");
            String headAr = heads.isEmpty() ? null : heads.get(0);
            for (String h : heads) {
                List<String> w = AliasIndex.split(res.normalizer.normalize(h));
                forms.add(w, new Form(r.required("key"), ministry, r.get("name_en"), headAr, w, false));
            }
            for (String h : r.list("construct_ar")) {
                List<String> w = AliasIndex.split(res.normalizer.normalize(h));
                forms.add(w, new Form(r.required("key"), ministry, r.get("name_en"), headAr, w, true));
            }
        }
    }

    public Body matchAt(List<Token> tokens, int i) {
        for (PhraseIndex.Hit<Form> hit : forms.at(tokens, i, PhraseIndex::conjunctionOnly)) {
            Form f = hit.value();
            int k = hit.to();
            if (k >= tokens.size() || tokens.get(k).breakBefore()) {
                continue;
            }
            for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
                if (m.firstReading().stripped()) {
                    continue;
                }
                boolean fits = f.construct() ? m.entry().kind() == Gazetteer.FormKind.NAME
                        : m.entry().kind() == Gazetteer.FormKind.ADJECTIVE && m.entry().definite();
                Entity state = res.gazetteer.entity(m.entry().entityId()).orElse(null);
                if (!fits || state == null || state.type() != EntityType.STATE) {
                    continue;
                }
                Entity body = f.ministry() ? ministry(f, state) : state;
                return new Body(body, i, m.to(), Clitics.prefixLength(tokens.get(i).text(), f.tokens().get(0)));
            }
        }
        return null;
    }

    /** A state's ministry: the same id in every article ("org/foreign-ministry-CN"). */
    private static Entity ministry(Form f, Entity state) {
        String labelAr = f.headAr() + (state.labelAr() == null ? "" : " (" + state.labelAr() + ")");
        String labelEn = f.nameEn() + (state.labelEn() == null ? "" : " of " + state.labelEn());
        return new Entity("org/" + f.key() + "-" + state.isoCode(), EntityType.ORGANIZATION, labelAr, labelEn, null, null,
                state.id(), null, null);
    }
}
