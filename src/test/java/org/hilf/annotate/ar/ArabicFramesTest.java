package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/frames.tsv}: sentences written for these tests in the
 * styles of agency wires, each with the events a careful reader finds in it.
 */
class ArabicFramesTest {


    private static List<EventMention> events(String text, LocalDate published, String type) {
        return annotate(text, published).get(Keys.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aSummitChairedAndAttendedAfterItsOrdinalAndOrganization() {
        // "برئاسة" and "وبمشاركة" are prepositions, not a clitic before the title word "رئاسة";
        // the organization follows the ordinal with "ل"
        List<EventMention> s = events("انطلقت أمس في مدينة قازان أعمال القمة السادسة عشرة لمجموعة بريكس برئاسة الرئيس الروسي "
                + "فلاديمير بوتين، وبمشاركة الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.",
                LocalDate.of(2024, 10, 23), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/brics", s.get(0).organizerId());
        assertTrue(s.get(0).participants().containsAll(List.of("person/vladimir-putin", "state/RU", "person/xi-jinping",
                "state/CN", "person/narendra-modi", "state/IN")), s.toString());
    }

    @Test
    void aSummitThatBroughtLeadersTogetherHasThemAsParticipants() {
        // frames.tsv summit-gathered: "قمة ثلاثية جمعت X بنظيريه Y وZ"
        List<EventMention> s = events("عنوان\n\nاستضافت أسمرة أمس قمة ثلاثية جمعت الرئيس الإريتري أسياس أفورقي بنظيريه المصري "
                + "عبدالفتاح السيسي والصومالي حسن شيخ محمود.", LocalDate.of(2024, 10, 11), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("person/isaias-afwerki", "state/ER", "person/abdel-fattah-el-sisi", "state/EG",
                "person/hassan-sheikh-mohamud", "state/SO"), s.get(0).participants());
    }

    @Test
    void aVerbAfterACommaAndItsConjunctionTakesTheSentencesSubjectNotThePhraseBeforeTheComma() {
        // "وتتولى الهند رئاسة مجموعة بريكس …، وستستضيف القمة المقبلة": India hosts, not the group
        List<EventMention> s = events("قمة بريكس\n\nاعتمد قادة مجموعة بريكس في ختام قمتهم في ريو دي جانيرو إعلانا مشتركا.\n\n"
                + "وتتولى الهند رئاسة مجموعة بريكس في عام 2026، وستستضيف القمة المقبلة.", LocalDate.of(2025, 7, 7), "Summit");
        EventMention next = s.stream().filter(EventMention::planned).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertEquals(Set.of("org/brics", "state/IN"), next.participants());
    }

    @Test
    void aBodysNextSessionIsItsPlannedMeeting() {
        // frames.tsv session: "دورته المقبلة", the session word with the body's pronoun
        List<EventMention> m = events("ومن المقرر أن يعقد مجلس وزراء خارجية منظمة التعاون الإسلامي دورته المقبلة في بغداد العام المقبل.",
                LocalDate.of(2025, 6, 22), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().contains("org/oic") && m.get(0).planned(), m.toString());
    }

    @Test
    void aTitleThenTheSameNameIsOneSideNotTheOther() {
        // SlotFiller AFTER2: "الممثلة الخاصة للأمين العام … في ليبيا هانا تيتيه" names Tetteh twice; the object follows
        List<EventMention> m = events("التقت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه، الأحد 9 مارس 2025، "
                + "رئيس المجلس الرئاسي الليبي محمد المنفي في العاصمة طرابلس.", LocalDate.of(2025, 3, 10), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/hanna-tetteh", "org/un", "person/mohamed-al-menfi",
                "state/LY")), m.toString());
    }

    @Test
    void aPortfolioJoinedToAnotherStaysInTheTitle() {
        // title_words.txt: "وشؤون المغتربين" keeps the title, so the subject is near enough to its verb
        List<EventMention> m = events("بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، الأربعاء 14 مايو 2025، "
                + "مع الأمين العام لحلف شمال الأطلسي مارك روته سبل توسيع الشراكة.", LocalDate.of(2025, 5, 14), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/ayman-safadi", "state/JO", "person/mark-rutte", "org/nato")),
                m.toString());
    }

    @Test
    void aPrepositionOfTimeDoesNotIntroduceTheObject() {
        // transparent_words.txt "وقت"، "سابق": "في وقت سابق من اليوم" is a time; "من" introduces it, not the one met
        List<EventMention> m = events("وكان الرئيس الإندونيسي برابوو سوبيانتو قد التقى في وقت سابق من اليوم سمو الشيخ عبدالله بن زايد "
                + "آل نهيان نائب رئيس الوزراء وزير الخارجية.", LocalDate.of(2025, 4, 13), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/prabowo-subianto", "person/abdullah-bin-zayed")), m.toString());
    }

    @Test
    void theHostOfANextSummitIsTheClausesSubject() {
        List<EventMention> s = events("واختتمت أمس قمة مجموعة بريكس في قازان. "
                + "وتتسلم البرازيل رئاسة المجموعة مطلع العام المقبل، على أن تستضيف القمة المقبلة.",
                LocalDate.of(2024, 10, 24), "Summit");
        assertTrue(s.stream().anyMatch(e -> e.planned() && e.participants().contains("state/BR")), s.toString());
    }

    @Test
    void aPlaceAfterAWordOfTimeIsNoSubjectOfTheNextVerb() {
        // prepositions.txt "بعد": "بعد سمرقند" is a preposition's object, so the host of the next summit is India, the subject
        List<EventMention> s = events("واختتمت أمس قمة منظمة شنغهاي للتعاون في سمرقند. "
                + "وتتولى الهند الرئاسة الدورية للمنظمة بعد سمرقند، على أن تستضيف القمة المقبلة العام المقبل.",
                LocalDate.of(2022, 9, 17), "Summit");
        assertTrue(s.stream().anyMatch(e -> e.planned() && e.participants().contains("state/IN")), s.toString());
    }

    @Test
    void aBodysSessionAtSummitLevelIsItsSummitChairedByItsHost() {
        // frames.tsv "level": the council's session "على مستوى القمة" is the Arab League's summit, one event, its chair attending
        List<EventMention> e = annotate("المنامة – اختتمت اليوم في قصر الصخير أعمال الدورة العادية الثالثة والثلاثين لمجلس جامعة الدول "
                + "العربية على مستوى القمة، برئاسة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين.", LocalDate.of(2024, 5, 16)).get(Keys.EVENTS);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Summit", e.get(0).type(), e.toString());
        assertEquals("org/arab-league", e.get(0).organizerId(), e.toString());
        assertTrue(e.get(0).participants().containsAll(List.of("org/arab-league", "person/hamad-bin-isa", "state/BH")), e.toString());
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitIsTheMeetingsNotTheSummitsPlanOrPlace() {
        AnnotatedArticle d = annotate("ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين على هامش القمة الرئيس الطاجيكي إمام علي رحمن "
                + "قبل عودته إلى موسكو.", LocalDate.of(2023, 10, 13));
        List<EventMention> meetings = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(1, meetings.size(), d.get(Keys.EVENTS).toString());
        assertTrue(meetings.get(0).planned());
        assertTrue(meetings.get(0).participants().containsAll(List.of("person/vladimir-putin", "person/emomali-rahmon")),
                meetings.toString());
        // the summit named as the sidelines is neither planned by "من المقرر" nor held where one returns to
        assertTrue(d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit"))
                .noneMatch(e -> e.planned() || "place/capital-RU".equals(e.placeId())), d.get(Keys.EVENTS).toString());
    }

    @Test
    void theOrganizationOfASidelinesSummitIsNoSideOfTheMeeting() {
        List<EventMention> m = events("والتقى الرئيس الأمريكي جو بايدن على هامش قمة الناتو في فيلنيوس الرئيس التركي رجب طيب أردوغان.",
                LocalDate.of(2023, 7, 12), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertFalse(m.get(0).participants().contains("org/nato"), m.toString());
        assertTrue(m.get(0).participants().contains("person/recep-tayyip-erdogan"), m.toString());
    }

    @Test
    void aNameSpelledAsNoListSpellsItStillFollowsItsTitle() {
        AnnotatedArticle d = annotate("وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره القرغيزي صادر جاباروف في مقر الإقامة الرئاسي.",
                LocalDate.of(2023, 10, 12));
        ActorMention japarov = d.get(Keys.ACTORS).stream().filter(a -> a.entityId().equals("person/sadyr-japarov"))
                .findFirst().orElseThrow();
        assertEquals("صادر جاباروف", japarov.surface(), "the preposition after the name is not part of it");
        List<EventMention> m = d.get(Keys.EVENTS);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/vladimir-putin", "person/sadyr-japarov", "state/KG")),
                m.toString());
    }

    @Test
    void aReceptionAcrossAPlaceSetOffByCommasAndALongApposition() {
        // "الأبيض" of "البيت الأبيض" is a title word (of the White House spokesperson) but ends its phrase at the comma
        List<EventMention> v = events("استقبل الرئيس الأمريكي دونالد ترامب، أمس الاثنين في البيت الأبيض، رئيس الوزراء الأسترالي "
                + "أنتوني ألبانيزي.", LocalDate.of(2025, 10, 21), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/donald-trump", "person/anthony-albanese")), v.toString());
        // the state's name inside the guest's title belongs to the guest's phrase
        List<EventMention> r = events("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، "
                + "في قصر اليمامة بالرياض اليوم، دولة رئيس وزراء جمهورية باكستان الإسلامية محمد شهباز شريف.",
                LocalDate.of(2025, 9, 17), "Visit");
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).participants().containsAll(List.of("person/mohammed-bin-salman", "state/SA", "person/shehbaz-sharif",
                "state/PK")), r.toString());
    }

    @Test
    void aNounEndingInTaMarbutaIsNoPossessive() {
        // "زيارة" folds to "زياره": no pronoun, so the visitor is the phrase after it, not the sentence's subject
        List<EventMention> v = events("أدانت كوريا الشمالية زيارة أمين الناتو لكوريا الجنوبية واليابان.", LocalDate.of(2023, 2, 1), "Visit");
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.stream().allMatch(e -> e.participants().contains("person/jens-stoltenberg")
                && !e.participants().contains("state/KP")), v.toString());
    }

    @Test
    void theLeadersWhoSignAreTheOrganizationWhoseSummitItWas() {
        List<EventMention> a = events("انطلقت قمة منظمة شنغهاي للتعاون في تيانجين أمس. ووقع القادة في ختام الأعمال \"إعلان تيانجين\".",
                LocalDate.of(2025, 9, 1), "Agreement");
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("org/sco"), List.copyOf(a.get(0).participants()));
        // no gathering of an organization before: the leaders stand for no one, and no agreement is made
        assertTrue(events("ووقع القادة في ختام الأعمال \"إعلان تيانجين\".", LocalDate.of(2025, 9, 1), "Agreement").isEmpty());
        // "عددا من القادة العرب" describes whom he met; it refers back to no one
        List<EventMention> m = events("انطلقت القمة العربية الصينية في الرياض أمس. وعلى هامش القمة، التقى الرئيس الصيني شي جين بينغ "
                + "عددا من القادة العرب، بينهم الرئيس المصري عبد الفتاح السيسي.", LocalDate.of(2022, 12, 10), "Meeting");
        assertTrue(m.stream().anyMatch(e -> e.participants().contains("person/abdel-fattah-el-sisi")), m.toString());
    }

