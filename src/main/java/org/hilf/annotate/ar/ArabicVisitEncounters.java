package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.ar.ArabicEventExtractor.Found;
import org.hilf.annotate.frame.Chunk;

/**
 * Talks held during a visit the same sentence has just reported: "زيارة دولة إلى فيتنام استمرت يومين،
 * أجرى خلالها محادثات مع X وY"، "زيارة دولة إلى الإمارات، يلتقي خلالها Z". The pronoun of "خلالها" is the
 * visit and the subject of the talks its visitor, whom the clause does not name again: FACTS.md makes a
 * visit during which the visitor meets his hosts one Visit, so those met take part in the visit and no
 * Meeting of its own is read. Stateless.
 */
final class ArabicVisitEncounters {
    /** "خلالها"، "خلاله" (folded): during it, the visit just named. */
    private static final Set<String> DURING_IT = Set.of("خلالها", "خلاله");
    /** The prepositions that introduce whom the visitor meets ("محادثات مع X"، "التقى بـX"), folded. */
    private static final Set<String> MET_WITH = Set.of("مع", "ب");
    /** "خلال"، "أثناء" (folded): the words before the visit of "التقى خلال زيارته". */
    private static final Set<String> DURING = Set.of("خلال", "اثناء");
    /** The subject's words at most between the meeting word and "خلال زيارته" ("والتقى الرئيس الإيراني خلال زيارته"). */
    private static final int SUBJECT_WORDS = 4;
    /** A visit word with a pronoun of its visitor ("زيارته"، "زيارتها"، "جولته"). */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(ه|ها|هم|هما)$");

    private ArabicVisitEncounters() { }

    /**
     * The index in {@code out} of the visit the meeting word {@code found.get(n)} was held during, or
     * -1: the visit the sentence reported (events {@code before} on) before "خلالها" standing right
     * before or after the word; or, for "التقى غروسي خلال زيارته X", the visit last reported in the
     * article, which "زيارته" names right after the word.
     */
    static int visitOf(List<EventMention> out, int before, List<Token> tokens, List<Found> found, int n) {
        Found f = found.get(n);
        if (!f.frame().type().equals("Meeting")) {
            return -1;
        }
        int during = duringWord(tokens, f);
        int from = during >= 0 ? before : hisVisit(tokens, found, n) != null ? 0 : out.size();
        int end = during >= 0 ? tokens.get(during).start() : Integer.MAX_VALUE;
        for (int v = out.size() - 1; v >= from; v--) {
            if (out.get(v).type().equals("Visit") && (during >= 0 || !out.get(v).planned())
                    && out.get(v).trigger().end() <= end) {
                return v;
            }
        }
        return -1;
    }

    /** "خلال زيارته"، "أثناء زيارتها" right after the meeting word {@code found.get(n)} and its subject: that visit word, or null. */
    private static Found hisVisit(List<Token> tokens, List<Found> found, int n) {
        if (n + 1 >= found.size()) {
            return null;
        }
        Found g = found.get(n + 1);
        return g.frame().type().equals("Visit") && g.from() - found.get(n).to() <= SUBJECT_WORDS + 1 && g.reading().prefix().isEmpty()
                && DURING.contains(tokens.get(g.from() - 1).text()) && POSSESSIVE.matcher(tokens.get(g.from()).text()).find() ? g : null;
    }

    /**
     * Those the visitor meets: the phrases after the meeting word (and its "خلالها") up to the next
     * event word, named directly or with "مع"، "بـ"; null when none is named.
     */
    static Chunk met(List<Chunk> chunks, List<Token> tokens, List<Found> found, int n) {
        Found f = found.get(n);
        Found his = hisVisit(tokens, found, n);
        int from = his != null ? his.to() : f.to() < tokens.size() && DURING_IT.contains(tokens.get(f.to()).text()) ? f.to() + 1 : f.to();
        int upper = found.stream().mapToInt(Found::from).filter(k -> k >= from).min().orElse(tokens.size());
        List<ActorMention> actors = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Chunk c : chunks) {
            if (c.from() >= from && c.from() < upper && !c.anaphor() && (c.direct() || MET_WITH.contains(c.intro()))) {
                actors.addAll(c.actors());
                first = first < 0 ? c.from() : first;
                last = c.to();
            }
        }
        return actors.isEmpty() ? null : new Chunk(Chunk.DIRECT, List.copyOf(actors), first, last, false);
    }

    /**
     * "يتوجه مودي إلى برازيليا في زيارة دولة يجري خلالها محادثات مع لولا": when the sentence names the
     * visit (a visit word before "خلالها") but read no visit from it (its host is the travel's
     * destination, not the visit word's), the meeting the visitor holds during it is that visit.
     */
    static void meetingsAsVisits(List<EventMention> out, int before, List<Token> tokens, List<Found> found) {
        if (out.subList(before, out.size()).stream().anyMatch(e -> e.type().equals("Visit"))) {
            return;
        }
        for (int i = before; i < out.size(); i++) {
            EventMention m = out.get(i);
            int t = Tokenizer.indexAt(tokens, m.trigger().start());
            Found f = found.stream().filter(g -> g.from() == t).findFirst().orElse(null);
            int during = f == null || !m.type().equals("Meeting") ? -1 : duringWord(tokens, f);
            if (during >= 0 && found.stream().anyMatch(g -> g.frame().type().equals("Visit") && g.to() <= during && during - g.to() <= 3)) {
                out.set(i, new EventMention("Visit", m.sentence(), m.trigger(), m.participants(), m.visitor(), m.host(), m.placeId(),
                        m.organizerId(), m.date(), m.dateBasis(), m.planned(), m.evidence(), m.more()));
            }
        }
    }

    /** The index of "خلالها" right before or right after the meeting word, or -1. */
    private static int duringWord(List<Token> tokens, Found f) {
        if (f.from() > 0 && DURING_IT.contains(tokens.get(f.from() - 1).text())) {
            return f.from() - 1;
        }
        return f.to() < tokens.size() && DURING_IT.contains(tokens.get(f.to()).text()) ? f.to() : -1;
    }
}
