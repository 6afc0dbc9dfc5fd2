package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.CollectiveSpeakers;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * The leaders of a gathering who commit their body together, with no document named ("allied
 * leaders agreed to raise spending", "Leaders of the OTS agreed on Tuesday to create …", "NATO
 * leaders pledged …", "Leaders of the G20 wrapped up their summit by adopting a declaration"): an
 * Agreement of that body, as a document adopted at its summit is (FACTS: a summit's agreement is
 * its organizations'). The body is the organization the subject names ("NATO leaders", "Leaders of
 * the OTS"); else the organizations of the summit the sentence reports, or of the latest summit
 * the article reported a few sentences before. The subject is a word of
 * {@code collective_leaders.txt} that opens its clause, with only words of
 * {@code collective_modifiers.txt} or the body's name before it ("world leaders", "the two leaders",
 * "Japanese leaders" are no body's); its verb ({@code commitment_verbs.txt}) follows it, past a few
 * adverbs or dates, or stands after "by" later in the clause. Words in quotations, "agreed that"
 * (a shared view), agreeing on a wish or on a gathering to hold ({@link EnglishAgreements#noneMade}: "leaders
 * agreed to hold their next summit in Malaysia") and sentences that already report an agreement add nothing. Stateless after
 * construction and thread-safe.
 */
final class EnglishCollectiveCommitments {
    /** Words between the subject and its verb at most ("leaders also agreed", "agreed on Tuesday"). */
    private static final int VERB_REACH = 3;
    /** Words that may stand between the subject and its verb besides dates. */
    private static final Set<String> BETWEEN = Set.of("also", "formally", "unanimously", "jointly", "have", "had", "on", "in", "at", "finally");

    private final EnglishResources res;
    private final CollectiveSpeakers collective;
    private final EnPhrases<Boolean> leaders;
    private final EnPhrases<Boolean> verbs;
    private final Set<String> modifiers;
    private final EnglishAgreements agreements;

    EnglishCollectiveCommitments(EnglishResources res, EnglishAgreements agreements) {
        this.res = res;
        this.collective = new CollectiveSpeakers(res.gazetteer);
        this.leaders = res.phrases("lexicon/en/collective_leaders.txt");
        this.verbs = res.phrases("lexicon/en/commitment_verbs.txt");
        this.modifiers = res.words("lexicon/en/collective_modifiers.txt");
        this.agreements = agreements;
    }

    /** The events with an Agreement added for each collective commitment in a sentence that reports no agreement. */
    List<EventMention> agreements(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            if (events.stream().anyMatch(e -> e.type().equals("Agreement") && e.allSentences().contains(s))) {
                continue;
            }
            List<EnToken> tokens = res.tokenizer.tokens(doc, s.start(), s.end());
            List<ActorMention> bodies = doc.get(Keys.ACTORS).stream().filter(a -> s.span().contains(a.span())
                    && a.role() == ActorMention.Role.NAME && body(doc, a.entityId())).toList();
            List<Span> quoted = Quotations.of(doc.text(), s);
            List<Span> dates = doc.get(Keys.DATES).stream().map(DateMention::span).filter(d -> s.span().contains(d)).toList();
            for (int h = 0; h < tokens.size(); h++) {
                EnPhrases.Hit<Boolean> head = leaders.longestAt(tokens, h);
                if (head == null || Quotations.inside(quoted, tokens.get(h).start())) {
                    continue;
                }
                Commitment c = commitment(tokens, bodies, dates, head);
                if (c != null) {
                    EventMention e = agreement(doc, s, events, c);
                    if (e != null) {
                        out.add(e);
                        break;
                    }
                }
                h = head.to() - 1;
            }
        }
        return out;
    }

    /** A subject and its verb: the body the subject names (or null) and the verb's span. */
    private record Commitment(String body, Span verb) { }

    /** The commitment whose subject is {@code head}, or null when the words around it make none. */
    private Commitment commitment(List<EnToken> tokens, List<ActorMention> bodies, List<Span> dates, EnPhrases.Hit<Boolean> head) {
        String body = null;
        int k = head.from() - 1;
        while (k >= 0 && !tokens.get(k + 1).commaBefore()) { // back to the clause's start: modifiers or the body's name only
            ActorMention named = endingAt(bodies, tokens.get(k));
            if (named != null) {
                body = named.entityId();
                k = EnPhrases.indexAt(tokens, named.span().start()) - 1;
            } else if (tokens.get(k).possessive() || modifiers.contains(tokens.get(k).folded())) {
                k--;
            } else {
                return null;
            }
        }
        int end = head.to();
        if (end + 1 < tokens.size() && tokens.get(end).folded().equals("of")) { // "Leaders of the Organization of Turkic States (OTS)"
            int n = tokens.get(end + 1).folded().equals("the") ? end + 2 : end + 1;
            ActorMention named = n < tokens.size() ? startingAt(bodies, tokens.get(n)) : null;
            if (named == null) {
                return null; // "leaders of the world's richest nations": no body named
            }
            body = named.entityId();
            end = EnPhrases.indexAt(tokens, named.span().end() - 1) + 1;
            for (ActorMention next = end < tokens.size() ? startingAt(bodies, tokens.get(end)) : null; next != null && next.entityId().equals(body);
                 next = end < tokens.size() ? startingAt(bodies, tokens.get(end)) : null) {
                end = EnPhrases.indexAt(tokens, next.span().end() - 1) + 1; // "(OTS)" after its name
            }
        }
        for (int v = end; v < tokens.size() && v <= end + VERB_REACH; v++) {
            EnPhrases.Hit<Boolean> verb = verbs.longestAt(tokens, v);
            if (verb != null && !(verb.to() < tokens.size() && tokens.get(verb.to()).folded().equals("that")) && !agreements.noneMade(tokens, verb.to())) {
                return new Commitment(body, new Span(tokens.get(v).start(), tokens.get(verb.to() - 1).end()));
            }
            EnToken t = tokens.get(v);
            if (!BETWEEN.contains(t.folded()) && dates.stream().noneMatch(d -> d.start() <= t.start() && t.end() <= d.end())) {
                break; // "leaders also agreed", "agreed on Tuesday"
            }
        }
        for (int v = end; v < tokens.size() && !tokens.get(v).commaBefore(); v++) { // "wrapped up their summit by adopting a declaration"
            EnPhrases.Hit<Boolean> verb = verbs.longestAt(tokens, v);
            if (verb != null && tokens.get(v).folded().equals("by")) {
                return new Commitment(body, new Span(tokens.get(v + 1).start(), tokens.get(verb.to() - 1).end()));
            }
        }
        return null;
    }

    /** The Agreement of the commitment's body, or of the summit's organizations; null when there is none. */
    private EventMention agreement(AnnotatedArticle doc, Sentence s, List<EventMention> events, Commitment c) {
        EventMention summit = events.stream().filter(e -> e.type().equals("Summit") && !e.planned() && e.allSentences().contains(s))
                .findFirst().orElse(null);
        EventMention latest = summit != null ? summit : EnglishSummitDocuments.latestSummit(events, s);
        Set<String> ps = new LinkedHashSet<>();
        if (c.body() != null) {
            ps.add(c.body());
        } else if (latest != null) {
            ps.addAll(collective.organizations(doc, latest));
        }
        if (ps.isEmpty()) {
            return null;
        }
        DateMention date = doc.get(Keys.DATES).stream().filter(d -> s.span().contains(d.span()) && d.resolved()
                && !EnglishHorizons.deadline(doc.text(), d.span())).findFirst().orElse(latest == null ? null : latest.date());
        String basis = date == null ? null : s.span().contains(date.span()) ? "text" : latest.dateBasis();
        return new EventMention("Agreement", s, c.verb(), ps, null, null, latest == null ? null : latest.placeId(), null,
                date, basis, false, List.of());
    }

    private boolean body(AnnotatedArticle doc, String id) {
        Entity x = res.entity(doc, id);
        return x != null && x.type().isOrganization() && x.countryId() == null && !res.gazetteer.isMedia(id);
    }

    private static ActorMention endingAt(List<ActorMention> mentions, EnToken t) {
        return mentions.stream().filter(a -> a.span().end() == t.end()).findFirst().orElse(null);
    }

    private static ActorMention startingAt(List<ActorMention> mentions, EnToken t) {
        return mentions.stream().filter(a -> a.span().start() == t.start()).findFirst().orElse(null);
    }
}
