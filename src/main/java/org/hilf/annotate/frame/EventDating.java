package org.hilf.annotate.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * When an event happened, from the dates of its sentence and of the sentences before it.
 * Language-neutral: it reads character offsets and the article's date layers. Stateless.
 */
public final class EventDating {
    /** How many sentences back a report's date may come from when its own sentence has none. */
    private static final int CONTEXT_SENTENCES = 2;

    private EventDating() { }

    /**
     * The dates of an event whose trigger spans [at, after): the first date between the trigger and
     * the next trigger (news dates an event after its word: "التقى … أمس الثلاثاء"). Failing that,
     * the distinct dates between the previous trigger and this one, one event each ("شاركت في إبريل
     * 2022 وفي إبريل 2023 في اجتماعات"). Failing that, the nearest date of the sentence, unless
     * {@code ownSegmentOnly}; failing all, a list of one null.
     */
    public static List<DateMention> datesFor(List<DateMention> dates, int from, int at, int after, int to, boolean ownSegmentOnly) {
        for (DateMention d : dates) {
            if (d.span().start() >= after && d.span().start() < to) {
                return List.of(d);
            }
        }
        Map<LocalDate, DateMention> distinct = new LinkedHashMap<>();
        for (DateMention d : dates) {
            if (d.span().start() >= from && d.span().end() <= at) {
                DateMention old = distinct.get(d.start());
                if (old == null || old.granularity().compareTo(d.granularity()) > 0) {
                    distinct.put(d.start(), d);
                }
            }
        }
        if (!distinct.isEmpty()) {
            return removeCovered(new ArrayList<>(distinct.values()));
        }
        List<DateMention> one = new ArrayList<>();
        if (ownSegmentOnly) {
            one.add(null);
            return one;
        }
        DateMention nearest = null;
        for (DateMention d : dates) {
            if (nearest == null || Math.abs(d.span().start() - at) < Math.abs(nearest.span().start() - at)) {
                nearest = d;
            }
        }
        one.add(nearest);
        return one;
    }

    /** "الأحد الماضي 29 يناير": a coarser or equal date that contains a finer one is the same date. */
    private static List<DateMention> removeCovered(List<DateMention> list) {
        List<DateMention> keep = new ArrayList<>();
        for (DateMention d : list) {
            boolean covered = list.stream().anyMatch(o -> o != d && o.granularity().compareTo(d.granularity()) < 0
                    && !o.start().isBefore(d.start()) && !o.end().isAfter(d.end()));
            if (!covered) {
                keep.add(d);
            }
        }
        return keep;
    }

    /** A planned event's bare weekday is the next such day, not the last one. */
    public static DateMention future(DateMention d, LocalDate anchor) {
        if (d == null || !d.weekdayOnly() || anchor == null || !d.start().isBefore(anchor)) {
            return d;
        }
        LocalDate next = d.start().plusWeeks(1);
        return new DateMention(d.span(), d.text(), next, next, d.granularity(), true, true, true);
    }

    /** The article's date as the date of an event reported in the present tense ("يزور"), or null. */
    public static DateMention today(AnnotatedArticle doc, Span trigger) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        return anchor == null ? null : new DateMention(trigger, "", anchor, anchor, DateMention.Granularity.DAY, true, true, false);
    }

    /** The article's date, or else the latest absolute date it mentions. */
    public static LocalDate horizon(AnnotatedArticle doc) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        if (anchor != null) {
            return anchor;
        }
        return doc.get(Keys.DATES).stream().filter(d -> d.resolved() && !d.relative()).map(DateMention::end)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** "text" when the date stands in the event's own sentence, "context" when it came from before. */
    public static String basis(Sentence s, DateMention d) {
        return d == null ? null : s.span().contains(d.span().start()) ? "text" : "context";
    }

    /**
     * An undated report and a later one its own words date to another year than the article's are two
     * encounters: the first is the article's news, the second its background ("ثم زار عين التينة والتقى
     * بري" and, further down, "وكان لودريان قد زار بيروت في يونيو 2023"). For {@link EventMerger#mergeUnless}.
     */
    public static boolean newsBeforeBackground(AnnotatedArticle doc, EventMention earlier, EventMention later) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        DateMention d = later.date();
        return earlier.date() == null && anchor != null && d != null && d.resolved() && d.start() != null
                && d.start().getYear() != anchor.getYear() && later.sentence().span().contains(d.span().start());
    }

    /**
     * A meeting, visit or agreement whose sentence has no date continues the report of the
     * sentences just before it: it takes the nearest day or month date of the previous two
     * sentences, marked as from context.
     */
    public static List<EventMention> inheritDates(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        for (EventMention e : events) {
            if (e.date() != null || e.type().equals("Summit")) {
                out.add(e);
                continue;
            }
            int idx = e.sentence().index();
            int from = sentences.get(Math.max(0, idx - CONTEXT_SENTENCES)).start();
            DateMention best = reportedBefore(out, e, from);
            if (best == null) {
                best = nearestBefore(doc, sentences, e, from);
            }
            DateMention date = best == null ? null : e.planned() ? future(best, doc.get(Keys.ANCHOR).date()) : best;
            out.add(date == null ? e : e.resolved(e.organizerId(), e.placeId(), date, "context", e.participants()));
        }
        return out;
    }

    /** The last day or month date from {@code from} up to {@code e}'s sentence (a dateline apart), or null. */
    private static DateMention nearestBefore(AnnotatedArticle doc, List<Sentence> sentences, EventMention e, int from) {
        DateMention best = null;
        for (DateMention d : doc.get(Keys.DATES)) {
            if (d.resolved() && d.span().start() >= from && d.span().end() <= e.sentence().start()
                    && d.granularity() != DateMention.Granularity.YEAR && !dateline(sentences, d)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The day or month of the latest event reported in the sentences from {@code from} up to {@code e}'s,
     * dated by its own sentence: the report {@code e} continues ("وصل X إلى بشكيك الخميس … مذكرة توقيف في
     * مارس الماضي. وأجرى محادثات …": the visit's Thursday, not the March of another clause); null when none.
     */
    private static DateMention reportedBefore(List<EventMention> earlier, EventMention e, int from) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventMention p = earlier.get(i);
            if (p.sentence().start() >= from && p.sentence().start() < e.sentence().start() && p.date() != null
                    && p.date().resolved() && p.date().granularity() != DateMention.Granularity.YEAR && "text".equals(p.dateBasis())
                    && p.planned() == e.planned()) {
                return p.date();
            }
        }
        return null;
    }

    /** A date that stands alone on its line ("19 أبريل 2024") dates the page, not an event. */
    private static boolean dateline(List<Sentence> sentences, DateMention d) {
        for (Sentence s : sentences) {
            if (s.span().contains(d.span().start())) {
                return s.end() - s.start() - d.span().length() < 15;
            }
        }
        return false;
    }
}