    @Test
    void whoDidNotMeetOnASessionsSidelinesAreNotItsSides() {
        // "يلتق" (after "لم") is the meet frame's, negated; the session named after "على هامش" is no meeting of theirs
        String session = "اختتم مجلس وزراء منظمة الأمن والتعاون في أوروبا اجتماعه السنوي في فاليتا بمشاركة وزير الخارجية الأمريكي"
                + " أنتوني بلينكن ووزير الخارجية الروسي سيرغي لافروف.\n";
        List<EventMention> m = events("عنوان\n" + session + "ولم يلتق بلينكن ولافروف على هامش الاجتماع.", LocalDate.of(2024, 12, 6), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().contains("org/osce"), m.toString());
        // a meeting told after the sidelines of a summit is still a meeting
        List<EventMention> s = events("عنوان\nانطلقت القمة العربية الصينية في الرياض أمس.\nوعلى هامش القمة التقى الرئيس الصيني شي جين بينغ"
                + " الرئيس المصري عبد الفتاح السيسي.", LocalDate.of(2022, 12, 10), "Meeting");
        assertTrue(s.stream().anyMatch(e -> e.participants().contains("person/abdel-fattah-el-sisi")), s.toString());
    }

    @Test
    void aVerbAfterATitleIsNoNewName() {
        AnnotatedArticle d = annotate("وبوتين ورئيس الوزراء الهندي يعقدان محادثات", LocalDate.of(2025, 9, 1));
        assertTrue(d.get(Keys.ACTORS).stream().noneMatch(a -> a.surface().contains("يعقدان")), d.get(Keys.ACTORS).toString());
    }

