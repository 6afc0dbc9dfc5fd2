package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.frame.HeadlineEvents;

/**
 * Finds statements in Arabic sentences: who said what, for whom, about whom.
 *
 * <p>A sentence reports a statement when it has a word of speech ({@code data/lexicon/speech.tsv})
 * and either a quotation (“…”، «…»، "…"، ‘…’) or indirect speech ("قال إن …"، "أعربت عن …").
 * <ul>
 *   <li>speaker: the first actor named after the verb and outside the quotation (Arabic puts the
 *       subject after the verb), else the last one before it; "X وY" right there makes a joint
 *       statement; "القائدان" stands for the two people of the last event or statement; a sentence
 *       with a quotation and no speaker continues the previous statement's speaker</li>
 *   <li>on behalf of: a person's office (the title's body, or the office held on the date); a
 *       national body's state; a state or organization speaks for itself</li>
 *   <li>about: the actors named inside the quotation or the reported clause, speakers excluded</li>
 *   <li>date: a date of the sentence outside the quotation, else none (the graph stage then dates
 *       it by the article)</li>
 * </ul>
 * Stateless after construction and thread-safe.
 */
public final class ArabicStatementExtractor implements Annotator {
    /** A quotation of fewer words is a scare quote or a name ("الذئاب"), not words said. */
    private static final int MIN_QUOTE_WORDS = 2;
    /** Words after the verb within which "إن"/"أن" opens what was said (a long title and an aside stand between). */
    private static final int COMPLEMENT_REACH = 14;

    private final org.hilf.annotate.ChairCapacities chairs;
    private final ArabicResources res;
    private final ArabicSpeechWords speechWords;
    private final ArabicSpeakers speakerFinder;
    private final ArabicBehalf behalves;
    private final ArabicDocuments documents;
    private final ArabicUnnamedSources unnamedSources;
    private final ArabicStatementSources sources;
    private final ArabicContrastClauses contrasts;
    private final ArabicIntroducedTitles introducedTitles;
    private final ArabicPluperfect pluperfect;
    private final ArabicStatementDating dating;
    private final ArabicUnreadSubjects unreadSubjects;

