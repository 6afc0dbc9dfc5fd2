package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

import org.hilf.annotate.Quotations;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * The Arabic words of speech of {@code data/lexicon/speech.tsv} ("قال"، "بيان"، "بحسب"), and which of
 * them introduces a sentence's statement. Stateless after construction and thread-safe.
 */
final class ArabicSpeechWords {
    /** A word of speech: its kind (verb, noun, adverbial, relay, according), whether it speaks for two, its tokens. */
    record Word(String kind, boolean joint, List<String> tokens, boolean throughDocument) {
        boolean verb() { return kind.equals("verb"); }
    }

    /** The word that introduces the statement, at token {@code index}; the sentence's first verb of speech (or -1). */
    record Trigger(int index, Word word, int firstVerb) {
        int after() { return index + word.tokens().size(); }
    }

    /** Relative "ما" and its prepositions: a verb of speech after them is inside a noun phrase. */
    private static final Set<String> RELATIVE = Set.of("ما", "بما", "مما", "لما");
    /** "لفت الأنظار"، "أثار الانتباه" (folded): a verb of speech with the eyes or attention as object is no speech. */
    private static final Set<String> GAZE = Set.of("الانظار", "الانتباه", "انتباه", "انظار");

    private final PhraseIndex<Word> words;

    /** Words between a verb that speaks through a document and the document at most ("أصدر الجانبان بيانا"). */
    private static final int DOCUMENT_REACH = 4;

    /** Whether a document noun stands at a token: the issued statement a verb like "أصدر" needs. */
    private final BiPredicate<List<Token>, Integer> documentAt;

    /** Whether "إن"، "أن" opens what was said at a token: a verb of speech after it is inside the words reported. */
    private final BiPredicate<List<Token>, Integer> complementAt;

    ArabicSpeechWords(ArabicResources res, BiPredicate<List<Token>, Integer> documentAt, BiPredicate<List<Token>, Integer> complementAt) {
        this.words = new PhraseIndex<>(res.clitics, false);
        for (Tsv.Row r : Tsv.read("lexicon/speech.tsv")) {
            for (String f : r.list("forms_ar")) {
                List<String> w = AliasIndex.split(res.normalizer.normalize(f));
                words.add(w, new Word(r.required("kind"), Boolean.parseBoolean(r.get("joint")), w, "document".equals(r.get("object"))));
            }
        }
        this.documentAt = documentAt;
        this.complementAt = complementAt;
    }

    /** The word of speech at token i (as written, or after و، ف or ب), or null. */
    Word at(List<Token> tokens, int i) {
        PhraseIndex.Hit<Word> hit = words.longestAt(tokens, i, ArabicSpeechWords::speechReading);
        if (hit == null || (hit.reading().prefix().contains("ب") && !hit.value().kind().equals("noun")
                && !hit.value().kind().equals("adverbial"))) {
            return null; // "بحث" is no "ب" + "حث": only a noun takes ب ("بقوله"، "ببيان")
        }
        if (i > 0 && RELATIVE.contains(tokens.get(i - 1).text())) {
            return null; // "أشاد بما وصفه بـ…": a relative clause's verb introduces nothing
        }
        if (hit.to() < tokens.size() && GAZE.contains(tokens.get(hit.to()).text())) {
            return null; // "لقاء لفت الأنظار": drew the eyes, said nothing
        }
        if (hit.value().kind().equals("adverbial") && (hit.to() == tokens.size() || tokens.get(hit.to()).commaBefore())) {
            return null; // "في خطوة لافتة، وقع …": an adjective; a participle of speech runs on into what was said
        }
        if (hit.value().throughDocument() && IntStream.rangeClosed(hit.to(), hit.to() + DOCUMENT_REACH)
                .noneMatch(k -> k < tokens.size() && documentAt.test(tokens, k))) {
            return null; // "أصدر الرئيس مرسوما": issued no statement
        }
        return hit.value();
    }

    /**
     * A word of stating after "عدم" is a noun of what was not done ("طلب عدم ذكر اسمه"، "فضل عدم
     * الإعلان عن …"), never who spoke: an unnamed source's aside must not take the place of its verb.
     */
    private static boolean negatedNoun(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equals("عدم");
    }

    /**
     * The word of speech that introduces the sentence's statement, or null when it has none. With a
     * quotation: the last word before it, a verb before a noun before a participle ("ردت … على
     * تصريحات X بشأن “…”": ردت, not تصريحات). Without: the first verb of speech, else the first
     * word of speech ("وفي بيان مشترك، قال X وY إن": قال and its subjects, not the statement's issuers).
     */
    Trigger trigger(List<Token> tokens, List<Span> quotes) {
        int firstQuote = quotes.isEmpty() ? Integer.MAX_VALUE : quotes.get(0).start();
        int w = -1;
        Word word = null;
        int firstVerb = -1;
        boolean reported = false;
        boolean closed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (Quotations.inside(quotes, tokens.get(i).start())) {
                continue;
            }
            // "وقال المتحدث إن الرئيس أكد “…”": a verb in what was reported is not who spoke, until a
            // comma or semicolon may close the reported words ("ويرى مراقبون أن …، غير أن مصدرا قال إن …")
            if (reported && tokens.get(i).commaBefore()) {
                reported = false;
                closed = true;
            } else if (!reported && !closed && word != null && word.verb() && i > w && complementAt.test(tokens, i)) {
                reported = true;
            }
            Word found = at(tokens, i);
            if (found == null || negatedNoun(tokens, i)) {
                continue;
            }
            if (reported) {
                break;
            }
            if (firstVerb < 0 && found.verb()) {
                firstVerb = i;
            }
            boolean beforeQuote = tokens.get(i).start() < firstQuote;
            // "وأكد X، بحسب بيان للخارجية، “…”": a source set off by commas after the verb tells where the
            // report comes from; the verb and its subject still say who spoke
            boolean aside = word != null && word.verb() && found.kind().equals("according") && tokens.get(i).commaBefore();
            boolean better = word == null || !aside && (quotes.isEmpty() ? rank(found) > rank(word) : rank(found) >= rank(word));
            if (w < 0 || (beforeQuote && better)) {
                w = i;
                word = found;
                closed = false;
            }
            if (!beforeQuote || (quotes.isEmpty() && rank(word) == 2)) {
                break;
            }
        }
        return word == null ? null : new Trigger(w, word, firstVerb);
    }

    /** The first verb of speech at or after token {@code from}, outside the quotations, as a trigger; null when none. */
    Trigger verbAfter(List<Token> tokens, List<Span> quotes, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Word w = Quotations.inside(quotes, tokens.get(i).start()) ? null : at(tokens, i);
            if (w != null && w.verb()) {
                return new Trigger(i, w, i);
            }
        }
        return null;
    }

    private static int rank(Word w) {
        return switch (w.kind()) {
            case "verb", "relay", "according" -> 2;
            case "noun" -> 1;
            default -> 0;
        };
    }

    /** A word of speech as written, or after و، ف or ب ("بقوله"). */
    private static boolean speechReading(Clitics.Reading r) {
        return PhraseIndex.conjunctionOnly(r) || r.prefix().equals("ب");
    }
}
