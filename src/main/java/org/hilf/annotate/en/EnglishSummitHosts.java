package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;

/**
 * "Leaders of the bloc gathered in Bishkek for their annual summit. The Kyrgyz president hosted the
 * presidents of Russia, Belarus and Kazakhstan at the state residence": a reception of two or more
 * guests from other states reported just after a summit is how that summit's host received its
 * attendees, not an encounter of its own. Such a reception (its trigger a word of
 * {@link #RECEPTION}, at least three states among its participants, no later than {@link #REACH}
 * sentences after the summit, on the summit's day when both are dated) joins the summit: its
 * actors are the summit's participants. A bilateral reception stays a meeting or visit. Stateless.
 */
final class EnglishSummitHosts {
    /** Words that report a host receiving guests. */
    private static final Set<String> RECEPTION = Set.of("hosted", "welcomed", "received", "greeted");
    /** How many sentences after the summit's report a reception of its attendees may stand. */
    private static final int REACH = 2;
    /** States a reception gathers at least to be a summit's: the host's and two guests'. */
    private static final int STATES = 3;

    private EnglishSummitHosts() { }

    /** The events with each summit's reception of its attendees folded into the summit. */
    static List<EventMention> fold(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (!reception(doc, e)) {
                continue;
            }
            int summit = summitBefore(out, e);
            if (summit >= 0) {
                out.set(summit, out.get(summit).absorb(e));
                out.remove(i--);
            }
        }
        return out;
    }

    private static boolean reception(AnnotatedArticle doc, EventMention e) {
        if (!(e.type().equals("Meeting") || e.type().equals("Visit")) || e.planned()) {
            return false;
        }
        String word = doc.text().substring(e.trigger().start(), e.trigger().end()).toLowerCase(Locale.ROOT);
        Set<String> states = e.participants().stream().filter(p -> p.startsWith("state/")).collect(Collectors.toSet());
        return RECEPTION.contains(word) && states.size() >= STATES;
    }

    /** The latest summit, not planned, reported in the {@link #REACH} sentences before the reception, or -1. */
    private static int summitBefore(List<EventMention> events, EventMention e) {
        int at = e.sentence().index();
        for (int i = events.size() - 1; i >= 0; i--) {
            EventMention s = events.get(i);
            boolean near = s.allSentences().stream().mapToInt(Sentence::index).anyMatch(k -> k < at && at - k <= REACH);
            if (s.type().equals("Summit") && !s.planned() && near && sameDay(s, e)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameDay(EventMention a, EventMention b) {
        return a.date() == null || b.date() == null || !a.date().resolved() || !b.date().resolved()
                || a.date().start().equals(b.date().start());
    }
}
