package org.hilf.annotate;

import java.util.Objects;

/**
 * A real-world resource the annotator can name: a state, person, organization, alliance or place.
 * Ids are paths under https://w3id.org/hilf/id/ ("state/JP", "org/nato", "person/fumio-kishida"),
 * the same in every article. Immutable.
 *
 * @param id        stable id
 * @param type      its class
 * @param labelAr   the Arabic name, or null
 * @param labelEn   the English name, or null
 * @param wikidata  a confirmed Wikidata Q-id, or null
 * @param isoCode   for a state, its ISO 3166-1 alpha-2 code, else null
 * @param countryId for a place or national body, the state it belongs to ("state/CN"), else null
 * @param affiliationId for a person named after a title, the body the title names, else null
 * @param title     for a person named after a title, the title as written, else null
 */
public record Entity(String id, EntityType type, String labelAr, String labelEn, String wikidata, String isoCode,
                     String countryId, String affiliationId, String title) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    /** A membership or partnership from the gazetteer. */
    public record Tie(String memberId, String relation, String organizationId, Integer since, Integer until) { }

    /** A term of office from the gazetteer. */
    public record Office(String personId, String role, String affiliationId, java.time.LocalDate start,
                         java.time.LocalDate end) {
        public boolean heldOn(java.time.LocalDate date) {
            return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
        }
    }
}
