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
 * Resolves a body named without its state ({@code data/lexicon/ar/home_bodies.tsv}: "وقال المتحدث
 * الرسمي باسم رئاسة الجمهورية إن الرئيس …"، "وقالت وزارة الخارجية في بيان") to the state of the holder
 * of its office the article centres on ({@link #centralHoldersState}): for a body whose row says the
 * dateline decides, the dateline's state when the article names its holder; otherwise the sitting
 * holder it names most, at least twice and in at least {@link ArabicActorRecognizer#ANAPHOR_DOMINANCE}
 * of its mentions of sitting holders of that office. A form followed by a state's name or adjective is
 * the recogniser's ("الرئاسة التركية"); where no holder is told, nothing is added. Stateless after
 * construction and thread-safe.
 */
public final class ArabicHomeBodies extends MentionResolver {
    /** A word that goes on with the body's name: a conjunction on a definite or construct noun ("والتعاون"، "وشؤون المغتربين"). */
    private final java.util.regex.Pattern longerName;
    private final ArabicResources res;
    private final ArabicDateline dateline;
    /** A row of home_bodies.tsv: the office whose holder's state the body is, and whether the dateline decides. */
    private record Body(String office, boolean byDateline) { }

    private final PhraseIndex<Body> forms;

    public ArabicHomeBodies(ArabicResources res) {
        this.res = res;
        this.dateline = new ArabicDateline(res);
        this.longerName = java.util.regex.Pattern.compile("وال|" + res.normalizer.normalize("وشؤون"));
        this.forms = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/ar/home_bodies.tsv")) {
            forms.add(AliasIndex.split(res.normalizer.normalize(r.required("form_ar"))),
                    new Body(r.required("office"), Boolean.parseBoolean(r.required("dateline"))));
        }
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        Map<Body, String> homes = new HashMap<>(); // the state of each body's central holder, or "" for none
        List<ActorMention> added = new ArrayList<>();
        NormalizedText text = res.folded(doc);
        String[] written = null; // the dateline's state, read once and only when a body is named
        Coverage covered = new Coverage(actors);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 0; i < tokens.size(); i++) {
                // "بيان لرئاسة الجمهورية"، "باسم الرئاسة": a preposition may stand on the first word
                PhraseIndex.Hit<Body> hit = forms.longestAt(tokens, i, r -> !r.prefix().contains("ك"));
                if (hit != null && hit.value().byDateline() && written == null) {
                    written = new String[] {dateline.state(doc, text, actors)};
                }
                String datelineState = written == null ? null : written[0];
                String home = hit == null ? "" : homes.computeIfAbsent(hit.value(), b -> centralHoldersState(b.office(), actors, date,
                        b.byDateline() ? datelineState : null));
                if (home.isEmpty()) {
                    continue;
                }
                Span span = new Span(tokens.get(i).start(), tokens.get(hit.to() - 1).end());
                // "الرئاسة التركية": the recogniser's; "وزارة الخارجية والتعاون الدولي الليبية": a longer name, maybe another state's
                // "باسم وزارة الخارجية الإثيوبية": an adjective of nationality, even one a spokesperson's title took
                boolean qualified = hit.to() < tokens.size() && (covered.covers(tokens.get(hit.to()).start(), tokens.get(hit.to()).end())
                        || longerName.matcher(tokens.get(hit.to()).text()).lookingAt() || res.aliases.adjectiveAt(tokens, hit.to()) != null);
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

    /**
     * The state whose {@code office} a bare body is: with a dateline ({@code written}, when it decides),
     * its state when the article names that state's sitting holder ("مسقط – …" with Iran's foreign
     * minister named most and Oman's too: Oman's ministry), else none; without one, the state of the
     * holder the article names most, at least twice and clearly ahead of the others; else "".
     */
    private String centralHoldersState(String office, List<ActorMention> actors, LocalDate date, String written) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention a : actors) {
            if (!a.entityId().startsWith("person/")) {
                continue;
            }
            String state = res.gazetteer.affiliationOn(a.entityId(), date).orElse(null);
            if (state != null && state.startsWith("state/")
                    && res.gazetteer.holder(office, state, date).map(h -> h.id().equals(a.entityId())).orElse(false)) {
                counts.merge(state, 1, Integer::sum);
            }
        }
        if (written != null) {
            return counts.containsKey(written) ? written : "";
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() >= ArabicActorRecognizer.ANAPHOR_DOMINANCE * total)
                .map(Map.Entry::getKey).findFirst().orElse("");
    }
}
