package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.ar.ArabicEventExtractor.Found;
import org.hilf.annotate.frame.Chunk;

/**
 * What the people of an event said during it is not who took part: in "وخلال اللقاء، ندد الرئيسان
 * بالتجارب الصاروخية لكوريا الشمالية" the presidents speak and North Korea is what they denounced. After a verb of
 * speech ({@code data/lexicon/speech.tsv}, kind verb) that follows an event word in its sentence, a
 * phrase right after the verb is its subject and every other phrase of its clause (to the next comma or
 * event word) is a topic ("وأكدا أن الشراكة بين القاهرة وباريس …": the verb's ending is its subject).
 * Stateless after construction and thread-safe.
 */
final class ArabicSpeechObjects {
    /** Words after the verb at most where its subject begins ("أدان بشدة الوزيران"); a later phrase is an object. */
    private static final int SUBJECT_REACH = 2;

    /** The words of speech as the statement extractor reads them; no document test: a verb through a document is no verb here. */
    private final ArabicSpeechWords speech;

    ArabicSpeechObjects(ArabicResources res) {
        speech = new ArabicSpeechWords(res, (tokens, i) -> false, (tokens, i) -> false);
    }

    /** {@code chunks} with the objects of each verb of speech after an event word made topics. */
    List<Chunk> asTopics(List<Token> tokens, List<Found> found, List<Chunk> chunks) {
        List<Chunk> out = chunks;
        for (int i = found.get(0).to(); i < tokens.size(); i++) {
            int at = i;
            ArabicSpeechWords.Word w = found.stream().anyMatch(f -> f.from() <= at && at < f.to()) ? null : speech.at(tokens, i);
            if (w == null || !w.kind().equals("verb")) {
                continue;
            }
            int end = clauseEnd(tokens, found, i);
            boolean subject = false;
            for (int c = 0; c < out.size(); c++) {
                Chunk k = out.get(c);
                if (k.from() <= i || k.from() >= end || !k.intro().equals(Chunk.DIRECT)) {
                    continue;
                }
                if (!subject && k.from() - i <= SUBJECT_REACH) {
                    subject = true; // "ندد الرئيسان": who speaks, right after the verb
                    continue;
                }
                subject = true; // "وأكدا أن الشراكة …": the verb's ending was its subject
                if (out == chunks) {
                    out = new ArrayList<>(chunks);
                }
                out.set(c, new Chunk(Chunk.TOPIC, k.actors(), k.from(), k.to(), k.anaphor()));
            }
        }
        return out;
    }

    /** The end of the clause that opens at word {@code from}: the next comma or event word. */
    private static int clauseEnd(List<Token> tokens, List<Found> found, int from) {
        for (int k = from + 1; k < tokens.size(); k++) {
            int at = k;
            if (tokens.get(k).commaBefore() || found.stream().anyMatch(f -> f.from() == at)) {
                return k;
            }
        }
        return tokens.size();
    }
}
