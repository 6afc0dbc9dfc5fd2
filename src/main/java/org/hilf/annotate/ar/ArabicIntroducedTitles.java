package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;

/**
 * A bare title as a speaker ("وأكد رئيس الحكومة أن …"، "قال معالي رئيس مجلس الوزراء إن …"): the one
 * person the article introduced with that title, next to his name, before the sentence ("رئيس
 * الحكومة، السيد عزيز أخنوش"، "محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء"), who held one of its
 * roles on the article's date ({@code data/lexicon/ar/introduced_titles.tsv}). Words of courtesy
 * may stand before the title ({@code courtesy_words.txt}). Stateless after construction and
 * thread-safe.
 */
final class ArabicIntroducedTitles {
    private final ArabicResources res;
    private final PhraseIndex<Set<String>> titles;
    private final PhraseIndex<Boolean> courtesy;

    ArabicIntroducedTitles(ArabicResources res) {
        this.res = res;
        this.titles = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/ar/introduced_titles.tsv")) {
            titles.add(AliasIndex.split(res.normalizer.normalize(r.required("form_ar"))), Set.copyOf(r.list("roles")));
        }
        this.courtesy = res.phrases("lexicon/ar/courtesy_words.txt");
    }

    /**
     * The person a bare title at token i of sentence s (after words of courtesy) stands for, as a
     * one-element list; empty when no such title stands there, a name or an adjective follows it, or
     * the article introduced no one, or two people, with it.
     */
    List<String> holder(AnnotatedArticle doc, Sentence s, List<Token> tokens, int i, List<ActorMention> actors) {
        LocalDate date = doc.get(Keys.ANCHOR).date();
        int at = afterCourtesy(tokens, i);
        PhraseIndex.Hit<Set<String>> hit = at < tokens.size() ? titles.longestAt(tokens, at, PhraseIndex::conjunctionOnly) : null;
        if (hit == null || date == null || (hit.to() < tokens.size() && !tokens.get(hit.to()).breakBefore()
                && MentionResolver.covered(actors, tokens.get(hit.to()).start(), tokens.get(hit.to()).end()))) {
            return List.of();
        }
        Set<String> introduced = new LinkedHashSet<>();
        NormalizedText text = res.folded(doc);
        for (Sentence e : doc.get(Keys.SENTENCES)) {
            if (e.start() >= s.start()) {
                break;
            }
            List<Token> words = null;
            for (ActorMention a : doc.get(Keys.ACTORS)) {
                if (!e.span().contains(a.span()) || a.role() != ActorMention.Role.NAME || !holds(a.entityId(), hit.value(), date)) {
                    continue;
                }
                words = words == null ? res.tokenizer.tokens(text, e.start(), e.end()) : words;
                if (nextTo(words, a, hit.words(), doc.get(Keys.ACTORS))) {
                    introduced.add(a.entityId());
                }
            }
        }
        return introduced.size() == 1 ? List.copyOf(introduced) : List.of();
    }

    /** The title's words stand right after the name ("X رئيس مجلس الوزراء"), or before it with honorifics between ("رئيس الحكومة، السيد X"). */
    private boolean nextTo(List<Token> words, ActorMention a, List<String> title, List<ActorMention> actors) {
        int first = Tokenizer.indexAt(words, a.span().start());
        int last = Tokenizer.indexAt(words, a.span().end() - 1);
        if (titleAt(words, last + 1, title) && titleEnds(words, last + 1 + title.size(), actors)) {
            return true;
        }
        int before = first;
        for (List<String> h : res.honorifics) {
            if (before - h.size() >= 0 && ArabicResources.at(words, before - h.size(), h)) {
                before -= h.size();
                break;
            }
        }
        return titleAt(words, before - title.size(), title);
    }

    /** The title's words at token i, the first perhaps after "و" ("ووزير الخارجية X"). */
    private static boolean titleAt(List<Token> words, int i, List<String> title) {
        if (i < 0 || i + title.size() > words.size()) {
            return false;
        }
        String first = words.get(i).text();
        return (first.equals(title.get(0)) || first.equals("و" + title.get(0)))
                && ArabicResources.at(words, i + 1, title.subList(1, title.size()));
    }

    /**
     * The title ends before token j: a break, or no adjective of nationality or name of a state or
     * body stands there ("وزير الخارجية التركي" is another title; "رئيس مجلس الوزراء وزير الخارجية" two of one person).
     */
    private static boolean titleEnds(List<Token> words, int j, List<ActorMention> actors) {
        if (j >= words.size() || words.get(j).breakBefore()) {
            return true;
        }
        Token t = words.get(j);
        return actors.stream().noneMatch(a -> a.span().start() < t.end() && a.span().end() > t.start());
    }

    private boolean holds(String personId, Set<String> roles, LocalDate date) {
        return res.gazetteer.officesOf(personId).stream().anyMatch(o -> roles.contains(o.role()) && o.heldOn(date));
    }

    private int afterCourtesy(List<Token> tokens, int i) {
        PhraseIndex.Hit<Boolean> hit = i < tokens.size() ? courtesy.longestAt(tokens, i, r -> r.prefix().isEmpty()) : null;
        return hit == null ? i : hit.to();
    }
}
