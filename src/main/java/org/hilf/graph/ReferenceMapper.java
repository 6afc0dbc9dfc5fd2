package org.hilf.graph;

import java.io.InputStream;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * Emits the reference data: the ontology (from the bundled {@code ontology/hilf.ttl}) into
 * {@link Vocab#ONTOLOGY_GRAPH}, and the gazetteer (actors, names, ties, offices) into
 * {@link Vocab#GAZETTEER_GRAPH}. Ties are stated by {@link MembershipMapper}: directly while they hold, and as
 * dated memberships always.
 */
public final class ReferenceMapper {
    private static final String ONTOLOGY_RESOURCE = "hilf/ontology/hilf.ttl";

    private ReferenceMapper() { }

    /** Parses the ontology into the ontology graph of {@code out}. */
    public static void ontology(StreamRDF out) {
        StreamRDF intoGraph = new StreamRDFWrapper(out) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                out.quad(Quad.create(Vocab.ONTOLOGY_GRAPH, t));
            }
        };
        try (InputStream in = bundled(ONTOLOGY_RESOURCE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.ONTOLOGY).parse(intoGraph);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + ONTOLOGY_RESOURCE, e);
        }
    }

    /**
     * What the bundled ontology and gazetteer graphs are made from, as a text that changes
     * whenever they may: the jar this code runs from (its real path, size and time), which holds
     * the ontology, the gazetteer files and the code that maps them (no date or setting enters
     * them). Null when the classes are not in a jar (a build folder, tests): nothing then tells
     * that they are unchanged. A user's gazetteer folder is not covered: give null with one.
     */
    public static String bundledInputs() {
        try {
            java.security.CodeSource code = ReferenceMapper.class.getProtectionDomain().getCodeSource();
            java.nio.file.Path jar = code == null ? null : java.nio.file.Path.of(code.getLocation().toURI());
            if (jar == null || !java.nio.file.Files.isRegularFile(jar)) {
                return null;
            }
            return "jar " + jar.toRealPath() + " " + java.nio.file.Files.size(jar) + " "
                    + java.nio.file.Files.getLastModifiedTime(jar).toMillis();
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return null; // not known: the graphs are compared as before
        }
    }

    /** A file of the jar's {@code hilf/} resources (ontology, shapes); the caller closes the stream. */
    static InputStream bundled(String resource) {
        InputStream in = ReferenceMapper.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath (rebuild with ./mvnw package)");
        }
        return in;
    }

    /** Emits the gazetteer into the gazetteer graph of {@code out}. */
    public static void gazetteer(Gazetteer g, StreamRDF out) {
        Emitter e = new Emitter(out, Vocab.GAZETTEER_GRAPH);
        for (Entity ent : g.entities()) {
            Node s = Iris.entity(ent.id());
            e.types(s, ent.type());
            e.text(s, Vocab.LABEL, ent.labelAr(), "ar");
            e.text(s, Vocab.LABEL, ent.labelEn(), "en");
            if (ent.isoCode() != null) {
                e.text(s, Vocab.ISO_CODE, ent.isoCode(), null);
            }
            if (ent.wikidata() != null) {
                e.add(s, Vocab.SAME_AS, Vocab.iri(Vocab.WD + ent.wikidata()));
            }
            if (ent.countryId() != null) {
                e.add(s, Vocab.COUNTRY, Iris.entity(ent.countryId()));
            }
        }
        for (Gazetteer.Form f : g.forms()) {
            Entity ent = g.entity(f.entityId()).orElseThrow();
            boolean isLabel = f.text().equals(f.language().equals("ar") ? ent.labelAr() : ent.labelEn());
            if (!isLabel && f.kind() != Gazetteer.FormKind.ADJECTIVE && f.kind() != Gazetteer.FormKind.CAPITAL) {
                e.text(Iris.entity(f.entityId()), Vocab.ALT_LABEL, f.text(), f.language());
            }
        }
        MembershipMapper.emit(g, e);
        Map<String, String> titles = roleTitles();
        for (Entity.Office o : g.offices()) {
            Node person = Iris.entity(o.personId());
            e.add(person, Vocab.AFFILIATION, Iris.entity(o.affiliationId()));
            String org = g.entity(o.affiliationId()).map(Entity::labelEn).orElse(o.affiliationId());
            e.text(person, Vocab.TITLE, titles.getOrDefault(o.role(), o.role()) + ", " + org, "en");
        }
    }

    private static Map<String, String> roleTitles() {
        Map<String, String> m = new java.util.HashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            m.put(r.required("role"), r.required("title_en"));
        }
        return m;
    }
}
