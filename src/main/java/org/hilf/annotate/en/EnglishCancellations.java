package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;

/**
 * Events their own sentence reports called off ("had been due to meet Trump on Tuesday, but the
 * meeting was called off"): a phrase of {@code data/lexicon/en/cancellation_markers.txt} after the
 * event's trigger, with no other event's trigger between them, takes the event back. Stateless after
 * construction and thread-safe.
 */
final class EnglishCancellations {
    private final EnglishResources res;
    private final EnPhrases<Boolean> markers;

    EnglishCancellations(EnglishResources res) {
        this.res = res;
        this.markers = res.phrases("lexicon/en/cancellation_markers.txt");
    }

    /** The events without those called off. */
    List<EventMention> drop(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (!calledOff(doc, e, events)) {
                out.add(e);
            }
        }
        return out;
    }

    private boolean calledOff(AnnotatedArticle doc, EventMention e, List<EventMention> events) {
        int end = e.sentence().end();
        for (EventMention o : events) { // the words up to the next event's trigger of the sentence are this event's
            if (o != e && o.sentence().equals(e.sentence()) && o.trigger().start() > e.trigger().end()) {
                end = Math.min(end, o.trigger().start());
            }
        }
        List<EnToken> after = res.tokenizer.tokens(doc.text(), e.trigger().end(), end);
        for (int k = 0; k < after.size(); k++) {
            if (markers.longestAt(after, k) != null) {
                return true;
            }
        }
        return false;
    }
}
