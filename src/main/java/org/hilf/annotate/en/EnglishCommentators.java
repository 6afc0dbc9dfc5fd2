package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.Entity;
import org.hilf.annotate.Tsv;

/**
 * A commentator introduced in apposition by an occupation ({@code data/lexicon/en/commentator_nouns.txt}):
 * "Kabiru Adamu, a security analyst", "Shi Yinhong, a professor of international relations", "X, a
 * Nairobi-based political analyst", "X, a Gulf affairs analyst". After a new name (two words at least,
 * none known) and its comma, "a"/"an" and within a few words the occupation: a new person who holds no office and speaks for no state or body. Stateless.
 */
final class EnglishCommentators {
    /** Words between "a"/"an" and the occupation at most ("an environmental policy researcher", "a Horn of Africa analyst"). */
    private static final int MODIFIERS = 4;
    private static final Set<String> OCCUPATIONS = Set.copyOf(Tsv.words("lexicon/en/commentator_nouns.txt"));

    private EnglishCommentators() { }

    /**
     * The commentator named by words i to end (a new name the reader found, a comma after it): the
     * person, added to the pass; returns the word after the name, or -1 when no occupation follows.
     */
    static int at(EnglishTitleReader reader, EnglishActorRecognizer.EnglishPass pass, List<EnToken> tokens, int i, int end) {
        if (!tokens.get(end).indefinite()) {
            return before(reader, pass, tokens, i, end);
        }
        // the modifiers may name a region or field ("a Gulf affairs analyst", "a Horn of Africa analyst")
        for (int k = end + 1; k < tokens.size() && k - end <= MODIFIERS + 1 && !tokens.get(k).breakBefore(); k++) {
            if (OCCUPATIONS.contains(tokens.get(k).folded()) && !ofNamedBody(tokens, k + 1)) {
                return commentator(reader, pass, tokens, i, end, end, k);
            }
        }
        return -1;
    }

    /**
     * "A Kinshasa-based researcher, Jean-Pierre Mbala, said": the occupation right before the name's comma,
     * "a"/"an" a few words before it in the same phrase; returns the word after the name, or -1.
     */
    private static int before(EnglishTitleReader reader, EnglishActorRecognizer.EnglishPass pass, List<EnToken> tokens, int i, int end) {
        if (i < 2 || !tokens.get(i).commaBefore() || !OCCUPATIONS.contains(tokens.get(i - 1).folded())) {
            return -1;
        }
        for (int k = i - 2; k >= 0 && i - 1 - k <= MODIFIERS + 1 && !tokens.get(k + 1).breakBefore(); k--) {
            if (tokens.get(k).indefinite()) {
                return commentator(reader, pass, tokens, i, end, k, i - 1);
            }
        }
        return -1;
    }

    /** The new person named by words i to end, with the occupation of words {@code from} to {@code to} (inclusive); the word after the name. */
    private static int commentator(EnglishTitleReader reader, EnglishActorRecognizer.EnglishPass pass, List<EnToken> tokens, int i, int end,
                                   int from, int to) {
        String occupation = pass.doc.text().substring(tokens.get(from).start(), tokens.get(to).end());
        Entity p = reader.newPerson(tokens, i, end, occupation, null);
        return pass.person(tokens, i, end, p.id(), occupation, null, 1.0);
    }

    /**
     * "a researcher at the Horn Policy Forum": the occupation's phrase names a body ("at"/"with"/"for" and "the"
     * before capitalized words) the person may speak for; a body the gazetteer may lack, so no person is made
     * ("a professor at Renmin University", a university, speaks for no one).
     */
    private static boolean ofNamedBody(List<EnToken> tokens, int from) {
        for (int k = from; k + 2 < tokens.size() && !tokens.get(k).breakBefore(); k++) {
            if (tokens.get(k).folded().matches("at|with|for") && tokens.get(k + 1).folded().equals("the") && tokens.get(k + 2).capitalized()) {
                return true;
            }
        }
        return false;
    }
}
