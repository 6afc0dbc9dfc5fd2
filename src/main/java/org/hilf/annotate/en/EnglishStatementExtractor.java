package org.hilf.annotate.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.CollectiveSpeakers;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;

/**
 * Finds statements in English sentences: who said what, for whom, about whom. A sentence reports
 * one when a word of {@code data/lexicon/en/speech.tsv} stands outside its quotations and names a
 * speaker, or when it is a quotation that continues the previous sentence's statement.
 * <ul>
 *   <li>speaker: for a verb ("said", "told", "warned"), its subject (the phrase of actors just
 *       before it) or the phrase right after it ("said Kishida"); "he"/"she" before it is the last
 *       speaker; "the four ministers" the people of the last event; after "according to", "citing"
 *       the phrase that follows; for a noun ("in a joint statement") the sentence's subject. Media
 *       never speak: "told Reuters" is relayed speech, its speaker who told.</li>
 *   <li>on behalf of: a person's office (the title's body, or the office held on the date); a
 *       national body's state; a state or organization speaks for itself.</li>
 *   <li>quotes: the words inside straight or curly quotation marks, as written.</li>
 * </ul> Other articles are left alone. Stateless after construction and thread-safe.
 */
public final class EnglishStatementExtractor implements Annotator {
    /** A quotation of fewer words is a scare quote or a name, not words said. */
    private static final int MIN_QUOTE_WORDS = 2;
    /** A document that opens the sentence as its subject stands within this many words of its start. */
    private static final int OPENING_WORDS = 4;

    private final org.hilf.annotate.ChairCapacities chairs;
    private final EnglishResources res;
    private final EnglishChunker chunker;
    private final CollectiveSpeakers collective;
    private final EnglishSpeakers speakerFinder;
    private final EnglishReferredSpeakers referred;
    private final EnPhrases<EnglishSpeakers.Word> words = new EnPhrases<>(false);
    private final Set<String> signingVerbs;
    private final Set<String> speechNegations;
    private final Set<String> documents;
    private final EnglishNamingVerbs naming = new EnglishNamingVerbs();

