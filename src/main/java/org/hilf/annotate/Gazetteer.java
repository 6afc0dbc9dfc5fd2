package org.hilf.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data about actors: states, organizations, people, their memberships and terms of
 * office, and the surface forms that name them in each language. Loaded once from
 * {@code data/gazetteer/}, optionally with a user's folder of the same files on top; immutable
 * and thread-safe afterwards.
 */
public final class Gazetteer {

    /** How a surface form names its entity; recognisers treat the kinds differently. */
    public enum FormKind {
        /** A full name ("اليابان"، "حلف شمال الأطلسي"، "فوميو كيشيدا"). */
        NAME,
        /** A person's surname alone: only trusted once the article has named the person. */
        SHORT,
        /** A state's capital: the state when it acts, a place when it is a location. */
        CAPITAL,
        /** A state's nisba adjective, masculine singular ("ياباني"); recognisers inflect it. */
        ADJECTIVE,
        /** A place that is not a capital (a summit's host city): always a location, never an actor. */
        PLACE
    }

    /** A summit of an organization, from the reference list: dates and host city. */
    public record Summit(String organizationId, LocalDate start, LocalDate end, String placeId) { }

    /** A surface form of an entity in a language. */
    public record Form(String text, String language, FormKind kind, String entityId) { }

    private final Map<String, Entity> entities;
    private final List<Form> forms;
    private final List<Entity.Tie> ties;
    private final List<Entity.Office> offices;
    private final Map<String, List<Entity.Office>> officesByPerson;
    private final Map<String, List<Entity.Office>> officesByRole;
    private final List<Summit> summits;
    private final Map<String, String> kinds; // organizations.tsv's kind where it is Media or Movement
    private final int year;
    /** The ties that hold in {@link #year}: member → organization → relations, asked for every pair of actors (by id, no key built). */
    private final Map<String, Map<String, Set<String>>> tiesNow;

