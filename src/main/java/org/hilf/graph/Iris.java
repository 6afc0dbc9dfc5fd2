package org.hilf.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;

/**
 * Mints the IRIs of resources, deterministically: the same input always gives the same IRI, so
 * the same article ingested twice yields the same triples and one actor is one IRI everywhere.
 */
public final class Iris {
    private Iris() { }

    /** An entity of the gazetteer or the annotator: its id is the path under the id namespace. */
    public static Node entity(String id) {
        Node known = ENTITIES.get(id);
        if (known != null) {
            return known;
        }
        Node made = Vocab.iri(Vocab.ID + id);
        if (ENTITIES.size() < MAX_ENTITIES) {
            ENTITIES.putIfAbsent(id, made);
        }
        return made;
    }

    /**
     * The entities' IRIs made so far, by id: an article names the same few actors over and over,
     * and each IRI made anew was a string to build and, in the mapper's set of quads written, to
     * hash again. Bounded (the gazetteer's entities fit many times over; new people past it are
     * made each time).
     */
    private static final Map<String, Node> ENTITIES = new ConcurrentHashMap<>();
    private static final int MAX_ENTITIES = 50_000;

    public static Node article(String key) { return Vocab.iri(Vocab.ID + "article/" + key); }

    public static Node mention(String articleKey, int start, int end) {
        return Vocab.iri(Vocab.ID + "mention/" + articleKey + "-" + start + "-" + end);
    }

    /** An event: the hash of what identifies it (type, participants, date, or its article and sentence). */
    public static Node event(String identity) { return Vocab.iri(Vocab.ID + "event/" + hash(identity)); }

    static String hash(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 10);
    }

    /** A digest per thread (digest() resets it): looking the algorithm up for every event cost as much as hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
}
