package org.hilf.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The language-neutral half of reading an invitation to visit (ArabicInvitations, EnglishInvitations):
 * the host a place name stands for, the names that may be the guest, the guest's state, and the planned
 * visit made of them, which the event extractor may have reported already. Stateless.
 */
public final class InvitedVisits {
    private InvitedVisits() { }

    /** The state, or the state of the capital, whose name starts in [{@code from}, {@code to}]; else null. */
    public static String hostAt(AnnotatedArticle doc, int from, int to, Function<String, Entity> entities) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() < from || a.span().start() > to) {
                continue;
            }
            if (a.entityId().startsWith("state/")) {
                return a.entityId();
            }
            Entity e = entities.apply(a.entityId());
            if (e != null && e.type() == EntityType.PLACE && a.entityId().startsWith("place/capital-") && e.countryId() != null) {
                return e.countryId();
            }
        }
        return null;
    }

    /** People and states named (not as places) from {@code start} up to {@code end}, in text order. */
    public static List<ActorMention> names(AnnotatedArticle doc, int start, int end) {
        return doc.get(Keys.ACTORS).stream().filter(a -> a.span().start() >= start && a.span().start() < end
                && a.role() == ActorMention.Role.NAME && (a.entityId().startsWith("person/") || a.entityId().startsWith("state/"))).toList();
    }

    /** The state an actor stands for: itself, or a person's affiliation (as named, else on the article's date); else null. */
    public static String sideOf(AnnotatedArticle doc, ActorMention a, Gazetteer gazetteer) {
        if (a.entityId().startsWith("state/")) {
            return a.entityId();
        }
        if (a.affiliationId() != null && a.affiliationId().startsWith("state/")) {
            return a.affiliationId();
        }
        LocalDate day = doc.get(Keys.ANCHOR).date();
        String aff = day == null ? null : gazetteer.affiliationOn(a.entityId(), day).orElse(null);
        return aff != null && aff.startsWith("state/") ? aff : null;
    }

    /**
     * The planned visit of {@code guest} to {@code host}, dated by the first date after {@code trigger} in its
     * sentence; null when the guest stands for no state or for the host itself.
     */
    public static EventMention visit(AnnotatedArticle doc, Sentence s, Span trigger, ActorMention guest, String host, Gazetteer gazetteer) {
        String side = guest == null ? null : sideOf(doc, guest, gazetteer);
        if (side == null || side.equals(host)) {
            return null;
        }
        Set<String> ps = new LinkedHashSet<>(List.of(guest.entityId(), side, host));
        // "to visit South Korea next year": the first date after the invitation in its sentence, if any
        DateMention when = doc.has(Keys.DATES) ? doc.get(Keys.DATES).stream().filter(d -> d.resolved() && d.span().start() >= trigger.end()
                && d.span().end() <= s.end()).findFirst().orElse(null) : null;
        return new EventMention("Visit", s, trigger, ps, guest.entityId(), host, null, null, when, when == null ? null : "text", true,
                List.of(guest));
    }

    /**
     * Adds to the article's events the planned visits {@code read} finds in each sentence where {@code marker}
     * stands (found in one pass over the text: most sentences have none and are not read again), each unless
     * a planned visit of its guest in its sentence or to its host is there already.
     */
    public static void addFrom(AnnotatedArticle doc, String marker, Function<Sentence, List<EventMention>> read) {
        String text = doc.text();
        List<EventMention> out = new ArrayList<>(doc.get(Keys.EVENTS));
        int before = out.size();
        int next = text.indexOf(marker);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            next = next >= 0 && next < s.start() ? text.indexOf(marker, s.start()) : next;
            if (next < 0) {
                break;
            }
            if (next < s.end()) {
                read.apply(s).forEach(e -> addUnlessReported(out, e));
            }
        }
        if (out.size() > before) {
            doc.set(Keys.EVENTS, List.copyOf(out));
        }
    }

    private static void addUnlessReported(List<EventMention> out, EventMention e) {
        if (e != null && out.stream().noneMatch(o -> o.type().equals("Visit") && o.planned()
                && (o.sentence().equals(e.sentence()) || e.host().equals(o.host())) && o.participants().contains(e.visitor()))) {
            out.add(e);
        }
    }
}
