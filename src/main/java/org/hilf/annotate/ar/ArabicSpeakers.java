package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.Tsv;

/**
 * Who said it, in an Arabic sentence that reports speech: the subject after the verb (a title's
 * holder rather than the body in the title), coordinated subjects, a dual anaphor, an unnamed
 * official, the source an agency relays; and for whom they spoke. Stateless and thread-safe.
 */
final class ArabicSpeakers {
    /** How far after the verb its subject may stand (a long title comes before the name). */
    private static final int SUBJECT_WINDOW = 12;
    /** "لشؤون"، "للشؤون" folded: up to three words before an actor, they make it a title's portfolio. */
    private static final Set<String> PORTFOLIO = Set.of("لشوون", "للشوون");
    private static final int PORTFOLIO_REACH = 3;

    private final ArabicResources res;
    private final Set<String> duals;
    private final Set<String> complementizers;
    /**
     * The complementizers as a set of the clitics' first words: complementAt is asked at every token
     * after a speech word, and most tokens have no reading among them; one bit of the token says so
     * instead of a loop over its readings with a set lookup each (1.4 % of the Arabic annotation time).
     */
    private final int complementizerBit;
    private final Set<String> prepositions;

    ArabicSpeakers(ArabicResources res) {
        this.res = res;
        Set<String> all = new java.util.HashSet<>(res.fold(Tsv.words("lexicon/dual_anaphors.txt")));
        all.addAll(res.stateDuals);
        duals = Set.copyOf(all);
        prepositions = res.prepositions;
        complementizers = Set.copyOf(res.fold(List.of("إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "أنهم", "أنهما", "عن", "على أن", "إلى أن")));
        complementizerBit = res.clitics.firstWords.newSet(complementizers);
    }

    /** The speakers: after the word, else before it; "X وY" together; a dual anaphor; the body of a joint statement. */
    List<String> speakers(AnnotatedArticle doc, List<Token> tokens, int afterWord, List<ActorMention> actors,
                          int wordEnd, List<StatementMention> earlier) {
        if (dualAt(tokens, afterWord)) {
            List<String> two = lastPair(doc, earlier, tokens.get(afterWord).start());
            if (!two.isEmpty()) {
                return two;
            }
        }
        List<ActorMention> named = actors.stream().filter(ActorMention::isActor).toList();
        // the subject stands between the verb and what was said ("قال X إن …"), never inside the reported clause
        int clause = Integer.MAX_VALUE;
        for (int i = afterWord; i < tokens.size(); i++) {
            if (complementAt(tokens, i)) {
                clause = tokens.get(i).start();
                break;
            }
        }
        int limit = clause;
        List<ActorMention> after = named.stream()
                .filter(a -> a.span().start() >= wordEnd && a.span().start() < limit && !governed(doc.text(), tokens, a)).toList();
        List<String> out = new ArrayList<>();
        if (!after.isEmpty()) {
            ActorMention first = titledPerson(doc, tokens, after);
            if (Tokenizer.indexAt(tokens, first.span().start()) - afterWord <= SUBJECT_WINDOW) {
                // "قال ستولتنبرج وكيشيدا": coordinated subjects speak together
                CoordinatedMentions.chainAfter(doc.text(), first, after.subList(after.indexOf(first) + 1, after.size()), false)
                        .forEach(a -> out.add(a.entityId()));
                return out;
            }
        }
        return out;
    }

    /**
     * "نقلت وكالة X عن Y": the first actor right after عن (before what was said) said it; X only passed
     * it on. Empty when there is no "عن"; null when the source after it is no actor.
     */
    List<String> relayed(AnnotatedArticle doc, List<Token> tokens, int afterWord, List<ActorMention> actors) {
        int source = relaySource(tokens, afterWord);
        if (source < 0) {
            return List.of();
        }
        int from = source < tokens.size() ? tokens.get(source).start() : Integer.MAX_VALUE;
        // the source stands right after "عن", its titles at most before it; an actor further on is what was said
        int last = source;
        while (last + 1 < tokens.size() && last < source - 1 + RELAY_REACH && !complementAt(tokens, last + 1)) {
            last++; // not into what was said ("عن الديوان أن الاتفاقية مع باكستان …")
        }
        int to = last < tokens.size() ? tokens.get(last).end() : Integer.MAX_VALUE;
        List<ActorMention> after = actors.stream().filter(a -> a.isActor() && a.span().start() >= from).toList();
        return after.isEmpty() || after.get(0).span().start() > to ? null : List.of(titledPerson(doc, tokens, after).entityId());
    }

    /** Words after "عن" within which a relayed source is named ("عن وزير الخارجية الإيراني عباس عراقجي"). */
    private static final int RELAY_REACH = 7;

    /** The index of the word after a relay's "عن" ("ونقلت الوكالة عن …"), or -1. */
    static int relaySource(List<Token> tokens, int afterWord) {
        for (int i = afterWord; i < tokens.size() && i < afterWord + 8; i++) {
            if (tokens.get(i).text().equals("عن")) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first actor of the sentence before the word, unless a preposition governs it: the subject of its first clause. */
    List<String> sentenceSubject(String text, List<Token> tokens, List<ActorMention> actors, int wordStart) {
        for (ActorMention a : actors) {
            if (a.span().end() > wordStart) {
                break;
            }
            if (a.isActor()) {
                return governed(text, tokens, a) ? List.of() : List.of(a.entityId());
            }
        }
        return List.of();
    }

    /** True when a preposition stands right before the actor ("مع لي تشيانغ"، "خلال لقائه مع …"). */
    boolean governed(String text, List<Token> tokens, ActorMention a) {
        int k = Tokenizer.indexAt(tokens, a.span().start());
        if (k <= 0 || k >= tokens.size()) {
            return false;
        }
        String clitics = text.substring(tokens.get(k).start(), Math.max(tokens.get(k).start(), a.span().start()));
        if (clitics.contains("ب") || clitics.contains("ل")) {
            return true; // a clitic preposition on the name itself: "بالرئيس"، "لروسيا" (not "وكيشيدا")
        }
        // "مساعد وزير الدفاع لشؤون أوروبا والناتو": the title's portfolio, not who speaks
        for (int j = k - 1; j >= Math.max(0, k - PORTFOLIO_REACH) && !tokens.get(j + 1).breakBefore(); j--) {
            if (PORTFOLIO.contains(tokens.get(j).text())) {
                return true;
            }
        }
        return prepositions.contains(tokens.get(k - 1).text()) && !tokens.get(k).breakBefore();
    }

    static List<String> before(List<ActorMention> actors, int wordStart) {
        List<ActorMention> before = actors.stream().filter(a -> a.isActor() && a.span().end() <= wordStart).toList();
        return before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1).entityId());
    }

    /** The two people a dual anaphor at {@code offset} stands for: of the last pair that spoke, else of the last event before it. */
    List<String> lastPair(AnnotatedArticle doc, List<StatementMention> earlier, int offset) {
        List<String> spoke = List.of();
        int spokeAt = -1;
        for (int i = earlier.size() - 1; i >= 0 && spokeAt < 0; i--) {
            List<String> two = earlier.get(i).speakers();
            if (two.size() == 2 && two.stream().allMatch(p -> res.isPerson(doc, p))) {
                spoke = two;
                spokeAt = earlier.get(i).sentence().start();
            }
        }
        List<EventMention> events = doc.get(Keys.EVENTS);
        for (int i = events.size() - 1; i >= 0; i--) {
            EventMention e = events.get(i);
            int at = e.allSentences().stream().mapToInt(x -> x.start()).filter(x -> x <= offset).max().orElse(-1);
            List<String> people = e.participants().stream().filter(p -> res.isPerson(doc, p)).toList();
            if (at >= 0 && people.size() == 2) {
                return at >= spokeAt ? people : spoke; // the later of the two antecedents
            }
        }
        return spoke;
    }

    /**
     * "قال المتحدث باسم الكرملين دميتري بيسكوف"، "وزير الخارجية المالي عبد الله ديوب": when the first
     * actor of the subject is a body or a state that only qualifies a title and a person's name
     * follows it at once (at most {@link #ArabicBehalf.TITLE_GAP} words of a title, no comma), the person is
     * the subject. Otherwise the first actor is.
     */
    private ActorMention titledPerson(AnnotatedArticle doc, List<Token> tokens, List<ActorMention> after) {
        ActorMention first = after.get(0);
        if (res.isPerson(doc, first.entityId())) {
            return first;
        }
        ActorMention prev = first;
        for (int k = 1; k < after.size(); k++) {
            ActorMention next = after.get(k);
            if (titledWith(doc, next, first)) {
                return next; // "المتحدث باسم رئاسة الجمهورية المصرية السفير X": the recogniser read the title as X's
            }
            int from = Tokenizer.indexAt(tokens, prev.span().end() - 1) + 1;
            int to = Tokenizer.indexAt(tokens, next.span().start());
            if (to - from > ArabicBehalf.TITLE_GAP || from < 0 || to < from || tokens.get(to).breakBefore()) {
                return first;
            }
            for (int i = from; i < to; i++) {
                if (tokens.get(i).breakBefore() || !res.titleWord(tokens.get(i).text())) {
                    return first;
                }
            }
            if (res.isPerson(doc, next.entityId())) {
                return next;
            }
            prev = next;
        }
        return first;
    }

    /** The person {@code p} whose title, as the recogniser read it, holds the body or state mention {@code body}. */
    private boolean titledWith(AnnotatedArticle doc, ActorMention p, ActorMention body) {
        return p.title() != null && p.span().start() > body.span().end() && res.isPerson(doc, p.entityId())
                && res.normalizer.normalize(p.title()).contains(res.normalizer.normalize(body.surface()));
    }

    /** True when a dual anaphor ("الجانبان") stands at token i. */
    boolean dualAt(List<Token> tokens, int i) {
        return wordAt(tokens, i, duals);
    }

    /** "وأكد البلدان": the two states ({@code behalf}) speak, not the two people of the talks just reported. */
    List<String> statesForDual(List<Token> tokens, int i, List<String> speakers, java.util.Collection<String> behalf) {
        boolean states = behalf.size() == 2 && behalf.stream().allMatch(b -> b.startsWith("state/"));
        return states && wordAt(tokens, i, res.stateDuals) ? List.copyOf(behalf) : speakers;
    }

    /** A reading of word {@code i} is one of {@code words} (folded). */
    boolean wordAt(List<Token> tokens, int i, Set<String> words) {
        if (i >= tokens.size()) {
            return false;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i))) {
            if (words.contains(r.word())) {
                return true;
            }
        }
        return false;
    }

    /** A preposition of prepositions.txt at token i ("في"، "لدى"; under its clitics). */
    boolean prepositionAt(List<Token> tokens, int i) {
        return wordAt(tokens, i, prepositions);
    }

    /** "إن"، "أن"، "عن" at token i: the start of what was said. */
    boolean complementAt(List<Token> tokens, int i) {
        for (Clitics.Reading r : res.clitics.readingsIf(tokens.get(i), complementizerBit)) {
            if (complementizers.contains(r.word()) && r.prefix().length() <= 1) {
                return true;
            }
        }
        return false;
    }
}
