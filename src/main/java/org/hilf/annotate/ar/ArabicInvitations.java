package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * An invitation to visit is a planned visit of the invitee: "ووجه الرئيس X دعوة إلى الرئيس Y لزيارة
 * فرنسا"، "جدد دعوته للرئيس Y لزيارة الدوحة" (the invitee after "إلى" or "لـ"), "تلقى الرئيس Y دعوة رسمية
 * لزيارة تركيا" (the invitee receives it: data/lexicon/ar/invitation_receipts.txt). The host is the state (or
 * its capital's state) right after "لزيارة"; a named inviter of the host's state takes part too, as the one
 * who will receive the guest. "بدعوة من" (at the invitation of: a visit under way) and an invitation with no
 * state after it make nothing. Runs after the event extractor and adds a visit it did not report.
 * Stateless after construction and thread-safe.
 */
public final class ArabicInvitations implements Annotator {
    /** Words between the invitation and "لزيارة" at most ("دعوة رسمية من أمير قطر للرئيس القرغيزي لزيارة"). */
    private static final int REACH = 12;

    private final ArabicResources res;
    private final Set<String> invitations;
    private final Set<String> receipts;
    /** "سلم"، "سلمت" (folded): the verb of handing an invitation over, its object the one invited. */
    private final Set<String> handing;
    private final String toVisit;
    private final String to;
    private final String from;

    public ArabicInvitations(ArabicResources res) {
        this.res = res;
        this.invitations = folded(Tsv.words("lexicon/ar/invitation_nouns.txt"));
        this.receipts = folded(Tsv.words("lexicon/ar/invitation_receipts.txt"));
        this.handing = Set.of(res.normalizer.normalize("سلم"), res.normalizer.normalize("سلمت"));
        this.toVisit = res.normalizer.normalize("لزيارة");
        this.to = res.normalizer.normalize("إلى");
        this.from = res.normalizer.normalize("من");
    }

