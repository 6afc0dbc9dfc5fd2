package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Resolves the word a report uses for its dateline's state ({@code data/lexicon/ar/home_nouns.tsv}:
 * "الرباط – … الذي يقوم بزيارة عمل إلى المملكة"، "الدوحة – … وصل إلى البلاد") to that state, where
 * it is the destination ("إلى المملكة"، "زار المملكة") and the noun fits the state ("المملكة" a kingdom). The dateline is
 * {@link ArabicDateline}'s; an article without one gets nothing. Stateless after construction and thread-safe.
 */
public final class ArabicHomeCountry extends MentionResolver {
    /** "إلى المملكة", and the verbs and noun of visiting whose object is the place visited ("زار المملكة"، "زيارة البلاد"), folded. */
    private static final Set<String> TOWARDS = Set.of("الي", "اليه", "زار", "زارت", "زارا", "يزور", "تزور", "سيزور", "ستزور", "زياره");
    private static final String ANY = "any";

    private final ArabicResources res;
    private final ArabicDateline dateline;
    private final Map<String, String> kinds;
    /** "state/MA مملكه": each state and each kind's word one of its Arabic names contains. */
    private final Set<String> fitting;

    public ArabicHomeCountry(ArabicResources res) {
        this.res = res;
        this.dateline = new ArabicDateline(res);
        Map<String, String> k = new HashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/home_nouns.tsv")) {
            String kind = r.required("kind");
            k.put(res.normalizer.normalize(r.required("form_ar")), kind.equals(ANY) ? ANY : res.normalizer.normalize(kind));
        }
        this.kinds = Map.copyOf(k);
        Set<String> fit = new HashSet<>();
        for (Gazetteer.Form f : res.gazetteer.forms()) {
            if (f.entityId().startsWith("state/") && "ar".equals(f.language())) {
                String name = res.normalizer.normalize(f.text());
                kinds.values().stream().filter(name::contains).forEach(kind -> fit.add(f.entityId() + " " + kind));
            }
        }
        this.fitting = Set.copyOf(fit);
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        NormalizedText text = res.folded(doc);
        String home = dateline.state(doc, text, actors);
        if (home == null) {
            return List.of();
        }
        List<ActorMention> added = new ArrayList<>();
        Coverage covered = new Coverage(actors);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String kind = kinds.get(t.text());
                if (kind == null || !TOWARDS.contains(tokens.get(i - 1).text()) || t.breakBefore()
                        || covered.covers(t.start(), t.end()) || !fits(home, kind)
                        || i + 1 < tokens.size() && covered.covers(tokens.get(i + 1).start(), tokens.get(i + 1).end())) {
                    continue; // "إلى المملكة العربية السعودية"، "إلى المملكة المتحدة": named, the recogniser's
                }
                String surface = doc.text().substring(t.start(), t.end());
                added.add(new ActorMention(new Span(t.start(), t.end()), surface, home, ActorMention.Role.NAME,
                        ArabicActorRecognizer.TITLE_CONFIDENCE, null, null));
            }
        }
        return added;
    }

    /** Whether one of the state's Arabic names contains the kind's word ("المملكة المغربية"). */
    private boolean fits(String stateId, String kind) {
        return kind.equals(ANY) || fitting.contains(stateId + " " + kind);
    }
}
