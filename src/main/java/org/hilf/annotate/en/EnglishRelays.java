package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.frame.Chunk;

/**
 * Words of speech that relay another speaker's words and say none of their own: "Beijing's foreign
 * ministry said Xi told Albanese that …" (the ministry reports what Xi said), "According to a statement
 * from China's foreign ministry, Wang urged …". Gold and news count the statement of the one whose
 * words are relayed only. Stateless.
 */
final class EnglishRelays {
    private EnglishRelays() { }

    /**
     * "Beijing's foreign ministry said Xi told Albanese that …": a verb of speech whose object is one
     * phrase of actors and the next verb of speech relays that speaker's words and says none of its own;
     * so does "according to" opening a sentence that has a verb of speech after it ("According to a
     * statement from China's foreign ministry, Wang urged …": the source relays Wang's words).
     */
    static boolean relays(List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<EnglishSpeakers.Word> cue,
                          List<EnPhrases.Hit<EnglishSpeakers.Word>> later) {
        if (EnglishSpeakers.kind(cue).equals("according") && cue.from() == 0) {
            return later.stream().anyMatch(n -> EnglishSpeakers.kind(n).equals("verb"));
        }
        EnPhrases.Hit<EnglishSpeakers.Word> next = later.isEmpty() ? null : later.get(0);
        if (next == null || !EnglishSpeakers.kind(cue).equals("verb") || !EnglishSpeakers.kind(next).equals("verb")) {
            return false;
        }
        int from = cue.to() < tokens.size() && tokens.get(cue.to()).folded().equals("that") ? cue.to() + 1 : cue.to();
        return chunks.stream().anyMatch(x -> x.from() == from && x.to() == next.from() && x.direct()
                && !x.actors().isEmpty() && !tokens.get(next.from()).commaBefore());
    }
}
