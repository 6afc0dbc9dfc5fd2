package org.hilf.annotate;

import java.util.List;

import org.hilf.annotate.ar.ArabicActorRecognizer;
import org.hilf.annotate.ar.ArabicAnchorFinder;
import org.hilf.annotate.ar.ArabicDateRecognizer;
import org.hilf.annotate.ar.ArabicEventExtractor;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.annotate.ar.ArabicStatementExtractor;
import org.hilf.annotate.ar.ArabicTitleAnaphora;

/** The standard annotation chain: content → sentences → anchor → dates → actors → title anaphora → ties → events → statements. */
public final class Annotators {
    private Annotators() { }

    public static AnnotationPipeline standard(Gazetteer gazetteer) {
        ArabicResources ar = new ArabicResources(gazetteer);
        return new AnnotationPipeline(List.of(
                new ContentZoner(ar.normalizer),
                new SentenceSplitter(),
                new ArabicAnchorFinder(ar),
                new ArabicDateRecognizer(ar),
                new ArabicActorRecognizer(ar),
                new ArabicTitleAnaphora(ar),
                new TieRecognizer(gazetteer),
                new ArabicEventExtractor(ar),
                new ArabicStatementExtractor(ar)));
    }
}
