package org.hilf.annotate.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Words;

/**
 * A headline announces what its body reports: "تيتيه تلتقي المنفي في طرابلس" over "التقت الممثلة الخاصة
 * … رئيس المجلس الرئاسي الليبي محمد المنفي". A headline's event is the body's event of the same kind that
 * shares the most actors with it (two at least, or its one actor; a summit: the same organizer), and the body's report
 * leads: its actors, date and type (a headline's "يستقبل" is the body's visit); a body's only summit
 * that names no organization is the headline's summit of one ("قمة إيكواس في أبوجا …" over "وانعقدت
 * القمة …"). A headline event the body does not report stays. Language-neutral and stateless.
 */
public final class HeadlineEvents {
    /** A first line longer than this is a paragraph, not a headline. */
    static final int MAX_HEADLINE_WORDS = 30;

    private HeadlineEvents() {
    }

    /**
     * The end offset of the article's headline: its first line, when a body follows and the line is short
     * enough to be a title; -1 when the text opens with its body.
     */
    public static int headlineEnd(String text) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int nl = text.indexOf('\n', from);
        if (nl < 0 || blankFrom(text, nl)) {
            return -1;
        }
        return Words.split(text.substring(from, nl).trim()).length <= MAX_HEADLINE_WORDS ? nl : -1;
    }

    /** {@code text.substring(from).isBlank()} without copying the rest of the article (asked for every article). */
    private static boolean blankFrom(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The events with each headline event folded into the body event that reports it. */
    public static List<EventMention> intoBody(List<EventMention> events, int headlineEnd) {
        if (headlineEnd < 0) {
            return events;
        }
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention h : events) {
            if (h.allSentences().stream().anyMatch(x -> x.end() > headlineEnd)) {
                continue; // a body report of it is already merged in
            }
            boolean lone = loneReport(h, out, headlineEnd);
            int best = -1;
            long bestScore = 0;
            for (int i = 0; i < out.size(); i++) {
                EventMention b = out.get(i);
                if (b.sentence().start() > headlineEnd && kindsAgree(h, b) && yearsAgree(h, b)) {
                    long shared = h.participants().stream().filter(b.participants()::contains).count();
                    // the body's report of the same kind first, then the one sharing most actors
                    long score = shared < (lone && h.type().equals(b.type()) ? 1 : 2) && !h.type().equals("Summit") ? 0 : shared + (h.type().equals(b.type()) ? 100 : 0);
                    if (score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0 && (!h.type().equals("Summit") || out.get(best).organizerId() != null || onlyUnheld(out, headlineEnd))) {
                // a headline may pack two encounters in one clause ("تلتقي X في طرابلس ثم Y في بنغازي"): its
                // actors are not added to the body's; a summit the body names without its body takes the headline's
                EventMention b = out.get(best);
                EventMention m = b.absorb(h);
                String organizer = b.organizerId() != null ? m.organizerId() : h.organizerId();
                Set<String> actors = new java.util.LinkedHashSet<>(b.participants());
                if (organizer != null && h.type().equals("Summit")) {
                    actors.add(organizer);
                }
                out.set(best, m.resolved(organizer, m.placeId(), m.date(), m.dateBasis(), actors));
                out.remove(h);
            }
        }
        return out;
    }

    /**
     * A headline event must share two actors with the body's event it announces, or only its one actor
     * with the body's one event of its type that has that actor (true here): "القمة … تختتم أعمالها
     * باعتماد إعلان" over "واعتمد القادة الإعلان", the body's one adoption by that body.
     */
    private static boolean loneReport(EventMention h, List<EventMention> events, int headlineEnd) {
        if (h.participants().size() != 1) {
            return false;
        }
        String actor = h.participants().iterator().next();
        return events.stream().filter(e -> e.sentence().start() > headlineEnd && e.type().equals(h.type())
                && e.participants().contains(actor)).count() == 1;
    }

    /** A headline's present tense dates nothing finer than the year: "يستقبل" over "استقبل أمس". */
    private static boolean yearsAgree(EventMention h, EventMention b) {
        return h.date() == null || b.date() == null || !h.date().resolved() || !b.date().resolved()
                || h.date().start().getYear() == b.date().start().getYear();
    }

    /**
     * "قمة إيكواس في أبوجا …" over "وانعقدت القمة …" whose body the text does not name: the body's summit
     * without an organizer is the headline's when it is the body's only one.
     */
    private static boolean onlyUnheld(List<EventMention> events, int headlineEnd) {
        return events.stream().filter(e -> e.type().equals("Summit") && e.organizerId() == null && e.sentence().start() > headlineEnd).count() == 1;
    }

    private static boolean kindsAgree(EventMention h, EventMention b) {
        if (h.planned() != b.planned()) {
            return false;
        }
        if (h.type().equals("Summit") || b.type().equals("Summit")) {
            return h.type().equals(b.type()) && h.organizerId() != null && (b.organizerId() == null || h.organizerId().equals(b.organizerId()));
        }
        if (h.type().equals("Visit") && b.type().equals("Visit") && h.host() != null && b.host() != null) {
            return h.host().equals(b.host());
        }
        return h.type().equals(b.type()) || Set.of(h.type(), b.type()).equals(Set.of("Meeting", "Visit"));
    }
}
