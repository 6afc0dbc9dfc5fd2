package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;

/**
 * The host state of a body's planned gathering the text places in a state by the state's own name
 * ("the next GCC summit is due to be held in Oman", "the next summit will take place in Kyrgyzstan in
 * 2026", "the next FOCAC ministerial conference would be held in the Republic of Congo"): the state
 * that will hold it takes part. A city ("in Ankara", "in Brussels") is only where it meets, and no
 * past gathering gains its place: those name their host leader when he matters. Stateless and
 * thread-safe.
 */
final class EnglishPlannedHosts {
    /** Words after the event word the "in" of its place may stand ("summit is due to be held in"). */
    private static final int PLACE_WINDOW = 12;

    private final EnglishResources res;

    EnglishPlannedHosts(EnglishResources res) { this.res = res; }

    /** The events, with the host state of each planned gathering of a body placed in a state by name. */
    List<EventMention> withHosts(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            String state = e.planned() && e.organizerId() != null && e.placeId() != null && e.placeId().startsWith("place/state-")
                    ? placedIn(doc, e) : null;
            if (state == null || e.participants().contains(state)) {
                out.add(e);
                continue;
            }
            Set<String> ps = new LinkedHashSet<>(e.participants());
            ps.add(state);
            out.add(e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
        }
        return out;
    }

    /** The state its own sentence names, as a place after "in" a few words after the event word, or null. */
    private String placedIn(AnnotatedArticle doc, EventMention e) {
        List<EnToken> tokens = res.tokenizer.tokens(doc.text(), e.trigger().end(), e.sentence().end());
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.role() != ActorMention.Role.PLACE || !a.entityId().startsWith("state/") || !e.sentence().span().contains(a.span())
                    || a.span().start() < e.trigger().end()) {
                continue;
            }
            int k = EnPhrases.indexAt(tokens, a.span().start());
            if (k > 0 && k <= PLACE_WINDOW && tokens.get(k - 1).folded().equals("in") && ("place/state-" + a.entityId().substring(6)).equals(e.placeId())) {
                return a.entityId();
            }
        }
        return null;
    }
}
