package org.hilf.annotate;

import java.util.List;

import org.hilf.annotate.ar.ArabicActorRecognizer;
import org.hilf.annotate.ar.ArabicAnchorFinder;
import org.hilf.annotate.ar.ArabicCounterparts;
import org.hilf.annotate.ar.ArabicDateRecognizer;
import org.hilf.annotate.ar.ArabicEventExtractor;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.annotate.ar.ArabicStatementExtractor;
import org.hilf.annotate.ar.ArabicTitleAnaphora;
import org.hilf.annotate.en.EnglishActorRecognizer;
import org.hilf.annotate.en.EnglishAnchorFinder;
import org.hilf.annotate.en.EnglishDateRecognizer;
import org.hilf.annotate.en.EnglishDates;
import org.hilf.annotate.en.EnglishEventExtractor;
import org.hilf.annotate.en.EnglishResources;
import org.hilf.annotate.en.EnglishSentenceSplitter;
import org.hilf.annotate.en.EnglishStatementExtractor;

/**
 * The standard annotation chain: content → sentences → anchor → dates → actors → title anaphora (Arabic) → ties → events →
 * statements. Each layer has an Arabic and an English annotator; each reads only articles of its
 * language (the Arabic ones give other articles empty layers, the English ones then fill them for
 * English articles), so one chain reads a folder of both into one graph.
 */
public final class Annotators {
    private Annotators() { }

    public static AnnotationPipeline standard(Gazetteer gazetteer) {
        ArabicResources ar = new ArabicResources(gazetteer);
        EnglishResources en = new EnglishResources(gazetteer);
        EnglishDates enDates = new EnglishDates();
        return new AnnotationPipeline(List.of(
                new ContentZoner(ar.normalizer),
                new SentenceSplitter(),
                new EnglishSentenceSplitter(),
                new ArabicAnchorFinder(ar),
                new EnglishAnchorFinder(enDates),
                new ArabicDateRecognizer(ar),
                new EnglishDateRecognizer(enDates),
                new ArabicActorRecognizer(ar),
                new ArabicTitleAnaphora(ar),
                new ArabicCounterparts(ar),
                new EnglishActorRecognizer(en),
                new TieRecognizer(gazetteer),
                new ArabicEventExtractor(ar),
                new EnglishEventExtractor(en),
                new ArabicStatementExtractor(ar),
                new EnglishStatementExtractor(en)));
    }
}
