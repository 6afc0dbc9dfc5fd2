package org.hilf.annotate;

import java.util.List;

import org.hilf.annotate.ar.ArabicActorRecognizer;
import org.hilf.annotate.ar.ArabicAnchorFinder;
import org.hilf.annotate.ar.ArabicBodyAnaphora;
import org.hilf.annotate.ar.ArabicCounterparts;
import org.hilf.annotate.ar.ArabicDateRecognizer;
import org.hilf.annotate.ar.ArabicEventExtractor;
import org.hilf.annotate.ar.ArabicInvitations;
import org.hilf.annotate.ar.ArabicHomeBodies;
import org.hilf.annotate.ar.ArabicHomeCountry;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.annotate.ar.ArabicStatementExtractor;
import org.hilf.annotate.ar.ArabicTitleAnaphora;
import org.hilf.annotate.en.EnglishActorRecognizer;
import org.hilf.annotate.en.EnglishAnchorFinder;
import org.hilf.annotate.en.EnglishDateRecognizer;
import org.hilf.annotate.en.EnglishDates;
import org.hilf.annotate.en.EnglishEventExtractor;
import org.hilf.annotate.en.EnglishInvitations;
import org.hilf.annotate.en.EnglishResources;
import org.hilf.annotate.en.EnglishSentenceSplitter;
import org.hilf.annotate.en.EnglishStatementExtractor;

/**
 * The standard annotation chain: content → sentences → anchor → dates → actors → title anaphora (Arabic) → regions → ties → events →
 * statements. Each layer has an Arabic and an English annotator; each reads only articles of its
 * language (the Arabic ones give other articles empty layers, the English ones then fill them for
 * English articles), so one chain reads a folder of both into one graph.
 */
public final class Annotators {
    private Annotators() { }

    /**
     * The chain over this gazetteer. The English annotators share nothing with the Arabic ones but
     * the gazetteer, which is immutable: they are built on a thread of their own meanwhile (each
     * side's indices take about as long as the other's to build; start-up, issue 10). The chain and
     * every annotator in it are the same as when built one after the other.
     */
    public static AnnotationPipeline standard(Gazetteer gazetteer) {
        Background<English> english = Background.start("hilf-pipeline-en", () -> new English(gazetteer));
        ArabicResources ar = new ArabicResources(gazetteer);
        ContentZoner zoner = new ContentZoner(ar.normalizer);
        SentenceSplitter sentences = new SentenceSplitter();
        ArabicAnchorFinder arAnchor = new ArabicAnchorFinder(ar);
        ArabicDateRecognizer arDates = new ArabicDateRecognizer(ar);
        ArabicActorRecognizer arActors = new ArabicActorRecognizer(ar);
        ArabicBodyAnaphora arBodies = new ArabicBodyAnaphora(ar);
        ArabicTitleAnaphora arAnaphora = new ArabicTitleAnaphora(ar);
        ArabicHomeBodies arHomeBodies = new ArabicHomeBodies(ar);
        ArabicHomeCountry arHomeCountry = new ArabicHomeCountry(ar);
        ArabicCounterparts arCounterparts = new ArabicCounterparts(ar);
        RegionGroups regions = new RegionGroups(gazetteer);
        TieRecognizer ties = new TieRecognizer(gazetteer);
        ArabicEventExtractor arEvents = new ArabicEventExtractor(ar);
        ArabicInvitations arInvitations = new ArabicInvitations(ar);
        ArabicStatementExtractor arStatements = new ArabicStatementExtractor(ar);
        English en = english.join();
        return new AnnotationPipeline(List.of(
                zoner,
                sentences,
                en.sentences,
                arAnchor,
                en.anchor,
                arDates,
                en.dates,
                arActors,
                arBodies,
                arAnaphora,
                arCounterparts,
                arHomeBodies,
                arHomeCountry,
                en.actors,
                regions,
                ties,
                arEvents,
                arInvitations,
                en.events,
                en.invitations,
                arStatements,
                en.statements));
    }

    /** The English annotators, built together. */
    private static final class English {
        final EnglishSentenceSplitter sentences = new EnglishSentenceSplitter();
        final EnglishAnchorFinder anchor;
        final EnglishDateRecognizer dates;
        final EnglishActorRecognizer actors;
        final EnglishEventExtractor events;
        final EnglishInvitations invitations;
        final EnglishStatementExtractor statements;

        English(Gazetteer gazetteer) {
            EnglishResources en = new EnglishResources(gazetteer);
            EnglishDates enDates = new EnglishDates();
            anchor = new EnglishAnchorFinder(enDates);
            dates = new EnglishDateRecognizer(enDates);
            actors = new EnglishActorRecognizer(en);
            events = new EnglishEventExtractor(en);
            invitations = new EnglishInvitations(en);
            statements = new EnglishStatementExtractor(en);
        }
    }
}