    @Test
    void whoChairsASummitAttendsIt() {
        List<EventMention> s = events("ورأس ولي العهد السعودي الأمير محمد بن سلمان اليوم القمة الخليجية الصينية الأولى في الرياض، "
                + "بمشاركة الرئيس الصيني شي جين بينغ.", LocalDate.of(2022, 12, 9), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/mohammed-bin-salman", "state/SA", "person/xi-jinping")),
                s.toString());
    }

    @Test
    void anUndatedSummitOfTheReportsDayIsTheSummitUnderWayAndItsLaterWordsNameItNotTheNextOne() {
        // the reference table's 45th GCC summit, Kuwait, 1 December 2024; "القمة" after "القمة المقبلة"
        // is still the summit just held
        List<EventMention> s = events("أمير الكويت يفتتح القمة الخليجية ويدعو إلى تعزيز التنسيق. "
                + "وقال الأمين العام إن القمة المقبلة ستعقد في المنامة العام القادم. "
                + "وكان وزراء الخارجية قد أعدوا أمس جدول أعمال القمة.", LocalDate.of(2024, 12, 1), "Summit");
        assertEquals(2, s.size(), s.toString());
        EventMention held = s.stream().filter(e -> !e.planned()).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 1), held.date().start(), s.toString());
        assertEquals(2025, s.stream().filter(EventMention::planned).findFirst().orElseThrow().date().start().getYear());
    }

    @Test
    void whomASummitElectsIsNotWhoAttendsIt() {
        List<EventMention> s = events("اختتمت في أديس أبابا أعمال القمة الثامنة والثلاثين للاتحاد الإفريقي. "
                + "وشهدت القمة انتخاب وزير الخارجية الجيبوتي محمود علي يوسف رئيسا لمفوضية الاتحاد.",
                LocalDate.of(2025, 2, 16), "Summit");
        assertFalse(s.stream().anyMatch(e -> e.participants().contains("person/mahmoud-ali-youssouf")), s.toString());
    }

    @Test
    void aSummitOfMembersWithoutItsNameIsTheArticlesOneSummitOfThatYear() {
        List<EventMention> s = events("قمة منظمة شنغهاي للتعاون في تيانجين تبحث توسيع التعاون الأمني. "
                + "وشارك الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي اليوم في قمة تيانجين.",
                LocalDate.of(2025, 9, 1), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/sco", s.get(0).organizerId());
        assertTrue(s.get(0).participants().containsAll(List.of("person/vladimir-putin", "person/narendra-modi")), s.toString());
    }

    @Test
    void aBodysSessionIsItsMeetingAndWhoAttendsItJoinsIt() {
        // the dateline's place is no subject; "الدول الأعضاء في المنظمة" is the body's, not a place
        List<EventMention> m = events("جدة – اعتمد مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي، في ختام "
                + "دورته الاستثنائية التي عقدت أمس، خطة لإعادة الإعمار. "
                + "وشارك في الاجتماع وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية المصري بدر عبد العاطي.",
                LocalDate.of(2025, 3, 8), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("org/oic", "person/abbas-araghchi", "person/badr-abdelatty")),
                m.toString());
        assertEquals(1, events("وعقد المجلس التنفيذي للاتحاد الإفريقي دورته العادية أمس في أديس أبابا.",
                LocalDate.of(2025, 2, 14), "Meeting").size());
    }

    @Test
    void whoWasThereToReceiveTheVisitorIsTheVisitsHost() {
        // receive-welcome: "وكان في استقباله X"، the possessive on the trigger's last word is the visitor
        List<EventMention> v = events("وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد أمس في زيارة رسمية، وكان في استقباله "
                + "رئيس مجلس الوزراء محمد شياع السوداني.", LocalDate.of(2024, 9, 12), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/masoud-pezeshkian", "person/mohammed-shia-al-sudani",
                "state/IR", "state/IQ")), v.toString());
    }

    @Test
    void aMeetingToldAfterQablAnIsOfTheVisitsDayAndPartOfIt() {
        // ArabicModality.narrativeAfterBefore: "قبل أن يلتقي" is no meeting on the article's date
        List<EventMention> e = annotate("أجرى الرئيس التركي رجب طيب أردوغان، أمس الاثنين، زيارة رسمية إلى العراق، قبل أن يلتقي "
                + "رئيس الجمهورية عبد اللطيف جمال رشيد في قصر بغداد.", LocalDate.of(2024, 4, 23)).get(Keys.EVENTS);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Visit", e.get(0).type());
        assertTrue(e.get(0).participants().contains("person/abdul-latif-rashid"), e.toString());
    }

    @Test
    void whoAttendsTheMeetingAttendsTheSummitJustReported() {
        // ArabicSessions.named: "كما حضر الاجتماع X" names the summit, it reports no meeting of its own
        AnnotatedArticle d = annotate("افتتحت في الكويت أمس أعمال القمة الخليجية الخامسة والأربعين برئاسة أمير الكويت. "
                + "كما حضر الاجتماع الأمين العام لمجلس التعاون جاسم محمد البديوي.", LocalDate.of(2024, 12, 2));
        List<EventMention> e = d.get(Keys.EVENTS);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Summit", e.get(0).type());
        assertTrue(e.get(0).participants().containsAll(List.of("org/gcc", "person/jasem-albudaiwi")), e.toString());
    }

    @Test
    void aHabitIsNoEvent() {
        assertTrue(events("واعتاد المجلس التنفيذي للاتحاد الإفريقي عقد دورته العادية في فبراير من كل عام.",
                LocalDate.of(2025, 2, 14), "Meeting").isEmpty());
        assertTrue(events("ودأب وزراء خارجية روسيا والصين على الاجتماع في بكين مطلع كل عام.",
                LocalDate.of(2025, 2, 14), "Meeting").isEmpty());
    }

    @Test
    void whatThePeopleOfAMeetingSaidDuringItIsNoParticipant() {
        String text = "التقى وزير الدفاع الأمريكي لويد أوستن نظيره الكوري الجنوبي لي جونج سوب في سيول أمس. "
                + "وفي الاجتماع، أدان الوزيران بشدة استفزازات كوريا الشمالية، وشددا على أن التحالف بين سيول وواشنطن سيبقى قويا.";
        List<EventMention> e = events(text, LocalDate.of(2023, 2, 1), "Meeting");
        assertEquals(1, e.size(), e.toString());
        assertEquals(Set.of("person/lloyd-austin", "state/US", "person/lee-jong-sup", "state/KR"), e.get(0).participants());
        // the verb's subject still speaks for the meeting it follows: "وخلال اللقاء، أكد الرئيس X …"
        List<EventMention> m = events("وخلال اللقاء، أكد الرئيس الأمريكي جو بايدن ورئيس الوزراء الياباني فوميو كيشيدا التزامهما "
                + "بالتحالف في مواجهة الصين.", LocalDate.of(2023, 2, 1), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/joe-biden", "person/fumio-kishida")), m.toString());
        assertFalse(m.get(0).participants().contains("state/CN"), m.toString());
    }

    @Test
    void theOneWhoHadAlreadyMetIsThePhraseAfterSabaqaLi() {
        // "وسبق لـX أن التقى Y": X had met Y, as "وكان X قد التقى Y"
        EventMention e = ArabicActorRecognizerTest.theOnly("وسبق لوزير الخارجية الأمريكي أنتوني بلينكن أن التقى نظيره الصيني وانغ يي في بكين عام 2023.",
                LocalDate.of(2024, 7, 10), "Meeting");
        assertTrue(e.participants().containsAll(List.of("person/antony-blinken", "person/wang-yi")), e.toString());
    }

    @Test
    void anAdverbOfRecurrenceAfterTheEventWordMakesAHabit() {
        assertTrue(events("وأعلن كيشيدا أن اليابان تفكر في المشاركة في اجتماعات حلف شمال الأطلسي بانتظام.",
                LocalDate.of(2023, 2, 1), "Meeting").isEmpty());
        assertTrue(events("ويجتمع وزراء خارجية مجلس التعاون الخليجي بصورة دورية في الرياض.",
                LocalDate.of(2023, 2, 1), "Meeting").isEmpty());
        // after a comma, the adverb belongs to another clause
        assertEquals(1, events("واجتمع وزراء خارجية مجلس التعاون الخليجي في الرياض أمس، وهو ما يحدث سنويا.",
                LocalDate.of(2023, 2, 1), "Meeting").size());
    }

    @Test
    void aHostBeforeTheReceptionWordReceivesTheOneAfterIt() {
        List<EventMention> v = events("وكان الرئيس الطاجيكي إمام علي رحمن قد استقبل الرئيس الروسي فلاديمير بوتين في قصر الأمة.",
                LocalDate.of(2025, 10, 9), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertEquals("state/TJ", v.get(0).host()); // a visit is to the host state
        assertTrue(v.get(0).participants().contains("person/emomali-rahmon"), v.toString());
        assertEquals("person/vladimir-putin", v.get(0).visitor());
    }

    @Test
    void aRelativeClauseInsideTheListOfAttendeesDoesNotCutIt() {
        List<EventMention> s = events("انطلقت اليوم في مينسك أعمال قمة منظمة معاهدة الأمن الجماعي، بمشاركة الرئيس الروسي "
                + "فلاديمير بوتين والرئيس البيلاروسي ألكسندر لوكاشينكو، الذي تتولى بلاده الرئاسة الدورية للمنظمة، "
                + "والرئيس الكازاخستاني قاسم جومارت توكاييف.", LocalDate.of(2024, 11, 28), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().contains("person/kassym-jomart-tokayev"), s.toString());
    }

    @Test
    void theSessionOfABodyOfHeadsOfStateIsItsSummitAndTheBodysNameAloneIsNoEvent() {
        List<EventMention> s = events("اختتمت اليوم أشغال الدورة العادية الثامنة والثلاثين لمؤتمر رؤساء دول وحكومات الاتحاد "
                + "الإفريقي، بمشاركة الرئيس الجزائري عبد المجيد تبون.", LocalDate.of(2025, 2, 16), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/african-union", s.get(0).organizerId());
        assertTrue(s.get(0).participants().contains("person/abdelmadjid-tebboune"), s.toString());
        assertTrue(events("اختتمت اليوم أشغال الدورة العادية الثامنة والثلاثين لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي.",
                LocalDate.of(2025, 2, 16), "Meeting").isEmpty());
        assertTrue(annotate("واعتبر مجلس رؤساء دول الاتحاد الإفريقي في بيان أن المهلة غير مقبولة.", LocalDate.of(2025, 2, 16))
                .get(Keys.EVENTS).isEmpty());
    }

    @Test
    void leadersAdoptingADeclarationIsTheirBodysAgreement() {
        List<EventMention> a = events("اختتمت أمس في جوهانسبرغ أعمال قمة مجموعة العشرين. "
                + "واعتمد القادة في ختام الأعمال إعلانا مشتركا حول الأمن الغذائي.", LocalDate.of(2025, 11, 24), "Agreement");
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.get(0).participants().contains("org/g20"), a.toString());
    }

    @Test
    void theTwoStatesJustNamedSignAsStates() {
        // data/lexicon/ar/state_duals.txt: "البلدان" are the states of the talks, not the people who held them
        List<EventMention> a = events("واستقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني الرئيس السنغالي ماكي صال في نواكشوط أمس. "
                + "ووقع البلدان اتفاقية لتقاسم إنتاج حقل الغاز المشترك.", LocalDate.of(2023, 2, 10), "Agreement");
        assertEquals(1, a.size(), a.toString());
        assertEquals(java.util.Set.of("state/MR", "state/SN"), a.get(0).participants(), a.toString());
    }

    @Test
    void aSummitBetweenTwoSidesNamesBothByTheirAdjectives() {
        List<EventMention> s = events("ويجري الجانبان ترتيبات لعقد القمة الخليجية الأوروبية الثانية في الرياض العام المقبل.",
                LocalDate.of(2025, 3, 4), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/gcc", "org/eu")), s.toString());
        s = events("واتفق القادة على عقد القمة العربية الصينية الثانية في الصين عام 2026.", LocalDate.of(2022, 12, 10), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/arab-league", "state/CN")), s.toString());
        // the state's adjective before the organization's: "قمة روسية عربية"
        s = events("وتستضيف موسكو العام المقبل أول قمة روسية عربية.", LocalDate.of(2024, 10, 1), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/arab-league", "state/RU")), s.toString());
        // data/lexicon/planned_markers.txt: "من المتوقع" (expected) plans it
        s = events("ومن المتوقع أن تعقد أول قمة أردنية أوروبية في عمان خلال الأشهر المقبلة.", LocalDate.of(2025, 1, 29), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).planned() && s.get(0).participants().containsAll(List.of("org/eu", "state/JO")), s.toString());
        // an adjective that names no side is no partner
        s = events("وانطلقت القمة العربية الطارئة في القاهرة اليوم.", LocalDate.of(2025, 3, 4), "Summit");
        assertEquals(List.of("org/arab-league"), List.copyOf(s.get(0).participants()), s.toString());
    }

    @Test
    void whoRepresentsAStateAtASummitAttendsItAndAnOfficeDescribedBeforeANameStaysInTheList() {
        List<EventMention> s = events("انطلقت القمة العربية في الرياض اليوم، وشارك فيها الرئيس المصري عبد الفتاح السيسي، "
                + "ورئيس المجلس الرئاسي الليبي محمد المنفي، فيما مثل المملكة المغربية رئيس الحكومة عزيز أخنوش.",
                LocalDate.of(2022, 12, 9), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/mohamed-al-menfi", "state/LY", "state/MA",
                "person/aziz-akhannouch")), s.toString());
        // "مثل" as "like" before a single phrase brings no one to the summit
        s = events("انطلقت القمة العربية في الرياض اليوم، وناقشت قضايا مثل الأمن المائي.", LocalDate.of(2022, 12, 9), "Summit");
        assertEquals(List.of("org/arab-league"), List.copyOf(s.get(0).participants()), s.toString());
    }

    @Test
    void anOrdinalSessionOfTheSupremeCouncilIsItsSummitWithWhoOpensItAndTheBodysOfficial() {
        List<EventMention> s = events("الكويت – افتتح أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، اليوم الأحد، أعمال الدورة "
                + "الخامسة والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية، بمشاركة قادة دول المجلس، وبحضور "
                + "الأمين العام لمجلس التعاون جاسم محمد البديوي.", LocalDate.of(2024, 12, 1), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/gcc", s.get(0).organizerId());
        assertTrue(s.get(0).participants().containsAll(List.of("person/mishal-al-ahmad", "state/KW",
                "person/jasem-albudaiwi")), s.toString());
    }

    @Test
    void aSummitNoWordNamesTheOrganizerOfIsTheBodyItsStatesBelongTo() {
        List<EventMention> s = events("وكان القادة قد قرروا، خلال القمة العادية التي احتضنتها أبوجا أمس برئاسة الرئيس النيجيري "
                + "بولا أحمد تينوبو، وبحضور رئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا عمر أليو توراي، تمديد المهلة.",
                LocalDate.of(2024, 12, 16), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/ecowas", s.get(0).organizerId(), s.toString());
    }

    @Test
    void aBodyAdoptingAPlanAloneIsItsAgreement() {
        List<EventMention> a = events("جدة – اعتمد مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي، في ختام دورته "
                + "الاستثنائية أمس، الخطة العربية لإعادة إعمار غزة.", LocalDate.of(2025, 3, 8), "Agreement");
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("org/oic"), List.copyOf(a.get(0).participants()), a.toString());
        // a state's cabinet adopting a plan is no diplomatic agreement
        assertTrue(events("واعتمد مجلس الوزراء السعودي الخطة الوطنية للطاقة.", LocalDate.of(2025, 3, 8), "Agreement").isEmpty());
    }

    @Test
    void theNamedMembersOfADescribedGroupAttendAndTheTwoLeadersJoinTheNextGathering() {
        List<EventMention> m = events("عقد مجلس وزراء خارجية منظمة التعاون الإسلامي دورته الاستثنائية أمس في جدة. "
                + "وشارك في الاجتماع وزراء خارجية ورؤساء وفود الدول الأعضاء، بينهم وزير الخارجية الإيراني عباس عراقجي.",
                LocalDate.of(2025, 3, 8), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("org/oic", "person/abbas-araghchi")), m.toString());
        List<EventMention> s = events("التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره الأذربيجاني إلهام علييف في دوشنبه. "
                + "ومن المقرر أن يشارك الزعيمان غدا في قمة رابطة الدول المستقلة.", LocalDate.of(2025, 10, 9), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/cis", "person/vladimir-putin", "person/ilham-aliyev")), s.toString());
    }

    @Test
    void aClauseOpenedByAnEndsTheTopicOfASource() {
        // "عن" names the source here, and "أن" opens the reported clause: its subject is the meeting's side
        List<EventMention> m = events("ونقلت وكالة يونهاب عن مسؤول أن الرئيس الكوري الجنوبي يون سوك يول قد يلتقي الرئيس الأمريكي "
                + "جو بايدن لفترة وجيزة.", LocalDate.of(2024, 7, 10), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).planned() && m.get(0).participants().containsAll(List.of("person/yoon-suk-yeol", "person/joe-biden")),
                m.toString());
    }

    @Test
    void aLaterReceptionDuringAVisitIsAMeetingOfThatVisit() {
        AnnotatedArticle d = annotate("طهران – استقبل الرئيس الإيراني إبراهيم رئيسي اليوم سلطان عمان هيثم بن طارق في طهران. "
                + "كما استقبل المرشد الأعلى علي خامنئي السلطان هيثم بن طارق، وبحثا العلاقات الثنائية.", LocalDate.of(2023, 5, 29));
        List<EventMention> visits = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit")).toList();
        assertEquals(1, visits.size(), d.get(Keys.EVENTS).toString());
        assertTrue(d.get(Keys.EVENTS).stream().anyMatch(e -> e.type().equals("Meeting")
                && e.participants().containsAll(List.of("person/ali-khamenei", "person/haitham-bin-tariq"))), d.get(Keys.EVENTS).toString());
    }

    @Test
    void aReceptionWithoutCommasBetweenTheTwoTitledPeople() {
        // "وزير" begins with the letter و and is no conjunction; "فيصل" is a name, not "ف" + "يصل"
        List<EventMention> v = events("استقبل وزير الخارجية فيصل بن فرحان وزير الخارجية الصيني وانغ يي في الرياض.",
                LocalDate.of(2023, 4, 19), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Set.of("person/faisal-bin-farhan", "state/SA", "person/wang-yi", "state/CN"), Set.copyOf(v.get(0).participants()));
        assertEquals(List.of(), events("استقبل وزير الخارجية فيصل بن فرحان وزير الخارجية الصيني وانغ يي في الرياض.",
                LocalDate.of(2023, 4, 19), "Meeting"));
    }

    @Test
    void aReceiverOfNoKnownOfficeReceivesInTheCountryOfThePlace() {
        // the gazetteer gives Elkhereiji no office: the reception in Riyadh makes Saudi Arabia the host
        List<EventMention> v = events("الرياض – استقبل نائب وزير الخارجية وليد الخريجي في مقر الوزارة بالرياض اليوم المبعوث الصيني "
                + "تشاي جيون.", LocalDate.of(2024, 2, 19), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Set.of("person/waleed-elkhereiji", "state/SA", "person/zhai-jun", "state/CN"), Set.copyOf(v.get(0).participants()));
    }

    @Test
    void aPlanningPhraseOpeningTheSentenceGovernsItsPresentTenseReports() {
        // "حيث يلتقي" stands far from "من المقرر", and no date after the article's tells
        List<EventMention> m = events("ومن المقرر أن يتوجه الرئيس الصيني شي جين بينغ إلى الرياض على رأس وفد رفيع يضم عددا من "
                + "الوزراء والمسؤولين، حيث يلتقي ولي العهد الأمير محمد بن سلمان.", LocalDate.of(2024, 5, 20), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).planned(), m.toString());
        // without the opening phrase the same report is of today
        assertFalse(events("وتوجه الرئيس الصيني شي جين بينغ إلى الرياض على رأس وفد رفيع يضم عددا من الوزراء والمسؤولين، "
                + "حيث يلتقي ولي العهد الأمير محمد بن سلمان.", LocalDate.of(2024, 5, 20), "Meeting").get(0).planned());
    }

    @Test
    void theSecretaryGeneralSpeakingBeforeHisBodysMeetingIsAtThatMeetingNotAtAnother() {
        AnnotatedArticle d = annotate("جدة – عقد مجلس وزراء خارجية منظمة التعاون الإسلامي اجتماعا استثنائيا أمس بمشاركة وزير الخارجية "
                + "الإيراني عباس عراقجي ووزير الخارجية المصري بدر عبد العاطي. "
                + "وقال الأمين العام للمنظمة حسين إبراهيم طه في كلمته أمام الاجتماع إن الحل يبدأ بوقف الحرب. "
                + "وأكد البيان الختامي رفض الدول الأعضاء أي تهجير للسكان.", LocalDate.of(2025, 3, 8));
        List<EventMention> m = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("org/oic", "person/hissein-brahim-taha", "person/abbas-araghchi")), m.toString());
        // the final communiqué of that meeting is the organization's, though its secretary-general took part
        assertEquals(List.of(List.of("org/oic")), d.get(Keys.STATEMENTS).stream()
                .filter(st -> st.sentence().index() == 2).map(st -> st.speakers()).toList());
    }

    @Test
    void aHeadlinesShortNamesAndItsEncounterAreTheBodys() {
        // EarlyShortForms, HeadlineEvents: the headline names people the body introduces, in the present tense
        AnnotatedArticle d = annotate("ماكرون يستقبل تبون في باريس على هامش منتدى السلام\n\n"
                + "باريس – استقبل الرئيس الفرنسي إيمانويل ماكرون، أمس الاثنين، الرئيس الجزائري عبد المجيد تبون في قصر الإليزيه، "
                + "وبحث الجانبان ملفات الذاكرة والهجرة.", LocalDate.of(2024, 11, 12));
        List<String> headline = d.get(Keys.ACTORS).stream().filter(a -> a.span().end() < 40).map(a -> a.entityId()).toList();
        assertTrue(headline.containsAll(List.of("person/emmanuel-macron", "person/abdelmadjid-tebboune")), headline.toString());
        List<EventMention> e = d.get(Keys.EVENTS).stream().filter(x -> !x.planned()).toList();
        assertEquals(1, e.size(), e.toString());
        assertEquals(1, e.get(0).sentence().index(), "the body's report leads: " + e);
    }

    @Test
    void whoReceivesTheVisitorDuringTheVisitIsInTheVisitAndADatelinesCapitalIsNoVisitor() {
        // frames.tsv receive-him: "استقبله" carries the visitor; the dateline "أنقرة -" opens the sentence, no side
        List<EventMention> v = events("أنقرة - أجرى وزير الخارجية المصري بدر عبد العاطي، الأحد 2 فبراير 2025، زيارة إلى العاصمة "
                + "القطرية الدوحة، استقبله خلالها أمير دولة قطر الشيخ تميم بن حمد آل ثاني.", LocalDate.of(2025, 2, 3), "Visit");
        assertEquals(1, v.size(), v.toString());
        assertEquals(java.util.Set.of("person/badr-abdelatty", "state/EG", "state/QA", "person/tamim-bin-hamad"), v.get(0).participants());
    }

    @Test
    void whoChairsASummitBehindHisHonorificsAttendsIt() {
        // title_words.txt: "حضرة صاحب السمو" stand between "برئاسة" and the name
        List<EventMention> s = events("انطلقت في الكويت اليوم أعمال الدورة الخامسة والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية، "
                + "برئاسة حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت.", LocalDate.of(2024, 12, 1), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/gcc", "state/KW")), s.toString());
        assertTrue(s.get(0).participants().stream().anyMatch(p -> p.startsWith("person/")), s.toString());
    }

    @Test
    void aSummitBetweenTwoSidesNamesThemAndItsLaterMentionIsTheSameSummit() {
        // frames.tsv summit P3=prep(بين); EventMerger: two summits no body held, of the same states, are one
        List<EventMention> s = events("انعقدت في بروكسل أمس أول قمة بين مصر والاتحاد الأوروبي.", LocalDate.of(2025, 10, 23), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("state/EG", "org/eu")), s.toString());
        List<EventMention> two = events("انعقدت في واشنطن أمس قمة بين قادة الولايات المتحدة واليابان وأستراليا. "
                + "وتناولت القمة، بين الرئيس الأمريكي ورئيس الوزراء الياباني، ملفات الأمن البحري.", LocalDate.of(2024, 4, 12), "Summit");
        assertEquals(1, two.size(), two.toString());
    }

    @Test
    void coAttendeesNamedLateInTheClauseAndLeadersInAppositionToTheirStatesAttend() {
        // frames.tsv attend: Y=far(جانب), however far before the next report
        List<EventMention> s = events("شارك الرئيس المصري عبد الفتاح السيسي اليوم في أعمال القمة السادسة عشرة لمجموعة بريكس "
                + "التي تستضيفها مدينة قازان الروسية، وهي أول قمة تحضرها مصر بصفتها عضوا كاملا في المجموعة منذ انضمامها، "
                + "إلى جانب الرئيس الصيني شي جين بينغ.", LocalDate.of(2024, 10, 23), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/brics", "person/xi-jinping", "state/CN")), s.toString());
        // ArabicCoordination.leaderOf: "قادة اليابان فوميو كيشيدا وكوريا الجنوبية يون سوك يول"
        s = events("انطلقت اليوم أعمال قمة الحلف في مدريد، وشارك فيها قادة اليابان فوميو كيشيدا وكوريا الجنوبية يون سوك يول.",
                LocalDate.of(2022, 6, 29), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/fumio-kishida", "state/JP", "person/yoon-suk-yeol", "state/KR")),
                s.toString());
        // a state a preposition governs belongs to a title: the envoy to Yemen is no leader of Yemen
        List<EventMention> v = events("اختتم المبعوث الأممي إلى اليمن هانس غروندبرغ اليوم زيارة إلى مسقط.", LocalDate.of(2025, 3, 5), "Visit");
        assertTrue(v.stream().noneMatch(e -> e.participants().contains("state/YE")), v.toString());
    }

    @Test
    void preparingToHostASummitIsItsHost() {
        // frames.tsv host: the verbal noun "استضافة" ("لاستضافة": planned)
        List<EventMention> s = events("وتستعد البرازيل لاستضافة القمة المقبلة لمجموعة بريكس في 2025.", LocalDate.of(2024, 10, 24), "Summit");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).planned() && s.get(0).participants().containsAll(List.of("org/brics", "state/BR")), s.toString());
    }

    @Test
    void aPrepositionBeforeACommaIntroducesNoPhraseAfterIt() {
        // ArabicChunker.intro: "من المساء،" is the time; the subjects after the comma stand directly after "عقد"
        List<EventMention> s = events("وفي وقت لاحق من المساء، عقد وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي اجتماعا ثنائيا.",
                LocalDate.of(2025, 2, 10), "Meeting");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/badr-abdelatty", "person/ayman-safadi")), s.toString());
    }

    @Test
    void whereHeMetGoesOnWithTheTraveller() {
        // meet-where: "حيث التقى Y" after a journey; the traveller is the subject, Y the other side
        List<EventMention> m = events("وفي اليوم التالي، توجه الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى مقر جامعة الدول العربية، "
                + "حيث التقى الأمين العام أحمد أبو الغيط.", LocalDate.of(2024, 2, 14), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertEquals(Set.of("person/luiz-inacio-lula-da-silva", "state/BR", "person/ahmed-aboul-gheit", "org/arab-league"),
                m.get(0).participants(), m.toString());
    }

    @Test
    void theHighRepresentativesFullTitleStaysWithHerName() {
        // data/lexicon/roles.tsv: the long Arabic title of the EU's High Representative is one title,
        // so the name after it is the phrase "مع" introduces
        List<EventMention> m = events("كما عقد وزير الخارجية السعودي فيصل بن فرحان لقاء مع الممثل الأعلى للشؤون الخارجية والسياسة الأمنية "
                + "جوزيب بوريل، تناول الوضع في لبنان.", LocalDate.of(2024, 10, 15), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().contains("person/josep-borrell"), m.toString());
        List<EventMention> k = events("بحثت الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية كايا كالاس، اليوم، مع الأمين العام "
                + "لمجلس التعاون لدول الخليج العربية جاسم محمد البديوي، مسارات الشراكة.", LocalDate.of(2025, 4, 29), "Meeting");
        assertEquals(1, k.size(), k.toString());
        assertTrue(k.get(0).participants().contains("person/kaja-kallas"), k.toString());
    }
}
