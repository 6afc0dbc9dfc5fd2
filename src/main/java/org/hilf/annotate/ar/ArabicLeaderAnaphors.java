package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.PriorEvents;

/**
 * Which earlier event a dual for two people ("الزعيمان"، "الوزيرين") stands for: the one just reported
 * when it has two such people, else the latest that has ({@code data/lexicon/ar/people_anaphor_words.tsv},
 * {@link PriorEvents#counted}). Stateless after construction and thread-safe.
 */
final class ArabicLeaderAnaphors {
    private record Word(int count, Set<String> roles) { }

    private final PhraseIndex<Word> words;
    private final Gazetteer gazetteer;

    ArabicLeaderAnaphors(ArabicResources res) {
        this.words = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/ar/people_anaphor_words.tsv")) {
            Word w = new Word(Integer.parseInt(r.required("count")), Set.copyOf(r.list("roles")));
            for (String form : r.list("form_ar")) {
                words.add(AliasIndex.split(res.normalizer.normalize(form)), w);
            }
        }
        this.gazetteer = res.gazetteer;
    }

    /**
     * The event the sentence's anaphors refer back to: {@link PriorEvents#previous}, or the one a dual for two
     * people means; when no event has two such people, the two the article named just before ({@link PriorEvents#counted}).
     */
    EventMention previous(List<EventMention> out, List<Token> tokens, List<Chunk> chunks, List<ActorMention> mentions, Sentence sentence) {
        EventMention last = PriorEvents.previous(out);
        for (Chunk c : chunks) {
            for (int i = c.from(); c.anaphor() && i < c.to() && i < tokens.size(); i++) {
                PhraseIndex.Hit<Word> hit = words.longestAt(tokens, i, PhraseIndex::conjunctionOnly);
                if (hit != null) {
                    return PriorEvents.counted(out, last, hit.value().count(), hit.value().roles(), gazetteer, mentions, sentence);
                }
            }
        }
        return last;
    }
}
