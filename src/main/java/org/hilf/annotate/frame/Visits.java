package org.hilf.annotate.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.frame.EventAssembler.Context;

/**
 * Visits from filled roles: the visitor, the host states (a place stands for its state, a capital
 * named for its state is where the visit took place), one visit per host. Language-neutral and
 * thread-safe; part of
 * {@link EventAssembler}, whose rules of sides and bodies it uses.
 */
final class Visits {
    private final Gazetteer gazetteer;
    private final EventAssembler assembler;

    Visits(Gazetteer gazetteer, EventAssembler assembler) {
        this.gazetteer = gazetteer;
        this.assembler = assembler;
    }

    /**
     * A visit to several states is one visit to each ("زار X اليابان وكوريا الجنوبية": two visits,
     * each with the officials of its host); any other event stays as it is.
     */
    List<EventMention> eachHost(EventMention e, EventAssembler.Context c, LocalDate when) {
        if (!e.type().equals("Visit") || e.host() == null || !e.host().contains(" ")) {
            return List.of(e);
        }
        List<EventMention> each = new ArrayList<>();
        Set<String> hosts = Set.of(e.host().split(" "));
        for (String host : e.host().split(" ")) {
            Set<String> ps = new LinkedHashSet<>();
            for (String p : e.participants()) {
                // the visitor's side, this host, and the people of this host; not the other hosts
                String side = assembler.sideOf(p, c, when);
                if (!hosts.contains(side) || side.equals(host)) {
                    ps.add(p);
                }
            }
            each.add(new EventMention("Visit", e.sentence(), e.trigger(), ps, e.visitor(), host,
                    e.placeId() != null && host.equals(assembler.sideOf(e.placeId(), c, when)) ? e.placeId() : null, null,
                    e.date(), e.dateBasis(), e.planned(), e.evidence()));
        }
        return each;
    }

    EventMention visit(Map<String, Chunk> roles, Context c, LocalDate when, List<ActorMention> evidence) {
        Chunk v = roles.get("V");
        Chunk h = roles.get("H");
        if (v == null || h == null || v.anaphor() || h.anaphor()) {
            return null;
        }
        Set<String> visitor = assembler.actors(v, c, when);
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> hostStates = new LinkedHashSet<>();
        String place = c.placeId();
        boolean sideless = true; // only people whose state or body nothing tells
        for (ActorMention a : h.actors()) {
            Entity e = c.entities().apply(a.entityId());
            if (e == null || gazetteer.isMedia(e.id())) {
                continue;
            }
            if (e.type() != EntityType.PERSON) {
                sideless = false;
            }
            if (e.type() == EntityType.PLACE) {
                if (e.countryId() != null) {
                    hosts.add(e.countryId());
                    hostStates.add(e.countryId());
                }
                place = place == null ? e.id() : place;
            } else if (e.type() == EntityType.STATE) {
                hosts.add(e.id());
                hostStates.add(e.id());
                // "زار بكين": a capital named for its state is where the visit took place
                var capital = gazetteer.entity(org.hilf.annotate.Entity.capitalOf(e.id()));
                if (place == null && capital.isPresent() && (a.surface().equals(capital.get().labelAr())
                        || a.surface().equalsIgnoreCase(String.valueOf(capital.get().labelEn())))) {
                    place = capital.get().id();
                }
            } else if (a.role() == ActorMention.Role.NAME) {
                // the one who receives ("استقبل X Y"), or an organization visited at its seat
                List<String> body = assembler.withBody(a, e, when);
                hosts.addAll(body);
                body.stream().filter(id -> id.startsWith("state/")).forEach(hostStates::add);
                sideless &= body.size() == 1;
            }
        }
        if (visitor.isEmpty() || hosts.isEmpty()) {
            return null;
        }
        String placeState = place == null ? null : assembler.sideOf(place, c, when);
        if (sideless && hostStates.isEmpty() && placeState != null && placeState.startsWith("state/")
                && visitor.stream().noneMatch(x -> placeState.equals(assembler.sideOf(x, c, when)))) {
            // "الرياض – استقبل نائب وزير الخارجية X الضيف Y": whom no gazetteer office places receives in his country
            hosts.add(placeState);
            hostStates.add(placeState);
        }
        Set<String> ps = new LinkedHashSet<>(visitor);
        ps.addAll(hosts);
        if (assembler.sides(ps, c, when) < 2) {
            return null;
        }
        String visitorId = v.actors().stream().map(ActorMention::entityId).filter(visitor::contains).findFirst().orElse(null);
        return new EventMention("Visit", c.sentence(), c.trigger(), ps, visitorId,
                hostStates.isEmpty() ? null : String.join(" ", hostStates), place, null,
                c.date(), c.dateBasis(), c.planned(), evidence);
    }
}
