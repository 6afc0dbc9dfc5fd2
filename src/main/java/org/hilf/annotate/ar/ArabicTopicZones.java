package org.hilf.annotate.ar;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ar.ArabicEventExtractor.Found;
import org.hilf.annotate.frame.Chunk;

/**
 * The words of an Arabic sentence inside a topic clause ("لبحث التعاون مع X"، "بشأن الحرب في Y"): from a
 * marker of {@code data/lexicon/topic_markers.txt} to the next comma, event word or clause opener. The
 * actors named there are what an event is about, not who takes part (FACTS.md). Immutable and thread-safe.
 */
final class ArabicTopicZones {
    /** "أن"، "إن"، "بأن" (folded): words that open a clause and end a topic's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "بان", "وان");

    private final PhraseIndex<Boolean> topicMarkers;
    private final ArabicSpeechObjects speechObjects;

    ArabicTopicZones(ArabicResources res) {
        this.topicMarkers = res.phrases("lexicon/topic_markers.txt");
        this.speechObjects = new ArabicSpeechObjects(res);
    }

    /** {@code chunks} with what the people of an event said during it made topics ({@link ArabicSpeechObjects}). */
    List<Chunk> spoken(List<Token> tokens, List<Found> found, List<Chunk> chunks) {
        return speechObjects.asTopics(tokens, found, chunks);
    }

    /** Word positions inside a topic clause, for a sentence's tokens and event words. */
    boolean[] of(List<Token> tokens, List<Found> found) {
        boolean[] zone = new boolean[tokens.size() + 1];
        Set<Integer> eventWords = new HashSet<>();
        Set<Integer> triggerWords = new HashSet<>();
        found.forEach(f -> eventWords.add(f.from()));
        found.forEach(f -> { for (int k = f.from(); k < f.to(); k++) { triggerWords.add(k); } });
        for (int i = 0; i < tokens.size(); i++) {
            // "حضر عن الكويت ولي العهد" (a trigger, frames.tsv attend-for): "عن" says on whose behalf, not about whom;
            // "وحضر اللقاء عن الجانب الأردني X": nor does "عن" before the side an attendee sits on
            if (!triggerWords.contains(i) && !ArabicTalksAttendance.side(tokens, i)
                    && topicMarkers.longestAt(tokens, i, ArabicTopicZones::marker) != null) {
                for (int k = i; k < tokens.size(); k++) {
                    // "نقلت الوكالة عن مسؤول أن X قد يلتقي Y": "أن" opens a clause of its own, no topic's
                    if (k > i && (tokens.get(k).commaBefore() || eventWords.contains(k) || CLAUSE_OPENERS.contains(tokens.get(k).text()))) {
                        break;
                    }
                    zone[k] = true;
                }
            }
        }
        return zone;
    }

    /** A marker as written, or after a one-letter conjunction or preposition (not ك), as event words are read. */
    private static boolean marker(Clitics.Reading r) {
        return r.prefix().length() <= 1 && !r.prefix().equals("ك");
    }
}
