package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.InvitedVisits;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * An invitation to visit is a planned visit of the invitee: "ووجه الرئيس X دعوة إلى الرئيس Y لزيارة
 * فرنسا"، "جدد دعوته للرئيس Y لزيارة الدوحة" (the invitee after "إلى" or "لـ"), "تلقى الرئيس Y دعوة رسمية
 * لزيارة تركيا" (the invitee receives it: data/lexicon/ar/invitation_receipts.txt). The host is the state (or
 * its capital's state) right after "لزيارة"; the inviter is not counted (who will receive the guest is
 * not told). "بدعوة من" (at the invitation of: a visit under way) and an invitation with no
 * state after it make nothing. Runs after the event extractor and adds a visit it did not report.
 * Stateless after construction and thread-safe.
 */
public final class ArabicInvitations implements Annotator {
    /** Words between the invitation and "لزيارة" at most ("دعوة رسمية من أمير قطر للرئيس القرغيزي لزيارة"). */
    private static final int REACH = 12;
    /** Characters between a verb of receiving and the invitation at most ("تلقى الرئيس السوري أحمد الشرع دعوة"). */
    private static final int VERB_REACH = 60;
    /** Characters before a verb where its subject, named before it, may stand ("أن الرئيس X تلقى"). */
    private static final int SUBJECT_REACH = 40;

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
        this.invitations = Set.copyOf(res.fold(Tsv.words("lexicon/ar/invitation_nouns.txt")));
        this.receipts = Set.copyOf(res.fold(Tsv.words("lexicon/ar/invitation_receipts.txt")));
        this.handing = Set.of(res.normalizer.normalize("سلم"), res.normalizer.normalize("سلمت"));
        this.toVisit = res.normalizer.normalize("لزيارة");
        this.to = res.normalizer.normalize("إلى");
        this.from = res.normalizer.normalize("من");
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
        InvitedVisits.addFrom(doc, "زيار", s -> {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            List<EventMention> found = new ArrayList<>();
            for (int v = 1; v + 1 < tokens.size(); v++) {
                if (tokens.get(v).text().equals(toVisit)) {
                    found.add(invitation(doc, s, tokens, v));
                }
            }
            return found;
        });
    }

    /** The planned visit "لزيارة" at token {@code v} reports when an invitation stands before it, or null. */
    private EventMention invitation(AnnotatedArticle doc, Sentence s, List<Token> tokens, int v) {
        int call = -1;
        for (int k = v - 1; k >= 0 && k >= v - REACH && call < 0; k--) {
            if (invitations.contains(ArabicCoordination.withoutConjunction(tokens.get(k).text()))) {
                call = k;
            }
        }
        String host = InvitedVisits.hostAt(doc, tokens.get(v + 1).start(), tokens.get(v + 1).start(), id -> res.entity(doc, id));
        if (call < 0 || host == null) {
            return null;
        }
        // "بدعوة من": the visit under way is the event extractor's; "وجه الدعوة لعقد": no visit
        if (tokens.get(call).text().startsWith("ب")) {
            return null;
        }
        // after the invitation, "من" opens its sender's phrase (no guest there), "إلى" or "لل…" its invitee's
        ActorMention guest = null;
        boolean invitee = false;
        for (int k = call + 1; k < v && guest == null; k++) {
            String w = tokens.get(k).text();
            invitee = !w.equals(from) && (invitee || w.equals(to) || w.startsWith("لل"));
            List<ActorMention> named = invitee ? InvitedVisits.names(doc, tokens.get(k).start(), tokens.get(k).end()) : List.of();
            guest = named.isEmpty() ? null : named.get(0);
        }
        int verb = call - 1;
        while (verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < VERB_REACH
                && !receipts.contains(ArabicCoordination.withoutConjunction(tokens.get(verb).text()))) {
            verb--;
        }
        boolean received = verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < VERB_REACH;
        if (received && guest == null) {
            // "تلقى الرئيس X دعوة": the subject after its verb; "أن الرئيس X تلقى دعوة": the one just before it
            List<ActorMention> subject = InvitedVisits.names(doc, tokens.get(verb).end(), tokens.get(call).start());
            List<ActorMention> before = InvitedVisits.names(doc, Math.max(s.start(), tokens.get(verb).start() - SUBJECT_REACH), tokens.get(verb).start());
            guest = !subject.isEmpty() ? subject.get(0) : before.isEmpty() ? null : before.get(before.size() - 1);
        } else if (!received && guest == null) {
            guest = handedTo(doc, tokens, call); // "سلم الرئيس X الأمير Y دعوة لزيارة …": who was handed the invitation
        }
        return InvitedVisits.visit(doc, s, new Span(tokens.get(v).start(), tokens.get(v).end()), guest, host, res.gazetteer);
    }

    /**
     * Of the names between a verb of handing (a few words before the invitation at {@code call}) and the
     * invitation, the second (the first handed it), or the only one when the giver is named just before
     * the verb; else null.
     */
    private ActorMention handedTo(AnnotatedArticle doc, List<Token> tokens, int call) {
        int k = call - 1;
        while (k >= 0 && k >= call - REACH && !handing.contains(ArabicCoordination.withoutConjunction(tokens.get(k).text()))) {
            k--;
        }
        if (k < 0 || k < call - REACH) {
            return null;
        }
        List<ActorMention> names = InvitedVisits.names(doc, tokens.get(k).end(), tokens.get(call).start());
        // "الرئيس X سلم الأمير Y دعوة": with the giver named before the verb, the one name after it
        boolean giverBefore = !InvitedVisits.names(doc, Math.max(0, tokens.get(k).start() - SUBJECT_REACH), tokens.get(k).start()).isEmpty();
        return names.size() == 2 ? names.get(1) : names.size() == 1 && giverBefore ? names.get(0) : null;
    }
}
