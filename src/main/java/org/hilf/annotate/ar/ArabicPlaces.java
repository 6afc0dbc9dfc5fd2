package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Gazetteer;

/**
 * Whether a state or capital an {@link ArabicActorPass} found stands as a place ("في طوكيو"، "بطوكيو"،
 * "إلى سيول") rather than as an actor, and which reading of a word written with a shadda goes first.
 * Stateless but for the article it reads; used by one thread.
 */
final class ArabicPlaces {
    private final ArabicResources res;
    private final AnnotatedArticle doc;

    ArabicPlaces(ArabicResources res, AnnotatedArticle doc) {
        this.res = res;
        this.doc = doc;
    }

    /** "في طوكيو"، "بطوكيو"، "إلى سيول": the state or capital as a location. */
    boolean isPlace(List<Token> tokens, int i, AliasIndex.Match m, boolean capital) {
        if (m.firstReading().prefix().equals("ب")) {
            return true;
        }
        if (capital && i >= 2 && res.placePrepositions.containsKey(tokens.get(i - 2).text())
                && res.aliases.matchesAt(tokens, i - 1).stream().anyMatch(x -> x.entry().kind() == Gazetteer.FormKind.ADJECTIVE)) {
            return true; // "العاصمة الليتوانية، فيلنيوس"
        }
        if (tokens.get(i).breakBefore()) {
            return false; // no preposition reaches over a mark
        }
        for (int n = 1; n <= 3 && i - n >= 0; n++) {
            if (n > 1 && !res.longerPlacePrepositionEnds.contains(tokens.get(i - 1).text())) {
                break; // words joined end with the last one: no longer preposition ends with it
            }
            // one word is read through its token, which keeps its readings; more are joined
            List<Clitics.Reading> readings = n == 1 ? res.clitics.readings(tokens.get(i - 1)) : res.clitics.readings(joined(tokens, i - n, i));
            for (Clitics.Reading r : readings) {
                Boolean capitalOnly = res.placePrepositions.get(r.word());
                if (capitalOnly != null && (capital || !capitalOnly)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /**
     * "عمّان": a word the text writes with a shadda, which folding drops, is the capital that is
     * written so, not the state it folds into ("عمان", Oman): the capital's readings go first.
     */
    List<AliasIndex.Match> withCapitalsShadda(List<Token> tokens, int i, List<AliasIndex.Match> matches) {
        if (matches.size() < 2 || doc.text().substring(tokens.get(i).start(), tokens.get(i).end()).indexOf('\u0651') < 0) {
            return matches;
        }
        List<AliasIndex.Match> out = new ArrayList<>(matches);
        out.sort(Comparator.comparing(m -> m.entry().kind() != Gazetteer.FormKind.CAPITAL));
        return out;
    }
}
