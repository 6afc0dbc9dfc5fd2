package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of a title that belongs to the name after it, though words stand between: the
 * post an envoy is sent to ({@code ArabicEnvoyPosts}), and another title of the same person
 * ({@code ArabicTitleAnaphora.holderWithMoreTitles}). Sentences written for these tests in the style of
 * agency wires.
 */
class ArabicTitleHoldersTest {

    private static List<String> people(String text, LocalDate day) {
        return annotate(text, day).get(Keys.ACTORS).stream().map(ActorMention::entityId).filter(id -> id.startsWith("person/")).toList();
    }

    @Test
    void anEnvoyOfAnOfficeSeveralHoldIsTheOneNamedAfterTheTitleOrNoOne() {
        // SharedOffices: the UN's envoys hold their office at once; the title alone names none of them
        List<String> named = people("التقت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه، الأحد، رئيس المجلس "
                + "الرئاسي الليبي محمد المنفي في العاصمة طرابلس.", LocalDate.of(2025, 3, 9));
        assertEquals(List.of("person/hanna-tetteh", "person/mohamed-al-menfi"), named.stream().distinct().toList());
        List<String> alone = people("وأكد المبعوث الأممي أن الحوار هو السبيل الوحيد.", LocalDate.of(2025, 3, 9));
        assertEquals(List.of(), alone);
    }

