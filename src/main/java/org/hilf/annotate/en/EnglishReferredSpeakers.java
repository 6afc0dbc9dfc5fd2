package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Speakers a phrase of a statement refers back to without naming them, for a word of speech whose
 * subject (before a verb) or source (after "according to") names no actor:
 * <ul>
 *   <li>"Raisi is expected to travel …, his office said", "according to his office": an owned body of
 *       {@code data/lexicon/en/owned_bodies.txt} after "his"/"her" speaks as the state (or body) of the
 *       person "his" is: the first person the sentence names before it, else the subject the sentences
 *       before had ({@link Antecedents}). The gold of such words is the state, as for a spokesperson.</li>
 *   <li>"The Iranian minister said", "according to the Russian minister": "the", a nationality and a
 *       noun of {@code data/lexicon/en/title_anaphors.tsv} is the person an earlier sentence named with a
 *       title ending in that noun who acts for that state; "the minister" with no nationality only when
 *       the article titled one person so.</li>
 * </ul>
 * None of these: no speaker (a wrong speaker costs more than none). Stateless after construction and thread-safe.
 */
final class EnglishReferredSpeakers {
    private static final Set<String> POSSESSIVES = Set.of("his", "her");

    private final EnglishResources res;
    private final Set<String> ownedBodies;
    /** data/lexicon/en/speech_asides.txt: "for his part", "in turn". */
    private final EnPhrases<Boolean> asides;
    /** Title nouns ("minister") and, for each, the words that must not stand in the title before it ("prime", "deputy"). */
    private final Map<String, Set<String>> titleNouns = new HashMap<>();
    /** Title nouns and the offices they stand for besides those named so ("leader": president, prime_minister …). */
    private final Map<String, Set<String>> nounRoles = new HashMap<>();

    EnglishReferredSpeakers(EnglishResources res) {
        this.res = res;
        this.ownedBodies = res.words("lexicon/en/owned_bodies.txt");
        this.asides = res.phrases("lexicon/en/speech_asides.txt");
        for (Tsv.Row r : Tsv.read("lexicon/en/title_anaphors.tsv")) {
            titleNouns.put(r.required("noun"), Set.copyOf(r.list("not_in")));
            nounRoles.put(r.required("noun"), Set.copyOf(r.list("roles")));
        }
    }

    /** Words a phrase that refers back to its speaker has at most ("the Iranian foreign minister"). */
    private static final int REFERRING_WORDS = 4;

    /**
     * The speakers {@link EnglishReferredSpeakers} reads in the phrase set off right before a verb of
     * speech (from the sentence's start, a comma or a quotation mark) or right after "according to"
     * (up to a comma or the sentence's end); empty when there is none.
     */
    List<String> speakers(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, EnPhrases.Hit<EnglishSpeakers.Word> cue,
                                  ActorMention antecedent) {
        String kind = EnglishSpeakers.kind(cue);
        if (kind.equals("according")) {
            int to = cue.to();
            while (to < tokens.size() && to - cue.to() <= REFERRING_WORDS && (to == cue.to() || !tokens.get(to).breakBefore())) {
                to++;
            }
            return to == tokens.size() || tokens.get(to).breakBefore() ? of(doc, s, tokens, cue.to(), to, antecedent) : List.of();
        }
        int verb = asideBefore(tokens, cue.from()); // "The Greek minister, for his part, praised": the phrase before the aside
        if (!kind.equals("verb") || verb == cue.from() && tokens.get(verb).breakBefore()) {
            return List.of();
        }
        for (int from = verb - 1; from >= 0 && verb - from <= REFERRING_WORDS; from--) {
            if (from == 0 || tokens.get(from).breakBefore()) {
                return of(doc, s, tokens, from, verb, antecedent);
            }
        }
        return List.of();
    }

