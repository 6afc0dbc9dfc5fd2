package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.frame.Chunk;

/**
 * Where the subject of an English verb of speech stands when it is not the phrase right before the
 * verb: before ", who" ("… held talks with Carney, who announced …"), set off at the end of the
 * sentence ("…, India's foreign ministry said."), or the verb's own "the"/"it" after a comma. Read by
 * {@link EnglishSpeakers}. Stateless.
 */
final class EnglishSpeakerClauses {
    private EnglishSpeakerClauses() { }

    /**
     * "… chaired by Crown Prince X, who told delegates that …", "held talks with Carney, who announced …":
     * the phrase right before ", who" is the subject of the relative clause's verb, whatever
     * introduces it; null when the verb does not follow "who".
     */
    static Chunk relativeAntecedent(List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<EnglishSpeakers.Word> cue) {
        int who = cue.from() - 1;
        if (who < 1 || !tokens.get(who).folded().equals("who") || !tokens.get(who).commaBefore()) {
            return null;
        }
        return chunks.stream().filter(c -> c.to() == who && !c.actors().isEmpty()).findFirst().orElse(null);
    }

    /**
     * "Modi also held separate talks with Albanese and with Canadian Prime Minister Mark Carney, India's
     * foreign ministry said.": a verb that ends the sentence, after a comma and the phrase between, has
     * that phrase as its subject, whatever the chunker joined it to; null otherwise.
     */
    static Chunk trailingAttribution(List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<EnglishSpeakers.Word> cue) {
        if (cue.to() != tokens.size() || tokens.get(cue.from()).commaBefore() || tokens.get(cue.from()).capitalized()) {
            return null; // "… headed by Deputy Prime Minister Sayyid Shihab bin Tarik Al Said.": a name, not the verb
        }
        int comma = cue.from() - 1;
        while (comma > 0 && !tokens.get(comma).commaBefore()) {
            comma--;
        }
        int from = comma;
        List<ActorMention> between = chunks.stream().flatMap(c -> c.actors().stream())
                .filter(a -> EnPhrases.indexAt(tokens, a.span().start()) >= from && a.span().end() <= tokens.get(cue.from()).start()).toList();
        // "…, the press service of the Kazakh president said.": the phrase's head is no actor, its complement does not speak
        boolean complement = !between.isEmpty() && tokens.subList(from, EnPhrases.indexAt(tokens, between.get(0).span().start())).stream()
                .anyMatch(t -> t.folded().equals("of"));
        return comma <= 0 || between.isEmpty() || complement ? null : new Chunk("", between, from, cue.from(), false);
    }

    /**
     * "… Eswatini, Angola and Eritrea, the ministry said.", "… in Muscat, on Wednesday, the office said.": the verb's
     * own subject ("the", "it") opens, after a comma, words between a phrase and the verb; the phrase is in the words said.
     */
    static boolean ownSubject(List<EnToken> tokens, int from, int verb) {
        return from < verb && tokens.subList(from, verb).stream().anyMatch(t -> t.commaBefore() && t.folded().matches("the|it"));
    }

    /** The index of "a"/"an" right before word k (the indefinite official's article), or -1. */
    static int article(List<EnToken> tokens, int k) {
        return k > 0 && tokens.get(k - 1).indefinite() ? k - 1 : -1;
    }
}
