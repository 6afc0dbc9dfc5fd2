package org.hilf.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A fingerprint of a reference graph (ontology, gazetteer) that a re-parse does not change: so
 * that an ingest recognises unchanged reference data without comparing it with the store's copy
 * (an isomorphism test of the 36,000 gazetteer triples against TDB2 took 8 s per ingest). A blank
 * node is written as the digest of its own triples, since a parse labels blank nodes anew.
 *
 * <p>The fingerprints of what the store holds are kept in a file in the store folder, written
 * after the transaction that stored the graphs: a store without the file (older, or a crash in
 * between) is compared the slow way once, and gets it.
 */
final class ReferenceDigest {
    static final String FILE = "reference-digest";

    private ReferenceDigest() { }

    /** The graph's fingerprint: its triples as N-Triples, blank nodes by their content, sorted, hashed. */
    static String of(Graph g) {
        Map<Node, String> blank = new HashMap<>();
        Map<Node, List<String>> outgoing = new HashMap<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) {
                outgoing.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                        .add(term(t.getPredicate(), Map.of()) + " " + term(t.getObject(), Map.of()));
            }
        });
        outgoing.forEach((b, lines) -> {
            lines.sort(null);
            blank.put(b, "_:" + sha(String.join("\n", lines)));
        });
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining((Triple t) -> lines.add(term(t.getSubject(), blank) + " " + term(t.getPredicate(), blank)
                + " " + term(t.getObject(), blank)));
        lines.sort(null);
        return sha(String.join("\n", lines));
    }

    /** The fingerprints the store folder records, by graph IRI. */
    static Properties read(Path storeDir) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(storeDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            p.clear(); // none recorded: the graphs are compared with the store's
        }
        return p;
    }

    static void write(Path storeDir, Properties digests) {
        try (var out = Files.newBufferedWriter(storeDir.resolve(FILE), StandardCharsets.UTF_8)) {
            digests.store(out, "fingerprints of the reference graphs stored; delete to have them compared anew");
        } catch (IOException e) {
            // only a speed-up is lost: the next ingest compares the graphs
            org.slf4j.LoggerFactory.getLogger(ReferenceDigest.class).warn("cannot write {}: {}", storeDir.resolve(FILE), e.toString());
        }
    }

    /** Deletes the fingerprints the store folder records, before the graphs they vouch for change. */
    static void forget(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + storeDir.resolve(FILE) + ": " + e.getMessage()
                    + " (it would vouch for reference graphs that are changing)", e);
        }
    }

    private static String term(Node n, Map<Node, String> blank) {
        return n.isBlank() ? blank.getOrDefault(n, "_:") : NodeFmtLib.strNT(n);
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
