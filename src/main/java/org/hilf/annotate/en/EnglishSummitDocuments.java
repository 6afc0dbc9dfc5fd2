package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.CollectiveSpeakers;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * A final communique, declaration or resolution adopted or issued at a summit ("the leaders adopted
 * a joint declaration", "The final communique, adopted on Friday, deplored …", "the G7 issued a
 * communique") is an Agreement of the organizations whose summit it closed: the latest summit the
 * article reported at or before the sentence, not a planned one. Its words "adopted", "issued"
 * stand within a few words of the noun ({@code data/lexicon/en/summit_documents.txt},
 * {@code adoption_verbs.txt}). "To be adopted", "will be issued" report nothing yet; a sentence
 * that already has an agreement keeps it. Stateless after construction and thread-safe.
 */
final class EnglishSummitDocuments {
    /** Words between the verb and the document noun at most ("adopted a final joint declaration"). */
    private static final int VERB_BEFORE = 4;
    /** Words between the noun and a verb after it at most ("communique, adopted", "declaration adopted by"). */
    private static final int VERB_AFTER = 1;
    /** How many sentences back the summit a document closes may have been reported. */
    private static final int REACH = 6;

    private final EnglishResources res;
    private final CollectiveSpeakers collective;
    private final Set<String> documents;
    private final Set<String> agreementNouns;

    /**
     * "signed the pact", "inked this deal": an agreement whose object is a definite agreement noun
     * (agreement_nouns.txt) right after the trigger {@code [.., to)} is one the article has reported.
     */
    boolean definiteAgreement(List<EnToken> tokens, int to, EventMention e) {
        if (e == null || !e.type().equals("Agreement") || to + 1 >= tokens.size() || !tokens.get(to).folded().matches("the|this|that")) {
            return false;
        }
        for (int k = to + 1; k < tokens.size() && k <= to + 3 && !tokens.get(k).commaBefore(); k++) {
            if (agreementNouns.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }
    private final Set<String> verbs;
    private final EnglishCollectiveCommitments commitments;

    /** {@code agreements}: the extractor's, which the collective commitments ask too. */
    EnglishSummitDocuments(EnglishResources res, EnglishAgreements agreements) {
        this.res = res;
        this.collective = new CollectiveSpeakers(res.gazetteer);
        this.documents = res.words("lexicon/en/summit_documents.txt");
        this.agreementNouns = res.words("lexicon/en/agreement_nouns.txt");
        this.verbs = res.words("lexicon/en/adoption_verbs.txt");
        this.commitments = new EnglishCollectiveCommitments(res, agreements);
    }

    /**
     * The events with an Agreement added for each summit document adopted in a sentence that reports
     * none, then for each commitment of a gathering's leaders ({@link EnglishCollectiveCommitments}).
     */
    List<EventMention> agreements(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            Span trigger = adoption(res.tokenizer.tokens(doc, s.start(), s.end()));
            if (trigger == null) {
                continue;
            }
            EventMention summit = latestSummit(events.stream().filter(e -> !spokenOf(doc, e, s, trigger)).toList(), s);
            List<String> bodies = summit == null ? List.of() : named(doc, s, sides(doc, summit));
            boolean reported = events.stream().anyMatch(e -> e.type().equals("Agreement") && e.allSentences().contains(s));
            if (reported) {
                bodiesAlone(doc, out, s, bodies);
            }
            if (reported || bodies.isEmpty()) {
                continue;
            }
            DateMention date = doc.get(Keys.DATES).stream().filter(d -> s.span().contains(d.span()) && d.resolved()
                    && !EnglishHorizons.deadline(doc.text(), d.span())).findFirst().orElse(summit.date());
            String basis = date == summit.date() ? summit.dateBasis() : "text";
            out.add(new EventMention("Agreement", s, trigger, new java.util.LinkedHashSet<>(bodies), null, null, summit.placeId(), null,
                    date, date == null ? null : basis, false, List.of()));
        }
        return commitments.agreements(doc, out);
    }

    /**
     * The bodies whose summit it is: its organizer and partners (not the African Union and the UN whose heads sat at a
     * G20 summit); for a summit of no known organizer, every body that took part.
     */
    private List<String> sides(AnnotatedArticle doc, EventMention summit) {
        if (summit.organizerId() == null) {
            return collective.organizations(doc, summit);
        }
        List<String> sides = new ArrayList<>(List.of(summit.organizerId()));
        summit.summitSides().stream().filter(x -> !x.equals(summit.organizerId())).forEach(sides::add);
        return sides;
    }

    /**
     * FACTS.md, "a gathering's document": a declaration a body's summit adopts is the body's agreement
     * alone; its states and leaders took part in the summit, not in the document. So an agreement the
     * frames already read from the adoption verb of sentence {@code s} ("the leaders adopted the Jeddah
     * Declaration": the leaders) keeps only the summit's {@code bodies}. A document signed by named
     * parties is not adopted, so it keeps them; with no body, nothing changes.
     */
    private void bodiesAlone(AnnotatedArticle doc, List<EventMention> out, Sentence s, List<String> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (e.type().equals("Agreement") && !e.planned() && e.sentence().equals(s)
                    && verbs.contains(doc.text().substring(e.trigger().start(), e.trigger().end()).toLowerCase(java.util.Locale.ROOT))) {
                out.set(i, e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), new java.util.LinkedHashSet<>(bodies)));
            }
        }
    }

    /**
     * Of the summit's {@code bodies}, those the sentence names when it names any ("Leaders of the Group
     * of 20 adopted a declaration": the G20's, not also the African Union's that sat at its summit);
     * else all of them ("The summit adopted the Johannesburg II Declaration").
     */
    private static List<String> named(AnnotatedArticle doc, Sentence s, List<String> bodies) {
        List<String> named = bodies.stream().filter(b -> doc.get(Keys.ACTORS).stream().anyMatch(a -> s.span().contains(a.span())
                && a.role() == org.hilf.annotate.ActorMention.Role.NAME && a.entityId().equals(b))).toList();
        return named.isEmpty() ? bodies : named;
    }

    /** The verb of a document adopted or issued in the sentence ("adopted … declaration", "communique, adopted"), or null. */
    private Span adoption(List<EnToken> tokens) {
        for (int n = 0; n < tokens.size(); n++) {
            if (!documents.contains(tokens.get(n).folded())) {
                continue;
            }
            for (int k = Math.max(0, n - VERB_BEFORE - 1); k <= Math.min(tokens.size() - 1, n + VERB_AFTER + 1); k++) {
                boolean future = k > 0 && tokens.get(k - 1).folded().equals("be");
                if (k != n && verbs.contains(tokens.get(k).folded()) && !future) {
                    return new Span(tokens.get(k).start(), tokens.get(k).end());
                }
            }
        }
        return null;
    }

    /**
     * "adopted a declaration committing to a new ministerial follow-up mechanism": a gathering the document
     * speaks of, after its verb (not "was adopted at a summit of ACTO", where it was adopted).
     */
    private static boolean spokenOf(AnnotatedArticle doc, EventMention e, Sentence s, Span verb) {
        return e.sentence().equals(s) && e.more().isEmpty() && e.trigger().start() > verb.end()
                && !doc.text().substring(verb.end(), e.trigger().start()).matches("(?is).*\\b(at|during)\\b.*");
    }

    /** The latest summit, not a planned one, the article reported at or a few sentences before {@code s}; null when none. */
    static EventMention latestSummit(List<EventMention> events, Sentence s) {
        EventMention best = null;
        int bestAt = -1;
        for (EventMention e : events) {
            if (!e.type().equals("Summit") || e.planned()) {
                continue;
            }
            int at = e.allSentences().stream().mapToInt(Sentence::index).filter(i -> i <= s.index()).max().orElse(-1);
            if (at >= 0 && s.index() - at <= REACH && at >= bestAt) {
                best = e;
                bestAt = at;
            }
        }
        return best;
    }
}
