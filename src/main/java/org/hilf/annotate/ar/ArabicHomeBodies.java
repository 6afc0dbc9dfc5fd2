package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Resolves a presidency named without its state ({@code data/lexicon/ar/home_bodies.txt}: "وقال
 * المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس …") to the state of the president the article
 * centres on: the sitting president it names most, at least twice and in at least
 * {@link ArabicActorRecognizer#ANAPHOR_DOMINANCE} of its mentions of sitting presidents.
 * A form followed by a state's name or adjective is the recogniser's ("الرئاسة التركية"); where no
 * president dominates, nothing is added. Stateless after construction and thread-safe.
 */
public final class ArabicHomeBodies extends MentionResolver {
    private static final String PRESIDENT = "president";
    private final ArabicResources res;
    private final PhraseIndex<Boolean> forms;

    public ArabicHomeBodies(ArabicResources res) {
        this.res = res;
        this.forms = new PhraseIndex<>(res.clitics, true);
        for (String f : Tsv.words("lexicon/ar/home_bodies.txt")) {
            forms.add(AliasIndex.split(res.normalizer.normalize(f)), true);
        }
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        String home = centralPresidentsState(doc, actors, date);
        if (home == null) {
            return List.of();
        }
        List<ActorMention> added = new ArrayList<>();
        NormalizedText text = res.folded(doc);
        Coverage covered = new Coverage(actors);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 0; i < tokens.size(); i++) {
                // "بيان لرئاسة الجمهورية"، "باسم الرئاسة": a preposition may stand on the first word
                PhraseIndex.Hit<Boolean> hit = forms.longestAt(tokens, i, r -> !r.prefix().contains("ك"));
                if (hit == null) {
                    continue;
                }
                Span span = new Span(tokens.get(i).start(), tokens.get(hit.to() - 1).end());
                boolean qualified = hit.to() < tokens.size() && covered.covers(tokens.get(hit.to()).start(), tokens.get(hit.to()).end());
                if (!qualified && !covered.covers(span.start(), span.end())) {
                    int clitic = Clitics.prefixLength(tokens.get(i).text(), hit.words().get(0));
                    Span at = new Span(span.start() + clitic, span.end());
                    String surface = doc.text().substring(at.start(), at.end());
                    added.add(new ActorMention(at, surface, home, ActorMention.Role.NAME,
                            ArabicActorRecognizer.TITLE_CONFIDENCE, surface, null));
                }
                i = hit.to() - 1;
            }
        }
        return added;
    }

    /** The state of the sitting president the article names most, when one clearly does; else null. */
    private String centralPresidentsState(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention a : actors) {
            if (!a.entityId().startsWith("person/")) {
                continue;
            }
            String state = res.gazetteer.affiliationOn(a.entityId(), date).orElse(null);
            if (state != null && state.startsWith("state/")
                    && res.gazetteer.holder(PRESIDENT, state, date).map(h -> h.id().equals(a.entityId())).orElse(false)) {
                counts.merge(state, 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() >= ArabicActorRecognizer.ANAPHOR_DOMINANCE * total)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
