package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.StatementMention;
import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests, in the styles of wire reports and Egyptian and Levantine outlets. */
class ArabicActorRecognizerTest {
    static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    /** The article annotated by the standard pipeline, built on first use (other test classes share it). */
    static AnnotatedArticle annotate(String text, LocalDate published) {
        if (pipeline == null) {
            pipeline = Annotators.standard(Gazetteer.load());
        }
        Article a = new Article("k", "t.txt", "t.txt", text, null, published,
                published == null ? null : Article.DateBasis.MANIFEST, "ar", null, "text/plain");
        return pipeline.annotate(a);
    }

    /** The events of {@code type} in the article annotated as {@link #annotate} does. */
    static List<EventMention> events(String text, LocalDate published, String type) {
        return annotate(text, published).get(Keys.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The one event of {@code type} in the article annotated as {@link #annotate} does (it fails when there are more or none). */
    static EventMention theOnly(String text, LocalDate published, String type) {
        List<EventMention> e = events(text, published, type);
        assertEquals(1, e.size(), e.toString());
        return e.get(0);
    }

    static List<String> ids(AnnotatedArticle doc, ActorMention.Role role) {
        return doc.get(Keys.ACTORS).stream().filter(m -> m.role() == role).map(ActorMention::entityId).toList();
    }

    @Test
    void cliticsOnStateNames() {
        AnnotatedArticle d = annotate("أكدت واشنطن ولندن دعمهما لليابان وللفلبين.", null);
        assertEquals(List.of("state/US", "state/GB", "state/JP", "state/PH"), ids(d, ActorMention.Role.NAME));
    }

    @Test
    void capitalAsActorAndAsPlace() {
        AnnotatedArticle d = annotate("ردت بكين على تصريحات الوزير في طوكيو.", null);
        assertEquals(List.of("state/CN"), ids(d, ActorMention.Role.NAME));
        assertEquals(List.of("place/capital-JP"), ids(d, ActorMention.Role.PLACE));
        // data/lexicon/place_prepositions.tsv: "مطار" before a capital makes it the airport's place
        d = annotate("واستقبلت الرباط الضيف بمطار الرباط-سلا.", null);
        assertEquals(List.of("state/MA"), ids(d, ActorMention.Role.NAME));
        assertEquals(List.of("place/capital-MA"), ids(d, ActorMention.Role.PLACE));
    }

    @Test
    void adjectivesAreAttributesNotActors() {
        AnnotatedArticle d = annotate("تصاعدت الحرب الروسية الأوكرانية.", null);
        assertTrue(ids(d, ActorMention.Role.NAME).isEmpty());
        assertEquals(List.of("state/RU", "state/UA"), ids(d, ActorMention.Role.ATTRIBUTE));
    }

    @Test
    void aNamePartThatIsAlsoAPrepositionStaysAPreposition() {
        // "إمام" of "إمام علي رحمن" folds to "امام", as "أمام" (in front of) does: data/lexicon/stopwords.txt
        AnnotatedArticle d = annotate("وصل الرئيس الطاجيكي إمام علي رحمن إلى القاعة. وقال الرئيس الروسي أمام الصحفيين إن المحادثات بناءة.",
                LocalDate.of(2024, 11, 28));
        assertEquals(1, ids(d, ActorMention.Role.NAME).stream().filter("person/emomali-rahmon"::equals).count(),
                d.get(Keys.ACTORS).toString());
    }

    @Test
    void aTitleNamesTheOfficeHolderOfTheArticlesDate() {
        AnnotatedArticle d2023 = annotate("قال رئيس الوزراء الياباني إن بلاده مستعدة.", LocalDate.of(2023, 7, 1));
        assertTrue(ids(d2023, ActorMention.Role.NAME).contains("person/fumio-kishida"), d2023.get(Keys.ACTORS).toString());
        AnnotatedArticle d2025 = annotate("قال رئيس الوزراء الياباني إن بلاده مستعدة.", LocalDate.of(2025, 4, 8));
        assertTrue(ids(d2025, ActorMention.Role.NAME).contains("person/shigeru-ishiba"), d2025.get(Keys.ACTORS).toString());
    }

    @Test
    void aFormerOrLateHoldersTitleIsNotTodaysHolder() {
        // deputy_words.txt: "السابق"، "الراحل" after the title; title_words.txt lets the title reach the name
        AnnotatedArticle d = annotate("والتقى الرئيس السنغالي السابق ماكي صال. وزار طهران والتقى الرئيس الإيراني الراحل إبراهيم رئيسي.",
                LocalDate.of(2025, 1, 20));
        List<String> named = ids(d, ActorMention.Role.NAME);
        assertTrue(named.contains("person/macky-sall") && named.contains("person/ebrahim-raisi"), d.get(Keys.ACTORS).toString());
        assertTrue(!named.contains("person/bassirou-diomaye-faye") && !named.contains("person/masoud-pezeshkian"), d.get(Keys.ACTORS).toString());
    }

    @Test
    void aCommonGivenNameIsNoShortFormOfTheFullNameBeforeIt() {
        // given_names.txt: "محمد" of "محمد بن زايد" is not him when "محمد سالم" speaks later
        AnnotatedArticle d = annotate("استقبل الشيخ محمد بن زايد آل نهيان الوفد. وقال المستشار محمد سالم إن اللقاء كان مثمرا.",
                LocalDate.of(2024, 5, 2));
        assertEquals(1, ids(d, ActorMention.Role.NAME).stream().filter("person/mohamed-bin-zayed"::equals).count(),
                d.get(Keys.ACTORS).toString());
    }

    @Test
    void aShaddaTellsAmmanFromOman() {
        // "عمّان" folds to "عمان" (Oman's name); the shadda the text wrote makes it Jordan's capital
        AnnotatedArticle d = annotate("وصل الوفد إلى عمّان قادما من مسقط. وأكدت عمان دعمها للحوار.", LocalDate.of(2025, 5, 20));
        assertTrue(d.get(Keys.ACTORS).stream().anyMatch(a -> a.surface().equals("عمّان") && a.entityId().endsWith("JO")),
                d.get(Keys.ACTORS).toString());
        assertTrue(d.get(Keys.ACTORS).stream().anyMatch(a -> a.surface().equals("عمان") && a.entityId().equals("state/OM")),
                d.get(Keys.ACTORS).toString());
    }

    @Test
    void spellingVariantsOfOnePerson() {
        AnnotatedArticle d = annotate("التقى ينس ستولتنبرج بالرئيس. ثم قال ينس ستولتنبرغ إن الحلف قوي.", null);
        assertEquals(2, ids(d, ActorMention.Role.NAME).stream().filter("person/jens-stoltenberg"::equals).count());
    }

    @Test
    void aSpellingNoListHasIsFoundByItsSkeletonWithLowerConfidence() {
        // "مارك روتّه" with a long vowel and doubled letter no alias lists; "ينس ستولتنبيرق" with ق for /g/
        AnnotatedArticle d = annotate("قال ماارك رووتيه إن الحلف قوي. وأضاف ينس ستولتنبيرق أن أوروبا آمنة.", null);
        List<ActorMention> people = d.get(Keys.ACTORS).stream().filter(m -> m.entityId().startsWith("person/")).toList();
        assertEquals(List.of("person/mark-rutte", "person/jens-stoltenberg"), people.stream().map(ActorMention::entityId).toList());
        assertTrue(people.stream().allMatch(m -> m.confidence() < 1.0));
    }

    @Test
    void aNewPersonAfterATitleAndLaterBySurname() {
        AnnotatedArticle d = annotate("وكتب الباحث الكوري الشمالي، كيم تونج ميونج، مقالا. وقال كيم إن الحلف يتوسع.", null);
        List<String> names = ids(d, ActorMention.Role.NAME);
        String id = names.stream().filter(x -> x.startsWith("person/ar-")).findFirst().orElseThrow();
        assertEquals(2, names.stream().filter(id::equals).count(), names.toString());
        // a researcher acts in no office of the state his title names (hilf:affiliation): he speaks for no one
        assertEquals(null, d.get(Keys.NEW_ENTITIES).get(id).affiliationId());
    }

    @Test
    void aMinistryByPattern() {
        AnnotatedArticle d = annotate("انتقدت الخارجية الصينية الخطوة.", null);
        assertEquals(List.of("org/foreign-ministry-CN"), ids(d, ActorMention.Role.NAME));
    }

    @Test
    void natoInItsArabicForms() {
        AnnotatedArticle d = annotate("قال حلف شمال الأطلنطي إن الـ\"ناتو\" و«الناتو» واحد.", null);
        assertEquals(List.of("org/nato", "org/nato", "org/nato"), ids(d, ActorMention.Role.NAME));
    }

    @Test
    void boilerplateIsNotText() {
        AnnotatedArticle d = annotate("التقى وزير الخارجية الأمريكي نظيره الياباني في طوكيو أمس.\nأخبار ذات صلة\nأوربان يلتقي بزعيمة حزب ألماني", null);
        assertFalse(d.get(Keys.ACTORS).stream().anyMatch(m -> m.entityId().equals("state/HU") || m.entityId().equals("state/DE")));
    }

    @Test
    void aMeetingWithItsParticipantsAndDate() {
        AnnotatedArticle d = annotate("التقى الأمين العام لحلف الناتو مارك روته رئيس الوزراء الياباني شيغيرو إيشيبا في طوكيو يوم الثلاثاء.",
                LocalDate.of(2025, 4, 10));
        EventMention e = d.get(Keys.EVENTS).stream().filter(x -> x.type().equals("Meeting")).findFirst().orElseThrow();
        assertTrue(e.participants().containsAll(List.of("org/nato", "state/JP", "person/mark-rutte", "person/shigeru-ishiba")),
                e.participants().toString());
        assertEquals(LocalDate.of(2025, 4, 8), e.date().start());
        assertFalse(e.planned());
    }

    static List<StatementMention> statements(String text, LocalDate published) {
        return annotate(text, published).get(Keys.STATEMENTS);
    }

    @Test
    void aQuotationWithItsSpeakerAfterTheVerb() {
        List<StatementMention> st = statements("وقال وزير الخارجية الأمريكي أنتوني بلينكن: «لن نتخلى عن حلفائنا في آسيا».",
                LocalDate.of(2023, 3, 1));
        assertEquals(1, st.size(), st.toString());
        assertEquals(List.of("person/antony-blinken"), st.get(0).speakers());
        assertTrue(st.get(0).onBehalfOf().contains("state/US"));
        assertEquals(List.of("لن نتخلى عن حلفائنا في آسيا"), st.get(0).quotes());
    }

    @Test
    void anInstitutionalSpeakerAndIndirectSpeech() {
        List<StatementMention> st = statements("واعتبرت الخارجية الروسية أن توسع الناتو يهدد أمن أوروبا.", LocalDate.of(2023, 3, 1));
        assertEquals(List.of("org/foreign-ministry-RU"), st.get(0).speakers());
        assertTrue(st.get(0).onBehalfOf().contains("state/RU"));
        assertTrue(st.get(0).about().contains("org/nato"), st.get(0).about().toString());
        assertTrue(st.get(0).quotes().isEmpty());
    }

    @Test
    void aJointStatementAndTheTwoLeadersAfterIt() {
        List<StatementMention> st = statements("وفي بيان مشترك، قال جو بايدن وفوميو كيشيدا إن “التحالف أقوى من أي وقت مضى”. "
                + "وأكد الزعيمان أهمية السلام في مضيق تايوان.", LocalDate.of(2024, 4, 11));
        assertEquals(2, st.size(), st.toString());
        assertEquals(List.of("person/joe-biden", "person/fumio-kishida"), st.get(0).speakers());
        assertEquals(st.get(0).speakers(), st.get(1).speakers());
    }

    @Test
    void aQuotationContinuesThePreviousSpeaker() {
        List<StatementMention> st = statements("قال رئيس الوزراء الياباني فوميو كيشيدا إن بلاده لن تنضم إلى الحلف. "
                + "وأضاف: “علينا أن نعمل مع شركائنا”.", LocalDate.of(2023, 5, 1));
        assertEquals(2, st.size(), st.toString());
        assertEquals(List.of("person/fumio-kishida"), st.get(1).speakers());
    }

    @Test
    void anAgreementBetweenTwoStates() {
        AnnotatedArticle d = annotate("ووقعت اليابان والفلبين اتفاقية للوصول المتبادل في مانيلا يوم الاثنين 8 يوليو 2024.", null);
        EventMention e = d.get(Keys.EVENTS).stream().filter(x -> x.type().equals("Agreement")).findFirst().orElseThrow();
        assertTrue(e.participants().containsAll(List.of("state/JP", "state/PH")));
        assertEquals(LocalDate.of(2024, 7, 8), e.date().start());
    }

    @Test
    void aSummitNamedByPlaceIsDatedByTheReference() {
        AnnotatedArticle d = annotate("وحضر زعماء اليابان وأستراليا قمة حلف شمال الأطلسي في واشنطن.", LocalDate.of(2024, 8, 1));
        EventMention e = d.get(Keys.EVENTS).stream().filter(x -> x.type().equals("Summit")).findFirst().orElseThrow();
        assertEquals("org/nato", e.organizerId());
        assertEquals(2024, e.date().start().getYear());
        assertEquals("reference", e.dateBasis());
        assertTrue(e.participants().containsAll(List.of("state/JP", "state/AU")));
    }

    @Test
    void anArticleWithoutADateIsDatedByItsOwnWords() {
        // weekday and day fix the year: 31 January fell on a Tuesday in 2023 (the article mentions 2023)
        AnnotatedArticle d = annotate("زار الوزير طوكيو من 29 يناير 2023. وصل إلى اليابان أمس الثلاثاء 31 يناير.", null);
        assertEquals(new org.hilf.annotate.Anchor(LocalDate.of(2023, 2, 1), true), d.get(Keys.ANCHOR));
        AnnotatedArticle none = annotate("زار الوزير طوكيو.", null);
        assertEquals(org.hilf.annotate.Anchor.NONE, none.get(Keys.ANCHOR));
        AnnotatedArticle wrongWeekday = annotate("وصل أمس الأحد 31 يناير 2023.", null); // 31 Jan 2023 was a Tuesday
        assertEquals(org.hilf.annotate.Anchor.NONE, wrongWeekday.get(Keys.ANCHOR));
    }

    @Test
    void aPhoneCallIsNotAMeetingAndADeadlineDatesNothing() {
        AnnotatedArticle call = annotate("أجرى الرئيس الأمريكي جو بايدن محادثات هاتفية مع الرئيس الصيني شي جين بينغ أمس.",
                LocalDate.of(2023, 11, 1));
        assertTrue(call.get(Keys.EVENTS).stream().noneMatch(e -> e.type().equals("Meeting")), call.get(Keys.EVENTS).toString());
        // agreeing on an aim is no signed agreement (frames.tsv); whatever the sentence yields, 2030 dates nothing
        AnnotatedArticle deadline = annotate("ووقعت اليابان والفلبين اتفاقا لرفع التبادل التجاري بحلول عام 2030.", LocalDate.of(2024, 5, 1));
        EventMention e = deadline.get(Keys.EVENTS).stream().filter(x -> x.type().equals("Agreement")).findFirst().orElseThrow();
        assertTrue(e.date() == null || e.date().start().getYear() != 2030, e.toString());
        // "حتى عام 2035": the marker's last word is the date's first
        AnnotatedArticle horizon = annotate("ووقعت اليابان والفلبين أمس اتفاقا للتعاون الدفاعي يمتد حتى عام 2035.", LocalDate.of(2024, 5, 1));
        assertTrue(horizon.get(Keys.EVENTS).stream().noneMatch(x -> x.date() != null && x.date().start().getYear() == 2035),
                horizon.get(Keys.EVENTS).toString());
        // "منذ عام 2011" starts a period: the reception is of the visit's day, one event with it
        AnnotatedArticle since = annotate("وصل الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء 5 مارس 2024، إلى الرباط في زيارة هي الأولى له منذ عام 2015، حيث استقبله العاهل المغربي الملك محمد السادس.",
                LocalDate.of(2024, 3, 5));
        assertTrue(since.get(Keys.EVENTS).stream().noneMatch(x -> x.date() != null && x.date().start().getYear() == 2015),
                since.get(Keys.EVENTS).toString());
        // "منذ تأسيسه في سبتمبر الماضي": the start of a period, one word and "في" after "منذ", dates no summit of today
        AnnotatedArticle founded = annotate("واختتمت اليوم في نيامي أول قمة يعقدها تحالف دول الساحل منذ تأسيسه في سبتمبر الماضي.",
                LocalDate.of(2024, 7, 6));
        assertTrue(founded.get(Keys.EVENTS).stream().noneMatch(x -> x.date() != null && x.date().start().getYear() == 2023),
                founded.get(Keys.EVENTS).toString());
    }

    @Test
    void anInvitationIsAPlannedVisitAndARelayedQuoteIsTheSourcesWords() {
        AnnotatedArticle inv = annotate("ودعا رئيس الوزراء الهندي ناريندرا مودي نظيره الياباني لزيارة نيودلهي.", LocalDate.of(2024, 4, 5));
        assertTrue(inv.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit")).allMatch(EventMention::planned));
        List<StatementMention> st = statements("ونقلت وكالة كيودو عن وزير الخارجية الياباني قوله إن \"الحوار مع بكين ضروري\".",
                LocalDate.of(2024, 4, 5));
        assertEquals(1, st.size(), st.toString());
        assertEquals(List.of("person/yoko-kamikawa"), st.get(0).speakers(), "the minister said it, Kyodo passed it on");
    }

    @Test
    void negatedAndPlannedMeetings() {
        AnnotatedArticle neg = annotate("لم يلتق وزير الخارجية الصيني نظيره الياباني.", LocalDate.of(2024, 1, 1));
        assertTrue(neg.get(Keys.EVENTS).isEmpty(), neg.get(Keys.EVENTS).toString());
        // data/lexicon/ar/negative_quantifiers.txt: "أي" after a negation earlier in the clause
        neg = annotate("ولم يعقد وزير الخارجية المصري أي لقاء مع نظيره الإثيوبي خلال القمة.", LocalDate.of(2025, 2, 16));
        assertTrue(neg.get(Keys.EVENTS).stream().noneMatch(e -> e.type().equals("Meeting")), neg.get(Keys.EVENTS).toString());
        AnnotatedArticle any = annotate("وعقد وزير الخارجية المصري لقاء مع نظيره الإثيوبي، ولم يصدر أي بيان.", LocalDate.of(2025, 2, 16));
        assertTrue(any.get(Keys.EVENTS).stream().anyMatch(e -> e.type().equals("Meeting")), any.get(Keys.EVENTS).toString());
        AnnotatedArticle plan = annotate("ومن المقرر أن يلتقي الرئيس الأمريكي جو بايدن رئيس الوزراء الياباني فوميو كيشيدا.",
                LocalDate.of(2024, 4, 1));
        assertTrue(plan.get(Keys.EVENTS).stream().allMatch(EventMention::planned), plan.get(Keys.EVENTS).toString());
    }

    @Test
    void aPrinceIsNoOfficeOfThePersonHeNamesAndAGuestIsNoNewPerson() {
        AnnotatedArticle d = annotate("استقبل الأمير محمد بن سلمان ضيفه.", LocalDate.of(2025, 9, 17));
        assertEquals(List.of("person/mohammed-bin-salman"), ids(d, ActorMention.Role.NAME));
        AnnotatedArticle emir = annotate("استقبل أمير قطر ضيفه.", LocalDate.of(2025, 9, 17));
        assertEquals(List.of("person/tamim-bin-hamad"), ids(emir, ActorMention.Role.NAME), "the emir of that day, not a person named ضيفه");
    }

    @Test
    void xiAloneOnceNamedInFullButNotAThing() {
        AnnotatedArticle d = annotate("استقبل الرئيس الصيني شي جين بينغ ضيفه في بكين. وقال شي إن العلاقات متينة، ولم يتغير شيء في موقف بلاده.",
                LocalDate.of(2024, 5, 2));
        assertEquals(List.of("person/xi-jinping", "person/xi-jinping"), ids(d, ActorMention.Role.NAME).stream()
                .filter(id -> id.startsWith("person/")).toList());
        assertTrue(ids(annotate("وقال شي إن العلاقات متينة.", LocalDate.of(2024, 5, 2)), ActorMention.Role.NAME).isEmpty());
    }

    @Test
    void aBodysHeadNounStandsForTheOrganizationNamedWithIt() {
        // data/lexicon/ar/body_anaphors.txt: "الاتحاد" after "الاتحاد الإفريقي"; not "الاتحاد السوفيتي"
        AnnotatedArticle doc = annotate("اختتمت في أديس أبابا قمة الاتحاد الإفريقي. "
                + "وانتخب القادة رئيسا جديدا لمفوضية الاتحاد. وذكّر الرئيس بتجربة الاتحاد السوفيتي.", LocalDate.of(2025, 2, 16));
        List<ActorMention> au = doc.get(Keys.ACTORS).stream().filter(a -> "org/african-union".equals(a.entityId())).toList();
        assertEquals(2, au.size(), au.toString());
    }

    @Test
    void aRelativePronounAfterTheHeadNounIsNoAdjective() {
        // "دول المنظمة التي احتضنتها أذربيجان": "التي" opens a clause; the noun still stands for the organization
        AnnotatedArticle doc = annotate("قال أردوغان إن دول منظمة الدول التركية مطالبة بتنسيق مواقفها. "
                + "جاء ذلك خلال القمة غير الرسمية لرؤساء دول المنظمة التي احتضنتها أذربيجان.", LocalDate.of(2025, 7, 6));
        assertEquals(2, doc.get(Keys.ACTORS).stream().filter(a -> "org/ots".equals(a.entityId())).count(), doc.get(Keys.ACTORS).toString());
    }

    @Test
    void aPrepositionAndArticleAfterATitleOpenNoName() {
        // "رئيس تركمانستان بالصفة نفسها": the office's holder, no new person called "بالصفة نفسها"
        AnnotatedArticle doc = annotate("وشارك في القمة رئيس الوزراء المجري فيكتور أوربان، إلى جانب رئيس تركمانستان بالصفة نفسها.",
                LocalDate.of(2025, 7, 6));
        assertTrue(doc.get(Keys.ACTORS).stream().noneMatch(a -> a.surface().contains("بالصفة")), doc.get(Keys.ACTORS).toString());
        assertTrue(doc.get(Keys.NEW_ENTITIES).isEmpty(), doc.get(Keys.NEW_ENTITIES).toString());
    }

    @Test
    void aBodysCouncilAndItsShortNameStandForIt() {
        // "المجلس" after "مجلس وزراء خارجية منظمة التعاون الإسلامي" (the noun governs the name); "العام" after it is time
        AnnotatedArticle doc = annotate("اختتمت في إسطنبول أعمال الدورة الحادية والخمسين لمجلس وزراء خارجية منظمة التعاون "
                + "الإسلامي. ومن المقرر أن يستضيف العراق الدورة المقبلة للمجلس العام المقبل.", LocalDate.of(2025, 6, 22));
        assertEquals(2, doc.get(Keys.ACTORS).stream().filter(a -> "org/oic".equals(a.entityId())).count(), doc.get(Keys.ACTORS).toString());
        // "مجلس التعاون" after "مجلس التعاون لدول الخليج العربية": the first two words of its name
        doc = annotate("انطلقت قمة مجلس التعاون لدول الخليج العربية في الكويت. وقال الأمين العام لمجلس التعاون إن القمة ناجحة.",
                LocalDate.of(2024, 12, 1));
        assertEquals(2, doc.get(Keys.ACTORS).stream().filter(a -> "org/gcc".equals(a.entityId())).count(), doc.get(Keys.ACTORS).toString());
    }

    @Test
    void aNationalSecurityCouncilIsNotTheUnitedNationsOne() {
        LocalDate day = LocalDate.of(2024, 5, 20);
        assertFalse(ids(annotate("وعقد مجلس الأمن الروسي اجتماعا برئاسة الرئيس.", day), ActorMention.Role.NAME).contains("org/unsc"));
        assertFalse(ids(annotate("وعقد مجلس الأمن القومي الأرميني اجتماعا مغلقا.", day), ActorMention.Role.NAME).contains("org/unsc"));
        // namesake_words.txt: the CSTO's Collective Security Council is another organization's organ
        assertFalse(ids(annotate("واعتمد القادة بيان مجلس الأمن الجماعي في ختام القمة.", day), ActorMention.Role.NAME).contains("org/unsc"));
        assertTrue(ids(annotate("ودعا مجلس الأمن إلى وقف إطلاق النار.", day), ActorMention.Role.NAME).contains("org/unsc"));
        assertTrue(ids(annotate("وعقد مجلس الأمن الدولي جلسة طارئة.", day), ActorMention.Role.NAME).contains("org/unsc"));
    }

    @Test
    void anHonorificBeforeATitledNameIsThatPersonsNotTheLastHolders() {
        // ArabicTitleAnaphora: "صاحب السمو الأمير X" introduces X; it refers back to no one
        AnnotatedArticle d = annotate("وصل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى الكويت أمس. "
                + "ومثّل المملكة صاحب السمو الأمير فيصل بن فرحان وزير الخارجية.", LocalDate.of(2024, 12, 2));
        List<String> second = d.get(Keys.ACTORS).stream().filter(a -> a.span().start() > d.text().indexOf("ومثّل"))
                .map(ActorMention::entityId).toList();
        assertFalse(second.contains("person/tamim-bin-hamad"), second.toString());
        assertTrue(second.contains("person/faisal-bin-farhan"), second.toString());
    }
}
