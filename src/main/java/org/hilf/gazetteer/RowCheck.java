package org.hilf.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.GazetteerFiles.Kind;
import org.hilf.annotate.Tsv;

/**
 * The checks of one row on its own: values well formed, references to ids that some file
 * defines (bundled or the user's), dates readable and in order. Adds to the check's problems.
 */
final class RowCheck {
    /** Dates and years outside these are typing errors (a term from 1024, a summit in 2204). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    static final Set<String> KINDS = Set.of("Alliance", "Organization", "Media", "Movement");
    static final Set<String> RELATIONS = Set.copyOf(org.hilf.annotate.Entity.Tie.RELATIONS);
    /** Values of offices.tsv's optional column overlap (see data/gazetteer/README.md). */
    static final Set<String> OVERLAPS = Set.of("acting", "joint", "concurrent");

    private final GazetteerCheck c;

    RowCheck(GazetteerCheck c) { this.c = c; }

    void check(Kind kind, Tsv.Row r) {
        switch (kind) {
            case STATES -> wikidata(r);
            case ORGANIZATIONS -> organization(r);
            case PEOPLE -> person(r);
            case MEMBERSHIPS -> membership(r);
            case OFFICES -> office(r);
            case CITIES -> city(r);
            case SUMMITS -> summit(r);
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    private void organization(Tsv.Row r) {
        wikidata(r);
        if (c.organizations.get(r.get("id")) != r) {
            return; // a user's addition of names to a known id: the rest is the defining row's
        }
        String kind = r.get("kind");
        if (kind == null || !KINDS.contains(kind)) {
            error(r, "kind " + (kind == null ? "is empty" : "'" + kind + "' is unknown") + ": expected Alliance, Organization or Media");
        }
        String country = r.get("country");
        if (country != null) {
            state(r, "country", country);
        }
    }

    private void person(Tsv.Row r) {
        wikidata(r);
        if (c.people.get(r.get("id")) == r && r.get("name_ar") == null && r.get("aliases_ar") == null) {
            c.problems.add(Problem.warning(r, "neither name_ar nor aliases_ar: the recogniser cannot find "
                    + r.get("id") + " in Arabic text"));
        }
    }

    private void membership(Tsv.Row r) {
        String member = required(r, "member");
        if (member != null) {
            actor(r, "member", member);
        }
        String relation = required(r, "relation");
        if (relation != null && !RELATIONS.contains(relation)) {
            error(r, "relation '" + relation + "' is unknown: expected one of " + String.join(", ", org.hilf.annotate.Entity.Tie.RELATIONS));
        }
        String org = required(r, "organization");
        if (org != null && !c.organizations.containsKey(org)) {
            error(r, "organization '" + org + "' is no id of organizations.tsv");
        }
        Integer since = year(r, "since");
        Integer until = year(r, "until");
        if (since != null && until != null && since > until) {
            error(r, "since " + since + " is after until " + until);
        }
    }

    private void office(Tsv.Row r) {
        String person = required(r, "person");
        if (person != null && !c.people.containsKey(person)) {
            error(r, "person '" + person + "' is no id of people.tsv");
        }
        String role = required(r, "role");
        if (role != null && !c.roles.contains(role)) {
            error(r, "role '" + role + "' is no key of data/lexicon/roles.tsv");
        }
        String affiliation = required(r, "affiliation");
        if (affiliation != null) {
            actor(r, "affiliation", affiliation);
        }
        LocalDate start = date(r, "start", true);
        LocalDate end = date(r, "end", false);
        if (start != null && end != null && !start.isBefore(end)) {
            error(r, "start " + start + " is not before end " + end + " (end is the first day out of office)");
        }
        String overlap = r.get("overlap");
        if (overlap != null && !OVERLAPS.contains(overlap)) {
            error(r, "overlap '" + overlap + "' is unknown: expected acting, joint or concurrent, or empty");
        }
    }

    private void city(Tsv.Row r) {
        required(r, "city_en");
        String iso = required(r, "iso");
        if (iso != null) {
            state(r, "iso", iso);
        }
    }

    private void summit(Tsv.Row r) {
        String org = required(r, "organization");
        if (org != null && !c.organizations.containsKey(org)) {
            error(r, "organization '" + org + "' is no id of organizations.tsv");
        }
        LocalDate start = date(r, "start", true);
        LocalDate end = date(r, "end", true);
        if (start != null && end != null && start.isAfter(end)) {
            error(r, "start " + start + " is after end " + end);
        }
        required(r, "city_en");
        String country = required(r, "country");
        if (country != null) {
            state(r, "country", country);
        }
    }

    private void wikidata(Tsv.Row r) {
        String q = r.get("wikidata");
        if (q != null && !GazetteerCheck.WIKIDATA.matcher(q).matches()) {
            error(r, "wikidata '" + q + "' is malformed: expected Q and digits (Q7184)");
        }
    }

    /** A state's ISO code: two upper-case letters, present in states.tsv. */
    private void state(Tsv.Row r, String column, String v) {
        if (!GazetteerCheck.ISO.matcher(v).matches()) {
            error(r, column + " '" + v + "' is not an ISO code (two upper-case letters)");
        } else if (!c.states.containsKey(v)) {
            error(r, column + " '" + v + "' is no ISO code of states.tsv");
        }
    }

    /** An ISO code of states.tsv or an id of organizations.tsv. */
    private void actor(Tsv.Row r, String column, String v) {
        if (GazetteerCheck.ISO.matcher(v).matches()) {
            state(r, column, v);
        } else if (!c.organizations.containsKey(v)) {
            String upper = v.toUpperCase(java.util.Locale.ROOT);
            error(r, column + " '" + v + "' is neither an ISO code of states.tsv nor an id of organizations.tsv"
                    + (c.states.containsKey(upper) ? " (ISO codes are upper case: " + upper + ")" : ""));
        }
    }

    private String required(Tsv.Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            error(r, "column '" + column + "' is empty");
        }
        return v;
    }

    private Integer year(Tsv.Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{4}")) {
            error(r, column + " '" + v + "' is not a year (YYYY)");
            return null;
        }
        int y = Integer.parseInt(v);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            error(r, column + " " + y + " lies outside " + FIRST_YEAR + "–" + LAST_YEAR);
            return null;
        }
        return y;
    }

    /** A YYYY-MM-DD date within the years allowed, or null (after saying why, if it is not). */
    static LocalDate parseDate(Tsv.Row r, String column, List<Problem> problems) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        LocalDate d;
        try {
            d = v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : null;
        } catch (DateTimeParseException e) {
            d = null;
        }
        if (d == null) {
            problems.add(Problem.error(r, column + " '" + v + "' is not a date (YYYY-MM-DD)"));
        } else if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            problems.add(Problem.error(r, column + " " + v + " lies outside " + FIRST_YEAR + "–" + LAST_YEAR));
            return null;
        }
        return d;
    }

    private LocalDate date(Tsv.Row r, String column, boolean required) {
        if (required && r.get(column) == null) {
            error(r, "column '" + column + "' is empty");
            return null;
        }
        return parseDate(r, column, c.problems);
    }

    private void error(Tsv.Row r, String message) { c.problems.add(Problem.error(r, message)); }
}
