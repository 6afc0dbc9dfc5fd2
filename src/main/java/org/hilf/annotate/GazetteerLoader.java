package org.hilf.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hilf.annotate.GazetteerFiles.Kind;
import org.hilf.annotate.GazetteerFiles.Sourced;

/**
 * Reads the gazetteer files (format in {@code data/gazetteer/README.md}) into a {@link Gazetteer}:
 * the bundled ones, then a user's folder on top of them.
 *
 * <p>Merge rule: a user's row with a new id adds an entity; a user's row whose id the bundled
 * data already has <em>adds</em> the names of its name columns to that entity and changes
 * nothing else (labels, kind, wikidata, capital stay bundled; {@code hilf gazetteer check}
 * warns about cells that say otherwise). Memberships, terms of office and summits of a user's
 * folder are added to the bundled ones; a user's term that starts while a bundled term of the
 * same office is open ends that term (a successor the bundled data does not know of).
 *
 * <p>Every error names the file, the line and the reason. The loader rejects only what it
 * cannot load (a date it cannot read, an id no file defines, the same id twice in one file);
 * the rest of the checking is {@code hilf gazetteer check}'s.
 */
final class GazetteerLoader {
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    // compiled once: they run for every summit city (hundreds of rows) at start-up
    private static final Pattern VENUE = Pattern.compile("\\s*\\(.*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");

    /** The columns of each file whose values are names: they are what a user's row for a known id adds. */
    static final List<String> STATE_NAMES = List.of("name_ar", "aliases_ar", "name_en", "aliases_en", "adjective_ar",
            "adjective_en", "capital_aliases_ar", "capital_aliases_en");
    static final List<String> ORGANIZATION_NAMES = List.of("name_ar", "aliases_ar", "short_ar", "name_en", "aliases_en");
    static final List<String> PEOPLE_NAMES = List.of("name_ar", "aliases_ar", "short_ar", "name_en", "aliases_en");
    static final List<String> CITY_NAMES = List.of("city_ar", "aliases_ar", "city_en", "aliases_en");

    private final Gazetteer.Builder b = new Gazetteer.Builder();
    /** The names of cities given so far, as "place id, language, text": a summit city is named by each of its rows. */
    private final Set<String> placeForms = new HashSet<>();
    /** Entity id → the row that defined it, to tell a user's addition from a duplicate. */
    private final Map<String, Tsv.Row> definedBy = new HashMap<>();

    private GazetteerLoader() { }

    static Gazetteer load() { return load(GazetteerFiles.bundled()); }

    static Gazetteer load(GazetteerFiles files) {
        GazetteerLoader l = new GazetteerLoader();
        files.rows(Kind.STATES).forEach(l::state);
        files.rows(Kind.ORGANIZATIONS).forEach(l::organization);
        files.rows(Kind.PEOPLE).forEach(l::person);
        for (Sourced s : files.rows(Kind.MEMBERSHIPS)) {
            Tsv.Row r = s.row();
            l.known(r, "member", actorId(r.required("member")));
            l.known(r, "organization", actorId(r.required("organization")));
            l.b.tie(tie(r));
        }
        List<Entity.Office> offices = new ArrayList<>();
        int bundled = 0;
        for (Sourced s : files.rows(Kind.OFFICES)) {
            Tsv.Row r = s.row();
            Entity.Office o = new Entity.Office(l.known(r, "person", "person/" + r.required("person")), r.required("role"),
                    l.known(r, "affiliation", actorId(r.required("affiliation"))), GazetteerCells.date(r, "start"), GazetteerCells.date(r, "end"));
            if (s.user() && r.get("overlap") == null) {
                endSucceeded(offices.subList(0, bundled), o);
            } else {
                bundled++;
            }
            offices.add(o);
        }
        offices.forEach(l.b::office);
        files.rows(Kind.CITIES).forEach(s -> l.city(s.row()));
        files.rows(Kind.SUMMITS).forEach(s -> l.summit(s.row()));
        return l.b.build();
    }