    public ArabicStatementExtractor(ArabicResources res) {
        this.res = res;
        this.chairs = new org.hilf.annotate.ChairCapacities(res.gazetteer, "lexicon/ar/chair_capacities.tsv");
        this.documents = new ArabicDocuments(res);
        this.speakerFinder = new ArabicSpeakers(res);
        this.speechWords = new ArabicSpeechWords(res, documents::statementAt, speakerFinder::complementAt);
        this.behalves = new ArabicBehalf(res);
        this.unnamedSources = new ArabicUnnamedSources(res);
        this.sources = new ArabicStatementSources(documents, speakerFinder, unnamedSources);
        this.contrasts = new ArabicContrastClauses(res, speechWords);
        this.introducedTitles = new ArabicIntroducedTitles(res);
        this.pluperfect = new ArabicPluperfect(res, speakerFinder);
        this.unreadSubjects = new ArabicUnreadSubjects(res, speakerFinder, unnamedSources);
        this.dating = new ArabicStatementDating(speakerFinder);
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.DATES, Keys.NEW_ENTITIES, Keys.ANCHOR, Keys.EVENTS); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.STATEMENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<StatementMention> out = new ArrayList<>();
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = res.folded(doc);
            List<String> lastSpeakers = List.of();
            int lastIndex = -10;
            // a headline sums up what the body reports ("… ويؤكد دعم مصر لوحدة السودان"): no statement of its own
            int headlineEnd = HeadlineEvents.headlineEnd(doc.text());
            Sentence first = null;
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                if (s.end() <= headlineEnd) {
                    continue;
                }
                first = first == null ? s : first;
                for (StatementMention st : statements(doc, s, res.tokenizer.tokens(text, s.start(), s.end()),
                        s.index() - lastIndex <= 2 ? lastSpeakers : List.of(), out, s == first)) {
                    out.add(st);
                    lastSpeakers = st.speakers();
                    lastIndex = s.index();
                }
            }
        }
        doc.set(Keys.STATEMENTS, chairs.apply(doc, out));
    }

    /**
     * The sentence's statements: one, or two when a second clause opens with its own verb of speech
     * ("وقال X إن …، فيما أكد Y أن …"; {@link ArabicContrastClauses}): each clause its own, the
     * second continuing nobody (without a speaker of its own it reports nothing).
     */
    private List<StatementMention> statements(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<String> previous,
                                              List<StatementMention> earlier, boolean opening) {
        int split = contrasts.secondClause(tokens, quotes(doc, s));
        if (split > 0) {
            int at = tokens.get(split).start();
            List<StatementMention> found = new ArrayList<>();
            StatementMention one = sentence(doc, s, new Sentence(s.index(), s.start(), at), tokens.subList(0, split),
                    previous, earlier, opening);
            if (one != null) {
                found.add(one);
            }
            List<StatementMention> before = new ArrayList<>(earlier);
            before.addAll(found);
            StatementMention two = sentence(doc, s, new Sentence(s.index(), at, s.end()),
                    tokens.subList(split, tokens.size()), List.of(), before, false);
            if (two != null) {
                found.add(two);
            }
            return found;
        }
        StatementMention st = sentence(doc, s, s, tokens, previous, earlier, opening);
        return st == null ? List.of() : List.of(st);
    }

    /** The quotations of a sentence long enough to be words said, names excepted. */
    private static List<Span> quotes(AnnotatedArticle doc, Sentence s) {
        String text = doc.text();
        return Quotations.of(text, s).stream()
                .filter(q -> Quotations.words(text, q) >= MIN_QUOTE_WORDS && !isName(doc, q)).toList();
    }

    /** The statement of one clause {@code s} of the sentence {@code whole} (the whole sentence itself, or a part of it), or null. */
    private StatementMention sentence(AnnotatedArticle doc, Sentence whole, Sentence s, List<Token> tokens, List<String> previous,
                                      List<StatementMention> earlier, boolean opening) {
        String text = doc.text();
        List<Span> quotes = quotes(doc, s);
        ArabicSpeechWords.Trigger found = speechWords.trigger(tokens, quotes);
        if (found == null) {
            return null;
        }
        if (found.word().kind().equals("according")
                && unnamedSources.mediaSubject(doc, s, tokens, ArabicDocuments.sourceAt(tokens, found.after()))) {
            // "وبحسب ما أوردته وكالة إرنا، أشار رئيسي إلى …": the medium only tells where the report comes from; the verb after it, if any, says who spoke
            ArabicSpeechWords.Trigger verb = speechWords.verbAfter(tokens, quotes, found.after());
            found = verb != null ? verb : found;
        }
        int w = found.index();
        if (ArabicUnnamedSources.byline(text, s, tokens, w, opening)) {
            return null;
        }
        ArabicSpeechWords.Word word = found.word();
        int firstVerb = found.firstVerb();
        int afterWord = w + word.tokens().size();
        boolean indirect = afterWord < tokens.size() && startsComplement(tokens, afterWord, quotes);
        // Without a quotation or a reported clause, a verb of stating with its subject right after it
        // still reports a statement ("وأكد الزعيمان أهمية السلام"، "دعا الرئيس إلى …").
        boolean verbWithSubject = word.kind().equals("verb") && subjectFollows(doc, tokens, afterWord, s);
        // so does a source after "بحسب", and a document as the verb's subject ("دعا البيان الختامي إلى …")
        // or a verb in a joint document named before it ("صدر بيان مشترك أكد فيه الجانبان …")
        boolean sourced = word.kind().equals("according") || (word.kind().equals("verb") && (documents.at(tokens, afterWord, doc.get(Keys.ACTORS))
                || documents.documentBefore(doc, s, tokens, w, afterWord) != null));
        if (quotes.isEmpty() && !indirect && !hasComplementAfterSpeaker(tokens, afterWord, quotes) && !verbWithSubject && !sourced) {
            return null;
        }
        if (word.kind().equals("verb") && unnamedSources.mediaSubject(doc, s, tokens, afterWord)) {
            return null; // "وذكرت وكالة ريا نوفوستي أن …"، "وأفادت وسائل إعلام بأن …": a report, nobody's statement
        }
        // media report and relay; they are never who said it
        List<ActorMention> actors = doc.get(Keys.ACTORS).stream()
                .filter(a -> s.span().contains(a.span()) && !Quotations.inside(quotes, a.span().start())
                        && !res.gazetteer.isMedia(a.entityId())).toList();
        int wordStart = tokens.get(w).start();
        int wordEnd = tokens.get(afterWord - 1).end();
        Span trigger = new Span(wordStart, wordEnd);

        List<String> speakers = sources.speakersOf(doc, s, tokens, w, word, actors, earlier);
        if (speakers == null) {
            return null;
        }
        if (speakers.isEmpty() && word.verb()) {
            speakers = introducedTitles.holder(doc, s, tokens, afterWord, actors); // "وأكد رئيس الحكومة أن …"
        }
        if (pluperfect.withoutSpeaker(tokens, w, actors)) {
            return null;
        }
        List<String> before = pluperfect.subject(doc.text(), tokens, w, actors);
        if (!before.isEmpty()) {
            speakers = before; // "وكان بزشكيان قد أكد قبيل مغادرته طهران أن …": the subject stands before قد
        }
        if (speakers.isEmpty() && firstVerb >= 0 && firstVerb < w && tokens.get(w).text().startsWith("و")) {
            // "واتهم الباحث الناتو …، وقال: “…”": a coordinated verb shares the first verb's subject
            int fv = firstVerb;
            ArabicSpeechWords.Word first = speechWords.at(tokens, fv);
            int after = fv + first.tokens().size();
            speakers = speakerFinder.speakers(doc, tokens, after, actors, tokens.get(after - 1).end(), earlier);
        } else if (speakers.isEmpty() && word.kind().equals("verb") && tokens.get(w).text().startsWith("و")) {
            // "والتقى X رئيسَ الوزراء، وأكد خلال اللقاء أن …": a coordinated verb keeps the sentence's subject
            speakers = speakerFinder.sentenceSubject(doc.text(), tokens, actors, wordStart);
        } else if (speakers.isEmpty()) {
            speakers = ArabicSpeakers.before(actors, wordStart);
        }
        if (speakers.isEmpty()) {
            // "وأضاف أن …"، "وقال: “…”": a sentence that opens with the verb continues the last speaker;
            // not when an office of something names someone else there ("وكتب رئيس الحركة …"; but
            // "وأضاف المبعوث الأممي" may be the last speaker), nor after a document that is the verb's subject
            // nor when someone the recogniser did not read is the subject ("وقال نوفاك إن …"), or a
            // commentator is the subject of the sentence a participle continues ("ويذهب الباحث …، مشيرا …")
            if (previous.isEmpty() || (quotes.isEmpty() && w > 1) || officeOfSomething(tokens, afterWord) || documents.endsBefore(tokens, w)
                    || unreadSubjects.at(doc, tokens, afterWord, actors, previous)
                    || (word.kind().equals("adverbial") && w > 1 && unreadSubjects.commentatorAt(doc, tokens, 1, previous))) {
                return null;
            }
            speakers = previous;
        }
        LocalDate published = doc.get(Keys.ANCHOR).date();
        DateMention date = dating.dateOf(doc, s, tokens, afterWord, quotes);
        Set<String> behalf = new LinkedHashSet<>();
        LocalDate when = date != null ? date.start() : published;
        for (String sp : speakers) {
            String b = behalves.behalfOf(doc, sp, actors, when);
            if (b != null) {
                behalf.add(b);
            }
        }
        speakers = speakerFinder.statesForDual(tokens, afterWord, speakers, behalf);
        Set<String> about = new LinkedHashSet<>();
        int contentFrom = quotes.isEmpty() ? wordEnd : -1;
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            // A state named as a location is still what the words are about ("الوضع الراهن في تايوان");
            // a capital as a location is not an actor.
            if (!s.span().contains(a.span()) || (a.role() == ActorMention.Role.PLACE && !a.entityId().startsWith("state/"))) {
                continue;
            }
            boolean inContent = Quotations.inside(quotes, a.span().start()) || (contentFrom >= 0 && a.span().start() >= contentFrom);
            if (inContent && !speakers.contains(a.entityId())) {
                about.add(a.entityId());
            }
        }
        List<String> quoted = quotes.stream().map(q -> text.substring(q.start(), q.end()).strip()).filter(q -> !q.isEmpty()).toList();
        return new StatementMention(whole, trigger, List.copyOf(speakers), behalf, about, quoted, date, false);
    }

    /** An actor (or "القائدان") within the two words after the verb: its subject. */
    private boolean subjectFollows(AnnotatedArticle doc, List<Token> tokens, int afterWord, Sentence s) {
        if (afterWord >= tokens.size()) {
            return false;
        }
        if (speakerFinder.dualAt(tokens, afterWord) || documents.statingGroupAt(tokens, afterWord)) {
            return true; // "وأكد الزعيمان أهمية …"، "وشدد القادة الثلاثة على …"
        }
        int limit = afterWord + 2 < tokens.size() ? tokens.get(afterWord + 2).end() : s.end();
        int from = tokens.get(afterWord).start();
        // "أكد وزير الخارجية الإسباني السيد X دعم بلاده": the name after its title, which opens the
        // clause right after the verb, nothing else between, and no actor before the verb that is its subject
        boolean titled = res.titleWord(tokens.get(afterWord).text()) && doc.get(Keys.ACTORS).stream()
                .noneMatch(a -> a.isActor() && a.span().start() >= s.start() && a.span().end() <= from);
        return doc.get(Keys.ACTORS).stream().anyMatch(a -> a.isActor() && a.span().start() >= from && (a.span().start() < limit
                || titled && a.title() != null && a.span().start() - from <= a.title().length() + HONORIFIC_CHARS
                && doc.text().substring(from, a.span().start()).chars().noneMatch(c -> c == '،' || c == ',' || c == '.')));
    }

    /** Characters of an honorific at most between a subject's title and his name ("الجنرال "). */
    private static final int HONORIFIC_CHARS = 10;

    /** A title in construct at i ("رئيس الحركة"، "وزير خارجية"): it introduces its holder, not an anaphor. */
    private boolean officeOfSomething(List<Token> tokens, int i) {
        return i < tokens.size() && !tokens.get(i).text().startsWith("ال") && res.titleWord(tokens.get(i).text());
    }

    /** "قال إن"، "أعربت عن": the word is directly followed by its complement. */
    private boolean startsComplement(List<Token> tokens, int i, List<Span> quotes) {
        return !Quotations.inside(quotes, tokens.get(i).start()) && speakerFinder.complementAt(tokens, i);
    }

    private boolean hasComplementAfterSpeaker(List<Token> tokens, int from, List<Span> quotes) {
        return IntStream.range(from, Math.min(tokens.size(), from + COMPLEMENT_REACH)).anyMatch(i -> startsComplement(tokens, i, quotes));
    }

    /** A quoted name ("وكالة “أسوشيتد برس“") is a name, not words said. */
    private static boolean isName(AnnotatedArticle doc, Span q) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() >= q.start() && a.span().end() <= q.end() && a.span().length() * 10 >= q.length() * 8) {
                return true;
            }
        }
        return false;
    }
}
