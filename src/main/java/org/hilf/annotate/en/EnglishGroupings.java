package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;

/**
 * An alliance whose members meet as a whole takes part: when the states of an encounter are exactly
 * the full members of an alliance the article names ("the Quad": "the leaders of Japan, the United
 * States, Australia and India held their summit"), that alliance is a participant too. Only groupings
 * of three members or more (a meeting of two states is theirs, not their bilateral alliance's), with
 * memberships held in the encounter's year (memberships.tsv). Stateless and thread-safe.
 */
final class EnglishGroupings {
    /** Fewer members make a bilateral tie, whose meetings are the two states'. */
    private static final int LEAST_MEMBERS = 3;

    private final Gazetteer gazetteer;
    /** Alliance id → its full-membership ties. */
    private final Map<String, List<Entity.Tie>> members = new HashMap<>();

    EnglishGroupings(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Entity.Tie t : gazetteer.ties()) {
            if (t.relation().equals("memberOf") && t.memberId().startsWith("state/")) {
                members.computeIfAbsent(t.organizationId(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    List<EventMention> withAlliances(AnnotatedArticle doc, List<EventMention> events) {
        Set<String> named = new LinkedHashSet<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.role() == ActorMention.Role.NAME && gazetteer.entity(a.entityId()).map(e -> e.type() == EntityType.ALLIANCE).orElse(false)) {
                named.add(a.entityId());
            }
        }
        if (named.isEmpty()) {
            return events;
        }
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            Set<String> states = new LinkedHashSet<>();
            e.participants().stream().filter(p -> p.startsWith("state/")).forEach(states::add);
            Integer year = e.date() == null || e.date().start() == null ? null : e.date().start().getYear();
            for (String alliance : named) {
                Set<String> full = membersIn(alliance, year);
                if (full.size() >= LEAST_MEMBERS && full.equals(states) && !e.participants().contains(alliance)) {
                    Set<String> ps = new LinkedHashSet<>(e.participants());
                    ps.add(alliance);
                    String organizer = e.type().equals("Summit") && e.organizerId() == null ? alliance : e.organizerId();
                    out.set(i, e.resolved(organizer, e.placeId(), e.date(), e.dateBasis(), ps));
                    break;
                }
            }
        }
        return out;
    }

    /** The alliance's full members in that year (null: today's members). */
    private Set<String> membersIn(String alliance, Integer year) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity.Tie t : members.getOrDefault(alliance, List.of())) {
            boolean held = year == null ? t.until() == null
                    : (t.since() == null || t.since() <= year) && (t.until() == null || t.until() >= year);
            if (held) {
                out.add(t.memberId());
            }
        }
        return out;
    }
}
