package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Tsv;

/**
 * A subject the recogniser did not read, right after a verb of stating ("وقال نوفاك إن …"): the
 * sentence has a speaker we cannot name, so it does not continue the previous one. The words that
 * may follow the verb without being its subject are data ({@code data/lexicon/ar/speech_adjuncts.txt},
 * with {@code prepositions.txt}); commentators are {@code reporter_nouns.txt}'s. Stateless and thread-safe.
 */
final class ArabicUnreadSubjects {
    private final ArabicResources res;
    private final ArabicSpeakers speakers;
    private final ArabicUnnamedSources unnamedSources;
    /** {@code speech_adjuncts.txt}, folded: words after a verb of stating that are not its subject. */
    private final Set<String> adjuncts;

    ArabicUnreadSubjects(ArabicResources res, ArabicSpeakers speakers, ArabicUnnamedSources unnamedSources) {
        this.res = res;
        this.speakers = speakers;
        this.unnamedSources = unnamedSources;
        adjuncts = Set.copyOf(res.fold(Tsv.words("lexicon/ar/speech_adjuncts.txt")));
    }

    /** At most this many words of a name the recogniser did not read stand between the verb and what was said. */
    private static final int NAME_WORDS = 3;

    /**
     * Someone the recogniser did not read is the subject right after the verb of stating ending at
     * {@code afterWord}: a name of one to three words, then what was said ("وقال نوفاك إن …"), maybe
     * after one or two definite words of a title ("ويرى العميد المتقاعد خليل الحلو أن …"). The name's
     * first word is not definite; none of its words is an actor's, a preposition or an adjunct of
     * speech ({@code speech_adjuncts.txt}: "وقال أيضا إن"، "وأضاف سموه أن"، "وقال المصدر نفسه إن"), and no
     * punctuation stands among them. The words are someone else's than the previous speaker's, who
     * must not be credited with them; unless they are words of the name an earlier mention gave a
     * previous speaker ("وأضاف طه أن …" after "حسين إبراهيم طه", whose surname alone the recogniser does
     * not read). A title alone ("وقال الوزير إن") may still be the previous speaker.
     */
    boolean at(AnnotatedArticle doc, List<Token> tokens, int afterWord, List<ActorMention> actors, List<String> previous) {
        String text = doc.text();
        if (commentatorAt(doc, tokens, afterWord, previous)) {
            return true;
        }
        int name = afterWord;
        while (name < tokens.size() && name < afterWord + TITLE_WORDS && definite(text, tokens.get(name))
                && !tokens.get(name).breakBefore() && plain(doc, tokens, name, actors, previous)) {
            name++;
        }
        if (name >= tokens.size() || definite(text, tokens.get(name)) || speakers.complementAt(tokens, name)) {
            return false;
        }
        for (int i = name; i < tokens.size() && i <= name + NAME_WORDS; i++) {
            if (i > name && speakers.complementAt(tokens, i)) {
                return true;
            }
            if (tokens.get(i).breakBefore()) {
                // "وقال الوزير غويال، في منشور على منصة إكس، إن …": a comma closes the name as the complement does
                return i > name && (tokens.get(i).gapBefore().contains("،") || tokens.get(i).gapBefore().contains(","));
            }
            if (!plain(doc, tokens, i, actors, previous)) {
                return false;
            }
        }
        return false;
    }

    /** Definite words of a title at most before the unread name ("العميد المتقاعد"). */
    private static final int TITLE_WORDS = 2;

    /** Word {@code i} is no actor's, no preposition, no adjunct of speech and no word of a previous speaker's name. */
    private boolean plain(AnnotatedArticle doc, List<Token> tokens, int i, List<ActorMention> actors, List<String> previous) {
        Token t = tokens.get(i);
        return !previousWord(doc, t, previous, ActorMention::surface) && !speakers.wordAt(tokens, i, adjuncts)
                && !speakers.prepositionAt(tokens, i) && actors.stream().noneMatch(a -> a.span().start() < t.end() && a.span().end() > t.start());
    }

    /**
     * A commentator or a medium ({@code reporter_nouns.txt}) is the subject at word {@code i}: right
     * after the verb of stating ("وأضاف الباحث السوداني …")، or after the first word of a sentence
     * whose words are continued by a participle ("ويذهب الباحث السوداني … إلى أن …، مشيرا إلى …").
     * He speaks, not the previous speaker; unless he is that speaker ("وأضاف الباحث أن …" after "وقال
     * الباحث X إن …").
     */
    boolean commentatorAt(AnnotatedArticle doc, List<Token> tokens, int i, List<String> previous) {
        return i < tokens.size() && unnamedSources.reporterNoun(tokens.get(i)) && !previousWord(doc, tokens.get(i), previous, ActorMention::title);
    }

    /**
     * The word is a word of the surface or the title ({@code words}) an earlier mention gave one of the
     * {@code previous} speakers ("طه" of "حسين إبراهيم طه"، "الباحث" of his title).
     */
    private boolean previousWord(AnnotatedArticle doc, Token t, List<String> previous, Function<ActorMention, String> words) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().end() <= t.start() && previous.contains(a.entityId()) && words.apply(a) != null
                    && res.fold(List.of(words.apply(a).split("\\s+"))).contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word, or the word under its proclitics ("للصحفيين"), is definite. Read in the original text:
     * folding makes a name's hamza a bare alif ("ألكسندر" folds to "الكسندر").
     */
    private boolean definite(String text, Token t) {
        return text.startsWith("ال", t.start())
                || res.clitics.readings(t).stream().anyMatch(r -> !r.prefix().isEmpty() && r.word().startsWith("ال"));
    }
}
