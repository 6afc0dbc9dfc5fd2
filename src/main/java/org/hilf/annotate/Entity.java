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

    /** What the id of a state's capital as a place begins with; the state's code follows. */
    private static final String CAPITAL = "place/capital-";

    /** The id of the capital of the state {@code stateId} as a place: "state/MR" → "place/capital-MR". */
    public static String capitalOf(String stateId) { return CAPITAL + stateId.substring(stateId.indexOf('/') + 1); }

    /** True when {@code id} is the id of a state's capital as a place. */
    public static boolean isCapital(String id) { return id.startsWith(CAPITAL); }

    /**
     * A tie of a member to an organization from the gazetteer, over time.
     *
     * @param memberId       the state or organization
     * @param relation       one of {@link #RELATIONS}
     * @param organizationId the organization
     * @param since          the year the tie began, or null when unknown
     * @param until          the year it ended, or null while it holds
     */
    public record Tie(String memberId, String relation, String organizationId, Integer since, Integer until) {
        /**
         * The relations of memberships.tsv: full membership; partnership without membership (partner, dialogue
         * partner, associated state); formal observer status; candidacy (an official candidate, or invited and
         * not yet a member); a suspended membership (a row beside the membership's own).
         */
        public static final java.util.List<String> RELATIONS =
                java.util.List.of("memberOf", "partnerOf", "observerOf", "candidateOf", "suspendedFrom");

        public Tie {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(organizationId, "organizationId");
            if (!RELATIONS.contains(relation)) {
                throw new IllegalArgumentException("unknown relation '" + relation + "', expected one of " + RELATIONS);
            }
            if (since != null && until != null && since > until) {
                throw new IllegalArgumentException("a tie that ends (" + until + ") before it begins (" + since + ")");
            }
        }

        /** True when the tie held at some time in {@code year}: begun by then (or unknown) and not ended before it. */
        public boolean heldIn(int year) {
            return (since == null || since <= year) && (until == null || until >= year);
        }

        /**
         * True when the tie holds now, {@code year} being the present one: begun (or since unknown) and not ended,
         * that is with no until or an until after this year. A tie that ended this year (a suspension lifted in
         * January) no longer holds.
         */
        public boolean holdsIn(int year) {
            return (since == null || since <= year) && (until == null || until > year);
        }
    }

    /** A term of office from the gazetteer. */
    public record Office(String personId, String role, String affiliationId, java.time.LocalDate start,
                         java.time.LocalDate end) {
        public boolean heldOn(java.time.LocalDate date) {
            return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
        }

        /**
         * True when the terms held on one day (latest first) overlap beyond a handover (the earlier ends more
         * than a month after the later began): several hold the office at once (the UN's envoys).
         */
        public static boolean shared(java.util.List<Office> held) {
            return held.size() > 1 && held.get(0).start() != null && held.subList(1, held.size()).stream()
                    .anyMatch(o -> o.end() == null || o.end().isAfter(held.get(0).start().plusDays(31)));
        }
    }
}
