package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Frame;

/**
 * The words of an Arabic clause that change what an event word reports: negations ("لم يلتق"،
 * "ليس من المقرر")، planning words ("من المقرر"، "القمة المقبلة")، calls ("اتصال هاتفي")، deadlines
 * ("بحلول عام 2030")، habits ("اجتماعات القمة")، sidelines ("على هامش") and relative clauses ("الذي
 * يزور"). Lexicons under {@code data/lexicon/} and {@code data/lexicon/ar/}. Immutable, thread-safe.
 */
final class ArabicModality {
    private static final int PLANNED_WINDOW = 8;
    /** Words after the event word that may mark it planned ("القمة الخليجية المقبلة"). */
    private static final int PLANNED_AFTER = 3;
    /** The words of a sentence's opening a planning phrase may stand in ("ومن المقرر أن"). */
    private static final int OPENING = 3;
    private static final Set<String> NOUN_QUALIFIERS = Set.of("المقبل", "المقبله", "القادم", "القادمه");

    private final ArabicResources res;
    private final PhraseIndex<Boolean> plannedMarkers;
    private final Set<String> negations;
    private final Set<String> negativeQuantifiers;
    private final PhraseIndex<Boolean> remoteMarkers;
    private final PhraseIndex<Boolean> deadlineMarkers;
    private final PhraseIndex<Boolean> sidelineMarkers;
    private final ArabicHabits habits;
    private final Set<String> genericHeads;
    private final Set<String> relativePronouns;
    private final ArabicPlanVerbs planVerbs;
    private final ArabicDeniedReports deniedReports;
    private final ArabicBilaterals bilaterals;

