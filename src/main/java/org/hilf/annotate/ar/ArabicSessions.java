package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.ar.ArabicEventExtractor.Found;

/**
 * A body's sessions in Arabic reports: the session of a council of heads of state is its summit
 * ("الدورة العادية الثامنة والثلاثين لمؤتمر رؤساء دول وحكومات الاتحاد"), and "وشارك في الاجتماع X"
 * names the body's meeting reported just before. Stateless.
 */
final class ArabicSessions {
    /** Words between a session's word and the council whose session it is at most (its ordinal stands between). */
    private static final int COUNCIL_REACH = 5;
    /** Words between a session's word and "على مستوى القمة" at most: its ordinal and the body's name. */
    private static final int LEVEL_REACH = 8;
    /** Sentences back the meeting "في الاجتماع" names may have been reported. */
    private static final int SESSION_REACH = 3;
    /** "الاجتماع"، "الدورة"، "أعمال"، "الجلسة (الافتتاحية)": the definite words of a session, folded. */
    private static final Set<String> SESSION_WORDS = Set.of("الاجتماع", "الاجتماعات", "الدوره", "اعمال", "الجلسه");

    /** "الدورة"، "دورة"، "الجلسة": a body's (numbered) session, or a sitting of it, folded. */
    private static final Set<String> NUMBERED = Set.of("الدوره", "دوره", "الجلسه", "جلسه");

    private ArabicSessions() { }

    /**
     * "الدورة العادية الثامنة والثلاثين لقمة الاتحاد"، "الجلسة الموسعة لقمة مجموعة السبع": a summit word whose
     * "ل" follows its session's word (its ordinal between) is that session's genitive, the summit itself, not a
     * purpose (not "اجتماعا تحضيريا للقمة"، "جلسة تحضيرية للقمة": what prepares the summit does not hold it).
     */
    static boolean ofSession(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - COUNCIL_REACH; k--) {
            if (tokens.get(k).text().startsWith("تحضيري")) {
                return false; // "جلسة تحضيرية للقمة": it prepares the summit
            }
            if (NUMBERED.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A frame of a body named in the genitive of its session, whose "ل" is no purpose: a council of
     * heads of state ("الدورة العادية للمجلس الأعلى"), two states' joint body ("للجنة المشتركة").
     */
    static boolean genitive(org.hilf.annotate.frame.Frame f) { return f.id().startsWith("council") || f.id().startsWith("joint"); }

    /**
     * The triggers of a sentence without a meeting word that opens a council's session (the council
     * frame makes its summit) and without a council named with no session (its name alone,
     * "واعتبر مجلس رؤساء دول التحالف في بيان", is no event).
     */
    static List<Found> withCouncils(List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        out.removeIf(f -> f.frame().type().equals("Meeting") && councilOf(found, f) != null);
        out.removeIf(g -> g.frame().id().startsWith("council") && found.stream()
                .noneMatch(f -> f.frame().type().equals("Meeting") && councilOf(found, f) == g));
        return out;
    }

    /**
     * "الدورة العادية الثالثة والثلاثين لمجلس جامعة الدول العربية على مستوى القمة": a meeting of one body whose words
     * (ending at {@code to}) the frame "level" follows within {@link #LEVEL_REACH} words is that body's summit, not its
     * ministers' session; any other event as it is.
     */
    static EventMention atSummitLevel(EventMention e, int to, List<Found> found) {
        String body = e.type().equals("Meeting") && e.participants().size() == 1 ? e.participants().iterator().next() : null;
        boolean level = found.stream().anyMatch(f -> f.frame().id().equals("level") && f.from() >= to && f.from() - to <= LEVEL_REACH);
        return body != null && body.startsWith("org/") && level ? e.asSummitOf(body) : e;
    }

    private static Found councilOf(List<Found> found, Found session) {
        return found.stream().filter(g -> g.frame().id().startsWith("council") && g.from() > session.from()
                && g.from() - session.to() <= COUNCIL_REACH).findFirst().orElse(null);
    }

    /**
     * "وشارك في الاجتماع X"، "كما حضر الاجتماع X": the index in {@code out} (before {@code before},
     * this sentence's first event) of the body's meeting or summit reported in the last few sentences
     * that "(في) الاجتماع" at word {@code at}, right after the verb of attending, names, or -1.
     */
    static int named(List<EventMention> out, int before, Sentence s, List<Token> tokens, int at) {
        int word = at >= 0 && at < tokens.size() && tokens.get(at).text().equals("في") ? at + 1 : at;
        if (at < 0 || word >= tokens.size() || !SESSION_WORDS.contains(tokens.get(word).text())) {
            return -1;
        }
        // a meeting first: "اجتماعا تحضيريا للقمة" is the meeting, not the summit it prepares
        return gathering(out, before, s, List.of("Meeting", "Summit"));
    }

    /**
     * "كما حضرها X"، "وشارك فيها X": the index in {@code out} (before {@code before}) of the gathering
     * the pronoun on the verb of attending refers to: the summit reported in the last few sentences,
     * else a body's meeting, or -1.
     */
    static int referred(List<EventMention> out, int before, Sentence s) {
        return gathering(out, before, s, List.of("Summit", "Meeting"));
    }

    private static int gathering(List<EventMention> out, int before, Sentence s, List<String> types) {
        for (String type : types) {
            for (int i = before - 1; i >= 0 && s.index() - out.get(i).sentence().index() <= SESSION_REACH; i--) {
                EventMention e = out.get(i);
                // a summit's organizer may not be resolved yet ("وشارك في القمة X")
                if (e.type().equals(type) && (type.equals("Summit") || e.participants().stream().anyMatch(p -> p.startsWith("org/")))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The summit the attendance of the sentence before joined, for a list of attendees that goes on in
     * the next sentence with a verb of attending and no gathering named ("وشارك في القمة X. ومثّل
     * السعودية Y، فيما ترأس وفد عمان Z."): only from one sentence to the very next, and only when
     * that one reports no event of its own. One per article, read in sentence order; not thread-safe.
     */
    static final class Attendance {
        private int sentence = -2;
        private int summit = -1;

        /** {@code earlier}, else the summit the sentence just before (or this one) joined its attendees to, or -1. */
        int continued(Sentence s, int earlier) {
            return earlier >= 0 || sentence != s.index() - 1 && sentence != s.index() ? earlier : summit;
        }

        /** Notes the summit a join of sentence {@code s} went to: its own last summit, else {@code earlier}. */
        void attended(Sentence s, List<EventMention> out, int before, int earlier) {
            int target = out.size() > before ? -1 : earlier;
            for (int i = before; i < out.size(); i++) {
                target = out.get(i).type().equals("Summit") ? i : target;
            }
            if (target >= 0 && out.get(target).type().equals("Summit")) {
                sentence = s.index();
                summit = target;
            }
        }
    }
}