    /**
     * "Earlier in the day, the minister met with Blinken", "The Iranian president later held talks with …": a
     * phrase the speakers' reading resolves ({@link #of}: "the", a nationality, a title noun), at the sentence's
     * start or after a comma and going on without one (a clause's subject, not an aside), as a mention of that
     * one person for reading the sentence's events; none when it resolves to no one or to several.
     */
    List<ActorMention> subjects(AnnotatedArticle doc, Sentence s, List<EnToken> tokens) {
        List<ActorMention> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).folded().equals("the") || i > 0 && !tokens.get(i).breakBefore()) {
                continue;
            }
            for (int j = i + 2; j <= Math.min(tokens.size() - 1, i + REFERRING_WORDS); j++) {
                if (titleNouns.containsKey(tokens.get(j - 1).folded()) && !tokens.get(j).breakBefore() && !tokens.get(j).possessive()) {
                    List<String> who = of(doc, s, tokens, i, j, null);
                    if (who.size() == 1 && who.get(0).startsWith("person/")) {
                        EnToken a = tokens.get(i);
                        EnToken b = tokens.get(j - 1);
                        out.add(new ActorMention(new Span(a.start(), b.end()), doc.text().substring(a.start(), b.end()), who.get(0),
                                ActorMention.Role.NAME, 0.7, null, stateOf(doc, who.get(0), doc.get(Keys.ANCHOR).date())));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The first word of an aside of speech_asides.txt set off by commas right before word {@code verb}, else {@code verb}. */
    private int asideBefore(List<EnToken> tokens, int verb) {
        for (int k = verb - 1; k > 0 && verb - k <= ASIDE_WORDS && tokens.get(verb).breakBefore(); k--) {
            EnPhrases.Hit<Boolean> h = tokens.get(k).breakBefore() ? asides.longestAt(tokens, k) : null;
            if (h != null && h.to() == verb) {
                return k;
            }
        }
        return verb;
    }

    /** Words of an aside at most ("for his part"). */
    private static final int ASIDE_WORDS = 3;

    /**
     * The speakers of the phrase [from, to) of sentence {@code s}, the subject of a verb of speech or
     * the source after "according to"; empty when it refers to no one this class reads.
     */
    private List<String> of(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, int from, int to, ActorMention antecedent) {
        if (from < 0 || to > tokens.size() || to - from < 2) {
            return List.of();
        }
        LocalDate when = doc.get(Keys.ANCHOR).date();
        String first = tokens.get(from).folded();
        if (to - from == 2 && POSSESSIVES.contains(first) && ownedBodies.contains(tokens.get(from + 1).folded())) {
            ActorMention owner = owner(doc, s, tokens.get(from).start(), antecedent);
            String state = owner == null ? null : stateOf(doc, owner, when);
            return state == null ? List.of() : List.of(state);
        }
        if (!first.equals("the")) {
            return List.of();
        }
        String nationality = null;
        int k = from + 1;
        for (; k < to - 1; k++) {
            String state = attributeAt(doc, s, tokens.get(k));
            if (state == null || (nationality != null && !nationality.equals(state))) {
                return List.of();
            }
            nationality = state;
        }
        Set<String> notIn = titleNouns.get(tokens.get(k).folded());
        if (notIn == null) {
            return List.of();
        }
        return titled(doc, s, tokens.get(k).folded(), notIn, nationality, when);
    }

    /**
     * "the Prime Minister's Office said", "according to a statement from the Iraqi prime minister's
     * office": a person speaker whose mention in the sentence is followed by "'s" and an owned body
     * speaks as that person's state (the office, not the person, said it); the others stay.
     */
    List<String> owned(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, List<String> speakers) {
        LocalDate when = doc.get(Keys.ANCHOR).date();
        List<String> out = new java.util.ArrayList<>();
        for (String sp : speakers) {
            ActorMention owner = doc.get(Keys.ACTORS).stream().filter(a -> a.entityId().equals(sp) && s.span().contains(a.span())
                    && ownedAfter(tokens, a)).findFirst().orElse(null);
            String state = owner == null ? null : stateOf(doc, owner, when);
            out.add(state == null ? sp : state);
        }
        return out.stream().distinct().toList();
    }

    /** True when "'s" and a word of owned_bodies.txt follow the mention. */
    private boolean ownedAfter(List<EnToken> tokens, ActorMention a) {
        int next = EnPhrases.indexAt(tokens, a.span().end() - 1) + 1;
        return next > 0 && next + 1 < tokens.size() && tokens.get(next).possessive() && ownedBodies.contains(tokens.get(next + 1).folded());
    }

    /**
     * The person "his" stands for: the only person the sentence names before it, else the antecedent
     * of the sentences before; null when the sentence names two ("Trump met Netanyahu, his office said").
     */
    private static ActorMention owner(AnnotatedArticle doc, Sentence s, int at, ActorMention antecedent) {
        List<ActorMention> people = doc.get(Keys.ACTORS).stream().filter(a -> a.span().start() >= s.start() && a.span().end() <= at
                && a.role() == ActorMention.Role.NAME && a.entityId().startsWith("person/")).toList();
        if (people.stream().map(ActorMention::entityId).distinct().count() > 1) {
            return null;
        }
        return people.isEmpty() ? antecedent : people.get(0);
    }

    /** The state of a nationality word ("Iranian") at this token, or null. */
    private static String attributeAt(AnnotatedArticle doc, Sentence s, EnToken t) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.role() == ActorMention.Role.ATTRIBUTE && a.span().start() <= t.start() && a.span().end() >= t.end()
                    && s.span().contains(a.span()) && a.entityId().startsWith("state/")) {
                return a.entityId();
            }
        }
        return null;
    }

    /**
     * The person an earlier sentence named with a title ending in {@code noun} (with no word of
     * {@code notIn} before it) who acts for {@code state}; with no state, the only person so titled; else empty.
     */
    private List<String> titled(AnnotatedArticle doc, Sentence s, String noun, Set<String> notIn, String state, LocalDate when) {
        Set<String> found = new LinkedHashSet<>();
        List<ActorMention> before = doc.get(Keys.ACTORS).stream().filter(a -> a.span().end() <= s.start()).toList();
        // "the minister": not "United States Secretary of State Antony Blinken", who holds a foreign minister's role but is called otherwise
        Set<String> otherwise = before.stream().filter(a -> a.title() != null && !words(a.title()).contains(noun))
                .map(ActorMention::entityId).collect(java.util.stream.Collectors.toSet());
        for (int i = before.size() - 1; i >= 0; i--) {
            ActorMention m = before.get(i);
            if (!m.entityId().startsWith("person/") || !(endsWith(m.title(), noun, notIn)
                    || holds(m.entityId(), noun, notIn, when) && (state != null || !otherwise.contains(m.entityId())))) {
                continue;
            }
            if (state == null) {
                found.add(m.entityId());
            } else if (state.equals(stateOf(doc, m, when))) {
                return List.of(m.entityId());
            }
        }
        return found.size() == 1 ? List.copyOf(found) : List.of();
    }

    private static List<String> words(String title) { return List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")); }

    private static boolean endsWith(String title, String noun, Set<String> notIn) {
        if (title == null) {
            return false;
        }
        List<String> words = words(title);
        return !words.isEmpty() && words.get(words.size() - 1).equals(noun) && words.stream().noneMatch(notIn::contains);
    }

    /** "his Iranian counterpart X": X held on the date an office of the gazetteer whose role ends in the noun ("foreign_minister"). */
    private boolean holds(String personId, String noun, Set<String> notIn, LocalDate when) {
        return when != null && res.gazetteer.officesOf(personId).stream()
                .anyMatch(o -> o.heldOn(when) && (endsWith(o.role().replace('_', ' '), noun, notIn) || nounRoles.get(noun).contains(o.role())));
    }

    /** The state (or, for an official of a body, the body) a person acts for: the title's, else the office held on the date. */
    private String stateOf(AnnotatedArticle doc, ActorMention person, LocalDate when) {
        return stateOf(doc, person.entityId(), when);
    }

    private String stateOf(AnnotatedArticle doc, String personId, LocalDate when) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.entityId().equals(personId) && a.affiliationId() != null) {
                return EnglishActorRecognizer.stateOf(res.gazetteer, a.affiliationId());
            }
        }
        Entity e = res.entity(doc, personId);
        if (e == null || e.type() != EntityType.PERSON) {
            return null;
        }
        String held = e.affiliationId() != null ? e.affiliationId() : res.gazetteer.affiliationOn(e.id(), when).orElse(null);
        return held == null ? null : EnglishActorRecognizer.stateOf(res.gazetteer, held);
    }
}
