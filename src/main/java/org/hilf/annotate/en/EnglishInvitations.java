package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.InvitedVisits;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * An invitation to visit is a planned visit of the one invited, as {@code ArabicInvitations} reads it in
 * Arabic: "X extended an invitation to Y to visit Kenya" (the invitee between "invitation to" and "to
 * visit"), "Y accepts the invitation to visit Paris", "Y said he had accepted X's invitation to visit
 * South Korea" (the person named last before "accepted"). The host is the state, or the capital's state,
 * right after "to visit"; the inviter is not counted (who will receive the guest is not told). "at the
 * invitation of" (a visit under way) is the event extractor's. Runs after it and adds only a visit it did
 * not report ({@link InvitedVisits#addFrom}). Stateless after construction and thread-safe.
 */
public final class EnglishInvitations implements Annotator {
    /** "invitation to Y to visit", "accepted an invitation (from X) to visit", "X's invitation to visit". */
    private static final Pattern INVITATION = Pattern.compile(
            "\\b(accept(?:ed|s)?\\s+)?(?:an?|the|his|her|their|[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3}['’]s?)?\\s*invitations?\\b(?:\\s+(to|from)\\s+([^,;]{2,80}?))?\\s+to\\s+(?:pay\\s+(?:an?\\s+)?(?:\\w+\\s+)?visit\\s+to|visit)\\s+(?:the\\s+)?");

    private final EnglishResources res;

    public EnglishInvitations(EnglishResources res) {
        this.res = res;
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.EVENTS, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.EVENTS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        if (!EnglishResources.english(doc)) {
            return;
        }
        InvitedVisits.addFrom(doc, "invitation", s -> {
            List<EventMention> found = new ArrayList<>();
            Matcher m = INVITATION.matcher(doc.text()).region(s.start(), s.end());
            while (m.find()) {
                found.add(visit(doc, s, m));
            }
            return found;
        });
    }

    /** The planned visit the invitation {@code m} reports, or null. */
    private EventMention visit(AnnotatedArticle doc, Sentence s, Matcher m) {
        String host = InvitedVisits.hostAt(doc, m.end(), Math.min(m.end() + 4, s.end() - 1), id -> res.entity(doc, id));
        if (host == null) {
            return null;
        }
        ActorMention guest = null;
        if ("to".equals(m.group(2))) {
            List<ActorMention> named = InvitedVisits.names(doc, m.start(3), m.end(3));
            guest = named.isEmpty() ? null : named.get(0);
        } else if (m.group(1) != null) {
            List<ActorMention> earlier = InvitedVisits.names(doc, s.start(), m.start());
            guest = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        }
        return InvitedVisits.visit(doc, s, new Span(m.start(), m.end()), guest, host, res.gazetteer);
    }
}
