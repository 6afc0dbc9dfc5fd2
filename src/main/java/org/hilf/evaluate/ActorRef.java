package org.hilf.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hilf.annotate.ar.ArabicNormalizer;

/**
 * The gold file's references to actors, and how one is matched against an actor of the graph:
 * {@code JP} a state by ISO code, {@code nato} an organization by its gazetteer id, {@code p:NAME} a
 * person by name (Arabic or English), {@code role:ROLE@ACTOR} a person the text names only by an
 * office of that state or body (met by a person of that affiliation, or by the state or body itself
 * standing for an official the text does not name). Thread-safe.
 */
final class ActorRef {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private ActorRef() { }

    /** A graph actor as the evaluation sees it: its id path, whether it is a person, its names and affiliations. */
    record Actor(String id, boolean person, Set<String> names, Set<String> affiliations, String country) { }

    /** The reference, unchanged, when it is well formed; else a format error naming {@code where}. */
    static String check(String where, String ref) {
        if (ref.matches("[A-Z]{2}|[a-z0-9][a-z0-9-]*") || ref.startsWith("p:") && ref.length() > 2
                || ref.matches("role:[A-Za-z_]+@([A-Z]{2}|[a-z0-9][a-z0-9-]*)")) {
            return ref;
        }
        throw new GoldFacts.FormatException(where + ": '" + ref + "' is not an actor reference (JP, nato, p:NAME or role:ROLE@JP)");
    }

    /** The id path of a state or organization reference ("state/JP", "org/nato"), else null. */
    static String idOf(String ref) {
        if (ref.matches("[A-Z]{2}")) {
            return "state/" + ref;
        }
        if (ref.matches("[a-z0-9][a-z0-9-]*")) {
            return "org/" + ref;
        }
        return null;
    }

    static boolean isRole(String ref) { return ref.startsWith("role:"); }

    /** Whether the graph's actor is the one the reference names. */
    static boolean matches(String ref, Actor a) {
        String id = idOf(ref);
        if (id != null) {
            // a state's ministry or office speaks and acts as the state ("قالت الخارجية السعودية")
            return id.equals(a.id()) || !a.person() && id.startsWith("state/") && id.equals(a.country());
        }
        if (isRole(ref)) {
            String body = idOf(ref.substring(ref.indexOf('@') + 1));
            // a person of that office, or, for an official the text leaves unnamed, the state or
            // body itself (its ministry included)
            return a.person() ? a.affiliations().contains(body) : body.equals(a.id()) || body.equals(a.country());
        }
        if (!a.person()) {
            return false;
        }
        List<String> gold = tokens(ref.substring(2));
        for (String name : a.names()) {
            if (sameName(gold, tokens(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two names are one person's when they are equal, or when one has two or more words and all of
     * them are in the other ("محمد بن سلمان" in "محمد بن سلمان آل سعود"), or when one is a single word
     * that is the other's last (a surname alone: "روته").
     */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        List<String> small = a.size() <= b.size() ? a : b;
        List<String> big = small == a ? b : a;
        if (small.size() == 1) {
            return small.get(0).equals(big.get(big.size() - 1));
        }
        return big.containsAll(small);
    }

    /** A name's words, folded as the annotator folds Arabic, Latin in lower case, "عبد الله" one word. */
    static List<String> tokens(String name) {
        String folded = NORMALIZER.normalize(name).toLowerCase(Locale.ROOT).replace("عبد ال", "عبدال");
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[\\s\\-_.,،'’\"]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Text folded for finding a cue in a sentence: the annotator's folding, spaces collapsed. */
    static String fold(String text) {
        return String.join(" ", Arrays.stream(NORMALIZER.normalize(text).toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList());
    }
}
