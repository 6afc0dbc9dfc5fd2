package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.Words;
import org.hilf.annotate.frame.Chunk;

/**
 * A sentence that opens by pointing back at the one before ("جاء ذلك خلال استقباله Y",
 * {@code data/lexicon/ar/back_references.txt}) has that sentence's subject as the owner of its event
 * word's pronoun: "أكد الرئيس X أهمية العلاقات. جاء ذلك خلال استقباله Y" is X receiving Y. The
 * subject is the first actor named in the previous sentence's first words (its verb's subject in
 * agency style: "أكد الرئيس X"، "وقالت الخارجية السعودية"). Immutable and thread-safe.
 */
final class ArabicBackReferences {
    /**
     * How far into the previous sentence its subject may begin, in words: a dateline may come first
     * ("القاهرة في 4 سبتمبر / وام / أكد الرئيس المصري عبد الفتاح السيسي").
     */
    private static final int SUBJECT_REACH = 10;

    private final ArabicResources res;
    private final PhraseIndex<Boolean> openings;
    /** Openings that go on with the previous sentence's subject when a verb alone comes before the event word. */
    private final PhraseIndex<Boolean> continuations;
    /** Folded words that make the actor after them an object ("مع الرئيس X"), not the subject. */
    private final Set<String> prepositions;

    ArabicBackReferences(ArabicResources res) {
        this.res = res;
        this.openings = res.phrases("lexicon/ar/back_references.txt");
        this.continuations = res.phrases("lexicon/ar/continuations.txt");
        this.prepositions = res.prepositions;
    }

    /**
     * {@code chunks} with the previous sentence's subject put first, as a phrase before every word of
     * sentence {@code s}, when s opens with a back reference and no phrase without a preposition
     * stands before {@code firstTrigger}; else {@code chunks} itself.
     */
    List<Chunk> withSubject(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<Chunk> chunks, int firstTrigger) {
        if (tokens.isEmpty() || openings.longestAt(tokens, 0, PhraseIndex::conjunctionOnly) == null && !continued(tokens, firstTrigger)
                || chunks.stream().anyMatch(c -> c.to() <= firstTrigger && c.intro().equals(Chunk.DIRECT))) {
            return chunks;
        }
        List<ActorMention> subject = previousSubject(doc, s);
        if (subject.isEmpty()) {
            return chunks;
        }
        List<Chunk> out = new ArrayList<>(chunks.size() + 1);
        out.add(new Chunk(Chunk.DIRECT, subject, 0, 0, false));
        out.addAll(chunks);
        return out;
    }

    /**
     * "كما عقد اجتماعا": a continuation, one word (its verb), then the first event word, indefinite as
     * the verb's object is ("كما تحمل الزيارة أهمية": a definite one is the verb's own subject).
     */
    private boolean continued(List<Token> tokens, int firstTrigger) {
        PhraseIndex.Hit<Boolean> m = continuations.longestAt(tokens, 0, PhraseIndex::conjunctionOnly);
        return m != null && firstTrigger == m.to() + 1 && firstTrigger < tokens.size() && !tokens.get(firstTrigger).text().startsWith("ال");
    }

    /**
     * The first person the previous sentence names within its first words, else the first actor: as
     * a name (not a place), and not after a preposition (counted from the title read before the name).
     */
    private List<ActorMention> previousSubject(AnnotatedArticle doc, Sentence s) {
        Sentence previous = null;
        for (Sentence p : doc.get(Keys.SENTENCES)) {
            if (p.end() <= s.start()) {
                previous = p;
            }
        }
        if (previous == null) {
            return List.of();
        }
        List<Token> tokens = res.tokenizer.tokens(res.folded(doc), previous.start(), previous.end());
        int reach = tokens.size() > SUBJECT_REACH ? tokens.get(SUBJECT_REACH).start() : previous.end();
        ActorMention subject = null;
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() >= previous.start() && a.span().start() < reach && a.role() == ActorMention.Role.NAME
                    && !afterPreposition(tokens, a)) {
                if (a.entityId().startsWith("person/")) {
                    return List.of(a); // who receives or meets: a person before a state named first ("القاهرة" of a dateline)
                }
                subject = subject == null ? a : subject;
            }
        }
        return subject == null ? List.of() : List.of(subject);
    }

    /** The actor's phrase, from the title read before its name, follows a preposition ("مع الرئيس X"). */
    private boolean afterPreposition(List<Token> tokens, ActorMention a) {
        int first = Tokenizer.indexAt(tokens, a.span().start());
        if (a.title() != null && !a.surface().contains(a.title())) {
            first -= Words.count(a.title());
        }
        return first > 0 && prepositions.contains(tokens.get(first - 1).text());
    }
}

