package org.hilf.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.hilf.graph.Vocab;

/**
 * The people summary, in the named graph {@link Vocab#PEOPLE_GRAPH}: for every person (typed
 * {@code hilf:Person} in any graph) with evidence in any graph, what the people query and the
 * people's pages would otherwise gather from every article that names them:
 * <ul>
 *   <li>{@code rdf:type hilf:Person} and {@code hilf:mentionCount}, the number of distinct
 *       {@code hilf:evidence} objects of the person in the union of the other graphs;</li>
 *   <li>every {@code rdfs:label}, {@code hilf:title} and {@code hilf:affiliation} the person has in
 *       the other graphs, and every {@code rdfs:label} of each of those affiliations.</li>
 * </ul>
 * Apart from the count, every triple of the summary is also stated by another graph: the union
 * default graph answers every other question as before.
 *
 * <p>Contract: after each write of the store (replacing transactions, removals, a bulk load and
 * the reference graphs), {@link #recompute} has been called, in a write transaction, for every
 * person whose description the write may have changed; the summary then equals what
 * {@link #rebuild} would make. Its cost is bound to those persons (index lookups by subject),
 * never a scan of the store. Affiliation labels no summarised person points to any more are
 * removed. Not thread-safe: callers hold the store's write transaction.
 */
public final class PeopleSummary {
    private static final List<Node> DESCRIBING = List.of(Vocab.EVIDENCE, Vocab.TITLE, Vocab.AFFILIATION, Vocab.LABEL);
    private static final String[] NOT_ACTORS = {Vocab.ID + "event/", Vocab.ID + "mention/", Vocab.ID + "article/",
            Vocab.ID + "membership/"};

    private PeopleSummary() { }

    /**
     * Adds to {@code into} the subject of {@code q} when the quad may change a person's summary
     * (evidence, title, affiliation or label of something that may be an actor). Cheap enough for
     * every quad of a bulk load; events, mentions and articles are left out by their IRIs, so the
     * set stays the size of the actors named.
     */
    public static void collect(Quad q, Set<Node> into) {
        Node s = q.getSubject();
        if (!s.isURI() || !DESCRIBING.contains(q.getPredicate()) || !Vocab.isArticleGraph(q.getGraph())) {
            return;
        }
        String iri = s.getURI();
        for (String prefix : NOT_ACTORS) {
            if (iri.startsWith(prefix)) {
                return;
            }
        }
        into.add(s);
    }

    /** Adds to {@code into} the candidates of article graph {@code g} as the store holds it (before its removal). */
    public static void collect(DatasetGraph dsg, Node g, Set<Node> into) {
        for (Node p : DESCRIBING) {
            dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> collect(q, into));
        }
    }

    /**
     * Makes the summary of each of {@code candidates} (persons or not) agree with the other graphs.
     * Call inside a write transaction, after the write. Returns the number of persons summarised.
     */
    public static int recompute(DatasetGraph dsg, Collection<Node> candidates) {
        Set<Node> labelled = new HashSet<>(candidates);
        int summarised = 0;
        for (Node p : candidates) {
            List<Quad> old = new ArrayList<>();
            dsg.find(Vocab.PEOPLE_GRAPH, p, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().equals(Vocab.LABEL)) {
                    old.add(q);
                }
            });
            for (Quad q : old) {
                dsg.delete(q);
                if (q.getPredicate().equals(Vocab.AFFILIATION)) {
                    labelled.add(q.getObject());
                }
            }
            if (summarise(dsg, p, labelled)) {
                summarised++;
            }
        }
        // labels: of each person summarised and of each affiliation a summarised person points to, no others
        for (Node x : labelled) {
            dsg.deleteAny(Vocab.PEOPLE_GRAPH, x, Vocab.LABEL, Node.ANY);
            if (dsg.contains(Vocab.PEOPLE_GRAPH, x, Vocab.MENTION_COUNT, Node.ANY)
                    || dsg.find(Vocab.PEOPLE_GRAPH, Node.ANY, Vocab.AFFILIATION, x).hasNext()) {
                for (Node label : unionObjects(dsg, x, Vocab.LABEL)) {
                    dsg.add(Vocab.PEOPLE_GRAPH, x, Vocab.LABEL, label);
                }
            }
        }
        return summarised;
    }

    /**
     * Empties the summary and makes it anew for every resource typed {@code hilf:Person} in any
     * graph: for a store written before the summary existed, and after the gazetteer changed (it
     * gives persons their type, names and the names of their affiliations). Its cost is that of
     * every person's evidence, not of the store. Call inside a write transaction.
     */
    public static int rebuild(DatasetGraph dsg) {
        dsg.deleteAny(Vocab.PEOPLE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Set<Node> persons = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.PERSON).forEachRemaining(q -> {
            if (Vocab.isArticleGraph(q.getGraph()) || q.getGraph().equals(Vocab.GAZETTEER_GRAPH)) {
                persons.add(q.getSubject());
            }
        });
        return recompute(dsg, persons);
    }

    /**
     * Builds the summary of a store that has articles and no summary (written before it existed);
     * returns whether it did. A store whose articles name no person has none, and is looked at
     * again at each open: the rebuild then only reads the persons' types.
     */
    static boolean buildIfMissing(DatasetGraph dsg) {
        boolean missing = Txn.calculateRead(dsg, () -> !dsg.find(Vocab.PEOPLE_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE).hasNext());
        if (missing) {
            Txn.executeWrite(dsg, () -> rebuild(dsg));
        }
        return missing;
    }

    /** Writes p's summary, its labels aside, when p is a person with evidence; collects its affiliations. */
    private static boolean summarise(DatasetGraph dsg, Node p, Set<Node> affiliations) {
        if (!isPerson(dsg, p)) {
            return false;
        }
        long evidence = evidenceCount(dsg, p);
        if (evidence == 0) {
            return false;
        }
        Node g = Vocab.PEOPLE_GRAPH;
        dsg.add(g, p, Vocab.TYPE, Vocab.PERSON);
        dsg.add(g, p, Vocab.MENTION_COUNT, NodeFactory.createLiteralDT(Long.toString(evidence), XSDDatatype.XSDinteger));
        for (Node o : unionObjects(dsg, p, Vocab.TITLE)) {
            dsg.add(g, p, Vocab.TITLE, o);
        }
        for (Node a : unionObjects(dsg, p, Vocab.AFFILIATION)) {
            dsg.add(g, p, Vocab.AFFILIATION, a);
            affiliations.add(a);
        }
        return true;
    }

    private static boolean isPerson(DatasetGraph dsg, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, p, Vocab.TYPE, Vocab.PERSON);
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(Vocab.PEOPLE_GRAPH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of distinct {@code hilf:evidence} objects of p in every graph (the summary has none).
     * In TDB2 they are counted by node id, none read from the node table: every piece of evidence is
     * a node of its own, so reading them (a popular person has thousands in a big store) meant a
     * random read of the node file each, most of an incremental ingest's time at 100,000 articles.
     */
    private static long evidenceCount(DatasetGraph dsg, Node p) {
        if (!TDBInternal.isTDB2(dsg)) {
            return unionObjects(dsg, p, Vocab.EVIDENCE).size();
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        Set<NodeId> distinct = new HashSet<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, p, Vocab.EVIDENCE, Node.ANY);
        while (it.hasNext()) {
            distinct.add(it.next().get(3));
        }
        return distinct.size();
    }

    /** The distinct objects of (s, p) in every named graph but the summary: one range of the subject's index. */
    private static Set<Node> unionObjects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(Vocab.PEOPLE_GRAPH)) {
                out.add(q.getObject());
            }
        });
        return out;
    }
}
