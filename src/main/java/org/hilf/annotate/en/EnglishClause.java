package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.Frame;

/**
 * What the words around an event word say about it: denied ("did not meet", "skipped", "no plans
 * to"), planned ("will", "is set to", "is expected to", "upcoming", "next week"), a call rather
 * than a meeting ("by phone", "video call"), on the sidelines of another gathering. The word
 * lists are {@code data/lexicon/en/}. Immutable and thread-safe.
 */
final class EnglishClause {
    /** Words before the event word a planning word may stand ("is expected to sit down with"). */
    static final int PLANNED_WINDOW = 6;
    /** Words further back a planning word may stand before a verb coordinated by "and" with the planned one. */
    private static final int COORDINATED_REACH = 8;
    /** Words before the event word a negation may stand ("did not hold talks"). */
    static final int NEGATION_WINDOW = 4;
    /** Words before the event word a verb of a negotiation under way may begin ("step up the trade talks"). */
    static final int PROCESS_WINDOW = 4;
    /** Words that end a process verb's object before the event word ("step up cooperation and hold talks"). */
    private static final Set<String> OBJECT_BREAKS = Set.of("and", "or", "to", "but", "while");
    /** Words after "which" a planning word of a relative clause may stand ("which Türkiye will host"). */
    static final int RELATIVE_WINDOW = 4;
    private static final Set<String> RELATIVES = Set.of("which", "that");
    /**
     * Verbs after the planning word of such a clause that convene the gathering ("will host", "is to be
     * held"); not "which will end on Friday" (under way) nor "that Iraq had hoped would showcase" (a hope).
     */
    private static final Set<String> CONVENING = Set.of("host", "hold", "be", "take", "bring", "gather", "convene", "open",
            "welcome", "chair", "see");
    /** Participles after "will be" that convene a gathering. */
    private static final Set<String> CONVENED = Set.of("held", "hosted", "convened", "opened", "staged");
    /** Words around a meeting word that may make it a call. */
    static final int REMOTE_WINDOW = 4;

    private final EnPhrases<Boolean> planned;
    private final EnPhrases<Boolean> notPlanned;
    private final EnPhrases<Boolean> negations;
    private final EnPhrases<Boolean> processVerbs;
    private final EnPhrases<Boolean> remote;
    private final EnPhrases<Boolean> sidelines;
    private final EnPhrases<Boolean> officeReturns;
    private final Set<String> clauseStops;
    private final Set<String> reportVerbs;
    private final Set<String> pastEventVerbs;

    /** "returned to office", "returned home": words of office_returns.txt right after an event word ending at {@code to}. */
    boolean officeReturn(List<EnToken> tokens, int to) {
        return to < tokens.size() && !tokens.get(to).breakBefore() && officeReturns.longestAt(tokens, to) != null;
    }

    EnglishClause(EnglishResources res) {
        planned = res.phrases("lexicon/en/planned_markers.txt");
        notPlanned = res.phrases("lexicon/en/planned_exceptions.txt");
        negations = res.phrases("lexicon/en/negations.txt");
        processVerbs = res.phrases("lexicon/en/process_verbs.txt");
        remote = res.phrases("lexicon/en/remote_markers.txt");
        sidelines = res.phrases("lexicon/en/sideline_markers.txt");
        officeReturns = res.phrases("lexicon/en/office_returns.txt");
        clauseStops = res.words("lexicon/en/clause_stops.txt");
        reportVerbs = res.reportVerbs;
        pastEventVerbs = res.words("lexicon/en/past_event_verbs.txt");
    }

    /**
     * A negation among the few words before word {@code from}, within [lower, from); or a verb that
     * makes the meeting noun a negotiation under way ("speed up talks on a trade deal"): no event.
     */
    boolean negated(List<EnToken> tokens, int from, int lower) {
        // one of three words or more may begin further back when it ends within the window ("has so far not set a date for a meeting",
        // "would have been the highest-level US visit": four words between, a hyphen's halves counted)
        for (int k = Math.max(0, Math.max(lower, from - 2 * NEGATION_WINDOW)); k < from; k++) {
            for (EnPhrases.Hit<Boolean> h : negations.at(tokens, k)) {
                if (h.to() <= from && (k >= from - NEGATION_WINDOW || h.to() - k >= 3 && from - h.to() <= NEGATION_WINDOW)) {
                    return true;
                }
            }
        }
        return underWay(tokens, from, lower);
    }

