package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** data/lexicon/ar/counterparts.txt and ArabicCounterparts, on literal examples. */
class ArabicCounterpartsTest {
    private static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    private static List<String> names(String text, LocalDate day) {
        AnnotatedArticle d = pipeline.annotate(new Article("t", "t.txt", "t.txt", text, null, day, Article.DateBasis.MANIFEST, "ar", null, "text/plain"));
        return d.get(Keys.ACTORS).stream().filter(ActorMention::isActor).map(ActorMention::entityId).toList();
    }

    @Test
    void theCounterpartHoldsTheSameOfficeInTheNamedState() {
        assertEquals(List.of("person/abbas-araghchi", "person/badr-abdelatty"),
                names("التقى وزير الخارجية الإيراني عباس عراقجي نظيره المصري في القاهرة.", LocalDate.of(2025, 6, 2)));
    }

    @Test
    void withoutAKnownHolderTheCounterpartIsTheState() {
        assertEquals(List.of("person/abbas-araghchi", "state/EG"),
                names("التقى وزير الخارجية الإيراني عباس عراقجي نظيره المصري في القاهرة.", LocalDate.of(1990, 6, 2)).stream()
                        .filter(id -> !id.equals("state/IR")).toList());
    }

    @Test
    void aCounterpartFollowedByANameIsThatPerson() {
        assertEquals(List.of("person/emmanuel-macron", "person/abdelmadjid-tebboune"),
                names("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الجزائري عبد المجيد تبون.", LocalDate.of(2024, 5, 2)));
    }

    @Test
    void aCounterpartAfterTheVerbsPrepositionIsStillTheCounterpart() {
        // "التقى X بنظيره": the preposition stays outside the mention, so the meeting's frame reads it
        assertEquals(List.of("person/ayman-safadi", "person/badr-abdelatty"),
                names("والتقى وزير الخارجية الأردني أيمن الصفدي بنظيره المصري في عمّان.", LocalDate.of(2025, 6, 2)).stream()
                        .filter(id -> id.startsWith("person/")).toList());
    }

    @Test
    void thePremierOfTheStateCouncilIsChinasHeadOfGovernment() {
        // data/lexicon/roles.tsv: "رئيس مجلس الدولة" is a form of prime_minister
        assertEquals(List.of("person/li-qiang"),
                names("وصل رئيس مجلس الدولة الصيني إلى العاصمة.", LocalDate.of(2025, 6, 2)).stream()
                        .filter(id -> id.startsWith("person/")).toList());
    }
}
