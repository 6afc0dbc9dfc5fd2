package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * data/lexicon/speech.tsv (its according row), data/lexicon/ar/documents.tsv and the Arabic
 * statement extractor's choice of speaker, on literal examples written for this test.
 */
class ArabicSpeechTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 20);
    private static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    /** Each statement as "speaker+speaker for body+body". */
    private static List<String> st(String text) {
        return st(text, DAY);
    }

    private static List<String> st(String text, LocalDate day) {
        AnnotatedArticle d = pipeline.annotate(new Article("t", "t.txt", "t.txt", text, null, day, Article.DateBasis.MANIFEST, "ar", null, "text/plain"));
        return d.get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    @Test
    void theHolderNamedAfterATitleSpeaksNotTheBodyInTheTitle() {
        assertEquals(List.of("person/dmitry-peskov for state/RU"), st("وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو تحترم القرار."));
        assertEquals(List.of("person/abdoulaye-diop for state/ML"), st("وقال وزير الخارجية المالي عبد الله ديوب إن قرار الانسحاب نهائي."));
    }

    @Test
    void theTwoMinistersAreThePeopleOfTheMeetingJustReportedNotALaterOne() {
        List<String> got = st("والتقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الياباني يوشيماسا هاياشي في طوكيو أمس. "
                + "وفي الاجتماع، أدان الوزيران بشدة الاستفزازات المتواصلة لكوريا الشمالية. "
                + "وفي وقت لاحق، التقى بلينكن الرئيس الكوري الجنوبي يون سوك يول في سيول.");
        assertEquals(List.of("person/antony-blinken+person/yoshimasa-hayashi for state/US+state/JP"), got);
    }

    @Test
    void renewingPledgingPraisingAndAdmittingAreSpeech() {
        assertEquals(List.of("person/emmanuel-macron for state/FR"), st("وجدد الرئيس الفرنسي إيمانويل ماكرون التأكيد على أن باريس تدعم الحل السياسي."));
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وأقر الرئيس الروسي فلاديمير بوتين بأن العقوبات أثرت على الاقتصاد."));
        assertEquals(List.of("person/joe-biden for state/US"),
                st("وتعهد الرئيس الأمريكي جو بايدن بأن تواصل بلاده دعم أوكرانيا.", LocalDate.of(2023, 5, 1)));
    }

    @Test
    void aStateBeforeAnotherClauseIsStillTheSpeaker() {
        assertEquals(List.of("state/KP for state/KP"), st("أدانت كوريا الشمالية زيارة الرئيس الأمريكي جو بايدن إلى سيول، وقالت إنها استفزاز."));
    }

    @Test
    void aStatementIssuedByABodySpeaksForItsState() {
        assertEquals(List.of("org/foreign-ministry-AZ for state/AZ"), st("وأفاد بيان صادر عن الخارجية الأذربيجانية بأن الوزيرين اتفقا على مواصلة المفاوضات."));
        assertEquals(List.of("org/foreign-ministry-MA for state/MA"), st("ووفقا لبيان لوزارة الخارجية المغربية، بحث الوزيران سبل التعاون."));
    }

    @Test
    void aPresidencyWithoutItsStateIsThatOfThePresidentTheReportCentresOn() {
        // data/lexicon/ar/home_bodies.tsv, ArabicHomeBodies
        String visit = "استقبل الرئيس عبد الفتاح السيسي في القاهرة أمس رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس. "
                + "وأكد الرئيس السيسي خلال اللقاء أهمية التعاون في شرق المتوسط. ";
        LocalDate day = LocalDate.of(2024, 3, 18);
        List<String> got = st(visit + "وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن المباحثات تناولت ملف الطاقة.", day);
        assertEquals("state/EG for state/EG", got.get(got.size() - 1));
        got = st(visit + "وأوضح بيان لرئاسة الجمهورية أن المباحثات تناولت ملف الطاقة.", day);
        assertEquals("state/EG for state/EG", got.get(got.size() - 1));
        // no president the report centres on: no speaker for the presidency
        assertEquals(List.of(), st("وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن المباحثات تناولت ملف الطاقة.", day));
    }

    @Test
    void aForeignMinistryWithoutItsStateIsThatOfTheForeignMinisterTheReportCentresOn() {
        // data/lexicon/ar/home_bodies.tsv, ArabicHomeBodies: the minister's state, which is the dateline's
        LocalDate day = LocalDate.of(2024, 10, 20);
        String reception = "الكويت - 20 - 10 (كونا) -- استقبل وزير الخارجية عبدالله اليحيا اليوم المبعوث الأممي الخاص إلى اليمن "
                + "هانس غروندبرغ.\n\nوأكد الوزير اليحيا دعم الكويت الكامل للجهود الأممية.\n\n";
        List<String> got = st(reception + "وقالت وزارة الخارجية في بيان إن اللقاء تناول مستجدات الأوضاع في اليمن.", day);
        assertEquals("state/KW for state/KW", got.get(got.size() - 1));
        // written from Muscat, naming Oman's minister once and Iran's twice: Oman's ministry
        got = st("مسقط - 12 - 4 (العمانية) -- استضاف وزير الخارجية بدر البوسعيدي محادثات حضرها وزير الخارجية الإيراني عباس عراقجي.\n\n"
                + "وقال عراقجي إن المحادثات بناءة.\n\nوذكرت وزارة الخارجية في بيان أن المحادثات جرت في أجواء ودية.", LocalDate.of(2025, 4, 12));
        assertEquals("state/OM for state/OM", got.get(got.size() - 1));
        // written from Muscat about Iran's minister only: the ministry may be Oman's, so no one
        got = st("مسقط - 12 - 4 (العمانية) -- قال وزير الخارجية الإيراني عباس عراقجي إن المحادثات بناءة.\n\n"
                + "وأضاف عراقجي أن الجولة المقبلة ستعقد قريبا.\n\nوذكرت وزارة الخارجية في بيان أن المحادثات جرت في أجواء ودية.", LocalDate.of(2025, 4, 12));
        assertEquals(List.of("person/abbas-araghchi for state/IR"), got);
    }

    @Test
    void aJointStatementSpeaksForEachIssuerItNames() {
        // JointIssuers; issuer_gap_words.txt: "صدر"، "قادة"
        String head = "محادثات الدوحة\n\n";
        assertEquals(List.of("state/US+state/QA+state/EG for state/US+state/QA+state/EG"),
                st(head + "وقال بيان مشترك صدر عن قادة الولايات المتحدة وقطر ومصر إن المقترح الجديد يستند إلى نقاط الاتفاق."));
        assertEquals(List.of("state/US+state/UA for state/US+state/UA"),
                st(head + "وقال بيان أمريكي أوكراني مشترك صدر في ختام المحادثات إن الجانبين صاغا إطارا محدثا للسلام."));
        // a statement issued by two is theirs, though it does not say "مشترك"; what it speaks about is not its issuer
        assertEquals(List.of("state/US+state/QA for state/US+state/QA"),
                st(head + "وقال بيان صادر عن الولايات المتحدة وقطر إن المحادثات ستستأنف الأسبوع المقبل."));
        assertEquals(List.of("state/US for state/US"),
                st(head + "وقال بيان صادر عن الولايات المتحدة إن قطر ومصر ستواصلان الوساطة."));
    }

    @Test
    void theLeadersOfASummitStateWithoutAReportedClauseOnlyWithAVerbOfStating() {
        // stating_verbs.txt: "شدد" states; "أقر" (adopted) and "تعهد" (pledged) need "أن" with a group subject
        String summit = "قمة أسمرة\n\nاستضافت أسمرة أمس قمة ثلاثية جمعت الرئيس الإريتري أسياس أفورقي بنظيريه المصري "
                + "عبدالفتاح السيسي والصومالي حسن شيخ محمود.\n\n";
        LocalDate day = LocalDate.of(2024, 10, 11);
        assertEquals(List.of("person/isaias-afwerki+person/abdel-fattah-el-sisi+person/hassan-sheikh-mohamud for state/ER+state/EG+state/SO"),
                st(summit + "وشدد القادة الثلاثة على أهمية تنسيق المواقف إزاء القضايا الإقليمية.", day));
        assertEquals(List.of(), st(summit + "وأقر القادة حزمة من الوثائق حول التعاون الأمني.", day));
        assertEquals(List.of(), st(summit + "وتعهد المشاركون بتقديم مليار دولار لإعادة الإعمار.", day));
    }

    @Test
    void aFormerMinisterSpeaksForTheBodyHeServesNow() {
        // offices.tsv: Luigi Di Maio, Italy's foreign minister until 2022, the EU's special envoy for the Gulf since June 2023
        assertEquals(List.of("person/luigi-di-maio for org/eu"), st("وقال المبعوث الخاص للاتحاد الأوروبي إلى منطقة الخليج لويجي دي مايو "
                + "إن الشراكة مع دول المجلس تتعمق.", LocalDate.of(2024, 5, 6)));
    }

    @Test
    void aTitleAloneMeansWhomTheArticleFirstNamedWithItNotTheLastHolderNamed() {
        // ArabicTitleAnaphora: "سمو ولي العهد الشيخ X" introduces whom "سمو ولي العهد" means later
        List<String> got = st("وترأس وفد الكويت إلى الاجتماع سمو ولي العهد الشيخ صباح خالد الحمد الصباح، وشارك فيه ولي عهد "
                + "البحرين الأمير سلمان بن حمد آل خليفة.\n\nوقال سمو ولي العهد في كلمته إن التكامل الاقتصادي أولوية.",
                LocalDate.of(2025, 5, 27));
        assertEquals("person/sabah-al-khalid for state/KW", got.get(got.size() - 1));
    }

    @Test
    void aLongTitleAndAnAsideMayStandBetweenTheVerbAndWhatWasSaid() {
        assertEquals(List.of("person/maria-zakharova for state/RU"), st("وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا "
                + "زاخاروفا، في وقت سابق من اليوم، إن الدورة المقبلة ستعقد في موسكو.", LocalDate.of(2023, 12, 20)));
        // the portfolio of a title ("لشؤون أوروبا والناتو") is not who speaks
        assertEquals(List.of(), st("وقد أوضح مساعد وزير الخارجية الأسبق لشؤون أوروبا والناتو، سام دانيالز، أنه من المعتاد "
                + "أن تتبادل العواصم الرسائل قبل القمة.", LocalDate.of(2023, 12, 20)));
    }

    @Test
    void theBylineOpeningTheBodyIsNoStatement() {
        String body = "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل السياسي.";
        assertEquals(List.of("person/emmanuel-macron for state/FR"),
                st("ماكرون يدعم الحل السياسي\n\nباريس - كتب محمد عبد الحميد:\n\n" + body));
        // a byline on a line of its own, wherever it stands: its writer may share a known name
        assertEquals(List.of("person/emmanuel-macron for state/FR"),
                st("ماكرون يدعم الحل السياسي\n\nكتب - فيصل بن فرحان\n\n" + body));
        assertEquals(List.of("person/emmanuel-macron for state/FR"),
                st("ماكرون يدعم الحل السياسي\n\n" + body + "\n\nكتبت: ماريا زاخاروفا"));
        // a writer's words later in the body are his statement
        assertEquals(List.of("person/emmanuel-macron for state/FR", "person/emmanuel-macron for state/FR"),
                st("ماكرون يدعم الحل السياسي\n\n" + body + "\n\nوكتب ماكرون على منصة إكس:\n\n\"سنواصل دعم الحوار بين الأطراف كافة\"."));
    }

    @Test
    void aSubjectTheRecogniserDidNotReadIsNotThePreviousSpeaker() {
        String first = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو منفتحة على الحوار. ";
        // speech_adjuncts.txt and the previous speaker by honorific: the previous speaker goes on
        for (String next : List.of("وأضاف أيضا أن", "وأضاف معاليه أن", "وأضاف بدوره أن", "وأضاف للصحفيين أن", "وأضاف في كلمته أن",
                "وأضاف الوزير أن", "وأضاف الوزير نفسه أن", "وأضاف أن التعاون الثنائي")) {
            assertEquals(List.of("person/sergey-lavrov for state/RU", "person/sergey-lavrov for state/RU"),
                    st(first + next + " \"الحوار هو السبيل الوحيد\"."), next);
        }
        // one to three words the gazetteer does not know, then what was said: someone else speaks
        for (String next : List.of("وقال نوفاك إن", "وقال ألكسندر نوفاك إن", "وقالت ماريا سيمونوفا بتروفا أن",
                "ويرى العميد المتقاعد خليل الحلو أن", "وقال الوزير نوفاك، في منشور على منصة إكس، إن")) {
            assertEquals(List.of("person/sergey-lavrov for state/RU"), st(first + next + " \"الحوار هو السبيل الوحيد\"."), next);
        }
        // a word of the name the previous speaker was given is still that speaker
        assertEquals(List.of("person/hissein-brahim-taha for org/oic", "person/hissein-brahim-taha for org/oic"),
                st("وقال الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه إن المنظمة تدعم الحوار. "
                        + "وأضاف طه أن المنظمة ستتحرك في المحافل الدولية."));
    }

    @Test
    void aCommentatorAfterTheVerbIsNotThePreviousSpeaker() {
        String first = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو منفتحة على الحوار. ";
        assertEquals(List.of("person/sergey-lavrov for state/RU"),
                st(first + "ويذهب الباحث السوداني في الشؤون الأفريقية، عبد المنعم صالح، إلى أن القمة \"تعكس التقاء مصالح\"."));
        // with a participle of stating, the commentator named after the verb speaks, for no one
        List<String> pointed = st(first + "ويذهب الباحث السوداني في الشؤون الأفريقية، عبد المنعم صالح، إلى أن القمة \"تعكس التقاء مصالح\"، "
                + "مشيرا إلى أن لكل دولة حساباتها.");
        assertEquals(2, pointed.size(), pointed.toString());
        assertEquals("person/sergey-lavrov for state/RU", pointed.get(0));
        assertTrue(pointed.get(1).startsWith("person/ar-") && pointed.get(1).endsWith(" for "), pointed.toString());
        // a participle continuing a sentence whose subject is left unsaid continues the previous speaker
        assertEquals(2, st(first + "وتطرق إلى تقارير وسائل الإعلام، مشيرا إلى أن \"الحوار هو السبيل الوحيد\".").size());
        // the commentator the previous speaker was goes on
        String expert = "ويرى الباحث في العلاقات الدولية كريم الطاهري أن موسكو منفتحة على الحوار. ";
        assertEquals(2, st(expert + "وأضاف الباحث أن \"الحوار هو السبيل الوحيد\".").size());
    }

    @Test
    void anUnnamedSourcesAsideIsNotItsVerb() {
        // "عدم ذكر اسمه": a noun of stating after عدم says what was not done; the source's verb and side stand
        assertEquals(List.of("state/JP for state/JP"),
                st("وقال مسؤول ياباني رفيع، طلب عدم ذكر اسمه، إن طوكيو \"تريد أن تبقى المجموعة إطارا للتعاون العملي\"."));
    }

    @Test
    void aStatementWithoutIssuerHasNoSpeaker() {
        assertEquals(List.of(), st("وأفاد بيان صدر اليوم بأن المحادثات كانت صريحة."));
    }

    @Test
    void accordingToAnOfficeOfABodyIsAccordingToTheBody() {
        // office_heads.txt: the body named after the office, past issuer_gap_words.txt
        assertEquals(List.of("org/presidency-TR for state/TR"),
                st("والتقى أردوغان نظيره الأذربيجاني علييف على هامش القمة، وفق ما أعلنته دائرة الاتصال في الرئاسة التركية."));
        assertEquals(List.of("org/presidency-TR for state/TR"),
                st("والتقى أردوغان نظيره الأذربيجاني علييف في لقاء مغلق، بحسب دائرة الاتصال في الرئاسة التركية."));
        // an office of a person, or of no body named, is no source
        assertEquals(List.of(), st("والتقى أردوغان نظيره الأذربيجاني علييف في لقاء مغلق، بحسب مكتب الرئيس أردوغان."));
        assertEquals(List.of(), st("والتقى أردوغان نظيره الأذربيجاني علييف في لقاء مغلق، بحسب دائرة الهجرة."));
    }

    @Test
    void thankingAndDenouncingAreStatements() {
        assertEquals(List.of("person/jens-stoltenberg for org/nato"),
                st("وشكر ينس ستولتنبرغ اليابان على دعمها لأوكرانيا."));
        assertEquals(List.of("org/foreign-ministry-KP for state/KP"),
                st("ونددت وزارة الخارجية الكورية الشمالية بالمناورات المشتركة."));
    }

    @Test
    void highlightingIsAStatementOfADocumentsIssuer() {
        // "سلط الضوء على": what a body's document stresses, as "أكد" would
        assertEquals(List.of("org/nato for org/nato"),
                st("وسلط المفهوم الاستراتيجي لحلف شمال الأطلسي الضوء على أهمية الحوار مع الشركاء في منطقة المحيطين الهندي والهادئ."));
        assertEquals(List.of("person/jens-stoltenberg for org/nato"),
                st("وسلط ينس ستولتنبرغ الضوء على التهديدات الصينية."));
    }

    @Test
    void theOfficeOfAPersonSpeaksForTheStateOfHisTitle() {
        assertEquals(List.of("state/IQ for state/IQ"),
                st("وأعلن مكتب رئيس الوزراء العراقي أن الجانبين اتفقا على رفع حجم التبادل التجاري."));
    }

    @Test
    void aDocumentBeforeTheVerbContinuesNoEarlierSpeaker() {
        // the declaration, not the president of the sentence before, says what follows it
        List<String> found = st("وقال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة. "
                + "وفي ختام الاجتماع، تبنى القادة إعلانا مشتركا يؤكد \"الالتزام بتعميق التكامل الاقتصادي\" بين الدول الأعضاء.");
        assertEquals(List.of("person/vladimir-putin for state/RU"), found);
    }

    @Test
    void accordingToASourceButNeverToTheMedia() {
        assertEquals(List.of("state/SN for state/SN"), st("وبحسب مصادر دبلوماسية سنغالية، ستتواصل الوساطة خلال الأسابيع المقبلة."));
        assertEquals(List.of("org/foreign-ministry-PK for state/PK"), st("وبحسب ما أعلنته الخارجية الباكستانية، فإن الاجتماع ناقش أمن الحدود."));
        assertEquals(List.of(), st("وبحسب وكالة رويترز، انتهى الاجتماع دون اتفاق."));
        assertEquals(List.of(), st("وبحسب الاتفاق، تنسحب القوات خلال شهر."));
        // a medium as the verb's subject reports; the previous speaker does not say what it reports
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وقال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة. "
                + "وذكرت وكالة ريا نوفوستي أن القادة وقعوا إعلانا مشتركا."));
        assertEquals(List.of(), st("وأفادت وسائل إعلام إيرانية بأن المباحثات تطرقت إلى العلاقات الثنائية."));
        // an agency the gazetteer lacks, and commentators (reporter_nouns.txt): nobody's statement either
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وقال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة. "
                + "وذكرت وكالة الأنباء المحلية أن الوفود غادرت المدينة."));
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وقال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة. "
                + "ويرى محللون أن الخلافات ما زالت قائمة."));
        // a researcher the gazetteer does not know is no continuation of the last speaker: named, he speaks for no one
        List<String> researcher = st("وقال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة. "
                + "ويرى الباحث في الشؤون الدولية سامر خليل أن القمة لم تحسم الخلافات.");
        assertEquals(2, researcher.size(), researcher.toString());
        assertEquals("person/vladimir-putin for state/RU", researcher.get(0));
        assertTrue(researcher.get(1).startsWith("person/ar-") && researcher.get(1).endsWith(" for "), researcher.toString());
    }

    @Test
    void aSourceSetOffByCommasAfterTheVerbTellsWhereTheReportComesFromNotWhoSpoke() {
        assertEquals(List.of("person/vladimir-putin for state/RU"),
                st("وأكد الرئيس الروسي فلاديمير بوتين، بحسب بيان للكرملين، \"استعداد بلاده للحوار مع جميع الأطراف\"."));
        assertEquals(List.of("person/vladimir-putin for state/RU"),
                st("وأكد الرئيس الروسي فلاديمير بوتين، وفق منصة إخبارية محلية، أن الحوار هو السبيل الوحيد."));
    }

    @Test
    void aPluperfectWhoseSubjectIsNoActorHasNoSpeakerAndItsObjectsSayNothing() {
        assertEquals(List.of(), st("وكانت قمة الرياض في 2019 قد أقرت دعوة مصر والأردن إلى الانضمام."));
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وكان الرئيس الروسي فلاديمير بوتين قد أكد أن الحوار ضروري."));
    }

    @Test
    void aHeadlineSumsUpTheBodysStatementsAndMakesNoneOfItsOwn() {
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("بوتين يستقبل ضيفه ويؤكد دعم روسيا للحوار\n\n"
                + "وقال الرئيس الروسي فلاديمير بوتين إن الحوار هو السبيل الوحيد."));
    }

    @Test
    void aParticipleOfSpeechRunsOnIntoWhatWasSaidAnAdjectiveDoesNot() {
        assertEquals(List.of(), st("وفي خطوة لافتة، وقعت مصر والسودان مذكرة تفاهم للربط الكهربائي."));
        assertEquals(List.of("person/vladimir-putin for state/RU"), st("وتحدث الرئيس الروسي فلاديمير بوتين عن الأزمة، لافتا إلى أن الحوار هو الحل."));
    }

    @Test
    void aRelayNamesItsSourceRightAfterAnAndNoActorOfWhatWasSaid() {
        assertEquals(List.of("person/abbas-araghchi for state/IR"),
                st("ونقلت وكالة إرنا عن وزير الخارجية الإيراني عباس عراقجي أن المحادثات كانت بناءة."));
        assertEquals(List.of("state/EG for state/EG"), st("ونقلت وكالة رويترز عن مصدر دبلوماسي مصري أن الوساطة مستمرة."));
        // a source that is no actor: what was said ("باكستان") does not say it, nor the speaker before
        assertEquals(List.of("person/shehbaz-sharif for state/PK"), st("وقال رئيس الوزراء الباكستاني شهباز شريف إن الاتفاق تاريخي. "
                + "ونقلت وكالة الأنباء عن الديوان أن الاتفاقية مع باكستان تتوج شراكة طويلة."));
    }

    @Test
    void aJointStatementSpeaksForTheSidesOfTheTalks() {
        assertEquals(List.of("state/CN+state/VN for state/CN+state/VN"),
                st("والتقى الرئيس الصيني شي جين بينغ في هانوي الرئيس الفيتنامي تو لام. وجاء في بيان مشترك صدر في ختام المحادثات أن الجانبين اتفقا على إدارة الخلافات."));
    }

    @Test
    void aFinalCommuniqueSpeaksForTheOrganization() {
        assertEquals(List.of("org/gcc for org/gcc"),
                st("انطلقت في الكويت أعمال القمة الخليجية الخامسة والأربعين. ودعا البيان الختامي للقمة إلى وقف فوري لإطلاق النار."));
    }

    @Test
    void aFinalCommuniqueSpeaksForTheSummitNotForTheMeetingItCallsFor() {
        // CollectiveSpeakers: the meeting called for in the same sentence is planned, it issued nothing
        assertEquals(List.of("org/igad for org/igad"),
                st("انطلقت في كمبالا أعمال القمة الاستثنائية للهيئة الحكومية الدولية للتنمية (إيغاد). "
                        + "وأكد البيان الختامي للقمة ضرورة الحوار، ودعا إلى اجتماع مباشر بين قائدي الجيش وقوات الدعم السريع."));
    }

    @Test
    void theActorRightAfterADefiniteStatementIsWhatItCallsOn() {
        // "ودعا البيان مجلس الأمن": no genitive after "البيان"; "بيان مجلس الأمن" names its issuer
        assertEquals(List.of(), st("ودعا البيان مجلس الأمن الدولي إلى نشر قوة دولية لحفظ السلام."));
        assertEquals(List.of("org/unsc for org/unsc"), st("ودعا بيان مجلس الأمن الدولي إلى نشر قوة دولية لحفظ السلام."));
    }

    @Test
    void aSpokespersonNamedOnlyByTheBodyOfAStateSpeaksForThatState() {
        // official_nouns.txt "المتحدث" before "باسم": the state of the title's adjective, never the speaker before
        String before = "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الجيبوتي في الرياض. ";
        assertEquals(List.of("person/faisal-bin-farhan for state/SA", "state/ET for state/ET"),
                st(before + "وقال الأمير فيصل بن فرحان إن المملكة تدعم جيبوتي. وقال المتحدث الرسمي باسم وزارة الخارجية الإثيوبية في بيان إن بلاده تتابع باهتمام."));
        assertEquals(List.of("state/FR for state/FR"), st("وقالت المتحدثة باسم الحكومة الفرنسية إن باريس تدعم الاتفاق."));
        // a name after the title: the person speaks; an unknown name: no one rather than the state
        assertEquals(List.of("person/esmaeil-baghaei for state/IR"),
                st("وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن طهران ترحب بالحوار."));
        assertEquals(List.of(), st("وقال المتحدث باسم مجلس الأمن القومي الأمريكي جون سميثسون إن واشنطن تدعم الاتفاق."));
    }

    @Test
    void aCoordinatedVerbKeepsTheSubjectOfItsSentence() {
        assertEquals(List.of("person/ebrahim-raisi for state/IR"),
                st("والتقى الرئيس الإيراني إبراهيم رئيسي، صباح اليوم، رئيس الوزراء النيجري، وأكد خلال اللقاء أن العلاقات متينة."));
    }

    @Test
    void theObjectOfAPrepositionDoesNotSpeak() {
        assertEquals(List.of("person/fumio-kishida+person/jens-stoltenberg for state/JP+org/nato"),
                st("وفي بيان مشترك، قال فوميو كيشيدا وينس ستولتنبرغ إن العالم يمر بمنعطف تاريخي."));
        assertEquals(List.of(), st("وعلى هامش القمة، استقبل بايدن مودي في منزله، حيث بحث الجانبان التعاون الدفاعي."));
    }

    @Test
    void aFinalCommuniqueWithNoGatheringReportedIsNotTheLastSpeakersWord() {
        // the gathering that adopted it is not among the events: no speaker rather than the wrong one
        assertEquals(List.of("person/antonio-guterres for org/un"),
                st("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع الإنساني كارثي. "
                        + "وأكد البيان الختامي رفض أي تهجير للسكان."));
    }

    @Test
    void anUnnamedSourceSpeaksForTheSideNamedWithItOrNotAtAll() {
        assertEquals(List.of("state/KW for state/KW"), st("وصرح مسؤول كويتي رفيع بأن الرئاسة تعتزم الدعوة إلى اجتماع استثنائي."));
        // the place in what it said is not its side; a source of no known side places no statement
        assertEquals(List.of(), st("وأشار دبلوماسي غربي إلى أن بروكسل تأمل في إحراز تقدم ملموس."));
        assertEquals(List.of("person/jasem-albudaiwi for org/gcc"), st("وقال الأمين العام لمجلس التعاون جاسم البديوي إن الاجتماع ناجح. "
                + "وقال مسؤول، طلب عدم نشر اسمه، إن الجانبين اتفقا على تشكيل فرق فنية."));
    }

    @Test
    void aPersonTitledOnceSpeaksForTheTitlesStateLater() {
        // the gazetteer knows the person, not his office on the date: the article's own title says it
        List<String> got = st("وحضر التوقيع وزير الدولة بوزارة الخارجية القطرية محمد بن عبدالعزيز الخليفي. "
                + "وقال الخليفي إن الاتفاق \"يفتح صفحة جديدة بين الطرفين\".", LocalDate.of(2025, 7, 19));
        assertEquals(List.of("person/mohammed-al-khulaifi for state/QA"), got);
    }

    @Test
    void anOfficeOfSomethingAfterTheVerbIsSomeoneElseNotTheLastSpeaker() {
        String first = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحوار. ";
        assertEquals(List.of("person/sergey-lavrov for state/RU"),
                st(first + "وكتب رئيس الحركة فلان الفلاني على منصة إكس أن \"الحوار لم يبدأ بعد في أي مكان\"."));
        // a definite title may be the last speaker again, and is read so
        assertEquals(List.of("person/sergey-lavrov for state/RU", "person/sergey-lavrov for state/RU"),
                st(first + "وأضاف الوزير أن المحادثات ستستمر."));
    }

    @Test
    void aVerbInARelativeClauseIntroducesNoStatement() {
        String first = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحوار. ";
        assertEquals(List.of("person/sergey-lavrov for state/RU"),
                st(first + "وسخر الباحث مما وصفه بـ\"التهديدات الفارغة\" في مقاله."));
    }

    @Test
    void aDateAfterTheArticleBelongsToWhatWasSaidNotToTheSaying() {
        AnnotatedArticle d = pipeline.annotate(new Article("t", "t.txt", "t.txt",
                "ومن المقرر أن تستضيف القاهرة الجولة المقبلة من الحوار العام المقبل، بحسب ما أعلنته الخارجية المصرية. "
                + "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن بلاده ستشارك في الجولة المقبلة العام المقبل.",
                null, DAY, Article.DateBasis.MANIFEST, "ar", null, "text/plain"));
        List<String> dates = d.get(Keys.STATEMENTS).stream()
                .map(s -> s.date() == null ? "none" : s.date().start().toString()).toList();
        assertEquals(List.of("none", "2024-10-19"), dates);
    }

    @Test
    void thePluperfectsSubjectStandsBetweenKanaAndQad() {
        assertEquals(List.of("person/masoud-pezeshkian for state/IR"),
                st("وكان الرئيس الإيراني مسعود بزشكيان قد أكد قبيل مغادرته طهران أن العلاقات مع دول الجوار أولوية.", LocalDate.of(2025, 8, 19)));
    }

    @Test
    void theTopicOfAmmaSpeaksThroughTheVerbWrittenWithFa() {
        // ArabicPluperfect: "أما X فدعا …": X, not the state named after the verb
        assertEquals(List.of("person/volodymyr-zelensky for state/UA"), st("وشارك الرئيس الأوكراني فولوديمير زيلينسكي في القمة. "
                + "أما زيلينسكي فدعا الدول العربية إلى \"النظر بعينين مفتوحتين\" إلى ما يجري في بلاده، متهما روسيا بانتهاك القانون الدولي.",
                LocalDate.of(2023, 5, 19)));
        assertEquals(List.of("person/javier-milei for state/AR"), st("وحضر الرئيس الأرجنتيني خافيير ميلي القمة. "
                + "أما ميلي، الذي طالما انتقد التكتل، فقال إن ميركوسور «لا ينبغي أن يبقى سجنا» لأعضائه.", LocalDate.of(2024, 12, 6)));
    }

    @Test
    void aMeetingThatDrewTheEyesSaidNothing() {
        assertEquals(List.of(), st("وفي لقاء آخر لفت الأنظار، عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ محادثات ثنائية."));
    }

    @Test
    void theLeadersOfASummitJustReportedSpeakAsItsOrganization() {
        List<String> got = st("واستضاف الرئيس الأمريكي جو بايدن قمة الحوار الأمني الرباعي في ويلمينغتون أمس. "
                + "وأعلن القادة أنهم سيطلقون مبادرة مشتركة لخفر السواحل في المنطقة.", LocalDate.of(2024, 9, 22));
        assertEquals(List.of("org/quad for org/quad"), got);
    }

    @Test
    void aJointStatementSpeaksForTheSidesOfTheEncounterItCloses() {
        // ArabicDocuments: the document after the dual subject, the one a verb speaks "فيه", the one "أصدر" issues
        String talks = "التقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في عمان أمس. ";
        LocalDate day = LocalDate.of(2025, 1, 12);
        List<String> joint = st(talks + "وأكد الجانبان في البيان المشترك رفضهما أي تهجير للسكان.", day);
        assertEquals(List.of("state/EG+state/JO for state/EG+state/JO"), joint);
        assertEquals(joint,
                st(talks + "وصدر في ختام اللقاء بيان مشترك أكد فيه الجانبان رفضهما أي تهجير للسكان.", day));
        assertEquals(joint,
                st(talks + "وأصدر الجانبان بيانا مشتركا طالبا فيه بوقف إطلاق النار.", day));
        // "البلدان"، "الدولتان": the two states of the talks just reported
        assertEquals(joint, st(talks + "وأكد البلدان في بيان مشترك رفضهما أي تهجير للسكان.", day));
        assertEquals(joint, st(talks + "وشددت الدولتان في البيان المشترك على رفض أي تهجير للسكان.", day));
        // issuing a warrant or a decree says nothing
        assertTrue(st("أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق المسؤول.", day).isEmpty());
    }

    @Test
    void theOneElectedToABodysOfficeSpeaksForTheBodyBeforeHisTermBegins() {
        // data/lexicon/ar/election_words.txt, ArabicBehalf: his term as chair begins on 2025-03-13
        LocalDate day = LocalDate.of(2025, 2, 15);
        List<String> got = st("انتخب قادة الدول الأعضاء في الاتحاد الأفريقي وزير الخارجية الجيبوتي محمود علي يوسف رئيسا لمفوضية الاتحاد. "
                + "وقال يوسف عقب انتخابه إن مهمته الأولى ستكون إعادة الثقة بين المفوضية والدول الأعضاء.", day);
        assertEquals(List.of("person/mahmoud-ali-youssouf for org/african-union"), got);
        // not elected in the article: the title it gives him
        assertEquals(List.of("person/mahmoud-ali-youssouf for state/DJ"),
                st("وقال وزير الخارجية الجيبوتي محمود علي يوسف إن بلاده تدعم الحل السياسي.", day));
    }

    @Test
    void anUnnamedOfficialOfABodyNamedByItsAdjective() {
        // data/lexicon/ar/unnamed_sides.tsv
        assertEquals(List.of("org/eu for org/eu"), st("وقال مسؤول أوروبي، طلب عدم نشر اسمه، إن التكتلين اتفقا على تكليف فرق فنية."));
        assertEquals(List.of("org/eu for org/eu"), st("وأشار دبلوماسي أوروبي إلى أن بروكسل تأمل في إحراز تقدم."));
        assertEquals(List.of("org/un for org/un"), st("وقال مصدر أممي إن المبعوث سيزور المنطقة الأسبوع المقبل."));
        // side "home": a government source of no named state is the dateline's; without a dateline, no one's
        String said = "وصرح مصدر حكومي بأن العاصمة ستستضيف اجتماعا لوزراء الاقتصاد العرب في الخريف المقبل.";
        assertEquals(List.of("state/IQ for state/IQ"), st("عنوان\n\nبغداد - واع\n\n" + said));
        assertEquals(List.of("state/MA for state/MA"), st("عنوان\n\nالرباط في 5 مايو - " + said));
        assertEquals(List.of(), st("عنوان\n\n" + said));
    }

    @Test
    void aStatementOfAUnitOfABodyIsTheBodys() {
        // data/lexicon/ar/issuer_gap_words.txt
        assertEquals(List.of("org/presidency-TR for state/TR"),
                st("وبحسب بيان لدائرة الاتصال في الرئاسة التركية، تناول اللقاء الحرب في أوكرانيا."));
        assertTrue(st("وبحسب بيان حول روسيا، تناول اللقاء الحرب في أوكرانيا.").isEmpty());
    }

    @Test
    void aVerbAfterASourceThatIsOnlyTheMediaSaysWhoSpoke() {
        String arrived = "وصل الرئيس الإيراني إبراهيم رئيسي إلى نيامي أمس. ";
        assertEquals(List.of("person/ebrahim-raisi for state/IR"),
                st(arrived + "وبحسب ما أوردته وكالة إرنا، أشار رئيسي إلى استعداد إيران لتبادل الخبرات مع النيجر.", LocalDate.of(2023, 7, 12)));
        assertTrue(st(arrived + "وبحسب وكالة إرنا، وصل الوفد إلى نيامي.", LocalDate.of(2023, 7, 12)).isEmpty());
    }

    @Test
    void praisingIsSpeech() {
        // data/lexicon/speech.tsv: ثمن
        assertEquals(List.of("person/mahmoud-abbas for state/PS"),
                st("وثمّن الرئيس الفلسطيني محمود عباس مواقف الصين الداعمة لحقوق الشعب الفلسطيني.", LocalDate.of(2023, 6, 14)));
    }

    @Test
    void theCommissionsChairAloneIsTheOneNamedBefore() {
        // data/lexicon/ar/title_anaphors.tsv: رئيس المفوضية
        List<String> got = st("استقبل رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد وزير الخارجية القطري في أديس أبابا. "
                + "وأشاد رئيس المفوضية بالدور القطري في الوساطة، قائلا إن الدوحة قدمت نموذجا للحلول.", LocalDate.of(2023, 8, 27));
        assertEquals("person/moussa-faki-mahamat for org/african-union", got.get(got.size() - 1));
    }
}
