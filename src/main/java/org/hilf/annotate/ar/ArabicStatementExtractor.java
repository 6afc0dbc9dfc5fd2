package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.Tsv;

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
    /** How far after the verb its subject may stand (a long title comes before the name). */
    private static final int SUBJECT_WINDOW = 12;
    /** A quotation of fewer words is a scare quote or a name ("الذئاب"), not words said. */
    private static final int MIN_QUOTE_WORDS = 2;

    private record Word(String kind, boolean joint, List<String> tokens) { }

    private final ArabicResources res;
    private final PhraseIndex<Word> words;
    private final Set<String> duals;
    private final Set<String> complementizers;
    private final Set<String> officialNouns;

    public ArabicStatementExtractor(ArabicResources res) {
        this.res = res;
        this.words = new PhraseIndex<>(res.clitics, false);
        for (Tsv.Row r : Tsv.read("lexicon/speech.tsv")) {
            for (String f : r.list("forms_ar")) {
                List<String> w = AliasIndex.split(res.normalizer.normalize(f));
                words.add(w, new Word(r.required("kind"), Boolean.parseBoolean(r.get("joint")), w));
            }
        }
        duals = Set.copyOf(res.fold(Tsv.words("lexicon/dual_anaphors.txt")));
        officialNouns = Set.copyOf(res.fold(Tsv.words("lexicon/ar/official_nouns.txt")));
        complementizers = Set.copyOf(res.fold(List.of("إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "أنهم", "أنهما", "عن", "على أن", "إلى أن")));
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
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                StatementMention st = sentence(doc, s, res.tokenizer.tokens(text, s.start(), s.end()),
                        s.index() - lastIndex <= 2 ? lastSpeakers : List.of(), out);
                if (st != null) {
                    out.add(st);
                    lastSpeakers = st.speakers();
                    lastIndex = s.index();
                }
            }
        }
        doc.set(Keys.STATEMENTS, List.copyOf(out));
    }

    private StatementMention sentence(AnnotatedArticle doc, Sentence s, List<Token> tokens, List<String> previous,
                                      List<StatementMention> earlier) {
        String text = doc.text();
        List<Span> quotes = Quotations.of(text, s).stream()
                .filter(q -> words(text, q) >= MIN_QUOTE_WORDS && !isName(doc, q)).toList();
        // The word of speech that introduces the quotation is the last one before it, a verb before a
        // noun before a participle ("ردت … على تصريحات X بشأن “…”": ردت, not تصريحات); without a
        // quotation, the first word of speech of the sentence.
        int firstQuote = quotes.isEmpty() ? Integer.MAX_VALUE : quotes.get(0).start();
        int w = -1;
        Word word = null;
        int firstVerb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (Quotations.inside(quotes, tokens.get(i).start())) {
                continue;
            }
            PhraseIndex.Hit<Word> hit = words.longestAt(tokens, i, ArabicStatementExtractor::speechReading);
            if (hit == null) {
                continue;
            }
            Word found = hit.value();
            if (firstVerb < 0 && found.kind().equals("verb")) {
                firstVerb = i;
            }
            boolean beforeQuote = tokens.get(i).start() < firstQuote;
            if (w < 0 || (beforeQuote && rank(found) >= rank(word))) {
                w = i;
                word = found;
            }
            if (!beforeQuote || quotes.isEmpty()) {
                break;
            }
        }
        if (word == null) {
            return null;
        }
        int afterWord = w + word.tokens().size();
        boolean indirect = afterWord < tokens.size() && startsComplement(tokens, afterWord, quotes);
        // Without a quotation or a reported clause, a verb of stating with its subject right after it
        // still reports a statement ("وأكد الزعيمان أهمية السلام"، "دعا الرئيس إلى …").
        boolean verbWithSubject = word.kind().equals("verb") && subjectFollows(doc, tokens, afterWord, s);
        if (quotes.isEmpty() && !indirect && !hasComplementAfterSpeaker(tokens, afterWord, quotes) && !verbWithSubject) {
            return null;
        }
        // media report and relay; they are never who said it
        List<ActorMention> actors = doc.get(Keys.ACTORS).stream()
                .filter(a -> s.span().contains(a.span()) && !Quotations.inside(quotes, a.span().start())
                        && !res.gazetteer.isMedia(a.entityId())).toList();
        int wordStart = tokens.get(w).start();
        int wordEnd = tokens.get(afterWord - 1).end();
        Span trigger = new Span(wordStart, wordEnd);

        String unnamed = word.kind().equals("relay") ? null : unnamedOfficial(tokens, afterWord, actors);
        List<String> speakers = word.kind().equals("relay") ? relayed(tokens, afterWord, actors)
                : unnamed != null ? List.of(unnamed)
                : speakers(doc, tokens, afterWord, actors, wordEnd, wordStart, word, earlier);
        if (speakers.isEmpty() && firstVerb >= 0 && firstVerb < w && tokens.get(w).text().startsWith("و")) {
            // "واتهم الباحث الناتو …، وقال: “…”": a coordinated verb shares the first verb's subject
            int fv = firstVerb;
            Word first = words.longestAt(tokens, fv, ArabicStatementExtractor::speechReading).value();
            int after = fv + first.tokens().size();
            speakers = speakers(doc, tokens, after, actors, tokens.get(after - 1).end(), tokens.get(fv).start(), first, earlier);
        } else if (speakers.isEmpty()) {
            speakers = before(actors, wordStart);
        }
        if (speakers.isEmpty()) {
            // "وأضاف أن …"، "وقال: “…”": a sentence that opens with the verb continues the last speaker
            if (previous.isEmpty() || (quotes.isEmpty() && w > 1)) {
                return null;
            }
            speakers = previous;
        }
        // the date of the saying stands outside what was said: not in the quotation, not in the reported clause
        int reported = reportedClauseStart(tokens, afterWord, quotes);
        DateMention date = doc.get(Keys.DATES).stream()
                .filter(d -> s.span().contains(d.span()) && d.resolved() && !Quotations.inside(quotes, d.span().start())
                        && (quotes.isEmpty() ? d.span().start() < reported : true))
                .findFirst().orElse(null);
        Set<String> behalf = new LinkedHashSet<>();
        LocalDate when = date != null ? date.start() : doc.get(Keys.ANCHOR).date();
        for (String sp : speakers) {
            String b = behalfOf(doc, sp, actors, when);
            if (b != null) {
                behalf.add(b);
            }
        }
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
        return new StatementMention(s, trigger, List.copyOf(speakers), behalf, about, quoted, date, false);
    }

    /** The speakers: after the word, else before it; "X وY" together; a dual anaphor; the body of a joint statement. */
    private List<String> speakers(AnnotatedArticle doc, List<Token> tokens, int afterWord, List<ActorMention> actors,
                                  int wordEnd, int wordStart, Word word, List<StatementMention> earlier) {
        if (afterWord < tokens.size()) {
            for (Clitics.Reading r : res.clitics.readings(tokens.get(afterWord).text())) {
                if (duals.contains(r.word())) {
                    List<String> two = lastPair(doc, earlier);
                    if (!two.isEmpty()) {
                        return two;
                    }
                }
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
        List<ActorMention> after = named.stream().filter(a -> a.span().start() >= wordEnd && a.span().start() < limit).toList();
        List<String> out = new ArrayList<>();
        if (!after.isEmpty()) {
            ActorMention first = after.get(0);
            if (Tokenizer.indexAt(tokens, first.span().start()) - afterWord <= SUBJECT_WINDOW) {
                out.add(first.entityId());
                // "قال ستولتنبرج وكيشيدا": coordinated subjects speak together
                for (int k = 1; k < after.size(); k++) {
                    ActorMention prev = after.get(k - 1);
                    ActorMention next = after.get(k);
                    String gap = doc.text().substring(prev.span().end(), next.span().start()).strip();
                    if ((gap.isEmpty() && next.surface().startsWith("و")) || gap.equals("و")) {
                        out.add(next.entityId());
                    } else {
                        break;
                    }
                }
                return out;
            }
        }
        return out;
    }

    /**
     * "قال مسؤول كويتي"، "أفاد مصدر دبلوماسي مصري"، "قال متحدث باسم الخارجية الصينية": an unnamed
     * official right after the verb speaks for the state or body named within three words after the
     * noun; the state (or body) is the speaker, since the person has no name to stand for.
     */
    private String unnamedOfficial(List<Token> tokens, int afterWord, List<ActorMention> actors) {
        if (afterWord >= tokens.size() || !officialNoun(tokens.get(afterWord))) {
            return null;
        }
        int from = tokens.get(afterWord).end();
        int to = afterWord + 4 < tokens.size() ? tokens.get(afterWord + 4).end() : Integer.MAX_VALUE;
        for (ActorMention a : actors) {
            if (a.span().start() >= from && a.span().start() < to && !a.entityId().startsWith("person/")) {
                var e = res.gazetteer.entity(a.entityId()).orElse(null);
                return e != null && e.countryId() != null && e.type() != org.hilf.annotate.EntityType.STATE ? e.countryId() : a.entityId();
            }
        }
        return null;
    }

    private boolean officialNoun(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t.text())) {
            if (officialNouns.contains(r.word()) && PhraseIndex.conjunctionOnly(r)) {
                return true;
            }
        }
        return false;
    }

    /** Where the reported clause begins ("… أن …"), or the sentence's end when there is none. */
    private int reportedClauseStart(List<Token> tokens, int afterWord, List<Span> quotes) {
        for (int i = afterWord; i < tokens.size(); i++) {
            if (!Quotations.inside(quotes, tokens.get(i).start()) && complementAt(tokens, i)) {
                return tokens.get(i).start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** An actor (or "القائدان") within the two words after the verb: its subject. */
    private boolean subjectFollows(AnnotatedArticle doc, List<Token> tokens, int afterWord, Sentence s) {
        if (afterWord >= tokens.size()) {
            return false;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(afterWord).text())) {
            if (duals.contains(r.word())) {
                return true;
            }
        }
        int limit = afterWord + 2 < tokens.size() ? tokens.get(afterWord + 2).end() : s.end();
        int from = tokens.get(afterWord).start();
        return doc.get(Keys.ACTORS).stream().anyMatch(a -> a.isActor() && a.span().start() >= from && a.span().start() < limit);
    }

    /** "نقلت وكالة X عن Y": the first actor after عن said it; X only passed it on. */
    private List<String> relayed(List<Token> tokens, int afterWord, List<ActorMention> actors) {
        for (int i = afterWord; i < tokens.size() && i < afterWord + 8; i++) {
            if (tokens.get(i).text().equals("عن")) {
                int from = i + 1 < tokens.size() ? tokens.get(i + 1).start() : Integer.MAX_VALUE;
                return actors.stream().filter(a -> a.isActor() && a.span().start() >= from).limit(1)
                        .map(ActorMention::entityId).toList();
            }
        }
        return List.of();
    }

    /** The last actor named before the word: "الصين، التي أكدت أنها …". */
    private static List<String> before(List<ActorMention> actors, int wordStart) {
        List<ActorMention> before = actors.stream().filter(a -> a.isActor() && a.span().end() <= wordStart).toList();
        return before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1).entityId());
    }

    private static int rank(Word w) {
        return switch (w.kind()) {
            case "verb", "relay" -> 2;
            case "noun" -> 1;
            default -> 0;
        };
    }

    /** The two people of the most recent statement or event with two of them. */
    private List<String> lastPair(AnnotatedArticle doc, List<StatementMention> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).speakers().size() == 2) {
                return earlier.get(i).speakers();
            }
        }
        List<EventMention> events = doc.get(Keys.EVENTS);
        for (int i = events.size() - 1; i >= 0; i--) {
            List<String> people = events.get(i).participants().stream().filter(p -> res.isPerson(doc, p)).toList();
            if (people.size() == 2) {
                return people;
            }
        }
        return List.of();
    }

    private String behalfOf(AnnotatedArticle doc, String speaker, List<ActorMention> actors, LocalDate when) {
        Entity e = res.entity(doc, speaker);
        if (e == null) {
            return null;
        }
        if (e.type() == EntityType.PERSON) {
            for (ActorMention a : actors) {
                if (a.entityId().equals(speaker) && a.affiliationId() != null) {
                    return a.affiliationId();
                }
            }
            return e.affiliationId() != null ? e.affiliationId() : res.gazetteer.affiliationOn(e.id(), when).orElse(null);
        }
        // a national body (a ministry, a state agency) speaks for its state; anything else for itself
        return e.type() == EntityType.ORGANIZATION && e.countryId() != null ? e.countryId() : e.id();
    }

    /** "قال إن"، "أعربت عن": the word is directly followed by its complement. */
    private boolean startsComplement(List<Token> tokens, int i, List<Span> quotes) {
        return !Quotations.inside(quotes, tokens.get(i).start()) && complementAt(tokens, i);
    }

    private boolean hasComplementAfterSpeaker(List<Token> tokens, int from, List<Span> quotes) {
        for (int i = from; i < tokens.size() && i < from + 10; i++) {
            if (!Quotations.inside(quotes, tokens.get(i).start()) && complementAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean complementAt(List<Token> tokens, int i) {
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i).text())) {
            if (complementizers.contains(r.word()) && r.prefix().length() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A word of speech as written, or after و، ف or ب ("بقوله"). */
    private static boolean speechReading(Clitics.Reading r) {
        return PhraseIndex.conjunctionOnly(r) || r.prefix().equals("ب");
    }

    private static int words(String text, Span q) {
        return text.substring(q.start(), q.end()).strip().split("\\s+").length;
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
