package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.EventPlaces;

/**
 * What the words around an Arabic summit word say of the summit: the organization an adjective
 * names ("القمة الخليجية", {@code data/lexicon/ar/summit_names.tsv}), whether the word refers back
 * ("القمة"), where it is held, and a year that could not be resolved. Positions are token indices
 * of the summit word ({@code from} inclusive, {@code to} exclusive). Immutable and thread-safe.
 */
final class ArabicSummitWords {
    /** Words before a place one goes to or comes from ("قبل عودته إلى موسكو"). */
    private static final Set<String> MOTION = Set.of("الى", "إلى", "من", "نحو", "عن");

    private final ArabicResources res;
    private final PhraseIndex<String> names;
    /** data/lexicon/ar/outcome_nouns.txt. */
    private final PhraseIndex<Boolean> outcomes;

    ArabicSummitWords(ArabicResources res) {
        this.res = res;
        this.names = new PhraseIndex<>(res.clitics, false);
        this.outcomes = res.phrases("lexicon/ar/outcome_nouns.txt");
        for (Tsv.Row r : Tsv.read("lexicon/ar/summit_names.tsv")) {
            names.add(AliasIndex.split(res.normalizer.normalize(r.required("form_ar"))), "org/" + r.required("organization"));
        }
    }

    /**
     * A summit no role named the organizer of, with the organization the words after its summit word
     * (ending at {@code to}) name ("القمة الخليجية" → gcc) and the second party they name, both taking
     * part ("القمة الخليجية الأوروبية"); any other event as it is.
     */
    EventMention named(EventMention e, List<Token> tokens, int to) {
        String named = e.type().equals("Summit") && e.organizerId() == null ? name(tokens, to) : null;
        if (named == null) {
            return e;
        }
        Set<String> ps = new java.util.LinkedHashSet<>(e.participants());
        ps.add(named);
        String partner = partner(tokens, to);
        if (partner != null) {
            ps.add(partner);
        }
        return e.resolved(named, e.placeId(), e.date(), e.dateBasis(), ps);
    }

    /**
     * Whether the summit word at {@code from} is the genitive of what a summit produced ("مخرجات قمة كمبالا"،
     * "ومقررات القمة"): that summit has been held, whatever the sentence plans.
     */
    boolean outcomeBefore(List<Token> tokens, int from) {
        // the noun as written or after a one-letter conjunction or preposition ("ومقررات"، "لمخرجات")
        return from > 0 && outcomes.longestAt(tokens, from - 1, r -> r.prefix().length() <= 1) != null;
    }

    /** The organization a word after the summit word names ("القمة الخليجية" → gcc), or null. */
    String name(List<Token> tokens, int to) {
        PhraseIndex.Hit<String> hit = organizationAfter(tokens, to);
        return hit == null ? null : hit.value();
    }

    /**
     * The second party a summit between two sides names right after its organization's adjective:
     * another organization ("القمة الخليجية الأوروبية" → eu, "القمة العربية الإسلامية" → oic) or a
     * state's adjective ("القمة العربية الصينية" → CN); null when there is none.
     */
    String partner(List<Token> tokens, int to) {
        PhraseIndex.Hit<String> first = organizationAfter(tokens, to);
        if (first != null && first.from() == to + 1 && !tokens.get(first.from()).breakBefore()) {
            // "أول قمة روسية عربية"، "القمة الصينية العربية": the state's adjective before the organization's
            return stateAdjective(tokens, to, false);
        }
        if (first == null || first.to() >= tokens.size() || tokens.get(first.to()).breakBefore()) {
            return null;
        }
        PhraseIndex.Hit<String> body = names.longestAt(tokens, first.to(), PhraseIndex::conjunctionOnly);
        if (body != null && !body.value().equals(first.value()) && res.gazetteer.entity(body.value()).isPresent()) {
            return body.value();
        }
        return stateAdjective(tokens, first.to(), true);
    }

    /** The state whose adjective of nationality is word {@code at} (only a definite one when {@code definite}), or null. */
    private String stateAdjective(List<Token> tokens, int at, boolean definite) {
        return res.aliases.matchesAt(tokens, at).stream()
                .filter(m -> m.entry().kind() == Gazetteer.FormKind.ADJECTIVE && (m.entry().definite() || !definite)
                        && m.entry().entityId().startsWith("state/"))
                .map(m -> m.entry().entityId()).findFirst().orElse(null);
    }

    /**
     * The organization named within two words after the summit word, as written: a name after "و"
     * is no summit's but the tens of an ordinal ("قمتهم الثامنة والعشرين" is the 28th, not the G20's).
     */
    private PhraseIndex.Hit<String> organizationAfter(List<Token> tokens, int to) {
        for (int k = to; k < Math.min(tokens.size(), to + 2); k++) {
            PhraseIndex.Hit<String> hit = names.longestAt(tokens, k, r -> r.prefix().isEmpty());
            if (hit != null && res.gazetteer.entity(hit.value()).isPresent()) {
                return hit;
            }
        }
        return null;
    }

    /** "القمة"، "والقمة": a folded summit word with the article, which refers to a summit already named. */
    boolean definite(String word) {
        for (Clitics.Reading r : res.clitics.readings(word)) {
            if (r.word().startsWith("ال") && PhraseIndex.conjunctionOnly(r) || r.prefix().endsWith("ال")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A summit's place: the first place right after the summit word ("قمة الناتو في فيلنيوس"), not
     * one gone to or come from; else the sentence's, unless the summit is named as the sidelines of
     * another event ("التقى X في موسكو على هامش القمة": Moscow is the meeting's place). Either before
     * offset {@code clauseEnd}, where the clause of the summit word ends ({@link ArabicClauses#end}).
     */
    String place(AnnotatedArticle doc, List<Token> tokens, int from, int to, Sentence s, boolean sideline, int clauseEnd) {
        int start = tokens.get(from).start();
        int end = Math.min(clauseEnd, to + 6 < tokens.size() ? tokens.get(to + 6).end() : s.end());
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() >= start && a.span().start() < end && a.role() == ActorMention.Role.PLACE
                    && !towards(tokens, a)) {
                return EventPlaces.placeId(res.entity(doc, a.entityId()));
            }
        }
        return sideline ? null : EventPlaces.placeOf(doc, s, clauseEnd, id -> res.entity(doc, id));
    }

    /** "وكان"، "وكانت" (folded): a sentence that opens so, with "قد" before its event, tells an earlier event. */
    static final Set<String> WAS = Set.of("كان", "كانت", "وكان", "وكانت");

    private static boolean towards(List<Token> tokens, ActorMention a) {
        int i = Tokenizer.indexAt(tokens, a.span().start());
        return i > 0 && MOTION.contains(tokens.get(i - 1).text());
    }

    /** A date expression right after the summit word that could not be resolved ("هذا العام" with no anchor), or null. */
    static DateMention unresolvedAfter(AnnotatedArticle doc, List<Token> tokens, int to) {
        int start = tokens.get(to - 1).end();
        int end = to + 2 < tokens.size() ? tokens.get(to + 2).end() : Integer.MAX_VALUE;
        return doc.get(Keys.DATES).stream().filter(d -> !d.resolved() && d.span().start() >= start && d.span().start() < end)
                .findFirst().orElse(null);
    }
}