    private Set<String> folded(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        words.forEach(w -> out.add(res.normalizer.normalize(w)));
        return out;
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.EVENTS); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.EVENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!"ar".equals(doc.article().language())) {
            return;
        }
        NormalizedText text = res.folded(doc);
        List<EventMention> out = new ArrayList<>(doc.get(Keys.EVENTS));
        int before = out.size();
        String raw = doc.text();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            int visit = raw.indexOf("زيار", s.start());
            if (visit < 0 || visit >= s.end()) {
                continue; // most sentences name no visit: not tokenized again
            }
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int v = 1; v + 1 < tokens.size(); v++) {
                if (tokens.get(v).text().equals(toVisit)) {
                    EventMention e = invitation(doc, s, tokens, v);
                    // a planned visit of the guest the extractor read in the same sentence is this one
                    if (e != null && out.stream().noneMatch(o -> o.type().equals("Visit") && o.planned()
                            && (o.sentence().equals(s) || e.host().equals(o.host())) && o.participants().contains(e.visitor()))) {
                        out.add(e);
                    }
                }
            }
        }
        if (out.size() > before) {
            doc.set(Keys.EVENTS, List.copyOf(out));
        }
    }

    /** The planned visit "لزيارة" at token {@code v} reports when an invitation stands before it, or null. */
    private EventMention invitation(AnnotatedArticle doc, Sentence s, List<Token> tokens, int v) {
        int call = -1;
        for (int k = v - 1; k >= 0 && k >= v - REACH && call < 0; k--) {
            if (invitations.contains(bare(tokens.get(k).text()))) {
                call = k;
            }
        }
        String host = host(doc, tokens, v + 1);
        if (call < 0 || host == null) {
            return null;
        }
        // "بدعوة من": the visit under way is the event extractor's; "وجه الدعوة لعقد": no visit
        if (tokens.get(call).text().startsWith("ب")) {
            return null;
        }
        // after the invitation, "من" opens its sender's phrase, "إلى" or "لل…" its invitee's
        ActorMention guest = null;
        ActorMention inviter = null;
        String role = null;
        for (int k = call + 1; k < v; k++) {
            String w = tokens.get(k).text();
            role = w.equals(from) ? "from" : w.equals(to) || w.startsWith("لل") ? "to" : role;
            for (ActorMention a : actors(doc, tokens.get(k).start(), tokens.get(k).end())) {
                if ("from".equals(role) && inviter == null) {
                    inviter = a;
                } else if ("to".equals(role) && guest == null) {
                    guest = a;
                }
            }
        }
        int verb = call - 1;
        while (verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < 60 && !receipts.contains(bare(tokens.get(verb).text()))) {
            verb--;
        }
        List<ActorMention> subject = actors(doc, verb >= 0 ? tokens.get(verb).end() : s.start(), tokens.get(call).start());
        boolean received = verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < 60;
        if (received && guest == null && subject.isEmpty()) {
            // "أن الرئيس X تلقى دعوة …": the subject before its verb, in the words just before it
            List<ActorMention> before = actors(doc, Math.max(s.start(), tokens.get(verb).start() - 40), tokens.get(verb).start());
            guest = before.isEmpty() ? null : before.get(before.size() - 1);
        } else if (received) {
            guest = guest == null ? subject.get(0) : guest;
        } else if (guest == null && handed(tokens, call) && handedTo(doc, tokens, call) != null) {
            // "سلم الرئيس X الأمير Y دعوة لزيارة …": who was handed the invitation
            guest = handedTo(doc, tokens, call);
        } else if (inviter == null) {
            inviter = actors(doc, s.start(), tokens.get(call).start()).stream().filter(a -> a.entityId().startsWith("person/"))
                    .reduce((a, b) -> b).orElse(null);
        }
        String side = guest == null ? null : sideOf(doc, guest);
        if (side == null || side.equals(host)) {
            return null;
        }
        Set<String> ps = new LinkedHashSet<>();
        ps.add(guest.entityId());
        ps.add(side);
        ps.add(host);
        if (inviter != null && inviter.entityId().startsWith("person/") && host.equals(sideOf(doc, inviter))) {
            ps.add(inviter.entityId());
        }
        Span trigger = new Span(tokens.get(v).start(), tokens.get(v).end());
        return new EventMention("Visit", s, trigger, ps, guest.entityId(), host, null, null, null, null, true,
                List.of(guest));
    }

    /** Whether a verb of handing ("سلم"، "سلمت") stands in the few words before the invitation at {@code call}. */
    private boolean handed(List<Token> tokens, int call) {
        for (int k = call - 1; k >= 0 && k >= call - REACH; k--) {
            if (handing.contains(bare(tokens.get(k).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the names between the verb of handing and the invitation, the second (the first handed it), or the
     * only one when the giver is named just before the verb; else null.
     */
    private ActorMention handedTo(AnnotatedArticle doc, List<Token> tokens, int call) {
        int k = call - 1;
        while (k >= 0 && !handing.contains(bare(tokens.get(k).text()))) {
            k--;
        }
        List<ActorMention> names = actors(doc, tokens.get(k).end(), tokens.get(call).start());
        // "الرئيس X سلم الأمير Y دعوة": with the giver named before the verb, the one name after it
        boolean giverBefore = !actors(doc, Math.max(0, tokens.get(k).start() - 40), tokens.get(k).start()).isEmpty();
        return names.size() == 2 ? names.get(1) : names.size() == 1 && giverBefore ? names.get(0) : null;
    }

    /** The word without a leading "و" or "ف". */
    private static String bare(String w) {
        return w.length() > 3 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w;
    }

    /** The state named (or whose capital is named) at token {@code k}, or null. */
    private String host(AnnotatedArticle doc, List<Token> tokens, int k) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() != tokens.get(k).start()) {
                continue;
            }
            if (a.entityId().startsWith("state/")) {
                return a.entityId();
            }
            Entity e = res.entity(doc, a.entityId());
            if (e != null && e.type() == EntityType.PLACE && e.countryId() != null && a.entityId().startsWith("place/capital-")) {
                return e.countryId();
            }
        }
        return null;
    }

    /** The names of people and states whose mention starts in [start, end), in text order. */
    private static List<ActorMention> actors(AnnotatedArticle doc, int start, int end) {
        return doc.get(Keys.ACTORS).stream().filter(a -> a.span().start() >= start && a.span().start() < end
                && a.role() == ActorMention.Role.NAME && (a.entityId().startsWith("person/") || a.entityId().startsWith("state/"))).toList();
    }

    /** The state an actor stands for: itself, or a person's affiliation. */
    private String sideOf(AnnotatedArticle doc, ActorMention a) {
        if (a.entityId().startsWith("state/")) {
            return a.entityId();
        }
        if (a.affiliationId() != null && a.affiliationId().startsWith("state/")) {
            return a.affiliationId();
        }
        Entity e = res.entity(doc, a.entityId());
        return e == null || e.affiliationId() == null || !e.affiliationId().startsWith("state/") ? null : e.affiliationId();
    }
}