    private void state(Sourced s) {
        Tsv.Row r = s.row();
        String iso = r.required("iso");
        String id = Gazetteer.stateId(iso);
        boolean hasCapital = r.get("capital_en") != null || r.get("capital_ar") != null;
        if (!define(s, id)) {
            STATE_NAMES.stream().filter(c -> !c.startsWith("capital_aliases") || b.has(capitalId(iso)))
                    .forEach(c -> names(r, id, c));
            return;
        }
        b.entity(new Entity(id, EntityType.STATE, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), iso,
                null, null, null));
        STATE_NAMES.stream().filter(c -> !c.startsWith("capital_aliases")).forEach(c -> names(r, id, c));
        if (hasCapital) {
            // The capital is two things: the state when it acts ("ردت بكين"), a place when it is
            // a location ("في بكين"). Its forms name the state; the place has an id of its own.
            String placeId = capitalId(iso);
            b.entity(new Entity(placeId, EntityType.PLACE, r.get("capital_ar"), r.get("capital_en"), null, null, id, null, null));
            names(r, id, "capital_ar");
            names(r, id, "capital_aliases_ar");
            names(r, id, "capital_en");
            names(r, id, "capital_aliases_en");
        }
    }

    private void organization(Sourced s) {
        Tsv.Row r = s.row();
        String id = "org/" + r.required("id");
        if (define(s, id)) {
            EntityType type = "Alliance".equals(r.get("kind")) ? EntityType.ALLIANCE : EntityType.ORGANIZATION;
            String country = r.get("country");
            if ("Media".equals(r.get("kind")) || "Movement".equals(r.get("kind"))) {
                b.kind(id, r.get("kind"));
            }
            b.entity(new Entity(id, type, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), null,
                    country == null ? null : known(r, "country", Gazetteer.stateId(country)), null, null));
        }
        ORGANIZATION_NAMES.forEach(c -> names(r, id, c));
    }

    private void person(Sourced s) {
        Tsv.Row r = s.row();
        String id = "person/" + r.required("id");
        if (define(s, id)) {
            b.entity(new Entity(id, EntityType.PERSON, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), null,
                    null, null, null));
        }
        PEOPLE_NAMES.forEach(c -> names(r, id, c));
    }

    /**
     * True when the row defines a new entity; false when it is a user's row for an id the
     * bundled data defines (its names are then added). The same id twice in one source is an error.
     */
    private boolean define(Sourced s, String id) {
        Tsv.Row first = definedBy.putIfAbsent(id, s.row());
        if (first == null) {
            return true;
        }
        if (s.user() && !first.file().equals(s.row().file())) {
            return false;
        }
        throw new IllegalStateException(s.row().where() + ": " + id + " is already defined at line " + first.line());
    }

    /**
     * A city that is not a capital ("ميونخ"، "Sharm el-Sheikh"): a place in its state, never an actor,
     * so that "وصل إلى ميونخ" is a visit to Germany. A summit's host city of the same English name is
     * the same place; a user's row for a known city adds its names.
     */
    private void city(Tsv.Row r) {
        String iso = r.required("iso");
        Entity state = b.get(known(r, "iso", Gazetteer.stateId(iso)));
        String placeId = cityId(r.required("city_en"));
        if (!b.has(placeId)) {
            b.entity(new Entity(placeId, EntityType.PLACE, r.get("city_ar"), r.get("city_en"), null, null, state.id(), null, null));
        }
        for (String column : CITY_NAMES) {
            for (String v : r.list(column)) {
                placeForm(v, column.endsWith("_en") ? "en" : "ar", placeId);
            }
        }
    }

    /** A name of a city as a place, once however many rows (cities.tsv, summits.tsv) give it. */
    private void placeForm(String text, String language, String placeId) {
        if (placeForms.add(placeId + '\t' + language + '\t' + text)) {
            b.form(text, language, Gazetteer.FormKind.PLACE, placeId);
        }
    }

    private void summit(Tsv.Row r) {
        String iso = r.required("country");
        String city = r.required("city_en");
        Entity state = b.get(known(r, "country", Gazetteer.stateId(iso)));
        String capital = capitalId(iso);
        String placeId;
        if (b.has(capital) && city.equals(b.get(capital).labelEn())) {
            placeId = capital;
        } else {
            placeId = cityId(city);
            List<String> ar = r.list("city_ar");
            if (!b.has(placeId)) {
                b.entity(new Entity(placeId, EntityType.PLACE, ar.isEmpty() ? null : ar.get(0), city, null, null, state.id(), null, null));
            }
            for (String f : ar) {
                placeForm(f, "ar", placeId);
            }
            placeForm(city, "en", placeId);
        }
        r.required("start");
        r.required("end");
        b.summit(new Gazetteer.Summit(known(r, "organization", "org/" + r.required("organization")),
                GazetteerCells.date(r, "start"), GazetteerCells.date(r, "end"), placeId));
    }

    /**
     * A user's term that starts while a bundled term of the same office is still open ("in office
     * at the last check") names a successor the bundled data does not know of: the bundled term
     * ends the day the user's starts. The user cannot edit the bundled row, and without this both
     * would hold the office from then on. A user's row marked in column overlap (acting, joint,
     * concurrent) says the terms do overlap, and ends nothing.
     */
    private static void endSucceeded(List<Entity.Office> bundled, Entity.Office user) {
        if (user.start() == null) {
            return;
        }
        for (int i = 0; i < bundled.size(); i++) {
            Entity.Office o = bundled.get(i);
            if (o.end() == null && o.start() != null && o.start().isBefore(user.start()) && o.role().equals(user.role())
                    && o.affiliationId().equals(user.affiliationId()) && !o.personId().equals(user.personId())) {
                bundled.set(i, new Entity.Office(o.personId(), o.role(), o.affiliationId(), o.start(), user.start()));
            }
        }
    }

    /**
     * The id of a host city that is not a capital: its English name without accents and without the venue in
     * parentheses ("Évian-les-Bains" → "place/city-evian-les-bains", "Cebu (Lapu-Lapu City)" → "place/city-cebu").
     */
    static String cityId(String cityEn) {
        String base = VENUE.matcher(cityEn).replaceAll("");
        String plain = MARKS.matcher(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)).replaceAll("");
        return "place/city-" + EDGE_DASH.matcher(NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /** The id of a state's capital as a place ("place/capital-JP"). */
    static String capitalId(String iso) { return Entity.capitalOf("state/" + iso.toUpperCase(Locale.ROOT)); }

    /** The form kind a name column gives, and its language. */
    private void names(Tsv.Row r, String id, String column) {
        String lang = column.endsWith("_en") ? "en" : "ar";
        Gazetteer.FormKind kind = column.startsWith("adjective") ? Gazetteer.FormKind.ADJECTIVE
                : column.startsWith("capital") ? Gazetteer.FormKind.CAPITAL
                : column.equals("short_ar") ? Gazetteer.FormKind.SHORT : Gazetteer.FormKind.NAME;
        for (String v : r.list(column)) {
            b.form(v, lang, kind, id);
        }
    }

    /** The id, when some row defines it; else an error naming the row and the column. */
    private String known(Tsv.Row r, String column, String id) {
        if (!b.has(id)) {
            throw new IllegalStateException(r.where() + ": " + column + " '" + r.get(column) + "' is no known "
                    + (id.startsWith("person/") ? "person id" : id.startsWith("state/") ? "ISO code" : "ISO code or organization id"));
        }
        return id;
    }

    /** An ISO code names a state, anything else an organization id. */
    static String actorId(String ref) {
        return ISO.matcher(ref).matches() ? Gazetteer.stateId(ref) : "org/" + ref;
    }

    /**
     * A row of memberships.tsv as a tie. An unknown relation, a year that is not YYYY or an until before the since
     * is an error that names the file and line.
     */
    static Entity.Tie tie(Tsv.Row r) {
        String relation = r.required("relation");
        if (!Entity.Tie.RELATIONS.contains(relation)) {
            throw new IllegalStateException(r.where() + ": unknown relation '" + relation
                    + "', expected one of " + String.join(", ", Entity.Tie.RELATIONS));
        }
        Integer since = GazetteerCells.year(r, "since");
        Integer until = GazetteerCells.year(r, "until");
        if (since != null && until != null && since > until) {
            throw new IllegalStateException(r.where() + ": until " + until + " is before since " + since);
        }
        return new Entity.Tie(actorId(r.required("member")), relation, actorId(r.required("organization")), since, until);
    }
}
