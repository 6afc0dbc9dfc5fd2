package org.hilf.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.hilf.annotate.ar.ArabicNormalizer;
import org.hilf.graph.Vocab;

/**
 * Finds actors by any of their labels (rdfs:label, skos:altLabel), in Arabic or English. Labels
 * and queries are folded by the annotator's own {@link ArabicNormalizer} (hamza seats, ة/ه, ى/ي,
 * no diacritics or tatweel; Latin letters lower-cased), so "الناتو", "النّاتو" and "nato" find
 * NATO as the annotator would.
 *
 * <p>Built on first use from the store as it is then: a served store does not change while it is
 * served (only `hilf ingest` writes, and TDB2 lets one process open a store). Thread-safe.
 */
final class ActorIndex {
    /** A search answer: the actor, what to call it, its kind and the label that matched. */
    record Hit(Node iri, String name, String nameAr, String kind, String matched, int rank) { }

    private record Entry(Node actor, String folded, String label) { }

    private final DatasetGraph dsg;
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private volatile List<Entry> entries;

    ActorIndex(DatasetGraph dsg) { this.dsg = dsg; }

    /** Folds text the way the annotator compares it, with runs of spaces made one. */
    String fold(String s) {
        return normalizer.normalize(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = Txn.calculateRead(dsg, this::build);
                }
                e = entries;
            }
        }
        return e;
    }

    private List<Entry> build() {
        List<Entry> out = new ArrayList<>();
        for (Node actor : Look.subjects(dsg, Vocab.TYPE, Vocab.ACTOR)) {
            for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL)) {
                for (Node l : Look.objects(dsg, actor, p)) {
                    if (l.isLiteral()) {
                        out.add(new Entry(actor, fold(l.getLiteralLexicalForm()), l.getLiteralLexicalForm()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The actors whose labels contain the query, best first: a label equal to the query, then one
     * that starts with it, then one with a word that starts with it, then any that contains it.
     */
    List<Hit> search(String query, int limit) {
        String q = fold(query == null ? "" : query);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<Node, Entry> best = new HashMap<>();
        Map<Node, Integer> rank = new HashMap<>();
        for (Entry e : entries()) {
            int r = rank(e.folded(), q);
            if (r < 4 && r < rank.getOrDefault(e.actor(), 4)) {
                rank.put(e.actor(), r);
                best.put(e.actor(), e);
            }
        }
        return Txn.calculateRead(dsg, () -> {
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<Node, Entry> en : best.entrySet()) {
                Node a = en.getKey();
                hits.add(new Hit(a, Look.name(dsg, a), Look.label(dsg, a, "ar"), Look.kind(dsg, a), en.getValue().label(),
                        rank.get(a)));
            }
            hits.sort(Comparator.comparing(Hit::rank).thenComparing(h -> h.name().length()).thenComparing(Hit::name));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        });
    }

    private static int rank(String label, String q) {
        if (label.equals(q)) {
            return 0;
        }
        if (label.startsWith(q)) {
            return 1;
        }
        int at = label.indexOf(q);
        if (at < 0) {
            return 4;
        }
        // a word of the label starts with the query (also after the article ال)
        return label.contains(" " + q) || label.contains(" ال" + q) || label.startsWith("ال" + q) ? 2 : 3;
    }
}
