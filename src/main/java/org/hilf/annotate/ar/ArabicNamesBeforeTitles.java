package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.Entity;

/**
 * A name the gazetteer does not know, between a word of courtesy and its office: "اجتمع … مع معالي
 * جينبيك كولوباييف وزير خارجية قرغيزستان" (the Gulf wires' order: courtesy, name, then title). The
 * courtesy word ({@code data/lexicon/ar/courtesy_words.txt}, an honorific such as "السيد" may follow)
 * and a title of an office with its state or body right after the name bound it, so a name of one
 * to four words that are no known name, stopword nor definite noun is the person who holds that
 * title. A known holder of the office is not replaced by a second person: the title is read as
 * usual. Stateless after construction and thread-safe.
 */
final class ArabicNamesBeforeTitles {
    private static final int MAX_WORDS = 4;

    private final ArabicResources res;
    private final PhraseIndex<Boolean> courtesy;

    ArabicNamesBeforeTitles(ArabicResources res) {
        this.res = res;
        this.courtesy = res.phrases("lexicon/ar/courtesy_words.txt");
    }

    /** At a courtesy word at token i: the new person it introduces, added to the pass; the token after the name, or -1. */
    int at(ArabicActorPass pass, ArabicTitledPeople titled, List<Token> tokens, int i) {
        PhraseIndex.Hit<Boolean> c = courtesy.longestAt(tokens, i, PhraseIndex::conjunctionOnly);
        if (c == null) {
            return -1;
        }
        int from = titled.skipHonorific(tokens, c.to());
        if (from >= tokens.size() || pass.recognizer.titles.matchAt(tokens, from, pass::anaphor) != null) {
            return -1; // "معالي رئيس مجلس الوزراء": the title comes first, read as usual
        }
        for (int k = from; k < tokens.size() && k - from <= MAX_WORDS; k++) {
            TitleMatcher.Title t = k > from ? pass.recognizer.titles.matchAt(tokens, k, pass::anaphor) : null;
            if (t != null && t.from() == k && t.isOffice() && t.affiliationId() != null && !tokens.get(k).breakBefore()
                    && !(t.to() < tokens.size() && pass.recognizer.deputies.contains(tokens.get(t.to()).text()))
                    && !pass.recognizer.deputies.contains(tokens.get(k).text())
                    && pass.date != null && res.gazetteer.holder(t.role(), t.affiliationId(), pass.date).isEmpty()) {
                String title = pass.text(tokens, k, t.to());
                Entity person = titled.newPerson(tokens, from, k, title, t.affiliationId());
                pass.add(tokens, from, k, person.id(), Role.NAME, 1.0, title, t.affiliationId());
                return k;
            }
            if (!nameWord(tokens, k, from)) {
                return -1;
            }
        }
        return -1;
    }

    /** A word a new name may have: no stopword, known name, number, Latin word or definite noun (but "عبد الله"). */
    private boolean nameWord(List<Token> tokens, int k, int from) {
        String w = tokens.get(k).text();
        boolean god = k > from && w.equals("الله");
        return (k == from || !tokens.get(k).breakBefore()) && w.length() >= 2 && !res.stopwords.contains(w) && !res.reportWords.contains(w)
                && (!w.startsWith("ال") || god) && res.aliases.matchesAt(tokens, k).isEmpty()
                && !Character.isDigit(w.charAt(0)) && w.chars().noneMatch(ch -> ch < 128);
    }
}
