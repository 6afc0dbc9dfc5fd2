package org.hilf.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;

/**
 * Who a synthetic article can be about: the gazetteer's office holders (only offices the
 * templates can title, only people named in both languages) on a given day, the states and
 * bodies they serve, organizations with their members, and the summits of 2015–2026.
 */
final class Cast {
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;
    /** The last day articles are dated: the gazetteer's terms of office were checked up to late 2026. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final int TRIES = 400;

    private final Names names;
    /** Terms of office by year they overlap, so that a draw for a day scans few. */
    private final Map<Integer, List<Entity.Office>> byYear = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, List<String>> bodiesOf = new HashMap<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<Gazetteer.Summit> summits = new ArrayList<>();

    Cast(Names names) {
        this.names = names;
        Gazetteer g = names.gazetteer();
        for (Entity.Office o : g.offices()) {
            if (!names.roles().contains(o.role()) || !names.hasLabel(o.personId(), "ar") || !names.hasLabel(o.personId(), "en")
                    || !names.hasLabel(o.affiliationId(), "ar") || !names.hasLabel(o.affiliationId(), "en")) {
                continue;
            }
            int from = o.start() == null ? FIRST_YEAR : Math.max(FIRST_YEAR, o.start().getYear());
            int to = o.end() == null ? LAST_YEAR : Math.min(LAST_YEAR, o.end().getYear());
            for (int y = from; y <= to; y++) {
                byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(o);
            }
        }
        for (Entity.Tie t : g.ties()) {
            if (t.relation().equals("memberOf") && t.memberId().startsWith("state/") && t.heldIn(LAST_YEAR - 2)) {
                members.computeIfAbsent(t.organizationId(), k -> new ArrayList<>()).add(t.memberId());
                bodiesOf.computeIfAbsent(t.memberId(), k -> new ArrayList<>()).add(t.organizationId());
            }
        }
        g.entities().stream().filter(e -> e.type().isOrganization() && e.type() != EntityType.PLACE)
                .filter(e -> members.containsKey(e.id()) && !g.isMedia(e.id()))
                .filter(e -> names.hasLabel(e.id(), "ar") && names.hasLabel(e.id(), "en"))
                .map(Entity::id).sorted().forEach(id -> {
                    organizations.add(id);
                    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                        g.summitIn(id, y).filter(s -> !s.start().isAfter(LAST_DAY) && names.hasLabel(s.placeId(), "ar")
                                && names.hasLabel(s.placeId(), "en")).ifPresent(summits::add);
                    }
                });
        if (byYear.isEmpty() || organizations.isEmpty() || summits.isEmpty()) {
            throw new IllegalStateException("the gazetteer gives too few office holders, organizations or summits for a corpus");
        }
    }

    Names names() { return names; }

    /** A random day of 2015 to late 2026. */
    LocalDate day(Random random) {
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        return first.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - first.toEpochDay()) + 1));
    }

    /** Someone in office on {@code day} for whom {@code ok} holds, drawn at random; empty when none is found. */
    Optional<Entity.Office> holder(LocalDate day, Random random, Predicate<Entity.Office> ok) {
        List<Entity.Office> terms = byYear.getOrDefault(day.getYear(), List.of());
        for (int i = 0; i < TRIES && !terms.isEmpty(); i++) {
            Entity.Office o = terms.get(random.nextInt(terms.size()));
            if (o.heldOn(day) && ok.test(o)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The head of state or government of {@code stateId} on {@code day}, if the gazetteer knows one the templates can title. */
    Optional<Entity.Office> leader(String stateId, LocalDate day, Random random) {
        List<String> roles = random.nextBoolean() ? List.of("president", "prime_minister", "king", "emir", "chancellor")
                : List.of("prime_minister", "president", "chancellor", "king", "emir");
        for (String role : roles) {
            Optional<Entity.Office> o = byYear.getOrDefault(day.getYear(), List.of()).stream()
                    .filter(x -> x.role().equals(role) && x.affiliationId().equals(stateId) && x.heldOn(day)).findFirst();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** The member states of an organization (as of recent years). */
    List<String> members(String organizationId) { return members.getOrDefault(organizationId, List.of()); }

    /** An organization {@code id} belongs to, or any organization when it belongs to none. */
    String bodyOf(String id, Random random) {
        List<String> mine = bodiesOf.getOrDefault(id, organizations);
        return mine.get(random.nextInt(mine.size()));
    }

    /** A summit of 2015–2026 at random. */
    Gazetteer.Summit summit(Random random) { return summits.get(random.nextInt(summits.size())); }
}
