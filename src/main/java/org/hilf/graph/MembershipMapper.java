package org.hilf.graph;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;

/**
 * The gazetteer's ties as the graph states them. The direct properties say what holds now, in the gazetteer's
 * {@link Gazetteer#year() present year}: hilf:memberOf, hilf:partnerOf, hilf:observerOf and hilf:candidateOf (both
 * with hilf:partnerOf too, their super-property) and hilf:suspendedFrom. A tie that ended (the United Kingdom in the
 * EU until 2020, Iran an SCO observer until 2023) has none. Every tie, ended or not, is a hilf:Membership with its
 * member, organization, status and years, for questions about a year. Stateless.
 */
final class MembershipMapper {
    /** Per relation of memberships.tsv: its direct property, its status, and its words in English and Arabic. */
    private record Relation(Node property, Node status, String en, String ar) { }

    private static final Map<String, Relation> RELATIONS = Map.of(
            "memberOf", new Relation(Vocab.MEMBER_OF, Vocab.hilf("FullMember"), "member of", "عضو في"),
            "partnerOf", new Relation(Vocab.PARTNER_OF, Vocab.hilf("Partner"), "partner of", "شريك لـ"),
            "observerOf", new Relation(Vocab.OBSERVER_OF, Vocab.hilf("Observer"), "observer of", "مراقب في"),
            "candidateOf", new Relation(Vocab.CANDIDATE_OF, Vocab.hilf("Candidate"), "candidate for", "مرشح لعضوية"),
            "suspendedFrom", new Relation(Vocab.SUSPENDED_FROM, Vocab.hilf("Suspended"), "suspended from", "معلقة عضويته في"));

    private MembershipMapper() { }

    /** The direct property of a relation ("memberOf" → hilf:memberOf); an unknown relation is an error. */
    static Node property(String relation) { return relation(relation).property(); }

    /** The status individual of a relation ("observerOf" → hilf:Observer). */
    static Node status(String relation) { return relation(relation).status(); }

    private static Relation relation(String name) {
        Relation r = RELATIONS.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown relation '" + name + "', expected one of " + Entity.Tie.RELATIONS);
        }
        return r;
    }

    /**
     * The IRI of a tie's membership: member, relation, organization and the years known
     * ("membership/GB-memberOf-eu-1973-2020", "membership/FI-memberOf-nato-2023", "membership/PG-observerOf-asean",
     * with an unknown since and an until "...--2007").
     */
    static Node iri(Entity.Tie t) {
        String years = t.since() == null && t.until() == null ? ""
                : "-" + (t.since() == null ? "" : t.since()) + (t.until() == null ? "" : "-" + t.until());
        return Vocab.iri(Vocab.ID + "membership/" + local(t.memberId()) + "-" + t.relation() + "-" + local(t.organizationId()) + years);
    }

    private static String local(String id) { return id.substring(id.indexOf('/') + 1); }

    /** Emits the direct properties of the ties that hold now, and a membership for every tie. */
    static void emit(Gazetteer g, Emitter e) {
        for (Entity.Tie t : g.ties()) {
            Relation r = relation(t.relation());
            Node member = Iris.entity(t.memberId());
            Node org = Iris.entity(t.organizationId());
            if (t.holdsIn(g.year())) {
                e.add(member, r.property(), org);
                if (r.property().equals(Vocab.OBSERVER_OF) || r.property().equals(Vocab.CANDIDATE_OF)) {
                    e.add(member, Vocab.PARTNER_OF, org);
                }
            }
            Node m = iri(t);
            e.add(m, Vocab.TYPE, Vocab.MEMBERSHIP);
            e.add(m, Vocab.MEMBER, member);
            e.add(m, Vocab.ORGANIZATION_P, org);
            e.add(m, Vocab.STATUS, r.status());
            if (t.since() != null) {
                e.integer(m, Vocab.SINCE, t.since());
            }
            if (t.until() != null) {
                e.integer(m, Vocab.UNTIL, t.until());
            }
            String years = " (" + (t.since() == null ? "?" : t.since()) + "–" + (t.until() == null ? "" : t.until()) + ")";
            e.text(m, Vocab.LABEL, label(g, t.memberId(), "en") + ", " + r.en() + " " + label(g, t.organizationId(), "en") + years, "en");
            e.text(m, Vocab.LABEL, label(g, t.memberId(), "ar") + " " + r.ar() + " " + label(g, t.organizationId(), "ar") + years, "ar");
        }
    }

    private static String label(Gazetteer g, String id, String lang) {
        Entity ent = g.entity(id).orElseThrow();
        String l = lang.equals("ar") ? ent.labelAr() : ent.labelEn();
        return l != null ? l : ent.labelEn() != null ? ent.labelEn() : id;
    }
}
