package org.hilf.graph;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.langtagx.LangTagX;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.hilf.annotate.EntityType;

/**
 * Writes quads of one named graph into a {@link StreamRDF}, with helpers for the literal kinds
 * used. Each distinct quad is written once: the mapper states some facts once per mention (an
 * actor's name, its types), and a store or loader would only drop the repeats after the work.
 */
final class Emitter {
    private final StreamRDF out;
    private final Node graph;
    /**
     * Sized for an article of the usual length (some 800 quads; a set grown from the default size
     * was rehashed six times per article, a tenth of the mapping time).
     */
    private final Set<Triple> written = new HashSet<>(2048);
    private final Set<Node> described = new HashSet<>(256);

    Emitter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (written.add(Triple.create(s, p, o))) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    /** The named graph the quads go to: for an article's, the article's IRI ({@link ArticleMapper#graphOf}). */
    Node graph() { return graph; }

    /** True the first time a resource is named here: its description is to be written; false after. */
    boolean firstTime(Node resource) { return described.add(resource); }

    void text(Node s, Node p, String value, String lang) {
        if (value != null && !value.isBlank()) {
            add(s, p, lang == null ? NodeFactory.createLiteralString(value) : literal(value, lang));
        }
    }

    /**
     * As {@code NodeFactory.createLiteralLang(value, lang)}, with the tag's canonical form looked up
     * instead of parsed again: Jena parses the language tag of every literal made so, and an article
     * has some 200 literals in one or two languages.
     */
    private static Node literal(String value, String lang) {
        if (lang.isEmpty() || lang.contains("--") || LANGUAGES.size() >= MAX_LANGUAGES && !LANGUAGES.containsKey(lang)) {
            return NodeFactory.createLiteralLang(value, lang); // no tag, a text direction, or too many tags: Jena's own way
        }
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(value, LANGUAGES.computeIfAbsent(lang, LangTagX::formatLanguageTag)));
    }

    /** Language tags in the form Jena writes them ({@code LangTagX.formatLanguageTag}), by tag as given. Bounded. */
    private static final Map<String, String> LANGUAGES = new ConcurrentHashMap<>();
    private static final int MAX_LANGUAGES = 100;

    void integer(Node s, Node p, long value) {
        Node literal = value >= 0 && value < INTEGERS.length() ? INTEGERS.get((int) value) : null;
        if (literal == null) {
            literal = NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
            if (value >= 0 && value < INTEGERS.length()) {
                INTEGERS.set((int) value, literal);
            }
        }
        add(s, p, literal);
    }

    /**
     * The integer literals of small values made so far, by value: the offsets of every mention and
     * the years, which each article repeats (making and parsing a literal for each was a tenth of
     * the mapping time). Two threads that fill a slot fill it with equal literals.
     */
    private static final AtomicReferenceArray<Node> INTEGERS = new AtomicReferenceArray<>(1 << 16);

    void date(Node s, Node p, LocalDate value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }
    }

    void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    void decimal(Node s, Node p, double value) {
        Node literal = DECIMALS.get(value);
        if (literal == null) {
            literal = NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.2f", value), XSDDatatype.XSDdecimal);
            if (DECIMALS.size() < MAX_DECIMALS) {
                DECIMALS.putIfAbsent(value, literal);
            }
        }
        add(s, p, literal);
    }

    /**
     * The decimal literals made so far, by value: confidences take a handful of values, and
     * formatting and parsing one for every mention was a sixth of the mapping time. Bounded.
     */
    private static final Map<Double, Node> DECIMALS = new ConcurrentHashMap<>();
    private static final int MAX_DECIMALS = 1_000;

    /** rdf:type for the class and every super-class, so that plain SPARQL needs no reasoner. */
    void types(Node s, EntityType type) {
        switch (type) {
            case STATE -> { add(s, Vocab.TYPE, Vocab.STATE); add(s, Vocab.TYPE, Vocab.ACTOR); }
            case PERSON -> { add(s, Vocab.TYPE, Vocab.PERSON); add(s, Vocab.TYPE, Vocab.ACTOR); }
            case ORGANIZATION -> { add(s, Vocab.TYPE, Vocab.ORGANIZATION); add(s, Vocab.TYPE, Vocab.ACTOR); }
            case ALLIANCE -> {
                add(s, Vocab.TYPE, Vocab.ALLIANCE);
                add(s, Vocab.TYPE, Vocab.ORGANIZATION);
                add(s, Vocab.TYPE, Vocab.ACTOR);
            }
            case PLACE -> add(s, Vocab.TYPE, Vocab.PLACE);
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    /** rdf:type for an event class name and its super-classes. */
    void eventTypes(Node s, String type) {
        add(s, Vocab.TYPE, Vocab.EVENT);
        switch (type) {
            case "Summit" -> { add(s, Vocab.TYPE, Vocab.SUMMIT); add(s, Vocab.TYPE, Vocab.MEETING); }
            case "Visit" -> { add(s, Vocab.TYPE, Vocab.VISIT); add(s, Vocab.TYPE, Vocab.MEETING); }
            case "Meeting" -> add(s, Vocab.TYPE, Vocab.MEETING);
            case "Statement" -> add(s, Vocab.TYPE, Vocab.STATEMENT);
            case "Agreement" -> add(s, Vocab.TYPE, Vocab.AGREEMENT);
            default -> throw new IllegalArgumentException("unknown event type " + type);
        }
    }
}
