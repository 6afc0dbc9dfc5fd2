package org.hilf.annotate.ar;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Tsv;

/**
 * "وقال المتحدث الرسمي باسم رئاسة الجمهورية السفير محمد الشناوي إن …": the first actor after a verb
 * of speech is a body inside a title, and a title word right after it opens a name the recogniser
 * did not read. The holder spoke, not the body; who the holder is cannot be told, so the sentence
 * gives no statement rather than the body's. Stateless after construction and thread-safe.
 */
final class ArabicUnreadHolders {
    /** How far after the verb its subject may stand, as {@link ArabicSpeakers} reads it. */
    private static final int SUBJECT_WINDOW = 12;

    private final ArabicResources res;
    private final ArabicSpeakers speakers;
    private final Set<String> prepositions;

    ArabicUnreadHolders(ArabicResources res, ArabicSpeakers speakers) {
        this.res = res;
        this.speakers = speakers;
        this.prepositions = Set.copyOf(res.fold(Tsv.words("lexicon/ar/prepositions.txt")));
    }

    /** True when the verb's subject after token {@code afterWord} is such a title with an unread name. */
    boolean at(AnnotatedArticle doc, List<Token> tokens, int afterWord, List<ActorMention> actors) {
        int from = afterWord < tokens.size() ? tokens.get(afterWord).start() : Integer.MAX_VALUE;
        ActorMention first = actors.stream().filter(a -> a.isActor() && a.span().start() >= from)
                .min(Comparator.comparingInt(a -> a.span().start())).orElse(null);
        if (first == null || res.isPerson(doc, first.entityId())) {
            return false;
        }
        int start = Tokenizer.indexAt(tokens, first.span().start());
        if (start <= afterWord || start - afterWord > SUBJECT_WINDOW
                || IntStream.range(afterWord, start).anyMatch(i -> !res.titleWord(tokens.get(i).text()))) {
            return false; // the body is not in a title ("المتحدث الرسمي باسم …")
        }
        int k = Tokenizer.indexAt(tokens, first.span().end() - 1) + 1;
        if (k <= 0 || k >= tokens.size() || tokens.get(k).breakBefore() || !res.titleWord(tokens.get(k).text())) {
            return false;
        }
        while (k < tokens.size() && !tokens.get(k).breakBefore() && res.titleWord(tokens.get(k).text())) {
            k++;
        }
        int name = k;
        return name < tokens.size() && !tokens.get(name).breakBefore() && !speakers.complementAt(tokens, name)
                && !prepositions.contains(tokens.get(name).text())
                && actors.stream().noneMatch(a -> Tokenizer.indexAt(tokens, a.span().start()) == name);
    }
}
