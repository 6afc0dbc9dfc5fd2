package org.hilf.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads {@code data/gazetteer/*.tsv} (format in its README) into a {@link Gazetteer}. */
final class GazetteerLoader {
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");

    private GazetteerLoader() { }

    static Gazetteer load() {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (Tsv.Row r : Tsv.read("gazetteer/states.tsv")) {
            String iso = r.required("iso");
            String id = Gazetteer.stateId(iso);
            b.entity(new Entity(id, EntityType.STATE, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), iso,
                    null, null, null));
            names(b, r, id, "name_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "name_en", "en", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_en", "en", Gazetteer.FormKind.NAME);
            names(b, r, id, "adjective_ar", "ar", Gazetteer.FormKind.ADJECTIVE);
            names(b, r, id, "adjective_en", "en", Gazetteer.FormKind.ADJECTIVE);
            String capitalEn = r.get("capital_en");
            String capitalAr = r.get("capital_ar");
            if (capitalEn != null || capitalAr != null) {
                // The capital is two things: the state when it acts ("ردت بكين"), a place when it is
                // a location ("في بكين"). Its forms name the state; the place has an id of its own.
                String placeId = capitalId(iso);
                b.entity(new Entity(placeId, EntityType.PLACE, capitalAr, capitalEn, null, null, id, null, null));
                names(b, r, id, "capital_ar", "ar", Gazetteer.FormKind.CAPITAL);
                names(b, r, id, "capital_aliases_ar", "ar", Gazetteer.FormKind.CAPITAL);
                names(b, r, id, "capital_en", "en", Gazetteer.FormKind.CAPITAL);
                names(b, r, id, "capital_aliases_en", "en", Gazetteer.FormKind.CAPITAL);
            }
        }
        for (Tsv.Row r : Tsv.read("gazetteer/organizations.tsv")) {
            String id = "org/" + r.required("id");
            EntityType type = "Alliance".equals(r.get("kind")) ? EntityType.ALLIANCE : EntityType.ORGANIZATION;
            String country = r.get("country");
            if ("Media".equals(r.get("kind"))) {
                b.media(id);
            }
            b.entity(new Entity(id, type, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), null,
                    country == null ? null : Gazetteer.stateId(country), null, null));
            names(b, r, id, "name_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "name_en", "en", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_en", "en", Gazetteer.FormKind.NAME);
        }
        for (Tsv.Row r : Tsv.read("gazetteer/people.tsv")) {
            String id = "person/" + r.required("id");
            b.entity(new Entity(id, EntityType.PERSON, r.get("name_ar"), r.get("name_en"), r.get("wikidata"), null,
                    null, null, null));
            names(b, r, id, "name_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_ar", "ar", Gazetteer.FormKind.NAME);
            names(b, r, id, "short_ar", "ar", Gazetteer.FormKind.SHORT);
            names(b, r, id, "name_en", "en", Gazetteer.FormKind.NAME);
            names(b, r, id, "aliases_en", "en", Gazetteer.FormKind.NAME);
        }
        for (Tsv.Row r : Tsv.read("gazetteer/memberships.tsv")) {
            b.tie(new Entity.Tie(actorId(r.required("member")), r.required("relation"),
                    actorId(r.required("organization")), year(r.get("since")), year(r.get("until"))));
        }
        for (Tsv.Row r : Tsv.read("gazetteer/offices.tsv")) {
            b.office(new Entity.Office("person/" + r.required("person"), r.required("role"),
                    actorId(r.required("affiliation")), date(r.get("start")), date(r.get("end"))));
        }
        for (Tsv.Row r : Tsv.read("gazetteer/summits.tsv")) {
            String iso = r.required("country");
            String city = r.required("city_en");
            Entity state = b.get(Gazetteer.stateId(iso));
            String capital = capitalId(iso);
            String placeId;
            if (b.has(capital) && city.equals(b.get(capital).labelEn())) {
                placeId = capital;
            } else {
                placeId = "place/city-" + city.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                if (!b.has(placeId)) {
                    List<String> ar = r.list("city_ar");
                    b.entity(new Entity(placeId, EntityType.PLACE, ar.isEmpty() ? null : ar.get(0), city, null, null, state.id(), null, null));
                    for (String f : ar) {
                        b.form(f, "ar", Gazetteer.FormKind.PLACE, placeId);
                    }
                    b.form(city, "en", Gazetteer.FormKind.PLACE, placeId);
                }
            }
            b.summit(new Gazetteer.Summit("org/" + r.required("organization"), date(r.required("start")),
                    date(r.required("end")), placeId));
        }
        return b.build();
    }

    /** The id of a state's capital as a place ("place/capital-JP"). */
    static String capitalId(String iso) { return "place/capital-" + iso.toUpperCase(Locale.ROOT); }

    private static void names(Gazetteer.Builder b, Tsv.Row r, String id, String column, String lang,
                              Gazetteer.FormKind kind) {
        for (String v : r.list(column)) {
            b.form(v, lang, kind, id);
        }
    }

    /** An ISO code names a state, anything else an organization id. */
    private static String actorId(String ref) {
        return ISO.matcher(ref).matches() ? Gazetteer.stateId(ref) : "org/" + ref;
    }

    private static Integer year(String v) { return v == null ? null : Integer.valueOf(v.substring(0, 4)); }

    private static LocalDate date(String v) { return v == null ? null : LocalDate.parse(v); }
}
