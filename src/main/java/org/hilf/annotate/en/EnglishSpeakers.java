package org.hilf.annotate.en;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.CollectiveSpeakers;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * Who speaks at one word of speech of an English sentence ({@link EnglishStatementExtractor} finds
 * the words): for a verb ("said", "told", "warned"), its subject (the phrase of actors just before
 * it) or the phrase right after it ("said Kishida"); "he"/"she" just before it is the last speaker;
 * "the four ministers" the people of the last event, "the two governments" its states; for
 * "according to", "citing" the phrase that follows; for a noun ("in a joint statement") the
 * sentence's subject. Media never speak. Stateless after construction and thread-safe.
 */
final class EnglishSpeakers {
    /** Words between the subject and the speech verb at most ("Trump on Sunday told"). */
    private static final int SUBJECT_GAP = 5;
    /** Words between a source document and the "from"/"by" of its issuer at most ("a statement issued by"). */
    private static final int SOURCE_GAP = 2;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it");
    /** Number words of a group anaphor, from two. */
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six");
    /** Nouns of a group anaphor that mean the states themselves ("the two governments", "both countries"). */
    private static final Set<String> STATE_NOUNS = Set.of("governments", "countries", "nations", "states");
    /** Nouns of a group anaphor that mean the encounter's people (leader_nouns.txt). */
    private static final Set<String> LEADER_NOUNS = Set.copyOf(Tsv.words("lexicon/en/leader_nouns.txt"));
    /** Nouns of an official the text names only by office (unnamed_officials.txt): "the official said" refers back. */
    private static final Set<String> OFFICIAL_NOUNS = Set.copyOf(Tsv.words("lexicon/en/unnamed_officials.txt"));

    /** The previous speakers when the pronoun can stand for them: "he"/"she" a person, "it" a state or body ("… the ministry said. He told …": none). */
    private static List<String> agreeing(String pronoun, StatementMention previous) {
        boolean person = previous.speakers().stream().anyMatch(id -> id.startsWith("person/"));
        return (pronoun.equals("it") ? !person : !pronoun.matches("he|she") || person) ? previous.speakers() : List.of();
    }

    /** A word of speech of speech.tsv: its kind (verb, noun, according, participle, final) and whether it is joint. */
    record Word(String kind, boolean joint) { }
    private final EnglishResources res;
    private final CollectiveSpeakers collective;
    private final EnPhrases<Boolean> sourceDocuments;

    EnglishSpeakers(EnglishResources res, CollectiveSpeakers collective) {
        this.res = res;
        this.collective = collective;
        this.sourceDocuments = res.phrases("lexicon/en/source_documents.txt");
    }

