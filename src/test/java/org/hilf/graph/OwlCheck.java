package org.hilf.graph;

import java.nio.file.Path;
import java.util.List;

import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.Profiles;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Loads a Turtle file the way Protégé does (the OWL API, here 5.5.1, and its Turtle parser) and
 * collects what Protégé would warn about: triples the parser could not turn into axioms, entities
 * whose kind it had to guess (no declaration), and OWL 2 DL profile violations. HermiT, Protégé's
 * default reasoner, answers consistency and entailment questions. Test code only.
 */
final class OwlCheck {
    /** A loaded ontology and the loader's and profile checker's complaints, as readable lines. */
    record Loaded(OWLOntology ontology, List<String> unparsed, List<String> guessed, List<String> violations) {
        /** Everything Protégé would show as an error or warning, for an assertion message. */
        String problems() {
            return "unparsed triples: " + unparsed + "\nguessed declarations: " + guessed
                    + "\nOWL 2 DL violations (" + violations.size() + "):\n  " + String.join("\n  ", violations);
        }
    }

    private OwlCheck() { }

    static Loaded load(Path turtle) throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology o = manager.loadOntologyFromOntologyDocument(
                new FileDocumentSource(turtle.toFile(), new TurtleDocumentFormat()));
        OWLOntologyLoaderMetaData meta = manager.getOntologyFormat(o).getOntologyLoaderMetaData()
                .orElseThrow(() -> new AssertionError("the RDF loader left no metadata"));
        List<String> unparsed = meta.getUnparsedTriples().map(Object::toString).sorted().toList();
        List<String> guessed = meta.getGuessedDeclarations().entries().stream()
                .map(e -> e.getKey() + " as " + e.getValue().getSimpleName()).sorted().toList();
        List<String> violations = Profiles.OWL2_DL.checkOntology(o).getViolations().stream()
                .map(Object::toString).sorted().toList();
        return new Loaded(o, unparsed, guessed, violations);
    }

    /** Runs HermiT; the reasoner is disposed before returning. */
    static boolean consistent(OWLOntology o) {
        OWLReasoner r = new ReasonerFactory().createReasoner(o);
        try {
            return r.isConsistent();
        } finally {
            r.dispose();
        }
    }

    /** The axioms HermiT does not entail (empty when it entails all); the ontology must be consistent. */
    static List<OWLAxiom> notEntailed(OWLOntology o, List<? extends OWLAxiom> axioms) {
        OWLReasoner r = new ReasonerFactory().createReasoner(o);
        try {
            return axioms.stream().filter(a -> !r.isEntailed(a)).map(a -> (OWLAxiom) a).toList();
        } finally {
            r.dispose();
        }
    }
}
