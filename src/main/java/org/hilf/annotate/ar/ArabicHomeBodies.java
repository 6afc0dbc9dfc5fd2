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
    /** "الدورية" folded: the rotating presidency of a body, not a state's presidency. */
    private static final java.util.Set<String> ROTATING = java.util.Set.of("الدوريه");
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
                boolean qualified = hit.to() < tokens.size() && (covered.covers(tokens.get(hit.to()).start(), tokens.get(hit.to()).end())
                        || ROTATING.contains(tokens.get(hit.to()).text()) // "تتسلم البرازيل الرئاسة الدورية للمجموعة": a body's chair, no state's
                        || namesAState(tokens, hit.to())); // "رئاسة الجمهورية المصرية" inside a title the recogniser read
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
            if (state != null && state.startsWith("state/") && president(a.entityId(), state, date)) {
                counts.merge(state, 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() >= ArabicActorRecognizer.ANAPHOR_DOMINANCE * total)
                .map(Map.Entry::getKey).findFirst().orElse(barePresidentsState(actors, counts.keySet(), date));
    }

    /**
     * "شارك الرئيس عبد الفتاح السيسي … إلى جانب الرئيس الروسي فلاديمير بوتين": a paper leaves out the
     * state of its own president only. The state of the one sitting president (among {@code states})
     * whose first titled mention names no state in its title, when the others' first titles name their
     * states; else null.
     */
    private String barePresidentsState(List<ActorMention> actors, java.util.Set<String> states, LocalDate date) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> bare = new ArrayList<>();
        List<ActorMention> inOrder = actors.stream().sorted(java.util.Comparator.comparingInt(a -> a.span().start())).toList();
        for (ActorMention a : inOrder) {
            String state = a.entityId().startsWith("person/") ? res.gazetteer.affiliationOn(a.entityId(), date).orElse(null) : null;
            if (state == null || !states.contains(state) || !president(a.entityId(), state, date) || a.title() == null || a.title().isBlank() || !seen.add(a.entityId())) {
                continue; // a headline names people without their titles
            }
            if (!namesAState(a.title())) {
                bare.add(state);
            }
        }
        return bare.size() == 1 ? bare.get(0) : null;
    }

    private boolean president(String person, String state, LocalDate date) {
        return res.gazetteer.holder(PRESIDENT, state, date).map(h -> h.id().equals(person)).orElse(false);
    }

    /** True when a title names a state or its adjective ("الرئيس الروسي"، "رئيس دولة الإمارات"). */
    private boolean namesAState(String title) {
        NormalizedText t = NormalizedText.of(title, res.normalizer);
        List<Token> tokens = res.tokenizer.tokens(t, 0, title.length());
        return java.util.stream.IntStream.range(0, tokens.size()).anyMatch(i -> namesAState(tokens, i));
    }

    private boolean namesAState(List<Token> tokens, int i) {
        return i < tokens.size() && res.aliases.matchesAt(tokens, i).stream().anyMatch(m -> m.entry().entityId().startsWith("state/"));
    }
}
