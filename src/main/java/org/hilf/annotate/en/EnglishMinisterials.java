package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.EventMerger;

/**
 * A gathering of ministers is a Meeting, not a Summit: "the ASEAN Foreign Ministers' Meeting", "a
 * ministerial meeting of the OSCE", "the next FOCAC ministerial conference". The summit frame reads
 * them as it reads a summit (the body whose gathering it is, its place, its date, who attends), and
 * this pass gives the result its type once the summit rules are done with it. Words of
 * {@code data/lexicon/en/ministerial_words.txt} and {@code standing_bodies.txt}. Stateless after construction and thread-safe.
 */
final class EnglishMinisterials {
    private final EnglishTokenizer tokenizer;
    private final Set<String> ministerial;
    private final Set<String> bodies;

    EnglishMinisterials(EnglishResources res) {
        this.tokenizer = res.tokenizer;
        this.ministerial = res.words("lexicon/en/ministerial_words.txt");
        this.bodies = res.words("lexicon/en/standing_bodies.txt");
    }

    /**
     * {@code events}, each Summit whose trigger has a word of ministers retyped as a Meeting, and that
     * meeting one with another report of it that names nobody but its body and people ("Foreign
     * ministers of the OSCE agreed Friday …" then "The OSCE Ministerial Council, chaired by X, …"; a
     * side meeting of two ministers stays apart). A standing body reported alone ("would set up a joint ministerial committee") is no gathering.
     */
    List<EventMention> asMeetings(AnnotatedArticle doc, List<EventMention> events) {
        Set<EventMention> retyped = new HashSet<>();
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : events) {
            if (!ministerial(doc, e)) {
                out.add(e);
            } else if (!e.more().isEmpty() || !standingBody(doc, e)) {
                EventMention m = meeting(e);
                retyped.add(m);
                out.add(m);
            }
        }
        return retyped.isEmpty() ? out : EventMerger.mergeUnless(out, (a, b) -> !(retyped.contains(a) && ownReport(b, a)
                || retyped.contains(b) && ownReport(a, b)));
    }

    /** Whether {@code e} is a Summit whose trigger has a word of ministers: a gathering of ministers this pass will retype. */
    boolean ministerial(AnnotatedArticle doc, EventMention e) {
        return e.type().equals("Summit") && tokenizer.tokens(doc, e.trigger().start(), e.trigger().end()).stream()
                .anyMatch(t -> ministerial.contains(t.folded()));
    }

    /** A report of nobody but the body of the ministers' meeting and people ("Foreign ministers of the OSCE agreed"), not a side meeting. */
    private static boolean ownReport(EventMention report, EventMention meeting) {
        String body = meeting.organizerId();
        return body != null && report.participants().contains(body)
                && report.participants().stream().allMatch(p -> p.equals(body) || p.startsWith("person/"));
    }

    /** "a joint ministerial committee": the word after the trigger names a body that sits, not a gathering. */
    private boolean standingBody(AnnotatedArticle doc, EventMention e) {
        List<EnToken> next = tokenizer.tokens(doc, e.trigger().end(), Math.min(doc.text().length(), e.trigger().end() + 40));
        int k = next.size() > 2 && next.get(0).folded().equals("follow") && next.get(1).folded().equals("up") ? 2 : 0; // "a ministerial follow-up mechanism"
        return next.size() > k && bodies.contains(next.get(k).folded());
    }

    private static EventMention meeting(EventMention e) {
        return new EventMention("Meeting", e.sentence(), e.trigger(), e.participants(), e.visitor(), e.host(), e.placeId(),
                e.organizerId(), e.date(), e.dateBasis(), e.planned(), e.evidence(), e.more());
    }
}
