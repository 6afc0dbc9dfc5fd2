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
        int visit = raw.indexOf("زيار"); // the next one, searched for again only once passed: one pass over the text
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            visit = visit >= 0 && visit < s.start() ? raw.indexOf("زيار", s.start()) : visit;
            if (visit < 0) {
                break;
            }
            if (visit >= s.end()) {
                continue; // most sentences name no visit: not tokenized again
            }
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int v = 1; v + 1 < tokens.size(); v++) {
                if (tokens.get(v).text().equals(toVisit)) {
                    InvitedVisits.addUnlessReported(out, invitation(doc, s, tokens, v));
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
        String role = null;
        for (int k = call + 1; k < v; k++) {
            String w = tokens.get(k).text();
            role = w.equals(from) ? "from" : w.equals(to) || w.startsWith("لل") ? "to" : role;
            for (ActorMention a : InvitedVisits.names(doc, tokens.get(k).start(), tokens.get(k).end())) {
                if ("to".equals(role) && guest == null) {
                    guest = a;
                }
            }
        }
        int verb = call - 1;
        while (verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < 60 && !receipts.contains(bare(tokens.get(verb).text()))) {
            verb--;
        }
        List<ActorMention> subject = InvitedVisits.names(doc, verb >= 0 ? tokens.get(verb).end() : s.start(), tokens.get(call).start());
        boolean received = verb >= 0 && tokens.get(call).start() - tokens.get(verb).end() < 60;
        if (received && guest == null && subject.isEmpty()) {
            // "أن الرئيس X تلقى دعوة …": the subject before its verb, in the words just before it
            List<ActorMention> before = InvitedVisits.names(doc, Math.max(s.start(), tokens.get(verb).start() - 40), tokens.get(verb).start());
            guest = before.isEmpty() ? null : before.get(before.size() - 1);
        } else if (received) {
            guest = guest == null ? subject.get(0) : guest;
        } else if (guest == null && handed(tokens, call) && handedTo(doc, tokens, call) != null) {
            // "سلم الرئيس X الأمير Y دعوة لزيارة …": who was handed the invitation
            guest = handedTo(doc, tokens, call);
        }
        return InvitedVisits.visit(doc, s, new Span(tokens.get(v).start(), tokens.get(v).end()), guest, host, res.gazetteer);
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
        List<ActorMention> names = InvitedVisits.names(doc, tokens.get(k).end(), tokens.get(call).start());
        // "الرئيس X سلم الأمير Y دعوة": with the giver named before the verb, the one name after it
        boolean giverBefore = !InvitedVisits.names(doc, Math.max(0, tokens.get(k).start() - 40), tokens.get(k).start()).isEmpty();
        return names.size() == 2 ? names.get(1) : names.size() == 1 && giverBefore ? names.get(0) : null;
    }

    /** The word without a leading "و" or "ف". */
    private static String bare(String w) {
        return w.length() > 3 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w;
    }
}
