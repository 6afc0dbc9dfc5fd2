package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * Reads an English sentence into the phrases of actors the frame engine fills roles with. A phrase
 * is an actor mention with the title and determiner before it ("the Japanese Prime Minister Fumio
 * Kishida", "his counterparts from Australia"), the mentions coordinated with it ("X, Y and Z";
 * "Australia's Penny Wong and India's S. Jaishankar") and a possessive ending ("Kishida's"). What
 * introduces it is the preposition just before it ("with", "to", "between"), or nothing: a
 * subject or an object, as English is subject-verb-object. Phrases inside a topic clause ("about
 * China") are {@link Chunk#TOPIC}. Immutable and thread-safe.
 */
final class EnglishChunker {
    /** Title words skipped before a name, at most. */
    private static final int TITLE_WORDS = 8;
    /** What stands between the names of a hyphenated pair of sides ("EU-China"). */
    private static final java.util.Set<String> HYPHENS = java.util.Set.of("-", "\u2013", "\u2010", "\u2011");

    /** Words between two coordinated mentions, at most. */
    private static final int JOIN_GAP = 8;

    private final Set<String> titleWords;
    private final Set<String> prepositions;
    private final EnPhrases<Boolean> groupAnaphors;
    /** Of the anaphors, the words for all who took part in a body's gathering ("the leaders", "allied leaders"). */
    private final EnPhrases<Boolean> gatheringAnaphors;
    /** Of the anaphors, the words for the states of the sides ("the two countries"): {@link Chunk#STATES}. */
    private final EnPhrases<Boolean> stateAnaphors;
    /** Of the anaphors, the words for the two organizations of the sides ("the two blocs"): {@link Chunk#BODIES}. */
    private final EnPhrases<Boolean> bodyAnaphors;

    /** Words that report an event as planned ("will", "is expected to"), which may stand between a subject and its verb. */
    private final EnPhrases<Boolean> plannedMarkers;

    /** Where a comma after a phrase begins another clause rather than going on with a list. */
    private final EnglishClauseBreaks clauseBreaks;

    EnglishChunker(EnglishResources res) {
        titleWords = res.titleWords;
        this.clauseBreaks = new EnglishClauseBreaks(res.reportVerbs);
        this.prepositions = res.words("lexicon/en/prepositions.txt");
        this.gatheringAnaphors = res.phrases("lexicon/en/gathering_anaphors.txt");
        this.stateAnaphors = res.phrases("lexicon/en/state_anaphors.txt");
        this.bodyAnaphors = res.phrases("lexicon/en/body_anaphors.txt");
        this.plannedMarkers = res.phrases("lexicon/en/planned_markers.txt");
        this.groupAnaphors = new EnPhrases<>(false);
        for (String path : List.of("lexicon/en/group_anaphors.txt", "lexicon/en/gathering_anaphors.txt", "lexicon/en/body_anaphors.txt")) {
            for (String w : Tsv.words(path)) {
                groupAnaphors.add(res.tokenizer.fold(w), Boolean.TRUE);
            }
        }
    }

    /**
     * The chunks of a sentence. {@code mentions}: its actor mentions of role NAME or PLACE outside
     * quotations, in text order; {@code anchors}: trigger words; {@code topic}: words inside a topic
     * clause; {@code attribute}: words of adjectives of nationality, read as part of a title.
     */
    List<Chunk> chunks(List<EnToken> tokens, List<ActorMention> mentions, boolean[] anchors, boolean[] topic, boolean[] attribute) {
        List<Chunk> out = new ArrayList<>();
        int prevEnd = 0;
        int k = 0;
        while (k < mentions.size()) {
            ActorMention m = mentions.get(k);
            int ti = EnPhrases.indexAt(tokens, m.span().start());
            int tj = EnPhrases.indexAt(tokens, m.span().end() - 1) + 1;
            if (ti < prevEnd) {
                k++;
                continue;
            }
            int s = ti;
            while (s > prevEnd && ti - s < TITLE_WORDS && !anchors[s - 1] && (!tokens.get(s).commaBefore() || apposed(tokens, s, ti, m))
                    && (attribute[s - 1] || titleWords.contains(tokens.get(s - 1).folded()) || capitalizedTitle(tokens, s - 1, m))) {
                s--;
            }
            while (s < ti && prepositions.contains(tokens.get(s).folded())) {
                s++; // "the summit of the Gulf Cooperation Council": "of" introduces the phrase, no title begins with it
            }
            String intro = s > 0 && !anchors[s - 1] && !tokens.get(s).commaBefore() && prepositions.contains(tokens.get(s - 1).folded())
                    ? tokens.get(s - 1).folded() : Chunk.DIRECT;
            if (topic[ti]) {
                intro = Chunk.TOPIC;
            } else if (afterComma(tokens, s, intro, anchors, topic)) {
                // ", with North Korea's launches", "…, Baghaei added": set off by a comma after an event
                // word, the phrase is an adjunct or another clause, not the event's object
                intro = COMMA + intro;
            }
            List<ActorMention> actors = new ArrayList<>(List.of(m));
            int end = tj;
            while (k + 1 < mentions.size()) {
                ActorMention n = mentions.get(k + 1);
                int ni = EnPhrases.indexAt(tokens, n.span().start());
                int nj = EnPhrases.indexAt(tokens, n.span().end() - 1) + 1;
                if (ni >= end && (topic[ni] != topic[ti] || !joins(tokens, end, ni, n, m, mentions.get(k), anchors, attribute)
                        && !officeOf(tokens, end, ni, mentions.get(k), n) && !EnglishPhraseBounds.continuesPlaces(tokens, mentions, k, end, m)
                        || EnglishPhraseBounds.closedBefore(tokens, s, intro, m, n, end, ni))) {
                    break;
                }
                actors.add(n);
                end = Math.max(end, nj);
                k++;
            }
            if (end < tokens.size() && tokens.get(end).possessive()) {
                end++;
            }
            if (intro.startsWith(COMMA) && EnglishPhraseBounds.subjectOfNext(tokens, end, anchors, plannedMarkers)
                    || intro.equals(COMMA + "with") && companions(tokens, actors, end)) {
                intro = intro.substring(COMMA.length()); // "as the summit got under way, Mr. Modi held talks": the next event word's subject
            }
            out.add(new Chunk(intro, List.copyOf(actors), s, end, false));
            prevEnd = end;
            k++;
        }
        for (int i = 0; i < tokens.size(); i++) {
            EnPhrases.Hit<Boolean> h = groupAnaphors.longestAt(tokens, i);
            if (h != null && h.to() < tokens.size() && tokens.get(h.to()).gap().equals("-")) {
                h = null; // "the three-day gathering": a modifier, no word for the sides
            }
            if (h != null) {
                EnPhrases.Hit<Boolean> g = gatheringAnaphors.longestAt(tokens, i);
                EnPhrases.Hit<Boolean> st = stateAnaphors.longestAt(tokens, i);
                EnPhrases.Hit<Boolean> b = bodyAnaphors.longestAt(tokens, i);
                String intro = g != null && g.to() == h.to() ? Chunk.GROUP : st != null && st.to() == h.to() ? Chunk.STATES
                        : b != null && b.to() == h.to() ? Chunk.BODIES : Chunk.DIRECT;
                boolean inside = false;
                for (Chunk c : out) {
                    inside |= !c.anaphor() && h.from() < c.to() && h.to() > c.from();
                }
                if (!inside) {
                    out.add(new Chunk(intro, List.of(), h.from(), h.to(), true));
                }
                i = h.to() - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /**
     * The chunks as a frame reads them: a word for all who took part ({@link Chunk#GROUP}) stands
     * for the gathering's body only in an agreement that follows that gathering ({@code gathering});
     * elsewhere it is a word for the sides just named ("the leaders" after a bilateral meeting). In a
     * {@code reception} a possessive object is a thing welcomed, and an infinitive's object is no one's role.
     */
    static List<Chunk> forFrame(List<Chunk> chunks, boolean gathering, List<EnToken> tokens, int triggerEnd, boolean reception) {
        List<Chunk> out = chunks;
        if (reception) {
            // "Australia welcomed Tokyo's interest", "welcomed China's decision": what is welcomed is a thing, no visitor
            out = out.stream().filter(c -> !(c.direct() && c.from() >= triggerEnd && c.to() < tokens.size() && tokens.get(c.to() - 1).possessive()
                    && !tokens.get(c.to()).capitalized())).toList();
        }
        if (!gathering && chunks.stream().anyMatch(c -> c.intro().equals(Chunk.GROUP))) {
            out = chunks.stream().map(c -> c.intro().equals(Chunk.GROUP) ? new Chunk(Chunk.DIRECT, c.actors(), c.from(), c.to(), true) : c).toList();
        }
        // "the first visit by a Saudi foreign minister to Iran in years": an indefinite official is a kind, not a side
        out = out.stream().filter(c -> !(c.from() < tokens.size() && tokens.get(c.from()).indefinite() && !c.actors().isEmpty()
                && c.actors().stream().allMatch(a -> a.entityId().startsWith(EnglishTitles.UNNAMED)))).toList();
        if (infinitive(tokens, triggerEnd)) {
            // "agreed to turn U.S. Forces Japan into …", "met to discuss Iran": the object is the infinitive's, not the event's
            out = out.stream().filter(c -> !(c.direct() && c.from() > triggerEnd)).toList();
        }
        return out;
    }

    /** "to" and a verb in lower case after word {@code k}'s predecessor: an infinitive clause begins at k. */
    private static boolean infinitive(List<EnToken> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).folded().equals("to") && !tokens.get(k + 1).breakBefore()
                && !tokens.get(k + 1).capitalized() && !NOT_VERBS.contains(tokens.get(k + 1).folded());
    }

    /** Words after "to" that begin a noun phrase, not a verb. */
    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
            "those", "each", "both", "all", "some", "several", "new", "one", "two", "three", "four");

    /** The chunks with those of the sidelines phrase read as the gathering's own phrases, not as a topic. */
    List<Chunk> zoneRead(List<EnToken> tokens, List<ActorMention> mentions, boolean[] anchors, boolean[] topic,
                                 boolean[] attribute, List<Chunk> chunks) {
        if (!chunks.stream().anyMatch(c -> c.intro().equals(Chunk.TOPIC))) {
            return chunks;
        }
        List<Chunk> out = new ArrayList<>(chunks.stream().filter(c -> !topic[c.from()]).toList());
        for (Chunk c : chunks(tokens, mentions, anchors, new boolean[topic.length], attribute)) {
            if (topic[c.from()]) { // "of the Group of Seven summit": the name before the event word is its modifier, not introduced by "of"
                out.add(c.to() < anchors.length && anchors[c.to()] ? new Chunk(Chunk.DIRECT, c.actors(), c.from(), c.to(), c.anaphor()) : c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** Marks the intro of a phrase set off by a comma after an event word; no frame's finder takes it. */
    static final String COMMA = ",";

    private boolean afterComma(List<EnToken> tokens, int s, String intro, boolean[] anchors, boolean[] topic) {
        int first = intro.equals(Chunk.DIRECT) ? s : s - 1;
        if (first <= 0 || !tokens.get(first).commaBefore()) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            if (anchors[k] && !topic[k]) { // "On the sidelines of the summit, X met": the summit is no event word here
                return true;
            }
        }
        return false;
    }

    /**
     * "Rubio hosted the meeting at the State Department, with Indian External Affairs Minister Subrahmanyam
     * Jaishankar, … and Australian Foreign Minister Penny Wong.": a phrase of "with" set off by a comma that
     * names people alone and ends the sentence (or a clause of "who") names those who were there, not the
     * circumstances (", with North Korea's launches at the top of the agenda", ", with Modi joining from Delhi").
     */
    private static boolean companions(List<EnToken> tokens, List<ActorMention> actors, int end) {
        return actors.stream().allMatch(a -> a.entityId().startsWith("person/"))
                && (end == tokens.size() || tokens.get(end).commaBefore() && tokens.get(end).folded().equals("who"));
    }

    /**
     * "South Korea's new president, Lee Jae Myung": the name's own title stands before the comma; "his Japanese
     * counterpart, Yoshimasa Hayashi": a counterpart is no one until the name after the comma says who.
     */
    private static boolean apposed(List<EnToken> tokens, int s, int ti, ActorMention m) {
        return s == ti && (m.title() != null && m.title().endsWith(tokens.get(s - 1).text()) && m.title().indexOf(' ') > 0
                || COUNTERPARTS.contains(tokens.get(s - 1).folded()));
    }

    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts");

    /** A capitalized word of the mention's title ("Foreign Minister" before the name). */
    private static boolean capitalizedTitle(List<EnToken> tokens, int k, ActorMention m) {
        return m.title() != null && m.title().contains(tokens.get(k).text());
    }

    /**
     * "President Bassirou Diomaye Faye of Senegal": a state or body just after a person's name and "of" is
     * the state the person serves, part of the person's phrase (so a list "X of A, Y of B" stays one phrase).
     */
    private static boolean officeOf(List<EnToken> tokens, int end, int ni, ActorMention previous, ActorMention n) {
        return ni == end + 1 && tokens.get(end).folded().equals("of") && !tokens.get(end).commaBefore() && !tokens.get(ni).commaBefore()
                && previous.entityId().startsWith("person/") && !n.entityId().startsWith("person/") && n.role() == previous.role();
    }

    /**
     * "X, Y and Z", "X and Japan's Y", "X, Australia's Y", "X, UAE Minister of Economy, and Y": the next mention is
     * coordinated with the phrase so far ({@code previous} is its last mention, whose own title may stand after it).
     */
    private boolean joins(List<EnToken> tokens, int end, int ni, ActorMention n, ActorMention first, ActorMention previous,
                          boolean[] anchors, boolean[] attribute) {
        if (ni - end > JOIN_GAP || (n.role() != first.role())) {
            return false;
        }
        if (ni == end && HYPHENS.contains(tokens.get(ni).gap())) {
            return true; // "the EU-China summit", "ASEAN-GCC-China": the sides a hyphen joins
        }
        if (first == previous && ni > end && tokens.get(end).folded().equals("and") && tokens.get(end).commaBefore()
                && !tokens.get(EnPhrases.indexAt(tokens, first.span().start())).commaBefore()) {
            // "held a meeting with Ramaphosa, and Li met Prabowo": a list of two takes no comma; a clause begins
            // (not after a name in apposition: "the President of the European Council, Antonio Costa, and …")
            return false;
        }
        // "Australia's Penny Wong": a possessor and the person it names are one actor phrase
        boolean possessor = end < ni && tokens.get(end).possessive();
        boolean conj = (tokens.get(ni).commaBefore() && ni == end) || possessor;
        for (int k = end; k < ni; k++) {
            EnToken t = tokens.get(k);
            if (anchors[k]) {
                return false;
            }
            if (t.commaBefore()) {
                conj = true;
            }
            String w = t.folded();
            if ((w.equals("together") || w.equals("along")) && k + 1 < ni && tokens.get(k + 1).folded().equals("with")) {
                conj = true; // "X and Y, together with Z": one list ("with" alone introduces another side)
                k++;
            } else if (w.equals("and") || w.equals("&")) {
                conj = true;
            } else if (!(titleWords.contains(w) || attribute[k] || w.equals("as") || w.equals("well")
                    || (n.title() != null && n.title().contains(t.text())) || (previous.title() != null && previous.title().contains(t.text())))) {
                return false;
            }
        }
        if (ni < tokens.size() && tokens.get(ni).commaBefore()) {
            conj = true;
        }
        if (conj && !possessor && clauseBreaks.at(tokens, end, ni, n, first)) {
            return false; // "ties with Russia, presidential spokesperson Kang Yu-jung told reporters": a new clause's subject
        }
        // the same actor again right after: its abbreviation ("… and the Economic Community of Central African States (ECCAS)")
        return conj || n.entityId().equals(first.entityId()) || n.entityId().equals(previous.entityId());
    }
}
