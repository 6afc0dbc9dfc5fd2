package org.hilf.annotate.en;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;
import org.hilf.annotate.frame.Frame;

/**
 * What makes two agreements of one article two: sides that sign a protocol and then "also agreed to
 * upgrade relations" made two agreements, each its own fact, however alike their signatories. A
 * later agreement is therefore never merged into another report of the same sides, unless its sentence
 * names the document already reported as its subject ("The protocol was signed by the defence
 * ministers", "The agreement, signed on Monday, …"): a definite agreement noun of
 * {@code agreement_nouns.txt} or {@code summit_documents.txt} before the trigger, or a definite
 * object right after it ("signed the pact", "endorsed the partnership programme"). Stateless after
 * construction and thread-safe.
 */
final class EnglishAgreements {
    /** Words between the determiner and the noun at most ("the new defence pact"). */
    private static final int NOUN_REACH = 3;
    /** Sentences before an undated agreement at most where the encounter it was signed at may be reported. */
    private static final int ENCOUNTER_REACH = 2;
    /** Determiners of a document already named. */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");

    /** Words between an agreeing verb and its "to" at most ("agreed on Tuesday to"). */
    private static final int TO_REACH = 3;
    /** Words between "hold" and the gathering at most ("hold the next annual leaders' meeting"). */
    private static final int GATHERING_REACH = 5;
    /** Verbs that are themselves the gathering agreed on: to meet, or to convene a body (its session). */
    private static final Set<String> MEETING = Set.of("meet", "reconvene", "convene");

    private final EnglishResources res;
    private final Set<String> documents = new HashSet<>();
    private final Set<String> wishes;
    private final Set<String> signing;
    private final Set<String> pacts;
    private final Set<String> holding;
    private final Set<String> gatherings;
    private final Set<String> clauseStops;
    private final Set<String> notParticiples;
    /** Day names (folded), the adjunct that may stand between an agreeing verb and its clause ("agreed on Tuesday that"). */
    private final Set<String> weekdays = new HashSet<>();

    EnglishAgreements(EnglishResources res) {
        this.res = res;
        this.wishes = res.words("lexicon/en/agreement_wishes.txt");
        this.signing = res.words("lexicon/en/signing_verbs.txt");
        this.pacts = res.words("lexicon/en/agreement_nouns.txt");
        this.holding = res.words("lexicon/en/summit_hold_verbs.txt");
        this.gatherings = res.words("lexicon/en/gathering_nouns.txt");
        this.clauseStops = res.words("lexicon/en/clause_stops.txt");
        this.notParticiples = res.words("lexicon/en/not_participles.txt");
        for (Tsv.Row r : Tsv.read("lexicon/en/weekdays.tsv")) {
            r.list("forms_en").forEach(f -> weekdays.add(f.toLowerCase(Locale.ROOT)));
        }
        documents.addAll(res.words("lexicon/en/agreement_nouns.txt"));
        documents.addAll(res.words("lexicon/en/summit_documents.txt"));
    }

    /**
     * True when the agreeing word ending before word {@code to} reports no agreement made: a shared
     * view ("the two leaders agreed that India and China were partners") or a wish ("agreed Saturday to
     * develop bilateral relations", "agreed to further deepen ties": {@code agreement_wishes.txt}), as
     * Arabic's "اتفقا على تعزيز التعاون" (ArabicAgreements), or a gathering to hold ({@link #gatheringHeld}). Any
     * other infinitive is a decision ("agreed to set up a joint committee").
     */
    boolean noneMade(List<EnToken> tokens, int to) {
        if (to <= 0 || to >= tokens.size() || !tokens.get(to - 1).folded().startsWith("agree")) {
            return false;
        }
        if (tokens.get(dayAdjunctEnd(tokens, to)).folded().equals("that")) {
            return true; // "agreed that …", "agreed on Tuesday that the third summit will be held in China"
        }
        for (int k = to; k < tokens.size() - 1 && k <= to + TO_REACH && !tokens.get(k).commaBefore(); k++) {
            if (tokens.get(k).folded().equals("to")) {
                int v = tokens.get(k + 1).folded().equals("further") && k + 2 < tokens.size() ? k + 2 : k + 1;
                return wishes.contains(tokens.get(v).folded()) || gatheringHeld(tokens, v);
            }
        }
        return false;
    }

    /** The word after a day adjunct that starts at {@code from} ("on Tuesday", "Tuesday"), or {@code from} itself. */
    private int dayAdjunctEnd(List<EnToken> tokens, int from) {
        int k = from < tokens.size() - 1 && tokens.get(from).folded().equals("on") ? from + 1 : from;
        return k < tokens.size() - 1 && weekdays.contains(tokens.get(k).folded()) && !tokens.get(k + 1).commaBefore() ? k + 1 : from;
    }

