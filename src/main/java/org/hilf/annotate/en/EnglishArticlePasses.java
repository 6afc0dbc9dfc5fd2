package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.frame.EventDating;
import org.hilf.annotate.frame.EventMerger;
import org.hilf.annotate.frame.SummitResolver;

/**
 * The passes over a whole article's events once {@link EnglishEventExtractor} has read its sentences:
 * summit hosts and visits by place, dates inherited and summits resolved, one encounter one event,
 * side meetings, attendance and heads of bodies, summit documents, alliances, cancellations, ministers'
 * gatherings as meetings, unnamed officials, those who "also attended the talks". The order is the contract: each pass reads what the
 * earlier ones made. Stateless after construction and thread-safe.
 */
final class EnglishArticlePasses {
    private final EnglishEventRules rules;
    private final EnglishAttendance attendance;
    private final EnglishBilaterals bilaterals;
    private final EnglishSummitDocuments documents;
    private final EnglishCancellations cancellations;
    private final SummitResolver summits;
    private final EnglishGroupings groupings;
    private final EnglishMinisterials ministerials;
    private final EnglishHeldSummits held;
    private final EnglishAttendedEncounters attended;
    private final EnglishTokenizer tokenizer;

    EnglishArticlePasses(EnglishResources res, EnglishEventRules rules, EnglishAttendance attendance, EnglishBilaterals bilaterals,
                         EnglishSummitDocuments documents, EnglishHeldSummits held) {
        this.rules = rules;
        this.attendance = attendance;
        this.bilaterals = bilaterals;
        this.documents = documents;
        this.held = held;
        this.cancellations = new EnglishCancellations(res);
        this.summits = new SummitResolver(res.gazetteer);
        this.groupings = new EnglishGroupings(res.gazetteer);
        this.ministerials = new EnglishMinisterials(res);
        this.attended = new EnglishAttendedEncounters(res);
        this.tokenizer = res.tokenizer;
    }

    /** "the summit", "their second summit", not "an extraordinary summit": a summit word whose determiner refers back. */
    private boolean referring(AnnotatedArticle doc, EventMention e) {
        List<EnToken> tokens = tokenizer.tokens(doc, e.sentence().start(), e.trigger().start());
        for (int k = tokens.size() - 1; k >= 0 && k >= tokens.size() - 4; k--) {
            String w = tokens.get(k).folded();
            if (w.matches("the|their|its|this|that")) {
                return true;
            }
            if (tokens.get(k).text().isEmpty() || !Character.isLowerCase(tokens.get(k).text().charAt(0)) || w.matches("a|an")) {
                return false;
            }
        }
        return false;
    }

    /** The article's events from those its sentences reported ({@code sidelines}, {@code travel}: sentences of side meetings and of travel). */
    List<EventMention> apply(AnnotatedArticle doc, List<EventMention> read, Set<Sentence> sidelines, Set<Sentence> travel,
                             List<EnglishCompanions.Seen> witnessed) {
        List<EventMention> out = rules.visitsByPlace(doc, EnglishSummitHosts.fold(doc, read), sidelines, travel);
        BiPredicate<EventMention, EventMention> apart = bilaterals.apart(doc, rules.own(doc, out))
                .or((earlier, later) -> EventDating.newsBeforeBackground(doc, earlier, later))
                // "the summit built on a GCC-ASEAN ministerial meeting": the ministers' gathering is not the leaders'
                .or((a, b) -> a.type().equals("Summit") && b.type().equals("Summit") && ministerials.ministerial(doc, a) != ministerials.ministerial(doc, b));
        out = EventMerger.mergeUnless(summits.resolve(EnglishAgreements.datedByEncounter(EventDating.inheritDates(doc, out)), EventDating.horizon(doc), e -> false,
                e -> referring(doc, e)), apart);
        out = EventMerger.hostsFromAgreements(EventMerger.laterReceptionsAsMeetings(EventMerger.mergeUnless(rules.sidelineParticipants(out, sidelines,
                e -> ministerials.ministerial(doc, e)), apart)));
        out = groupings.withAlliances(doc, documents.agreements(doc, held.withLeaders(doc, attendance.heads(doc, EnglishAttendance.ownMeetingsInSummits(EnglishEncounters.restatedMeetings(
                EnglishCompanions.apply(out, witnessed), sidelines))))));
        return List.copyOf(attended.apply(doc, EnglishTitles.withoutUnnamed(ministerials.asMeetings(doc, cancellations.drop(doc, out)))));
    }
}
