package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * Who "he" and "she" stand for: the person who last began a sentence as its subject (the first
 * actor of the sentence, a person, not after a preposition). "Stoltenberg arrived in Seoul on
 * Sunday. During his two days there he met President Yoon" → he is Stoltenberg, and stays so in
 * a next sentence where "he" comes before the first person named. Stateless.
 */
final class Antecedents {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "by", "for", "from", "of", "between", "among", "and", "in", "at");

    private Antecedents() { }

    /** For each sentence index, the person "he"/"she" stands for in it, if any. */
    static Map<Integer, ActorMention> of(AnnotatedArticle doc, EnglishTokenizer tokenizer) {
        Map<Integer, ActorMention> out = new HashMap<>();
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        ActorMention current = null;
        int k = 0;
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            if (current != null) {
                out.put(s.index(), current);
            }
            while (k < actors.size() && actors.get(k).span().start() < s.start()) {
                k++;
            }
            ActorMention subject = subject(doc, s, tokenizer, actors, k);
            current = subject != null ? subject : current;
        }
        return out;
    }

    /**
     * The person "he" stands for in sentence {@code s}, for reading its events: the sentence's own
     * subject when it is a person ("Prabowo had visited Saudi Arabia, where he met the crown prince"),
     * else {@code before}, the subject of the sentences before.
     */
    static ActorMention within(AnnotatedArticle doc, Sentence s, EnglishTokenizer tokenizer, ActorMention before) {
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        int k = 0;
        while (k < actors.size() && actors.get(k).span().start() < s.start()) {
            k++;
        }
        ActorMention subject = subject(doc, s, tokenizer, actors, k);
        return subject != null ? subject : before;
    }

    /** The sentence's first actor (from index {@code k}) when it is a person, not after a preposition nor a pronoun; else null. */
    private static ActorMention subject(AnnotatedArticle doc, Sentence s, EnglishTokenizer tokenizer, List<ActorMention> actors, int k) {
        for (int j = k; j < actors.size() && actors.get(j).span().start() < s.end(); j++) {
            ActorMention a = actors.get(j);
            if (a.role() == ActorMention.Role.ATTRIBUTE) {
                continue;
            }
            String before = doc.text().substring(s.start(), a.span().start()).strip();
            String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            // "In the same city he also met X": the subject is still the one "he" stood for, not X
            boolean pronounFirst = tokenizer.tokens(doc.text(), s.start(), a.span().start()).stream().anyMatch(t -> PRONOUNS.contains(t.folded()));
            return a.entityId().startsWith("person/") && !PREPOSITIONS.contains(last) && !pronounFirst ? a : null;
        }
        return null;
    }

    /** Mentions standing for the pronouns of a sentence's words, for reading its phrases. */
    static List<ActorMention> pronouns(List<EnToken> tokens, ActorMention antecedent, List<Span> quoted) {
        List<ActorMention> out = new ArrayList<>();
        if (antecedent == null) {
            return out;
        }
        for (EnToken t : tokens) {
            if (PRONOUNS.contains(t.folded()) && !org.hilf.annotate.Quotations.inside(quoted, t.start())) {
                out.add(new ActorMention(new Span(t.start(), t.end()), t.text(), antecedent.entityId(), ActorMention.Role.NAME,
                        0.7, null, antecedent.affiliationId()));
            }
        }
        return out;
    }

    /**
     * "the Japanese leader" after a sentence whose subject is Japan's prime minister: the word
     * "leader" with the adjective of the state the antecedent acts for (its title said so) stands
     * for the antecedent. Another state's adjective, or none, names no one: that leader is unknown.
     */
    static List<ActorMention> leaders(List<EnToken> tokens, List<ActorMention> attributes, ActorMention antecedent) {
        List<ActorMention> out = new ArrayList<>();
        if (antecedent == null || antecedent.affiliationId() == null) {
            return out;
        }
        for (ActorMention a : attributes) {
            int i = EnPhrases.indexAt(tokens, a.span().start());
            int j = EnPhrases.indexAt(tokens, a.span().end() - 1);
            if (a.entityId().equals(antecedent.affiliationId()) && i > 0 && j >= i && j + 1 < tokens.size()
                    && tokens.get(i - 1).folded().equals("the") && tokens.get(j + 1).folded().equals("leader")) {
                EnToken t = tokens.get(j + 1);
                out.add(new ActorMention(new Span(t.start(), t.end()), t.text(), antecedent.entityId(), ActorMention.Role.NAME,
                        0.7, null, antecedent.affiliationId()));
            }
        }
        return out;
    }
}