    @Test
    void aTitleOfManyWordsStillCarriesItsPreposition() {
        // ArabicChunker: the run of title words reaches back to "مع", so the one named is the other side of the talks
        var m = ArabicActorRecognizerTest.events("بحث وزير الخارجية أيمن الصفدي، مع الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية "
                + "والسياسة الأمنية نائبة رئيسة المفوضية الأوروبية كايا كالاس، اليوم الاثنين، جهود تثبيت وقف إطلاق النار.",
                LocalDate.of(2025, 11, 17), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/ayman-safadi", "person/kaja-kallas")), m.toString());
    }

    @Test
    void anEnvoyNamedAfterHisPostIsThatPersonNotTheOfficeHolder() {
        List<String> p = people("التقى رئيس مجلس القيادة الرئاسي رشاد محمد العليمي، اليوم، المبعوث الخاص للأمين العام للأمم "
                + "المتحدة إلى اليمن هانس غروندبرغ، وبحث معه مسار التسوية.", LocalDate.of(2024, 10, 22));
        assertTrue(p.contains("person/hans-grundberg"), p.toString());
        assertFalse(p.contains("person/stephanie-koury"), p.toString());
    }

    @Test
    void anEnvoyWithNoNameAfterHisPostIsNoneOfTheEnvoys() {
        // the office has several holders at once (Gazetteer.holder): naming one of them would be a guess
        List<String> p = people("وصل المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن أمس.", LocalDate.of(2023, 3, 1));
        assertEquals(List.of(), p);
    }

    @Test
    void aCrownPrinceNamedWithHisOtherTitleIsNoOtherCrownPrince() {
        List<String> p = people("ترأس سمو ولي العهد الشيخ صباح خالد الحمد الصباح وفد الكويت إلى القمة.\n\n"
                + "وشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني، وولي العهد رئيس مجلس الوزراء البحريني الأمير سلمان "
                + "بن حمد آل خليفة.", LocalDate.of(2025, 5, 27));
        assertTrue(p.contains("person/salman-bin-hamad"), p.toString());
        assertTrue(p.stream().filter("person/sabah-al-khalid"::equals).count() == 1, p.toString());
    }

    @Test
    void anHonorificPronounMeansWhomTheArticleIntroducedWithThatHonorific() {
        // data/lexicon/ar/title_anaphors.tsv, column introduced_by: "معاليه" is the one introduced as "معالي X",
        // not the minister named last ("سعادة السيد Y وزير خارجية أوكرانيا")
        List<org.hilf.annotate.EventMention> e = annotate("التقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء "
                + "وزير الخارجية، اليوم، مع سعادة السيد أندريه سيبيها وزير خارجية أوكرانيا، على هامش مؤتمر ميونخ للأمن.\n\n"
                + "كما التقى معاليه، على هامش المؤتمر، مع معالي السيدة كايا كالاس الممثلة العليا للاتحاد الأوروبي.",
                LocalDate.of(2025, 2, 15)).get(Keys.EVENTS);
        assertTrue(e.stream().anyMatch(x -> x.participants().containsAll(List.of("person/mohammed-bin-abdulrahman-al-thani",
                "person/kaja-kallas")) && !x.participants().contains("person/andrii-sybiha")), e.toString());
    }

    @Test
    void anHonorificPronounIsNeverTheTitleOfTheNameAfterIt() {
        // title_anaphors.tsv, column pronoun: "معاليه" may mean an envoy, but before "سعادة المبعوث الخاص … X" it is
        // the host the article introduced, and X the guest
        List<org.hilf.annotate.EventMention> e = annotate("التقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء "
                + "وزير الخارجية، اليوم، وزير خارجية الهند.\n\nكما استقبل معاليه سعادة المبعوث الخاص للاتحاد الأوروبي إلى منطقة "
                + "الخليج لويجي دي مايو، وبحث الجانبان التحضيرات للقمة الخليجية الأوروبية.", LocalDate.of(2024, 3, 3)).get(Keys.EVENTS);
        assertTrue(e.stream().anyMatch(x -> x.participants().containsAll(List.of("person/mohammed-bin-abdulrahman-al-thani",
                "person/luigi-di-maio"))), e.toString());
    }

    @Test
    void anAgencysOwnTitleMeansItsOwnStatesHolder() {
        // title_anaphors.tsv, column home: under a Doha dateline "سمو الأمير" is Qatar's emir, though the
        // Kuwaiti emir was named last; without a dateline, the last emir named, as before
        String body = "التقى أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم، أمير الكويت الشيخ مشعل الأحمد الجابر الصباح "
                + "على هامش القمة.\n\nوقال سمو الأمير في كلمته إن \"المنطقة تمر بمرحلة دقيقة\".";
        LocalDate day = LocalDate.of(2024, 12, 1);
        assertEquals("person/tamim-bin-hamad", speaker("الدوحة - قنا\n\n" + body, day));
        assertEquals("person/tamim-bin-hamad", speaker("الدوحة في 1 ديسمبر /قنا/ " + body, day));
        assertEquals("person/mishal-al-ahmad", speaker(body, day));
        // "رئيس الدولة" under an Abu Dhabi dateline is the UAE's, not the guest president named last
        assertEquals("person/mohamed-bin-zayed", speaker("أبوظبي في 13 أبريل / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان "
                + "رئيس الدولة، اليوم، الرئيس الإندونيسي برابوو سوبيانتو.\n\nوأكد صاحب السمو رئيس الدولة أن \"إندونيسيا شريك مهم\".",
                LocalDate.of(2025, 4, 13)));
    }

    @Test
    void hisHighnessAfterTheEmirJustReferredToIsThatEmir() {
        // ArabicTitleAnaphora.referred: a prince named in the list between does not take "سموه"
        String text = "الكويت - كونا\n\nافتتح أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم أعمال القمة الخليجية بمشاركة نائب "
                + "رئيس دولة الإمارات الشيخ منصور بن زايد آل نهيان.\n\nوقال سمو الأمير في كلمته إن المنطقة تمر بمرحلة دقيقة.\n\n"
                + "وأضاف سموه أن الشعب الفلسطيني يحتاج إلى موقف دولي حازم.";
        assertEquals("person/mishal-al-ahmad", speaker(text, LocalDate.of(2024, 12, 1)));
    }

    @Test
    void aTitleIsNotAnotherPersonsNamedAcrossAPreposition() {
        // ArabicTitleAnaphora.holderWithMoreTitles: "سمو الأمير" and "أمير دولة قطر" are two people
        var m = ArabicActorRecognizerTest.events("الكويت - كونا\n\nافتتح أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم أعمال "
                + "القمة الخليجية.\n\nوعلى هامش القمة، عقد سمو الأمير لقاء ثنائيا مع أمير دولة قطر تناول العلاقات بين البلدين.",
                LocalDate.of(2024, 12, 1), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/mishal-al-ahmad", "person/tamim-bin-hamad")), m.toString());
    }

    @Test
    void aPrincesMinistryTitleMeansTheAgencysOwnMinister() {
        // "سمو وزير الخارجية": a bare "وزير الخارجية" names no one when two ministers meet, the prince's honorific does
        List<org.hilf.annotate.EventMention> e = annotate("نيويورك - واس\n\nترأس صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، "
                + "أمس، اجتماعا وزاريا في نيويورك.\n\nوعلى هامش الاجتماع، التقى سمو وزير الخارجية وزيرة الخارجية البريطانية إيفيت كوبر.",
                LocalDate.of(2025, 9, 23)).get(Keys.EVENTS);
        assertTrue(e.stream().anyMatch(x -> x.type().equals("Meeting") && x.participants().containsAll(List.of("person/faisal-bin-farhan",
                "person/yvette-cooper"))), e.toString());
    }

    /** The speaker of the article's last statement. */
    private static String speaker(String text, LocalDate day) {
        var st = annotate(text, day).get(Keys.STATEMENTS);
        return st.isEmpty() ? "none" : String.join("+", st.get(st.size() - 1).speakers());
    }

    @Test
    void anAmbassadorNamedAfterTheCityOrStateOfHisPostIsANewPersonOfHisState() {
        // ArabicEnvoyPosts: "في" opens a post only after an envoy's title; data/lexicon/ar/construct_occupations.txt: "سفير فرنسا"
        for (String guest : List.of("السفير الفرنسي في بيروت هيرفيه ماغرو", "سفير فرنسا لدى لبنان هيرفيه ماغرو")) {
            var acts = annotate("بيروت - استقبل الرئيس اللبناني جوزاف عون صباح اليوم " + guest + "، وتناول البحث الأوضاع في الجنوب.",
                    LocalDate.of(2025, 5, 5)).get(Keys.ACTORS);
            ActorMention envoy = acts.stream().filter(a -> a.surface().equals("هيرفيه ماغرو")).findFirst().orElseThrow(() -> new AssertionError(acts.toString()));
            assertEquals("state/FR", envoy.affiliationId(), guest);
            assertTrue(guest.startsWith(envoy.title() + " "), envoy.title()); // the post is of the title
        }
    }

    @Test
    void anAmbassadorsNameSetOffByCommasAfterHisPostIsANewPersonOfHisState() {
        var acts = annotate("استقبل الرئيس اللبناني جوزاف عون صباح اليوم سفير فرنسا لدى لبنان، هيرفيه ماغرو، وتناول البحث الأوضاع في الجنوب.",
                LocalDate.of(2025, 5, 5)).get(Keys.ACTORS);
        ActorMention envoy = acts.stream().filter(a -> a.surface().equals("هيرفيه ماغرو")).findFirst().orElseThrow(() -> new AssertionError(acts.toString()));
        assertEquals("state/FR", envoy.affiliationId());
        // a comma and a clause after the post: no name, the state stays the guest
        var m = ArabicActorRecognizerTest.events("استقبل الرئيس اللبناني جوزاف عون صباح اليوم سفير فرنسا لدى لبنان، وبحث معه الأوضاع في الجنوب.",
                LocalDate.of(2025, 5, 5), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().contains("state/FR") && m.get(0).participants().stream().noneMatch(x -> x.startsWith("person/ar-")),
                m.toString());
    }

    @Test
    void anAmbassadorsTitleWithNoNameLeavesHisStateASide() {
        // "استقبل … سفير فرنسا": no one named, so the state is the guest, as before construct_occupations.txt
        var m = ArabicActorRecognizerTest.events("استقبل الرئيس اللبناني جوزاف عون صباح اليوم سفير فرنسا، وتناول البحث الأوضاع في الجنوب.",
                LocalDate.of(2025, 5, 5), "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().contains("state/FR"), m.toString());
    }

    @Test
    void aPresidentInACapitalIsNoEnvoyPostedThere() {
        // "في" after an office that is no envoy's: where he is, and the words after it no name
        List<String> p = people("وقال الرئيس الفرنسي في باريس رئيس الوزراء اللبناني نواف سلام إن الدعم سيستمر.", LocalDate.of(2025, 5, 5));
        assertFalse(p.stream().anyMatch(x -> x.startsWith("person/ar-")), p.toString());
    }

    /**
     * roles.tsv: "رئيس مفوضية" is the construct form before the body; a title without a name is the office's holder
     * on the day, and one followed by another person's name (an object after a subject title) is still that holder.
     */
    @Test
    void theCommissionsChairpersonNamedByTitleIsItsHolder() {
        List<String> named = people("التقى رئيس مفوضية الاتحاد الأفريقي اليوم في أديس أبابا وزير الخارجية القطري.", LocalDate.of(2025, 6, 10));
        assertTrue(named.contains("person/mahmoud-ali-youssouf"), named.toString());
        named = people("كما التقى رئيس مفوضية الاتحاد الأفريقي سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية.",
                LocalDate.of(2025, 6, 10));
        assertTrue(named.contains("person/mahmoud-ali-youssouf") && named.contains("person/mohammed-al-khulaifi"), named.toString());
        named = people("التقى نائب رئيس مفوضية الاتحاد الأفريقي اليوم في أديس أبابا وزير الخارجية القطري.", LocalDate.of(2019, 6, 10));
        assertTrue(named.contains("person/thomas-kwesi-quartey"), named.toString());
        // with the holder's name after it, the title is his
        named = people("التقى رئيس مفوضية الاتحاد الأفريقي موسى فكي محمد اليوم في أديس أبابا وزير الخارجية القطري.", LocalDate.of(2024, 6, 10));
        assertEquals("person/moussa-faki-mahamat", named.get(0), named.toString());
    }
}