    List<String> speakers(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<Word> cue,
                                  StatementMention previous) {
        Chunk subject = null;
        Chunk after = null;
        Chunk group = null;
        for (Chunk c : chunks) {
            if (c.to() <= cue.from() && (c.direct() || c.anaphor() && c.intro().equals(Chunk.GROUP)) && cue.from() - c.to() <= SUBJECT_GAP
                    && !EnglishSpeakerClauses.ownSubject(tokens, c.to(), cue.from())) { // "The leaders urged …" after their summit: the group, below
                subject = c;
            }
            // "In a statement issued on Saturday, G7 leaders said": set off from the words before, the verb's own subject
            if (c.to() <= cue.from() && c.intro().equals(EnglishChunker.COMMA) && cue.from() - c.to() <= 1) {
                subject = c;
            }
            // "said Kishida," / "said Chinese foreign ministry spokesman X.": a subject after its verb ends a clause
            if (after == null && c.from() >= cue.to() && c.from() - cue.to() <= 1
                    && (c.to() >= tokens.size() || tokens.get(c.to()).breakBefore() || cue.value().kind().equals("according"))) {
                after = c;
            }
        }
        if (!chunks.isEmpty()) {
            // "Kishida, attending the gathering …, said", "A Lebanese official accompanying the PM told", "Foreign Office Spokesperson X, in
            // her briefing, said" (a title before): the sentence's subject; "Hasan, who chaired the meeting, said": not the relative clause's actors
            Chunk first = chunks.get(0);
            boolean opening = (first.from() <= 1 || tokens.get(first.from()).commaBefore() || tokens.subList(0, first.from()).stream().allMatch(EnToken::capitalized))
                    && first.direct() && first.to() < cue.from() && first.to() < tokens.size();
            boolean setOff = opening && tokens.get(first.to()).commaBefore() && tokens.get(cue.from()).commaBefore();
            boolean qualified = opening && subject != first && tokens.get(first.to()).participle(tokens.get(cue.from()).commaBefore())
                    && first.actors().stream().anyMatch(a -> a.entityId().startsWith("person/"));
            if (setOff && (subject == null || tokens.get(first.to()).folded().matches("who|whose")) || qualified && !first.anaphor()) {
                subject = first;
            }
            // "Mohamud thanked Egypt for its support and said …": the verbs share the sentence's subject
            if (opening && cue.from() > 0 && tokens.get(cue.from() - 1).folded().equals("and") && !tokens.get(cue.from() - 1).commaBefore()
                    && !first.anaphor()) {
                subject = first;
            }
        }
        boolean pronoun = cue.from() > 0 && tokens.get(cue.from() - 1).folded().matches("he|she") && previous != null
                && previous.sentence().index() >= s.index() - 1;
        if (pronoun && kind(cue).equals("verb")) {
            return agreeing(tokens.get(cue.from() - 1).folded(), previous); // "The SCO, he said, had …": he, not the SCO, speaks
        }
        if (kind(cue).equals("participle")) { // "…, with Secretary General Mark Rutte urging …": the person "with" brings in, else the subject
            Chunk with = tokens.get(cue.from()).commaBefore() ? null : chunks.stream().filter(c -> c.to() == cue.from() && c.intro().equals("with")
                    && people(doc, c).stream().anyMatch(id -> id.startsWith("person/"))).findFirst().orElse(null);
            Chunk first = with != null ? with : chunks.isEmpty() ? null : chunks.get(0);
            return first != null && (first == with || first.direct()) && first.to() <= cue.from() ? people(doc, first) : List.of();
        }
        if (subject != null && subject.anaphor()) {
            group = subject;
            subject = null;
        }
        String kind = kind(cue);
        if (kind.equals("according")) {
            List<String> out = people(doc, after);
            // "…, according to a readout from X.": trailing, the whole clause before is X's; at the head of the sentence a verb of speech after it has its own subject
            return out.isEmpty() && (tokens.get(cue.from()).commaBefore() || cue.from() == 0) ? people(doc, documentSource(tokens, chunks, cue)) : out;
        }
        if (kind.equals("final") || cue.value().joint()) { // its issuer: the sentence's subject before it, or "from" whom
            List<String> issuers = people(doc, chunks.stream().filter(c -> c.direct() && !c.anaphor() && c.to() <= cue.from()).findFirst()
                    .orElse(chunks.stream().filter(c -> c.from() >= cue.to() && c.intro().equals("from")).findFirst().orElse(null)));
            boolean leaders = group != null && tokens.subList(group.from(), group.to()).stream().anyMatch(t -> LEADER_NOUNS.contains(t.folded()));
            // "The two leaders issued a joint press statement": the people of the encounter, each for his state
            return issuers.isEmpty() && cue.value().joint() && leaders ? counted(doc, s, tokens, group) : issuers;
        }
        if (kind.equals("noun")) {
            Chunk first = chunks.stream().filter(c -> c.direct() && !c.anaphor()).findFirst()
                    .orElse(chunks.stream().filter(c -> c.from() >= cue.to() && c.intro().equals("from")).findFirst().orElse(null));
            return people(doc, first);
        }
        List<String> anaphor = titledAnaphor(doc, s, tokens, cue);
        if (!anaphor.isEmpty()) {
            return anaphor; // "…, the spokesman added": the one named before, not an actor of the words said
        }
        ActorMention trailing = trailingOfficial(tokens, subject, cue);
        List<String> out = trailing != null ? List.of(trailing.entityId()) : people(doc, subject);
        if (out.isEmpty()) {
            out = people(doc, EnglishSpeakerClauses.relativeAntecedent(tokens, chunks, cue));
        }
        if (out.isEmpty()) {
            out = people(doc, EnglishSpeakerClauses.trailingAttribution(tokens, chunks, cue));
        }
        if (out.isEmpty() && cue.from() > 0 && PRONOUNS.contains(tokens.get(cue.from() - 1).folded()) && previous != null) {
            return agreeing(tokens.get(cue.from() - 1).folded(), previous);
        }
        if (out.isEmpty() && group != null) {
            // "the two governments said": the states of the encounter, not its people
            boolean states = tokens.subList(group.from(), group.to()).stream().anyMatch(t -> STATE_NOUNS.contains(t.folded()));
            out = states ? collective.of(doc, s, CollectiveSpeakers.Kind.STATES) : counted(doc, s, tokens, group);
            // "The leaders urged …": all who took part in a body's gathering speak as that body, else no one is told
            out = group.intro().equals(Chunk.GROUP) && !out.stream().allMatch(id -> id.startsWith("org/")) ? List.of() : out;
        }
        if (out.isEmpty() && after != null && after.direct()) {
            out = people(doc, after);
        }
        return out;
    }

