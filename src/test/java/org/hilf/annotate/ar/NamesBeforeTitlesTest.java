package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * ArabicNamesBeforeTitles: a word of courtesy (data/lexicon/ar/courtesy_words.txt), a name the gazetteer
 * does not know, then its office: the name is a new person of that office's state. Sentences written
 * for these tests.
 */
class NamesBeforeTitlesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    private static List<String> people(AnnotatedArticle d) {
        return d.get(Keys.ACTORS).stream().filter(a -> a.entityId().startsWith("person/"))
                .map(a -> a.surface() + "=" + a.affiliationId()).toList();
    }

    @Test
    void aNewNameBetweenCourtesyAndTitleIsThatOfficesHolder() {
        AnnotatedArticle d = annotate("عنوان\nوفي وقت لاحق، اجتمع معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء "
                + "وزير الخارجية مع معالي جينبيك كولوباييف وزير خارجية قرغيزستان، حيث جرى استعراض العلاقات الثنائية.", DAY);
        assertTrue(people(d).contains("جينبيك كولوباييف=state/KG"), people(d).toString());
        assertEquals(List.of("Meeting"), d.get(Keys.EVENTS).stream().map(e -> e.type()).toList());
        assertTrue(d.get(Keys.EVENTS).get(0).participants().contains("state/KG"), d.get(Keys.EVENTS).toString());
    }

    @Test
    void anHonorificMayStandBetween() {
        AnnotatedArticle d = annotate("عنوان\nواستقبل وزير الدولة للشؤون الخارجية سعادة الدكتور جينبيك كولوباييف وزير خارجية قرغيزستان.", DAY);
        assertTrue(people(d).contains("جينبيك كولوباييف=state/KG"), people(d).toString());
    }

    @Test
    void aTitleRightAfterTheCourtesyWordIsReadAsUsual() {
        AnnotatedArticle d = annotate("عنوان\nاستقبل معالي وزير خارجية قرغيزستان وفدا من رجال الأعمال.", DAY);
        assertTrue(d.get(Keys.ACTORS).stream().noneMatch(a -> a.entityId().startsWith("person/ar-")), people(d).toString());
    }

    @Test
    void aKnownHoldersOfficeMakesNoSecondPerson() {
        // the gazetteer knows Saudi Arabia's foreign minister: the name is a spelling of his, not someone new
        AnnotatedArticle d = annotate("عنوان\nاجتمع الوزير مع سمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية السعودي.", DAY);
        assertTrue(d.get(Keys.ACTORS).stream().map(ActorMention::entityId).noneMatch(id -> id.startsWith("person/ar-")), people(d).toString());
    }
}