    public EnglishStatementExtractor(EnglishResources res) {
        this.res = res;
        this.chairs = new org.hilf.annotate.ChairCapacities(res.gazetteer, "lexicon/en/chair_capacities.tsv");
        this.collective = new CollectiveSpeakers(res.gazetteer);
        this.chunker = new EnglishChunker(res);
        this.speakerFinder = new EnglishSpeakers(res, collective);
        this.referred = new EnglishReferredSpeakers(res);
        this.signingVerbs = res.words("lexicon/en/signing_verbs.txt");
        this.speechNegations = res.words("lexicon/en/speech_negations.txt");
        this.documents = res.words("lexicon/en/summit_documents.txt");
        for (Tsv.Row r : Tsv.read("lexicon/en/speech.tsv")) {
            for (String f : r.list("forms_en")) {
                words.add(res.tokenizer.fold(f), new EnglishSpeakers.Word(r.required("kind"), Boolean.parseBoolean(r.get("joint"))));
            }
        }
        naming.verbs().forEach(v -> words.add(res.tokenizer.fold(v), new EnglishSpeakers.Word("verb", false)));
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.DATES, Keys.NEW_ENTITIES, Keys.ANCHOR, Keys.EVENTS); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.STATEMENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        List<StatementMention> out = new ArrayList<>();
        StatementMention last = null;
        java.util.Map<Integer, ActorMention> antecedents = Antecedents.of(doc, res.tokenizer);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<StatementMention> found = sentence(doc, s, res.tokenizer.tokens(doc, s.start(), s.end()), last,
                    antecedents.get(s.index()));
            if (!found.isEmpty()) {
                out.addAll(found);
                last = found.get(found.size() - 1);
            } else if (last != null && s.index() - last.sentence().index() > 1) {
                last = null;
            }
        }
        doc.set(Keys.STATEMENTS, chairs.apply(doc, out));
    }

    /** The statements of a sentence: one for each speaker its words of speech name ("X said …, while Y noted …"). */
    private List<StatementMention> sentence(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, StatementMention previous,
                                            ActorMention antecedent) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Span> quotes = Quotations.of(doc.text(), s).stream().filter(q -> Quotations.words(doc.text(), q) >= MIN_QUOTE_WORDS).toList();
        List<ActorMention> actors = new ArrayList<>();
        boolean[] attribute = new boolean[tokens.size()];
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (s.span().contains(a.span()) && !Quotations.inside(quotes, a.span().start())) {
                if (a.role() == ActorMention.Role.NAME && !namesDocument(doc, tokens, a)) {
                    actors.add(a);
                } else if (a.role() == ActorMention.Role.ATTRIBUTE) {
                    for (int k = EnPhrases.indexAt(tokens, a.span().start()); k <= EnPhrases.indexAt(tokens, a.span().end() - 1); k++) {
                        attribute[k] = true;
                    }
                }
            }
        }
        if (previous == null || previous.sentence().index() < s.index() - 1) {
            actors.addAll(Antecedents.pronouns(tokens, antecedent, quotes)); // "he said": the sentence before's subject
            actors.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        }
        List<EnPhrases.Hit<EnglishSpeakers.Word>> cues = new ArrayList<>();
        boolean[] anchors = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            EnPhrases.Hit<EnglishSpeakers.Word> h = words.longestAt(tokens, i);
            if (h != null && !Quotations.inside(quotes, tokens.get(i).start()) && !signed(tokens, h) && !denied(tokens, h) && !addsAThing(tokens, h)
                    && !naming.namesOnly(tokens, h.from(), h.to(), actors) && !EnglishCourtesyCalls.courtesy(tokens, h.from(), h.to())) {
                cues.add(h);
                for (int k = h.from(); k < h.to(); k++) {
                    anchors[k] = true;
                }
                i = h.to() - 1;
            }
        }
        List<Chunk> chunks = chunker.chunks(tokens, actors, anchors, new boolean[tokens.size() + 1], attribute);
        LocalDate when = doc.get(Keys.ANCHOR).date();
        List<StatementMention> out = new ArrayList<>();
        Set<String> spoke = new LinkedHashSet<>();
        EnPhrases.Hit<EnglishSpeakers.Word> document = cues.stream().filter(c -> EnglishSpeakers.kind(c).equals("final") || c.value().joint()).findFirst()
                .orElse(openingDocument(tokens, actors, cues, quotes));
        int spokeTo = -1; // the end of the last cue that named speakers
        for (int c = 0; c < cues.size(); c++) {
            EnPhrases.Hit<EnglishSpeakers.Word> cue = cues.get(c);
            if (EnglishRelays.relays(tokens, chunks, cue, cues.subList(c + 1, cues.size())) || EnglishRelays.inWhatWasSaid(tokens, cue, spokeTo)
                    || c > 0 && spokeTo == cues.get(c - 1).to() && EnglishRelays.reportedClause(tokens, chunks, cues.get(c - 1), cue)) {
                continue;
            }
            StatementMention before = out.isEmpty() ? previous : out.get(out.size() - 1);
            // "adopted a joint declaration that criticised …": the verb's subject is the document; "X said in a joint
            // statement": the document is X's words, no other speaker's
            boolean throughDocument = (document != null && document.to() <= cue.from() && cue.from() - document.to() <= 2)
                    || (document != null && document.from() <= OPENING_WORDS && c == 0 && document.to() <= cue.from()) // "The declaration, adopted on Sunday, condemned …"
                    || (cue == document && spokeTo >= 0 && cue.from() - spokeTo <= 1);
            // "Lavrov told Li that …, according to the Russian foreign ministry": the source relays the words said, it says none
            boolean relay = spokeTo >= 0 && EnglishSpeakers.kind(cue).equals("according");
            List<String> speakers = new ArrayList<>(throughDocument || relay ? List.of() : speakerFinder.speakers(doc, s, tokens, chunks, cue, before));
            if (speakers.isEmpty() && !throughDocument && !relay) {
                speakers.addAll(referred.speakers(doc, s, tokens, cue, antecedent)); // "his office said", "the Iranian minister said"
            }
            speakers = new ArrayList<>(referred.owned(doc, s, tokens, speakers)); // "the Prime Minister's Office said"
            speakers.removeAll(spoke);
            if (throughDocument) {
                spokeTo = cue.to(); // "In a joint statement, the ministers said … and condemned …": all the document's words
            }
            if (!speakers.isEmpty()) {
                spokeTo = cue.to();
                spoke.addAll(speakers);
                Span trigger = new Span(tokens.get(cue.from()).start(), tokens.get(cue.to() - 1).end());
                out.add(statement(doc, s, tokens, trigger, speakers, quotes, actors, when));
            }
        }
        // a document no one in the sentence speaks through is its issuers', if it says something: "In a joint statement,
        // …", "According to the final communique, …", one a verb speaks through, quoted words or "… that …" after it (not "the leaders adopted a declaration")
        boolean says = document != null && (tokens.get(document.from()).folded().matches("in|according") || !quotes.isEmpty()
                || tokens.subList(document.from(), document.to()).stream().anyMatch(t -> t.folded().matches("said|says")) // "the statement said"
                || cues.stream().anyMatch(c -> EnglishSpeakers.kind(c).equals("verb")) || tokens.subList(document.to(), tokens.size()).stream().anyMatch(t -> t.folded().equals("that")));
        List<String> issuers = out.isEmpty() && says
                ? collective.of(doc, s, EnglishSpeakers.kind(document).equals("final") ? CollectiveSpeakers.Kind.FINAL : CollectiveSpeakers.Kind.JOINT) : List.of();
        if (!issuers.isEmpty()) {
            out.add(statement(doc, s, tokens, new Span(tokens.get(document.from()).start(), tokens.get(document.to() - 1).end()), issuers, quotes, actors, when));
        }
        // a quotation on its own continues the statement of the sentence before
        if (cues.isEmpty() && previous != null && previous.sentence().index() == s.index() - 1 && !quotes.isEmpty()
                && quotes.stream().mapToInt(Span::length).sum() * 2 > s.end() - s.start()) {
            out.add(statement(doc, s, tokens, quotes.get(0), previous.speakers(), quotes, actors, when));
        }
        return out;
    }

    /**
     * "The leaders' declaration, adopted on Sunday, condemned …": a noun of summit_documents.txt that opens
     * the sentence as the subject ("the", a few words that name no actor, the noun) of its first verb of
     * speech is a final document; null otherwise.
     */
    private EnPhrases.Hit<EnglishSpeakers.Word> openingDocument(List<EnToken> tokens, List<ActorMention> actors, List<EnPhrases.Hit<EnglishSpeakers.Word>> cues,
                                                                 List<Span> quotes) {
        if (cues.isEmpty() || !EnglishSpeakers.kind(cues.get(0)).equals("verb") || !tokens.get(0).folded().equals("the")
                || Quotations.inside(quotes, tokens.get(0).start())) {
            return null;
        }
        for (int k = 1; k <= OPENING_WORDS && k < cues.get(0).from() && !tokens.get(k).commaBefore(); k++) {
            if (documents.contains(tokens.get(k).folded())) {
                int end = tokens.get(k).end();
                return actors.stream().anyMatch(a -> a.span().start() < end) ? null : new EnPhrases.Hit<>(new EnglishSpeakers.Word("final", false), k, k + 1);
            }
        }
        return null;
    }

    /**
     * "a final declaration, dubbed the Nouakchott Declaration, that condemned …": a state (or its capital)
     * right before a noun of summit_documents.txt names the document; it says nothing itself.
     */
    private boolean namesDocument(AnnotatedArticle doc, List<EnToken> tokens, ActorMention a) {
        int next = EnPhrases.indexAt(tokens, a.span().end() - 1) + 1;
        if (next >= tokens.size() || tokens.get(next - 1).possessive() || !documents.contains(tokens.get(next).folded())) {
            return false; // "Japan's declaration" is Japan's; asked of every actor of a sentence: the entity only when a document follows
        }
        Entity e = res.entity(doc, a.entityId());
        return e != null && e.type() == EntityType.STATE;
    }

    /** Forms of "add", which report speech only before what was said ("added that", "added:", ", he added."). */
    private static final Set<String> ADDING = Set.of("add", "adds", "added");
    /** Words after "added" that still let it report speech: "that", and when or where it was added. */
    private static final Set<String> ADDED_THEN = Set.of("that", "in", "on", "at", "later", "afterwards", "separately", "when", "while");

    /** "Australia added qualifications to several paragraphs", "a meeting that adds China": a thing added, no words. */
    private static boolean addsAThing(List<EnToken> tokens, EnPhrases.Hit<EnglishSpeakers.Word> h) {
        return h.to() == h.from() + 1 && ADDING.contains(tokens.get(h.from()).folded()) && h.to() < tokens.size()
                && !tokens.get(h.to()).breakBefore() && !ADDED_THEN.contains(tokens.get(h.to()).folded());
    }

    /** "Trump has not confirmed whether …": a verb of speech right after a negation says nothing (speech_negations.txt). */
    private boolean denied(List<EnToken> tokens, EnPhrases.Hit<EnglishSpeakers.Word> h) {
        return EnglishSpeakers.kind(h).equals("verb") && h.from() > 0 && speechNegations.contains(tokens.get(h.from() - 1).folded());
    }

    /** "X and Y signed a joint declaration": a document signed is an agreement, no words said (signing_verbs.txt). */
    private boolean signed(List<EnToken> tokens, EnPhrases.Hit<EnglishSpeakers.Word> h) {
        if (!EnglishSpeakers.kind(h).equals("final") && !h.value().joint()) {
            return false;
        }
        int k = h.from() - 1;
        if (k >= 0 && tokens.get(k).folded().matches("a|an|the")) {
            k--;
        }
        return k >= 0 && signingVerbs.contains(tokens.get(k).folded());
    }

    private StatementMention statement(AnnotatedArticle doc, Sentence s, List<EnToken> tokens, Span trigger, List<String> speakers, List<Span> quotes,
                                       List<ActorMention> actors, LocalDate when) {
        String text = doc.text();
        Set<String> behalf = new LinkedHashSet<>();
        for (String sp : speakers) {
            String b = behalfOf(doc, sp, actors, when);
            if (b != null) {
                behalf.add(b);
            }
        }
        Set<String> about = new LinkedHashSet<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            boolean inContent = Quotations.inside(quotes, a.span().start()) || (s.span().contains(a.span()) && a.span().start() >= trigger.end());
            if (inContent && a.role() != ActorMention.Role.ATTRIBUTE && !speakers.contains(a.entityId()) && !behalf.contains(a.entityId())
                    && !res.gazetteer.isMedia(a.entityId()) && res.entity(doc, a.entityId()) != null
                    && res.entity(doc, a.entityId()).type() != EntityType.PLACE) {
                about.add(a.entityId());
            }
        }
        DateMention date = StatementDating.of(doc, s, tokens, trigger, quotes, speakers);
        // the words as written, without the comma English puts inside the marks before "he said"
        List<String> quoted = quotes.stream().map(q -> text.substring(q.start(), q.end()).strip().replaceAll(",$", ""))
                .filter(q -> !q.isEmpty()).toList();
        return new StatementMention(s, trigger, List.copyOf(speakers), behalf, about, quoted, date, false);
    }

    private String behalfOf(AnnotatedArticle doc, String speaker, List<ActorMention> actors, LocalDate when) {
        Entity e = res.entity(doc, speaker);
        if (e == null) {
            return null;
        }
        if (e.type() == EntityType.PERSON) {
            for (ActorMention a : doc.get(Keys.ACTORS)) {
                if (a.entityId().equals(speaker) && a.affiliationId() != null) {
                    return EnglishActorRecognizer.stateOf(res.gazetteer, a.affiliationId());
                }
            }
            return e.affiliationId() != null ? e.affiliationId() : res.gazetteer.affiliationOn(e.id(), when).orElse(null);
        }
        return EnglishActorRecognizer.stateOf(res.gazetteer, e.id()); // a ministry for its state, a movement for itself
    }
}