    /**
     * "the four leaders said": as many people as the phrase counts, when the latest encounter has that
     * many (its alliance, a body of them all, does not speak for them); else the group's speakers.
     */
    private List<String> counted(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, Chunk group) {
        int n = tokens.subList(group.from(), group.to()).stream().mapToInt(t -> COUNTS.indexOf(t.folded()) + 2).max().orElse(1);
        EventMention latest = null;
        int at = -1;
        for (EventMention e : doc.get(Keys.EVENTS)) {
            int last = e.allSentences().stream().mapToInt(Sentence::index).filter(x -> x <= s.index()).max().orElse(-1);
            if (last >= at && last >= 0 && !e.type().equals("Agreement")) {
                latest = e;
                at = last;
            }
        }
        List<String> people = latest == null ? List.of() : latest.participants().stream().filter(p -> p.startsWith("person/")).toList();
        return n >= 2 && people.size() == n ? people : collective.group(doc, s);
    }

    /**
     * "… meet Prime Minister Aziz Akhannouch, an Elysee official said.": an unnamed official set off by a
     * comma before him and none before the verb is the verb's own subject, not an apposition of the name
     * before him ("X, an Elysee official, said" would close it with a comma); null otherwise.
     */
    private static ActorMention trailingOfficial(List<EnToken> tokens, Chunk subject, EnPhrases.Hit<Word> cue) {
        if (subject == null || tokens.get(cue.from()).commaBefore()) {
            return null;
        }
        for (ActorMention a : subject.actors()) {
            int k = EnPhrases.indexAt(tokens, a.span().start());
            if (EnglishTitles.unnamed(a.entityId()) && k > subject.from() && EnglishSpeakerClauses.article(tokens, k) >= 0
                    && tokens.get(EnglishSpeakerClauses.article(tokens, k)).commaBefore()) {
                return a;
            }
        }
        return null;
    }

    /**
     * "…, the official said.", "the spokesman added": the person an earlier sentence named with a title
     * ending in that noun of unnamed_officials.txt ("a senior Saudi official", "spokesman Lin Jian"); else none.
     */
    private List<String> titledAnaphor(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, EnPhrases.Hit<Word> cue) {
        int k = cue.from() - 1;
        if (k < 1 || !tokens.get(k - 1).folded().equals("the") || !OFFICIAL_NOUNS.contains(tokens.get(k).folded())) {
            return List.of();
        }
        List<ActorMention> before = doc.get(Keys.ACTORS).stream().filter(a -> a.span().end() <= s.start()).toList();
        String earlier = EnglishTitles.lastTitled(before, tokens.get(k).folded());
        return earlier == null ? List.of() : List.of(earlier);
    }

    /**
     * "according to a readout from India's Ministry of External Affairs", "according to a statement issued
     * by the Foreign Office": the phrase after "from"/"by" a few words after a noun of source_documents.txt; null otherwise.
     */
    private Chunk documentSource(List<EnToken> tokens, List<Chunk> chunks, EnPhrases.Hit<Word> cue) {
        int k = cue.to() < tokens.size() && tokens.get(cue.to()).folded().matches("a|an|the") ? cue.to() + 1 : cue.to();
        EnPhrases.Hit<Boolean> document = k < tokens.size() ? sourceDocuments.longestAt(tokens, k) : null;
        Chunk source = document == null ? null : chunks.stream().filter(c -> c.from() > document.to() && c.from() - document.to() <= SOURCE_GAP
                && tokens.subList(document.to(), c.from()).stream().anyMatch(t -> t.folded().matches("from|by")) && !c.actors().isEmpty())
                .findFirst().orElse(null);
        if (source == null) {
            return null;
        }
        // "…, according to a statement from the Kremlin, which …": the issuer ends at the comma
        int comma = source.from() + 1;
        while (comma < source.to() && !tokens.get(comma).commaBefore()) {
            comma++;
        }
        int end = comma < tokens.size() ? tokens.get(comma).start() : Integer.MAX_VALUE;
        return new Chunk(source.intro(), source.actors().stream().filter(a -> a.span().start() < end).toList(), source.from(), comma, false);
    }

    static String kind(EnPhrases.Hit<Word> cue) { return cue.value().kind(); }
    /** The speakers of a phrase: its people, or, when it names none, its states and bodies; never media. */
    private List<String> people(AnnotatedArticle doc, Chunk c) {
        if (c == null || c.anaphor()) {
            return List.of();
        }
        Set<String> persons = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (ActorMention a : c.actors()) {
            Entity e = res.entity(doc, a.entityId());
            if (e == null || res.gazetteer.isMedia(e.id()) || e.type() == EntityType.PLACE) {
                continue;
            }
            (e.type() == EntityType.PERSON ? persons : others).add(e.id());
        }
        // "Japan's top government spokesman, Chief Cabinet Secretary X," / "X, spokesperson for India's foreign ministry,":
        // the office in apposition is the named person's, no second speaker
        if (persons.stream().anyMatch(p -> !EnglishTitles.unnamed(p))) {
            persons.removeIf(EnglishTitles::unnamed);
        }
        return List.copyOf(persons.isEmpty() ? others : persons);
    }
}
