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
 * "Erdogan and Aliyev held a one-on-one meeting. Fidan and Bayramov also attended the talks": a meeting
 * word right after words of data/lexicon/en/attended_encounters.txt is the encounter just reported, not
 * a new one. Its people, each with the state or body of the title they were named with, join the latest
 * past meeting or visit reported in the {@link #REACH} sentences before; its other actors (the topic:
 * "talks on the peace process between Baku and Yerevan") do not. With no such encounter, or when the
 * meeting names an organization the encounter has not, the meeting stays as read. Stateless after construction and thread-safe.
 */
final class EnglishAttendedEncounters {
    /** Sentences back the encounter may have been reported. */
    private static final int REACH = 2;
    private static final int MAX_WORDS = 5;

    private final EnglishTokenizer tokenizer;
    private final EnPhrases<Boolean> phrases;

    EnglishAttendedEncounters(EnglishResources res) {
        this.tokenizer = res.tokenizer;
        this.phrases = res.phrases("lexicon/en/attended_encounters.txt");
    }

    List<EventMention> apply(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            int target = e.type().equals("Meeting") && !e.planned() && attended(doc, e) ? encounterBefore(out, e) : -1;
            if (target < 0 || ownBody(e, out.get(target))) {
                continue;
            }
            Set<String> ps = new LinkedHashSet<>(out.get(target).participants());
            for (ActorMention a : doc.get(Keys.ACTORS)) {
                if (e.participants().contains(a.entityId()) && a.entityId().startsWith("person/") && e.sentence().span().contains(a.span())) {
                    ps.add(a.entityId());
                    if (a.affiliationId() != null) {
                        ps.add(a.affiliationId());
                    }
                }
            }
            EventMention t = out.get(target);
            out.set(target, t.resolved(t.organizerId(), t.placeId(), t.date(), t.dateBasis(), ps));
            out.remove(i);
            i--;
        }
        return out;
    }

    /**
     * Whether {@code e} names an organization {@code earlier} has not: "took part in the meeting of G7 foreign
     * ministers" after an Arab League meeting is the G7's gathering, not the one just reported.
     */
    private static boolean ownBody(EventMention e, EventMention earlier) {
        return e.participants().stream().anyMatch(p -> p.startsWith("org/") && !earlier.participants().contains(p));
    }

    /** Whether words of attended_encounters.txt end right before the event's trigger. */
    private boolean attended(AnnotatedArticle doc, EventMention e) {
        List<EnToken> tokens = tokenizer.tokens(doc, e.sentence().start(), e.trigger().end());
        int trigger = EnPhrases.indexAt(tokens, e.trigger().start());
        for (int k = Math.max(0, trigger - MAX_WORDS); trigger > 0 && k < trigger; k++) {
            EnPhrases.Hit<Boolean> h = phrases.longestAt(tokens, k);
            if (h != null && h.to() == trigger) {
                return true;
            }
        }
        return false;
    }

    /** The latest past meeting or visit reported in the sentences just before {@code e}'s, or -1. */
    private static int encounterBefore(List<EventMention> events, EventMention e) {
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            EventMention x = events.get(i);
            int at = x.sentence().index();
            if ((x.type().equals("Meeting") || x.type().equals("Visit")) && !x.planned() && at < e.sentence().index()
                    && e.sentence().index() - at <= REACH && (best < 0 || at >= events.get(best).sentence().index())) {
                best = i;
            }
        }
        return best;
    }
}