    /**
     * Where a negation of the event word at {@code from} may stand: the clause from {@code lower}, but for
     * sending only the two words before it ("did not send"), since one who sends another in his place
     * has just been denied ("skipped the gathering and sent X in his place").
     */
    static int negationFrom(List<Frame> frames, int from, int lower) {
        return frames.stream().allMatch(x -> x.id().equals("send")) ? Math.max(lower, from - 2) : lower;
    }

    /** "speed up (the trade) talks": a process verb whose object the event word is, no "and" or comma between. */
    private boolean underWay(List<EnToken> tokens, int from, int lower) {
        for (int k = Math.max(0, Math.max(lower, from - PROCESS_WINDOW)); k < from; k++) {
            for (EnPhrases.Hit<Boolean> h : processVerbs.at(tokens, k)) {
                boolean object = h.to() <= from;
                for (int j = h.to(); j <= from && object && j < tokens.size(); j++) {
                    object = !tokens.get(j).commaBefore() && (j == from || !OBJECT_BREAKS.contains(tokens.get(j).folded()));
                }
                if (object) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A planning word among the words before word {@code from}, within [lower, from), that is no
     * word of a past time of planned_exceptions.txt ("the next day").
     */
    boolean planned(List<EnToken> tokens, int from, int lower) {
        // "is scheduled to address both chambers of parliament and meet Prime Minister X": the verb after "and" shares the plan
        boolean coordinated = from > 0 && tokens.get(from - 1).folded().equals("and") && !tokens.get(from - 1).commaBefore();
        int start = Math.max(0, Math.max(lower, from - PLANNED_WINDOW - (coordinated ? COORDINATED_REACH : 0)));
        for (int k = start; k < from; k++) {
            EnPhrases.Hit<Boolean> past = notPlanned.longestAt(tokens, k);
            if (past != null && past.to() <= from) {
                k = past.to() - 1; // skip the words of "the next day"
                continue;
            }
            if (month(tokens, k)) {
                continue;
            }
            for (EnPhrases.Hit<Boolean> h : planned.at(tokens, k)) {
                if (h.to() <= from) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the alliance's summit, which Türkiye will host on July 7-8": a summit whose relative clause just
     * after it plans it, by a planning word within {@link #RELATIVE_WINDOW} words of "which" or "that";
     * followed by a verb that convenes it; not a meeting (its clause may plan what follows it). So does
     * its own verb right after it: "the 53rd Ordinary Session … will be held tomorrow in Lome".
     */
    boolean plannedRelative(Frame frame, List<EnToken> tokens, int to) {
        if (!frame.type().equals("Summit") || to >= tokens.size()) {
            return false;
        }
        if (!RELATIVES.contains(tokens.get(to).folded())) {
            // "will be held" (a planning phrase that ends in "be"), "is to be held", "will take place"
            return planned.at(tokens, to).stream().anyMatch(h -> h.to() < tokens.size()
                    && (CONVENING.contains(tokens.get(h.to()).folded()) || CONVENED.contains(tokens.get(h.to()).folded())));
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 1 + RELATIVE_WINDOW) && !tokens.get(k).commaBefore(); k++) {
            for (EnPhrases.Hit<Boolean> h : planned.at(tokens, k)) {
                return h.to() < tokens.size() && CONVENING.contains(tokens.get(h.to()).folded());
            }
        }
        return false;
    }

    /**
     * "their May summit", "in May": a capitalised "May" after a lower-case word is the month, not the
     * verb (which is written "may" inside a sentence; a Title Case headline capitalises its neighbours too).
     */
    private static boolean month(List<EnToken> tokens, int k) {
        EnToken t = tokens.get(k);
        return k > 0 && t.text().equals("May") && Character.isLowerCase(tokens.get(k - 1).text().charAt(0));
    }

    /** A call word near [from, to) but outside it ("paid a courtesy call on" is a visit), not crossing [lower, upper). */
    boolean remote(List<EnToken> tokens, int from, int to, int lower, int upper) {
        return remote.firstIn(tokens, Math.max(lower, from - REMOTE_WINDOW), from) != null
                || remote.firstIn(tokens, to, Math.min(upper, to + REMOTE_WINDOW)) != null;
    }

    /** Words of the phrase that names the gathering on whose sidelines it happened, up to the next comma. */
    boolean[] sidelineZone(List<EnToken> tokens) {
        boolean[] zone = new boolean[tokens.size() + 1];
        EnPhrases.Hit<Boolean> h = sidelines.firstIn(tokens, 0, tokens.size());
        if (h != null) {
            for (int k = h.from(); k < tokens.size() && (k == h.from() || !tokens.get(k).commaBefore()); k++) {
                zone[k] = true;
            }
        }
        return zone;
    }

    /** A word after a determiner is a noun: "a visit by Kishida", "their meeting" report no verb's event. */
    static boolean determined(List<EnToken> tokens, int from) {
        return from > 0 && !tokens.get(from).breakBefore() && tokens.get(from - 1).folded().matches("a|an|the|his|her|their|its|this|that|our");
    }

    boolean sidelines(List<EnToken> tokens) {
        return sidelines.firstIn(tokens, 0, tokens.size()) != null;
    }

    /** The word after the last clause stop ("that", "which", "while") in [lower, from), else lower. */
    int clauseStart(List<EnToken> tokens, int from, int lower) {
        for (int k = from - 1; k >= lower; k--) {
            if (clauseStops.contains(tokens.get(k).folded()) || tokens.get(k).gap().contains(";")) {
                return k + 1;
            }
        }
        return lower;
    }

    /** The word after the last verb of report_verbs.txt ("said") in [lower, from), else lower: what is reported starts there. */
    int reportStart(List<EnToken> tokens, int from, int lower) {
        for (int k = from - 1; k >= lower; k--) {
            if (reportVerbs.contains(tokens.get(k).folded())) {
                return k + 1;
            }
        }
        return lower;
    }


    /**
     * An object that stands right before another event word is that word's modifier, not this
     * event's participant: in "Iraq hosted an Arab League summit" the Arab League is whose summit it is.
     */
    static boolean modifiesTrigger(Frame frame, EnglishEventExtractor.Found f, Map<String, Chunk> roles, boolean[] anchors, List<EnToken> tokens) {
        if (frame.type().equals("Summit") || frame.isJoin()) {
            return false;
        }
        for (Map.Entry<String, Chunk> r : roles.entrySet()) {
            Chunk c = r.getValue();
            int k = c.to();
            if (r.getKey().equals("V")) {
                continue; // a visitor after the visit word is who it is by, or the subject an opening phrase leads to (frames.tsv "opener")
            }
            if (c.direct() && c.from() > f.to() && tokens.subList(f.to(), c.from() + 1).stream().anyMatch(EnToken::commaBefore)) {
                return true; // "to meet its targets, a position Trump described": an object beyond a comma is another clause's
            }
            if (c.from() < f.to() || k >= tokens.size()) {
                continue;
            }
            if (anchors[k] || (k + 1 < tokens.size() && anchors[k + 1] && !tokens.get(k).breakBefore() && !tokens.get(k + 1).breakBefore()
                    && tokens.get(k).folded().matches("leaders|ministers|'s|foreign|defence|defense|bilateral|joint"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The two leaders last met in December", "Ruto last travelled to Addis Ababa in February": "last"
     * before the trigger at {@code from} reports the latest past occasion, and so does a past verb of
     * {@code past_event_verbs.txt} as the trigger or between it and the date ("the declaration, which the
     * two leaders signed in December", "the previous summit, held in Djibouti in December"): a month or day
     * written without its year that fell after the article's date is that of the year before; else {@code date}.
     * Called only for a clause with no planned word.
     */
    DateMention lastOccasion(List<EnToken> tokens, int from, DateMention date, LocalDate anchor) {
        boolean last = from > 0 && tokens.get(from - 1).folded().equals("last") && !tokens.get(from).commaBefore();
        for (int k = from; k < tokens.size() && tokens.get(k).start() < date.span().start() && !last; k++) {
            last = pastEventVerbs.contains(tokens.get(k).folded());
        }
        last = last || metOnSidelines(tokens, from);
        if (!last || !date.relative() || date.weekdayOnly() || date.granularity() == DateMention.Granularity.YEAR || !date.start().isAfter(anchor)) {
            return date;
        }
        return new DateMention(date.span(), date.text(), date.start().minusYears(1), date.end().minusYears(1), date.granularity(),
                date.resolved(), date.relative(), date.weekdayOnly());
    }

    /** Words between the sideline marker and the gathering's word, and between the past verb and the marker, at most. */
    private static final int SIDELINE_REACH = 8;

    /**
     * "The two leaders first met on the sidelines of the APEC summit in Gyeongju in late October": a
     * gathering on whose sidelines others met (a past verb just before "sidelines"/"margins") had met by then.
     */
    private boolean metOnSidelines(List<EnToken> tokens, int from) {
        for (int k = from - 1; k >= 0 && from - k <= SIDELINE_REACH && !tokens.get(k + 1).commaBefore(); k--) {
            String w = tokens.get(k).folded();
            if (w.equals("sidelines") || w.equals("margins")) {
                for (int j = k - 1; j >= 0 && k - j <= 4 && !tokens.get(j + 1).commaBefore(); j--) {
                    if (pastEventVerbs.contains(tokens.get(j).folded())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