    /**
     * "agreed to hold their next summit in Malaysia", "agreed to convene a meeting within 15 days": the
     * gathering planned is the event ({@code summit_hold_verbs.txt}, then a word of
     * {@code gathering_nouns.txt} a few words on in the clause), as "agreed to meet" and "agreed to convene
     * the joint committee" are.
     */
    private boolean gatheringHeld(List<EnToken> tokens, int verb) {
        String v = tokens.get(verb).folded();
        if (MEETING.contains(v)) {
            return true; // "agreed to meet again in 2026", "agreed to convene the joint ministerial committee"
        }
        if (!holding.contains(v)) {
            return false;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + 1 + GATHERING_REACH && !tokens.get(k).commaBefore(); k++) {
            if (gatherings.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The roles of an agreement without its side B when the "with" that introduces it stands past the
     * end of the trigger's clause: after a comma, a word of {@code clause_stops.txt} or a participle
     * ("signed a RAA that will allow … disputes with China", "a financing agreement for the railway
     * linking Angola with Zambia"): that phrase is a topic of the document, not a party to it.
     */
    Map<String, Chunk> withinClause(Map<String, Chunk> roles, List<EnToken> tokens, int to) {
        Chunk b = roles.get("B");
        if (b == null || !b.intro().equals("with")) {
            return roles;
        }
        for (int k = to; k < b.from() && k < tokens.size(); k++) {
            EnToken t = tokens.get(k);
            if (t.commaBefore() || clauseStops.contains(t.folded()) || participle(t)) {
                Map<String, Chunk> out = new LinkedHashMap<>(roles);
                out.remove("B");
                return out;
            }
        }
        return roles;
    }

    /** "linking", "deepening": a lower-case word in -ing other than a preposition or noun of {@code not_participles.txt}. */
    private boolean participle(EnToken t) {
        return t.text().length() > 5 && t.text().endsWith("ing") && Character.isLowerCase(t.text().charAt(0)) && !notParticiples.contains(t.folded());
    }

    /**
     * The agreement of the one side a signing names when the document was signed "with" a party that
     * is no actor: "Ethiopia signed a memorandum of understanding with the breakaway region of
     * Somaliland", "a port deal that Addis Ababa signed with Somaliland's leader". The signing verb
     * ({@code signing_verbs.txt}) has an agreement noun ({@code agreement_nouns.txt}) as its object, or
     * as the antecedent of its relative clause, a few words away; "with" follows in the clause and
     * introduces no actor (else that actor is the other side); the subject brings one state and no
     * organization. Null otherwise.
     */
    EventMention signedWithUnnamed(Frame frame, Map<String, Chunk> roles, EventAssembler.Context c, EventAssembler assembler,
                                   List<EnToken> tokens, int from, int to, int upper) {
        Chunk a = roles.get("A");
        if (!frame.id().equals("sign") || roles.size() != 1 || a == null || a.anaphor() || !signing.contains(tokens.get(to - 1).folded())) {
            return null;
        }
        boolean pact = false;
        int with = -1;
        for (int k = Math.max(0, from - NOUN_REACH - 2); k < Math.min(upper, tokens.size()) && (k < from || with < 0); k++) {
            pact |= pacts.contains(tokens.get(k).folded()) && (k < from || k <= to + NOUN_REACH + 1);
            if (k >= to && tokens.get(k).folded().equals("with")) {
                with = k;
            }
            if (k >= to && tokens.get(k).commaBefore()) {
                break;
            }
        }
        Set<String> ps = assembler.actors(a, c, null);
        boolean oneState = ps.stream().filter(p -> p.startsWith("state/")).count() == 1 && ps.stream().noneMatch(p -> p.startsWith("org/"));
        return !pact || with < 0 || !oneState ? null : new EventMention("Agreement", c.sentence(), c.trigger(), ps, null, null,
                c.placeId(), null, c.date(), c.dateBasis(), c.planned(), a.actors());
    }

    /**
     * The events with each undated agreement dated as the encounter of the same sides reported in its
     * sentence or the {@link #ENCOUNTER_REACH} before ("Modi arrived on Tuesday … The two leaders held
     * talks and witnessed the signing of five agreements"): the signing is part of that encounter, and
     * undated it would pass for a later report of an older pact of the same sides.
     */
    static List<EventMention> datedByEncounter(List<EventMention> events) {
        List<EventMention> out = new java.util.ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (!e.type().equals("Agreement") || e.date() != null) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                EventMention x = out.get(j);
                int distance = e.sentence().index() - x.sentence().index();
                if (distance >= 0 && distance <= ENCOUNTER_REACH && x.date() != null && (x.type().equals("Meeting") || x.type().equals("Visit"))
                        && x.planned() == e.planned() && x.participants().containsAll(e.participants())) {
                    out.set(i, e.resolved(e.organizerId(), e.placeId(), x.date(), "context", e.participants()));
                    break;
                }
            }
        }
        return out;
    }

    /** The events no other report merges with: those {@code apart} says are, and the agreements {@link #distinct} finds. */
    Predicate<EventMention> own(AnnotatedArticle doc, List<EventMention> events, Predicate<EventMention> apart) {
        Set<Span> own = distinct(doc, events);
        return e -> apart.test(e) || e.type().equals("Agreement") && own.contains(e.trigger());
    }

    /**
     * The triggers of the agreements that stay their own events: each new document after the
     * article's first agreement (the first may take in later reports of itself).
     */
    private Set<Span> distinct(AnnotatedArticle doc, List<EventMention> events) {
        Set<Span> out = new HashSet<>();
        boolean first = true;
        for (EventMention e : events) {
            if (e.type().equals("Agreement")) {
                if (!first && distinct(doc, e)) {
                    out.add(e.trigger());
                }
                first = false;
            }
        }
        return out;
    }

    /** True for an agreement that reports a new document: not a second report of one named before or after its trigger. */
    private boolean distinct(AnnotatedArticle doc, EventMention e) {
        List<EnToken> after = res.tokenizer.tokens(doc.text(), e.trigger().end(), e.sentence().end());
        if (!after.isEmpty() && DEFINITE.contains(after.get(0).folded())) {
            return false; // "signed the pact", "endorsed the partnership programme": a document already named
        }
        List<EnToken> tokens = res.tokenizer.tokens(doc.text(), e.sentence().start(), e.trigger().start());
        for (int n = 0; n < tokens.size(); n++) {
            if (!DEFINITE.contains(tokens.get(n).folded())) {
                continue;
            }
            for (int k = n + 1; k < tokens.size() && k <= n + NOUN_REACH && !tokens.get(k).commaBefore(); k++) {
                if (documents.contains(tokens.get(k).folded())) {
                    return false;
                }
            }
        }
        return true;
    }
}