    ArabicModality(ArabicResources res) {
        this.res = res;
        plannedMarkers = res.phrases("lexicon/planned_markers.txt");
        negations = Set.copyOf(res.fold(Tsv.words("lexicon/negations.txt")));
        negativeQuantifiers = Set.copyOf(res.fold(Tsv.words("lexicon/ar/negative_quantifiers.txt")));
        remoteMarkers = res.phrases("lexicon/remote_markers.txt");
        deadlineMarkers = res.phrases("lexicon/deadline_markers.txt");
        sidelineMarkers = res.phrases("lexicon/ar/sideline_markers.txt");
        genericHeads = Set.copyOf(res.fold(Tsv.words("lexicon/ar/generic_heads.txt")));
        habits = new ArabicHabits(res);
        planVerbs = new ArabicPlanVerbs(res);
        deniedReports = new ArabicDeniedReports(res);
        bilaterals = new ArabicBilaterals(res);
        relativePronouns = Set.copyOf(res.fold(List.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")));
    }

    /** A marker as written, or after a one-letter conjunction or preposition (not ك). */
    static boolean reading(Clitics.Reading r) {
        return r.prefix().length() <= 1 && !r.prefix().equals("ك");
    }

    /**
     * "استهلها بلقاء X، قبل أن يلتقي Y": a present form after "قبل أن" tells what followed in the
     * narrative, on the day of the sentence's report, not what happens on the article's date.
     */
    boolean narrativeAfterBefore(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).text().equals("ان") && tokens.get(at - 2).text().matches("و?قبل");
    }

    /** A trigger within two words after a relative pronoun ("الذي يزور"): it reports inside a clause of another. */
    boolean relative(List<Token> tokens, int at) {
        return relativeAt(tokens, at) >= 0;
    }

    /** The index of the relative pronoun within two words before word {@code at} ("الذي يقوم بزيارة"), or -1. */
    int relativeAt(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            if (relativePronouns.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** "واجتماعات القمة": a plural of gatherings before the event word makes it a kind, not an event. */
    boolean generic(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            if (genericHeads.contains(r.word()) && PhraseIndex.conjunctionOnly(r)) {
                return true;
            }
        }
        return false;
    }

    boolean sidelines(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (sidelineMarkers.longestAt(tokens, k, ArabicModality::reading) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وعلى هامش الاجتماع، التقى X نظيره Y" and a body's meeting reported in another sentence are two
     * encounters: a meeting of two states and no body, in a sentence on the sidelines of something,
     * is never the meeting of a body with more actors; nor is a meeting its words call bilateral
     * the encounter of three or more states ({@link ArabicBilaterals}). Either order.
     */
    boolean sidelineApart(AnnotatedArticle doc, EventMention a, EventMention b) {
        return !a.sentence().equals(b.sentence()) && (bilateralOnSidelines(doc, a, b) || bilateralOnSidelines(doc, b, a)
                || meetingAtGathering(doc, a, b) || meetingAtGathering(doc, b, a) || bilaterals.apart(doc, a, b));
    }

    /** "الزيارة"، "زيارته"، "جولته" (folded): a visit, whose sidelines are the visit's own. */
    private static final Set<String> VISIT_WORDS = Set.of("الزياره", "زياره", "زيارته", "زيارتها", "الجوله", "جولته", "جولتها");

    /**
     * "وكان الملك قد التقى الرئيس عون على هامش القمة العربية" and the visit the article reports: a meeting
     * on the sidelines of a gathering (not of the visit itself: "على هامش زيارته") is its own encounter
     * (FACTS.md), never the visit.
     */
    private boolean meetingAtGathering(AnnotatedArticle doc, EventMention meeting, EventMention visit) {
        if (!meeting.type().equals("Meeting") || !visit.type().equals("Visit")) {
            return false;
        }
        List<Token> tokens = res.tokenizer.tokens(res.folded(doc), meeting.sentence().start(), meeting.sentence().end());
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Hit<Boolean> hit = sidelineMarkers.longestAt(tokens, k, ArabicModality::reading);
            if (hit != null) {
                return hit.to() < tokens.size() && !VISIT_WORDS.contains(tokens.get(hit.to()).text());
            }
        }
        return false;
    }

    private boolean bilateralOnSidelines(AnnotatedArticle doc, EventMention small, EventMention big) {
        long states = small.participants().stream().filter(p -> p.startsWith("state/")).count();
        return small.type().equals("Meeting") && big.type().equals("Meeting") && states == 2
                && small.participants().stream().noneMatch(p -> p.startsWith("org/"))
                && big.participants().stream().anyMatch(p -> p.startsWith("org/")) && big.participants().size() > small.participants().size()
                && sidelines(res.tokenizer.tokens(res.folded(doc), small.sentence().start(), small.sentence().end()));
    }

    /**
     * "على هامش القمة": the event word right after a sideline marker names the gathering another
     * event happened at; it is no report of its own and does not end the other event's clause.
     */
    boolean sidelineOf(List<Token> tokens, int from) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            PhraseIndex.Hit<Boolean> hit = sidelineMarkers.longestAt(tokens, k, ArabicModality::reading);
            if (hit != null && hit.to() <= from && from - hit.to() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A habit, not one event ({@link ArabicHabits}): the event word at tokens {@code from} to {@code to}. */
    boolean habitual(List<Token> tokens, int from, int to) {
        return habits.habitual(tokens, from, to);
    }

    /** A call, not a meeting: "محادثات هاتفية"، "اتصال عبر الفيديو" within three words of the meeting word. */
    boolean remote(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from - 3); k < Math.min(tokens.size(), to + 3); k++) {
            if (remoteMarkers.longestAt(tokens, k, ArabicModality::reading) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "بحلول عام 2027": a date right after a deadline word is a horizon, not when something happened; so is the date
     * of the start of a period, one word and "في" between ("منذ تأسيسه في سبتمبر الماضي").
     */
    boolean deadline(List<Token> tokens, DateMention d) {
        int at = Tokenizer.indexAt(tokens, d.span().start());
        boolean in = at > 0 && tokens.get(at - 1).text().equals("في");
        for (int k = Math.max(0, at - 3); k < at; k++) {
            PhraseIndex.Hit<Boolean> hit = deadlineMarkers.longestAt(tokens, k, ArabicModality::reading);
            // the marker may end on the date's first word ("حتى عام 2035": the date is "عام 2035")
            if (hit != null && (hit.to() >= at - 1 && hit.to() <= at + 1 || in && hit.to() == at - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation within two words before the trigger, or before a planning word there ("ليس من المقرر أن"),
     * or earlier in its clause when "أي" stands right before the trigger ("لم يعقد الوزير أي لقاء"), or a
     * denied report of it ("نافيا تقارير عن اجتماع", {@link ArabicDeniedReports}).
     */
    boolean negated(List<Token> tokens, int i) {
        if (deniedReports.denied(tokens, i)) {
            return true;
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (negation(tokens.get(k))) {
                return true;
            }
        }
        if (i > 0 && negativeQuantifiers.contains(tokens.get(i - 1).text())) {
            for (int k = i - 1; k > Math.max(0, i - PLANNED_WINDOW) && !tokens.get(k).breakBefore(); k--) {
                if (negation(tokens.get(k - 1))) {
                    return true;
                }
            }
        }
        for (int k = Math.max(0, i - PLANNED_WINDOW); k < i; k++) {
            PhraseIndex.Hit<Boolean> hit = plannedMarkers.longestAt(tokens, k, ArabicModality::reading);
            if (hit != null && k > 0 && negation(tokens.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "لم"، "ولم"، "فلن": a negation, with a conjunction or not. */
    private boolean negation(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            if (negations.contains(r.word()) && PhraseIndex.conjunctionOnly(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A planning word before the event word ("من المقرر أن …") or just after it ("القمة المقبلة"), or a
     * verb of its clause that states a plan ("يتوجه X إلى مينسك في زيارة"، "يتطلع إلى انعقاد القمة"), or
     * the visit a sentence that opens with a plan places it in ("ومن المقرر أن يوقع البلدان … خلال زيارة").
     */
    boolean plannedNear(List<Token> tokens, int from, int to) {
        return planned(tokens, Math.max(0, from - PLANNED_WINDOW), from, to) || planVerbs.plans(tokens, from, plannedOpening(tokens));
    }

    /**
     * "ومن المقرر أن يزور X …، حيث يلتقي …": a planning verb phrase that opens the sentence (within its
     * first words) governs every present-tense report of it; "المقبل" and "القادم" qualify a noun only.
     */
    boolean plannedOpening(List<Token> tokens) {
        for (int k = 0; k < Math.min(OPENING, tokens.size()); k++) {
            PhraseIndex.Hit<Boolean> hit = plannedMarkers.longestAt(tokens, k, ArabicModality::reading);
            if (hit != null && !NOUN_QUALIFIERS.contains(hit.reading().word())) {
                return true;
            }
        }
        return false;
    }

    /** "ترتيبات لعقد الاجتماع"، "قبيل انعقاد القمة": a purpose noun or an ahead word before the event word plans it ({@link ArabicPlanVerbs}). */
    boolean purposeBefore(List<Token> tokens, int from) {
        return planVerbs.purposeBefore(tokens, from) || planVerbs.ahead(tokens, from);
    }

    /** "التحضيرات للقمة": an ahead word right before the event word at {@code from} ({@link ArabicPlanVerbs#ahead}). */
    boolean ahead(List<Token> tokens, int from) { return planVerbs.ahead(tokens, from); }

    /** Words an attendance verb may stand before the event it attends ("سيشارك في أعمال القمة"). */
    private static final int ATTENDED_REACH = 2;

    /**
     * "سيشارك في اجتماع وزراء الخارجية العرب الذي يعقد الأحد": an attendance in the future tense, or
     * after a planning word, just before an event word makes that event planned. The present form
     * ("ويشارك في القمة قادة …") reports what is under way, and is left alone.
     */
    boolean plannedAttendance(List<Token> tokens, ArabicEventExtractor.Found attending, int eventFrom) {
        return attending.frame().isJoin() && attending.to() >= eventFrom - ATTENDED_REACH
                && (attending.frame().mood() == Frame.Mood.FUTURE && attending.reading().word().startsWith("س")
                || plannedNear(tokens, attending.from(), attending.to()));
    }

    /** A planning word just after the event word only ("على هامش القمة المقبلة"). */
    boolean plannedAfter(List<Token> tokens, int from, int to) {
        return planned(tokens, to, from, to);
    }

    private boolean planned(List<Token> tokens, int start, int from, int to) {
        for (int k = start; k < Math.min(tokens.size(), to + PLANNED_AFTER); k++) {
            if (k >= from && k < to) {
                continue;
            }
            if (plannedMarkers.longestAt(tokens, k, ArabicModality::reading) != null) {
                return true;
            }
        }
        return false;
    }
}
