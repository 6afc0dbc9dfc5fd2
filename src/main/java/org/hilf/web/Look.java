package org.hilf.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.hilf.graph.Vocab;

/**
 * Read-only look-ups over the union of the store's graphs, shared by the pages and the JSON
 * routes. Callers hold a read transaction. A resource's description spans graphs (an article
 * names a participant, the gazetteer labels it), so every look-up is across all graphs.
 */
final class Look {
    /** Event roles: the properties that tie an event to an actor. */
    static final List<Node> ROLES = List.of(Vocab.PARTICIPANT, Vocab.VISITOR, Vocab.HOST, Vocab.SPEAKER,
            Vocab.ON_BEHALF_OF, Vocab.ABOUT);
    /** Ties between actors. */
    static final List<Node> TIES = List.of(Vocab.MEMBER_OF, Vocab.PARTNER_OF, Vocab.AFFILIATION, Vocab.COUNTRY);

    private Look() { }

    /** The local path of a resource of the id namespace ("/id/org/nato"), or null for any other IRI. */
    static String path(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.ID) ? "/id/" + n.getURI().substring(Vocab.ID.length()) : null;
    }

    /** The first object of (s, p) in any graph, or null. */
    static Node first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The first object of (s, p) in graph g, or null. */
    static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static String lexical(Node n) { return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(); }

    /** The distinct objects of (s, p), across graphs, in store order. */
    static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    /** The distinct subjects of (?, p, o), across graphs. */
    static List<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return new ArrayList<>(out);
    }

    static boolean has(DatasetGraph dsg, Node s, Node p, Node o) {
        return dsg.find(Node.ANY, s, p, o).hasNext();
    }

    /** The rdfs:label in a language ("en", "ar"), or null. */
    static String label(DatasetGraph dsg, Node n, String lang) {
        Iterator<Quad> it = dsg.find(Node.ANY, n, Vocab.LABEL, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    /**
     * What to call a resource: its English label, else Arabic, else any label or other name, else
     * (an event) its kind, else its IRI's last segment.
     */
    static String name(DatasetGraph dsg, Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        String en = label(dsg, n, "en");
        if (en != null) {
            return en;
        }
        String ar = label(dsg, n, "ar");
        if (ar != null) {
            return ar;
        }
        Node any = first(dsg, n, Vocab.LABEL);
        if (any == null) {
            any = first(dsg, n, Vocab.ALT_LABEL);
        }
        if (any == null) {
            any = first(dsg, n, Vocab.DCT_TITLE); // an article
        }
        if (any != null) {
            return any.getLiteralLexicalForm();
        }
        if (has(dsg, n, Vocab.TYPE, Vocab.EVENT)) {
            return kindLabel(kind(dsg, n));
        }
        String u = n.isURI() ? n.getURI() : n.toString();
        int cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf('#'));
        return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
    }

    /**
     * The most specific kind of a resource, as a lower-case word the pages and the graph style
     * by: state, person, alliance, organization, summit, visit, meeting, statement, agreement,
     * event, place, article, mention, or "other".
     */
    static String kind(DatasetGraph dsg, Node n) {
        if (!n.isURI()) {
            return "other";
        }
        Set<String> types = new LinkedHashSet<>();
        dsg.find(Node.ANY, n, Vocab.TYPE, Node.ANY).forEachRemaining(q -> {
            Node t = q.getObject();
            if (t.isURI() && t.getURI().startsWith(Vocab.HILF)) {
                types.add(t.getURI().substring(Vocab.HILF.length()));
            }
        });
        for (String k : List.of("State", "Person", "Alliance", "Organization", "Summit", "Visit", "Meeting",
                "Statement", "Agreement", "Event", "Place", "Article", "Mention")) {
            if (types.contains(k)) {
                return k.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "other";
    }

    static boolean isEvent(String kind) {
        return switch (kind) {
            case "summit", "visit", "meeting", "statement", "agreement", "event" -> true;
            default -> false;
        };
    }

    static boolean isActor(String kind) {
        return switch (kind) {
            case "state", "person", "alliance", "organization" -> true;
            default -> false;
        };
    }

    static String kindLabel(String kind) {
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** The label of a property or class of the ontology ("member of"), else its local name. */
    static String termLabel(DatasetGraph dsg, Node term) {
        String en = label(dsg, term, "en");
        if (en != null) {
            return en;
        }
        String u = term.getURI();
        int cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf('#'));
        return u.substring(cut + 1);
    }

    /** The local name of a property: the edge labels of the graph ("participant", "memberOf"). */
    static String local(Node p) {
        String u = p.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
    }

    /** An event's date as shown: its day (and last day), else its year, else the words of the text. */
    static String date(DatasetGraph dsg, Node event) {
        String start = lexical(first(dsg, event, Vocab.START_DATE));
        String end = lexical(first(dsg, event, Vocab.END_DATE));
        if (start != null) {
            return end == null || end.equals(start) ? start : start + " – " + end;
        }
        String year = lexical(first(dsg, event, Vocab.YEAR));
        if (year != null) {
            return year;
        }
        String text = lexical(first(dsg, event, Vocab.DATE_TEXT));
        return text == null ? "" : text;
    }

    static boolean planned(DatasetGraph dsg, Node event) {
        return has(dsg, event, Vocab.PLANNED, org.apache.jena.graph.NodeFactory.createLiteralDT("true",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
    }

    /** The article graphs of the store: named graphs that describe themselves as a hilf:Article. */
    static boolean isArticle(DatasetGraph dsg, Node g) {
        return dsg.find(g, g, Vocab.TYPE, Vocab.ARTICLE).hasNext();
    }
}
