package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.frame.Chunk;

/**
 * Words of speech that make no statement of their own: those that relay another speaker's words
 * ("Beijing's foreign ministry said Xi told Albanese that …": the ministry reports what Xi said;
 * "According to a statement from China's foreign ministry, Wang urged …"), and those inside what
 * was said ("Guterres said the United Nations rejected …", "said Washington backed … but urged …").
 * Gold and news count the statement of the one whose words they are only. Stateless.
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
        int that = cue.to();
        if (that < tokens.size() && tokens.get(that).folded().equals("in")) { // "said in a readout that Xi had urged …"
            for (int k = that + 1; k < Math.min(tokens.size(), cue.to() + ADJUNCT_WORDS) && !tokens.get(k).commaBefore(); k++) {
                if (tokens.get(k).folded().equals("that")) {
                    that = k;
                    break;
                }
            }
        }
        int from = that < tokens.size() && tokens.get(that).folded().equals("that") ? that + 1 : cue.to();
        Chunk subject = chunks.stream().filter(x -> x.to() == cue.from() && x.direct()).findFirst().orElse(null);
        return chunks.stream().anyMatch(x -> x.from() == from && x.direct() && !x.actors().isEmpty() && x.to() <= next.from()
                && tokens.subList(x.to(), next.from()).stream().allMatch(t -> AUXILIARIES.contains(t.folded()))
                && !tokens.get(next.from()).commaBefore() && !ownBody(subject, x));
    }

    /** Words of an adjunct between the verb of speech and "that" at most ("in a readout", "in a statement on Sunday"). */
    private static final int ADJUNCT_WORDS = 6;
    /** Words between the relayed speaker and his verb ("Xi had urged", "Wang also told"). */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "also");

    /**
     * "Guterres said the United Nations rejected …", "Jaishankar said the ministers had also condemned …": the verb of
     * speech {@code cue} is the reported clause's own, its subject one phrase right after the verb {@code before} (after
     * "that", auxiliaries between), the speaker's own body or a word for a group he is one of: his words, not theirs.
     */
    static boolean reportedClause(List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<EnglishSpeakers.Word> before,
                                  EnPhrases.Hit<EnglishSpeakers.Word> cue) {
        int from = before.to() < tokens.size() && tokens.get(before.to()).folded().equals("that") ? before.to() + 1 : before.to();
        Chunk subject = chunks.stream().filter(x -> x.to() == before.from() && x.direct()).findFirst().orElse(null);
        return EnglishSpeakers.kind(cue).equals("verb") && chunks.stream().anyMatch(x -> x.from() == from && x.to() <= cue.from() && x.direct()
                && tokens.subList(x.to(), cue.from()).stream().allMatch(t -> AUXILIARIES.contains(t.folded()))
                && !tokens.get(cue.from()).commaBefore() && (x.anaphor() || !x.actors().isEmpty() && ownBody(subject, x)));
    }

    /** The phrase's actors are all bodies the subject's people act for. */
    private static boolean ownBody(Chunk subject, Chunk reported) {
        return subject != null && reported.actors().stream()
                .allMatch(a -> subject.actors().stream().anyMatch(p -> a.entityId().equals(p.affiliationId())));
    }

    /**
     * "said Washington backed ECOWAS's leadership but urged a diplomatic solution", "said that Kiir welcomed the
     * outcome but rejected interference", "the ministers said they were concerned …, without naming China, and
     * condemned the attack": a verb of speech right after "but" or "and" (a comma before them or not), after words
     * of speech that named a speaker or a document (ending at {@code spokeTo}), has no subject of its own: it goes
     * on with what was said or with the same speaker, never the phrase before it ("China").
     */
    static boolean inWhatWasSaid(List<EnToken> tokens, EnPhrases.Hit<EnglishSpeakers.Word> cue, int spokeTo) {
        return spokeTo >= 0 && EnglishSpeakers.kind(cue).equals("verb") && cue.from() > spokeTo && cue.from() > 0
                && GOING_ON.contains(tokens.get(cue.from() - 1).folded());
    }

    /** Words that join a verb to the one before it without a clause of its own. */
    private static final Set<String> GOING_ON = Set.of("but", "and");
}
