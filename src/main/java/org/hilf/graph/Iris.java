package org.hilf.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Node;

/**
 * Mints the IRIs of resources, deterministically: the same input always gives the same IRI, so
 * the same article ingested twice yields the same triples and one actor is one IRI everywhere.
 */
public final class Iris {
    private Iris() { }

    /** An entity of the gazetteer or the annotator: its id is the path under the id namespace. */
    public static Node entity(String id) { return Vocab.iri(Vocab.ID + id); }

    public static Node article(String key) { return Vocab.iri(Vocab.ID + "article/" + key); }

    public static Node mention(String articleKey, int start, int end) {
        return Vocab.iri(Vocab.ID + "mention/" + articleKey + "-" + start + "-" + end);
    }

    /** An event: the hash of what identifies it (type, participants, date, or its article and sentence). */
    public static Node event(String identity) { return Vocab.iri(Vocab.ID + "event/" + hash(identity)); }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