    Gazetteer(Map<String, Entity> entities, List<Form> forms, List<Entity.Tie> ties, List<Entity.Office> offices,
              List<Summit> summits, Map<String, String> kinds, int year) {
        this.year = year;
        Map<String, Map<String, Set<String>>> now = new java.util.HashMap<>();
        for (Entity.Tie t : ties) {
            if (t.holdsIn(year)) {
                now.computeIfAbsent(t.memberId(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(t.organizationId(), k -> new java.util.HashSet<>()).add(t.relation());
            }
        }
        now.replaceAll((member, byOrg) -> {
            byOrg.replaceAll((org, relations) -> Set.copyOf(relations));
            return Map.copyOf(byOrg);
        });
        this.tiesNow = Map.copyOf(now);
        this.kinds = Map.copyOf(kinds);
        this.entities = Map.copyOf(entities);
        this.forms = List.copyOf(forms);
        this.ties = List.copyOf(ties);
        this.offices = List.copyOf(offices);
        // indexed once: title resolution and participants ask for offices many times per article
        Map<String, List<Entity.Office>> byPerson = new java.util.HashMap<>();
        Map<String, List<Entity.Office>> byRole = new java.util.HashMap<>();
        for (Entity.Office o : this.offices) {
            byPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
            byRole.computeIfAbsent(o.role() + "@" + o.affiliationId(), k -> new ArrayList<>()).add(o);
        }
        Comparator<Entity.Office> latestFirst = Comparator.comparing((Entity.Office o) -> o.start() == null ? LocalDate.MIN : o.start()).reversed();
        for (Map<String, List<Entity.Office>> m : List.of(byPerson, byRole)) {
            m.replaceAll((k, v) -> { v.sort(latestFirst); return List.copyOf(v); });
        }
        this.officesByPerson = Map.copyOf(byPerson);
        this.officesByRole = Map.copyOf(byRole);
        this.summits = List.copyOf(summits);
    }

    /** True for a news agency, newspaper or broadcaster (kind {@code Media}): it reports and relays, never takes part. */
    public boolean isMedia(String id) { return "Media".equals(kinds.get(id)); }
    /** True for a party, movement or armed group (kind {@code Movement}): it acts for itself, not the state it is based in. */
    public boolean isMovement(String id) { return "Movement".equals(kinds.get(id)); }

    /** The organization's summit in that year, if the reference knows it. */
    public Optional<Summit> summitIn(String organizationId, int year) {
        return summits.stream().filter(x -> x.organizationId().equals(organizationId) && x.start().getYear() == year).findFirst();
    }

    /**
     * The organization's summit a date ({@code from}..{@code to}) names: the one of that year whose days meet it (a
     * day more each side), else the year's only one; none when it meets several, as a bare year of four Arab summits does.
     */
    public Optional<Summit> summitOn(String organizationId, LocalDate from, LocalDate to) {
        List<Summit> ofYear = summits.stream()
                .filter(x -> x.organizationId().equals(organizationId) && x.start().getYear() == from.getYear()).toList();
        List<Summit> meeting = ofYear.stream()
                .filter(x -> !x.start().isAfter(to.plusDays(1)) && !x.end().isBefore(from.minusDays(1))).toList();
        List<Summit> pick = meeting.isEmpty() ? ofYear : meeting;
        return pick.size() == 1 ? Optional.of(pick.get(0)) : Optional.empty();
    }

    /**
     * The organization's summit under way on {@code day}, or ended at most {@code daysAfter} days
     * before it: what a report dated {@code day} means by "the summit" when it gives no date or place.
     */
    public Optional<Summit> summitAround(String organizationId, LocalDate day, int daysAfter) {
        return summits.stream()
                .filter(x -> x.organizationId().equals(organizationId) && !x.start().isAfter(day.plusDays(1))
                        && !x.end().plusDays(daysAfter).isBefore(day))
                .max(Comparator.comparing(Summit::start));
    }

    /**
     * The organization's summit at that place nearest before {@code horizon} (the article's date):
     * "قمة الناتو في واشنطن" in a 2024 article is the 2024 summit, not the 1999 one. A null
     * organization matches any.
     */
    public Optional<Summit> summitAt(String organizationId, String placeId, LocalDate horizon) {
        return summits.stream()
                .filter(x -> (organizationId == null || x.organizationId().equals(organizationId)) && x.placeId().equals(placeId)
                        && (horizon == null || !x.start().isAfter(horizon)))
                .max(Comparator.comparing(Summit::start));
    }

    /** Every summit the reference knows at that place, of every body. */
    public List<Summit> summitsAt(String placeId) { return summits.stream().filter(x -> x.placeId().equals(placeId)).toList(); }

    /**
     * The organization's summit at that place nearest after {@code horizon}: what a planned summit
     * there ("ستعقد القمة المقبلة في لاهاي") is. A null organization matches any.
     */
    public Optional<Summit> summitNextAt(String organizationId, String placeId, LocalDate horizon) {
        return summits.stream()
                .filter(x -> (organizationId == null || x.organizationId().equals(organizationId)) && x.placeId().equals(placeId)
                        && horizon != null && x.start().isAfter(horizon))
                .min(Comparator.comparing(Summit::start));
    }

    /**
     * True when the gazetteer records this tie (relation "memberOf", "partnerOf", ...) and it holds now, in
     * {@link #year()}: the United Kingdom is no longer memberOf the EU.
     */
    public boolean hasTie(String memberId, String relation, String organizationId) {
        if (memberId == null || organizationId == null || relation == null) {
            return false;
        }
        return tiesNow.getOrDefault(memberId, Map.of()).getOrDefault(organizationId, Set.of()).contains(relation);
    }

    /**
     * The present year of the gazetteer, in which a tie without an until, or with an until after it, holds:
     * the clock's year when loaded, unless the builder set another.
     */
    public int year() { return year; }

    /** Loads the bundled gazetteer from the classpath. */
    public static Gazetteer load() { return GazetteerLoader.load(); }

    /**
     * Loads the bundled gazetteer with a user's folder of the same files on top (null for none):
     * new ids add entities, a known id gains the names of the user's row (see {@code GazetteerLoader}).
     *
     * @throws IllegalStateException naming file, line and reason when the files cannot be loaded
     */
    public static Gazetteer load(java.nio.file.Path userFolder) { return GazetteerLoader.load(GazetteerFiles.read(userFolder)); }

    /** Loads gazetteer files already read (what {@code hilf gazetteer check} checked). */
    public static Gazetteer load(GazetteerFiles files) { return GazetteerLoader.load(files); }

    public Optional<Entity> entity(String id) { return Optional.ofNullable(entities.get(id)); }

    /** An entity of the gazetteer or one first met in this article ({@link Keys#NEW_ENTITIES}), or null. */
    public Entity entity(AnnotatedArticle doc, String id) {
        Entity e = entities.get(id);
        return e != null || !doc.has(Keys.NEW_ENTITIES) ? e : doc.get(Keys.NEW_ENTITIES).get(id);
    }

    public Collection<Entity> entities() { return entities.values(); }

    public List<Form> forms() { return forms; }

    /** Every tie of memberships.tsv, those that ended included; {@link Entity.Tie#holdsIn} tells the present ones. */
    public List<Entity.Tie> ties() { return ties; }

    public List<Entity.Office> offices() { return offices; }

    /** The id of the state with this ISO code ("JP" → "state/JP"). */
    public static String stateId(String iso) { return "state/" + iso.toUpperCase(Locale.ROOT); }

    /** The terms of {@code role} for {@code affiliationId} held on {@code date}, latest first. */
    public List<Entity.Office> terms(String role, String affiliationId, LocalDate date) {
        return officesByRole.getOrDefault(role + "@" + affiliationId, List.of()).stream().filter(o -> o.heldOn(date)).toList();
    }

    /**
     * Who held {@code role} for {@code affiliationId} on {@code date}, if the gazetteer knows. When terms
     * overlap about a handover (the earlier ends within a month of the later's start), the later wins;
     * an office several hold at once (the UN's envoys, the UAE's vice-presidents) names no one alone.
     */
    public Optional<Entity> holder(String role, String affiliationId, LocalDate date) {
        List<Entity.Office> held = terms(role, affiliationId, date);
        return held.isEmpty() || Entity.Office.shared(held) ? Optional.empty() : entity(held.get(0).personId());
    }

    /** True when several hold {@code role} for {@code affiliationId} on {@code date}, beyond a handover: its title alone names none. */
    public boolean shared(String role, String affiliationId, LocalDate date) { return Entity.Office.shared(terms(role, affiliationId, date)); }

    /** The terms of office of a person, latest first. */
    public List<Entity.Office> officesOf(String personId) { return officesByPerson.getOrDefault(personId, List.of()); }

    /**
     * The body a person acts for on {@code date}: the affiliation of the office held then, or
     * of the latest office when the date is unknown or falls outside every term.
     */
    public Optional<String> affiliationOn(String personId, LocalDate date) {
        List<Entity.Office> mine = officesOf(personId);
        if (date != null) {
            for (Entity.Office o : mine) {
                if (o.heldOn(date)) {
                    return Optional.of(o.affiliationId());
                }
            }
        }
        return mine.stream().findFirst().map(Entity.Office::affiliationId);
    }

    /** Builder used by the loader and by tests that need a small gazetteer of their own. */
    public static final class Builder {
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final List<Form> forms = new ArrayList<>();
        private final List<Entity.Tie> ties = new ArrayList<>();
        private final List<Entity.Office> offices = new ArrayList<>();
        private final List<Summit> summits = new ArrayList<>();
        private final Map<String, String> kinds = new java.util.HashMap<>();
        private int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();

        /** Sets the present year (see {@link Gazetteer#year()}); tests use it to be independent of the clock. */
        public Builder asOf(int presentYear) { this.year = presentYear; return this; }
        /** Marks an organization as a news medium ("Media") or a movement ("Movement"). */
        public Builder kind(String id, String kind) { kinds.put(id, kind); return this; }

        public boolean has(String id) { return entities.containsKey(id); }
        public Entity get(String id) { return entities.get(id); }
        public Builder summit(Summit x) { summits.add(x); return this; }

        public Builder entity(Entity e) {
            if (entities.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate gazetteer id " + e.id());
            }
            return this;
        }

        public Builder form(String text, String language, FormKind kind, String entityId) {
            forms.add(new Form(text, language, kind, entityId));
            return this;
        }

        public Builder tie(Entity.Tie t) { ties.add(t); return this; }
        public Builder office(Entity.Office o) { offices.add(o); return this; }

        public Gazetteer build() {
            for (Form f : forms) {
                // the message is made only for a form that fails: there are tens of thousands of forms
                if (!entities.containsKey(f.entityId())) {
                    requireKnown(f.entityId(), "form '" + f.text() + "'");
                }
            }
            for (Entity.Tie t : ties) {
                requireKnown(t.memberId(), "membership");
                requireKnown(t.organizationId(), "membership");
            }
            for (Entity.Office o : offices) {
                requireKnown(o.personId(), "office");
                requireKnown(o.affiliationId(), "office");
            }
            for (Summit x : summits) {
                requireKnown(x.organizationId(), "summit");
                requireKnown(x.placeId(), "summit");
            }
            return new Gazetteer(entities, forms, ties, offices, summits, kinds, year);
        }

        private void requireKnown(String id, String what) {
            if (!entities.containsKey(id)) {
                throw new IllegalStateException("gazetteer " + what + " names unknown id " + id);
            }
        }
    }
}
