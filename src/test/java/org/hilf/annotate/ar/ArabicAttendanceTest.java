package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of who attends a summit when the sentence names them in a list the chunker reads
 * across titles and asides ({@code ArabicCoordination.bodyOfTitleAfter}, its asides "بصفته …"), and when
 * the attendance frame's subject is no one named ("قادة الدول الأعضاء") but "إلى جانب" names someone,
 * and of the sides of a meeting named by two offices one after the other.
 * Sentences written for these tests in the styles of agency wires.
 */
class ArabicAttendanceTest {

    private static List<EventMention> summits(String text, LocalDate day) {
        return annotate(text, day).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
    }

    /** The text reports one summit, and these take part in it (others may too). */
    private static void oneSummitWith(String text, LocalDate day, String... ids) {
        List<EventMention> s = summits(text, day);
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of(ids)), s.toString());
    }

    /** The text reports one meeting, and these take part in it (others may too). */
    private static void oneMeetingWith(String text, LocalDate day, String... ids) {
        List<EventMention> m = ArabicActorRecognizerTest.events(text, day, "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of(ids)), m.toString());
    }

    @Test
    void aPlaceBetweenTheSummitAndItsAttendeesDoesNotHideThem() {
        oneSummitWith("انطلقت اليوم أعمال القمة العربية الطارئة في الرياض.\n\nوشارك في القمة العربية الطارئة بالرياض، "
                + "الرئيس عبد الفتاح السيسي، والرئيس السوري بشار الأسد، وعدد من القادة العرب.", LocalDate.of(2023, 11, 11),
                "org/arab-league", "person/abdel-fattah-el-sisi", "state/EG", "person/bashar-al-assad", "state/SY");
    }

    @Test
    void theHeadOfADelegationAStateSentAttends() {
        // "يرأسه"، "ترأسها": the verb of heading with its pronoun, as "برئاسة" already was
        oneSummitWith("انطلقت في أديس أبابا أعمال القمة الثامنة والثلاثين للاتحاد الأفريقي. وشارك المغرب في القمة بوفد يرأسه "
                + "وزير الشؤون الخارجية ناصر بوريطة، ممثلا للملك محمد السادس.", LocalDate.of(2025, 2, 15),
                "org/african-union", "state/MA", "person/nasser-bourita");
        oneSummitWith("اختتمت في نيودلهي أعمال قمة مجموعة العشرين، التي ترأسها رئيس الوزراء الهندي ناريندرا مودي.",
                LocalDate.of(2023, 9, 10), "org/g20", "person/narendra-modi");
    }

    @Test
    void aConjunctionWrittenApartStillJoinsTheList() {
        // web copy often writes "و" apart from the word it joins
        oneSummitWith("انطلقت اليوم أعمال القمة العربية الطارئة في الرياض.\n\nوشارك في القمة الرئيس عبد الفتاح السيسي "
                + "و الرئيس السوري بشار الأسد.", LocalDate.of(2023, 11, 11), "person/abdel-fattah-el-sisi", "person/bashar-al-assad");
    }

    @Test
    void whoAttendsBesideUnnamedLeadersAttendsWithTheBodyOfTheTitleAfterTheName() {
        oneSummitWith("انطلقت اليوم في القاهرة أعمال القمة العربية الأوروبية.\n\nوشارك في القمة قادة ورؤساء وفود "
                + "الدول الأعضاء في المنظمتين، إلى جانب السيدة أورسولا فون دير لاين رئيسة المفوضية الأوروبية، ومعالي السيد أحمد "
                + "أبو الغيط الأمين العام لجامعة الدول العربية.", LocalDate.of(2024, 2, 20),
                "person/ursula-von-der-leyen", "org/european-commission", "person/ahmed-aboul-gheit");
    }

    @Test
    void whoGoesThereToTakePartAttends() {
        // frames.tsv purpose-attend: "يتوجه X إلى القاهرة للمشاركة في القمة"
        oneSummitWith("ويتوجه الرئيس اللبناني جوزاف عون غدا إلى القاهرة للمشاركة في القمة العربية غير العادية.",
                LocalDate.of(2025, 3, 3), "org/arab-league", "person/joseph-aoun", "state/LB");
        List<EventMention> s = summits("وأكد الرئيس اللبناني جوزاف عون أهمية المشاركة في القمة العربية غير العادية.", LocalDate.of(2025, 3, 3));
        assertTrue(s.stream().noneMatch(e -> e.participants().contains("person/joseph-aoun")), s.toString());
    }

    @Test
    void anAsideOnWhatCapacitySomeoneActsInDoesNotEndTheList() {
        oneSummitWith("افتتح الرئيس الموريتاني محمد ولد الشيخ الغزواني، بصفته الرئيس الحالي للاتحاد الإفريقي، "
                + "والرئيس الإيطالي سيرجو ماتاريلا أمس في روما أعمال القمة الإيطالية الإفريقية.", LocalDate.of(2024, 1, 30),
                "person/mohamed-ould-ghazouani", "person/sergio-mattarella");
    }

    @Test
    void aTitleAloneBeforeAnotherOfficeIsItsOwnSideOfTheMeeting() {
        // ArabicTitleAnaphora.anotherOffice: "سمو ولي العهد" stands alone before "رئيس الوزراء الماليزي"
        oneMeetingWith("وترأس وفد الكويت سمو ولي العهد الشيخ صباح خالد الحمد الصباح.\n\nوعلى هامش القمة، التقى "
                + "سمو ولي العهد رئيس الوزراء الماليزي، وبحثا التعاون في مجال الطاقة.", LocalDate.of(2025, 5, 27),
                "person/sabah-al-khalid", "person/anwar-ibrahim");
    }

    private static final String GULF_SUMMIT = "اختتمت القمة الخليجية الخامسة والأربعون أعمالها، الأحد، في قصر بيان بالكويت.\n\n";

    @Test
    void aLeaderNamedTwiceInAListDoesNotEndIt() {
        // ArabicCoordination.joins: "وملك البحرين الملك X" repeats the last actor, not the first
        oneSummitWith(GULF_SUMMIT + "وحضر القمة أمير قطر الشيخ تميم بن حمد آل ثاني، وملك البحرين الملك حمد بن "
                + "عيسى آل خليفة، ورئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان.", LocalDate.of(2024, 12, 1),
                "person/tamim-bin-hamad", "person/hamad-bin-isa", "person/mohamed-bin-zayed", "state/AE");
    }

    @Test
    void theStateOfAnOfficeAfterTheNameDoesNotEndTheList() {
        // ArabicOfficeStates.after: "رئيس مجلس الوزراء في المملكة العربية السعودية، وفخامة الرئيس Y"
        oneSummitWith("انطلقت أمس أعمال القمة العربية الإسلامية الطارئة في الدوحة.\n\nوشارك في القمة صاحب السمو "
                + "الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية، وفخامة الرئيس رجب طيب "
                + "أردوغان رئيس الجمهورية التركية.", LocalDate.of(2025, 9, 16),
                "person/mohammed-bin-salman", "person/recep-tayyip-erdogan", "state/TR");
    }

    @Test
    void theHeadOfAStatesDelegationAttendsWithIt() {
        // ArabicCoordination.headOfDelegation: "ترأس وفد السعودية وزير الخارجية X"، "وفد مصر في القمة الدكتور X"
        oneSummitWith(GULF_SUMMIT + "وحضر القمة أمير قطر الشيخ تميم بن حمد آل ثاني، فيما ترأس وفد السعودية "
                + "وزير الخارجية الأمير فيصل بن فرحان.\n\nوترأس وفد مصر في القمة الدكتور مصطفى مدبولي رئيس مجلس الوزراء.",
                LocalDate.of(2024, 12, 1),
                "state/SA", "person/faisal-bin-farhan", "state/EG", "person/mostafa-madbouly");
    }

    @Test
    void theHeadOfABodysDelegationTakesPartInTheMeeting() {
        // ArabicCoordination.headOfDelegation: "وفد حركة حماس برئاسة X"
        oneMeetingWith("والتقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، "
                + "وفد حركة حماس برئاسة خليل الحية في الدوحة.", LocalDate.of(2024, 8, 20), "org/hamas", "person/khalil-al-hayya");
    }

    @Test
    void whoAttendsOnAStatesBehalfTakesPartAndTheStateIsNoTopic() {
        // frames.tsv attend-for: "حضر عن الكويت X"
        List<EventMention> s = summits("اختتمت في بروكسل أعمال القمة الأولى بين الاتحاد الأوروبي ومجلس التعاون الخليجي.\n\n"
                + "ومثّل السعودية في القمة وزير الخارجية الأمير فيصل بن فرحان، فيما حضر عن الكويت ولي العهد الشيخ صباح خالد "
                + "الحمد الصباح.", LocalDate.of(2024, 10, 17));
        assertTrue(s.stream().anyMatch(e -> e.participants().containsAll(List.of("state/KW", "person/sabah-al-khalid"))),
                s.toString());
    }

    @Test
    void anAttendanceVerbWithThePronounOfTheSummitJoinsIt() {
        // frames.tsv attend-it: "كما حضرها X"; ArabicSessions: "وشارك في الجلسة الافتتاحية X"
        oneSummitWith("انطلقت أمس أعمال القمة العربية الإسلامية الطارئة في الدوحة. كما حضرها معالي أحمد أبو "
                + "الغيط الأمين العام لجامعة الدول العربية.\n\nوشارك في الجلسة الافتتاحية الأمين العام للأمم المتحدة أنطونيو "
                + "غوتيريش.", LocalDate.of(2025, 9, 16),
                "person/ahmed-aboul-gheit", "person/antonio-guterres");
    }

    @Test
    void aCourtesyTitleIsNoPronounOfAttendance() {
        // folded, "لحضرة" reads as "حضره": no trigger of attend-it, the emir represented stays away
        List<EventMention> s = summits("ترأس سمو ولي العهد الشيخ صباح خالد الحمد الصباح، ممثلا لحضرة صاحب السمو أمير البلاد "
                + "الشيخ مشعل الأحمد الجابر الصباح، أعمال القمة الخليجية في الكويت.", LocalDate.of(2025, 5, 27));
        assertTrue(s.stream().noneMatch(e -> e.participants().contains("person/mishal-al-ahmad")), s.toString());
    }

    @Test
    void aListOfAttendeesGoesOnInTheNextSentenceWithAVerbOfAttending() {
        // ArabicSessions.Attendance: "وشارك في القمة X. ومثّل السعودية Y، فيما ترأس وفد عمان Z. ومن جانب الإمارات حضر W."
        oneSummitWith(GULF_SUMMIT + "وشارك في القمة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر. ومثّل "
                + "المملكة العربية السعودية صاحب السمو الأمير فيصل بن فرحان وزير الخارجية. ومن جانب دولة الإمارات حضر سمو الشيخ "
                + "منصور بن زايد آل نهيان نائب رئيس الدولة.", LocalDate.of(2024, 12, 1),
                "person/tamim-bin-hamad", "state/SA", "person/faisal-bin-farhan", "person/mansour-bin-zayed", "state/AE");
    }

    @Test
    void attendanceTwoSentencesAfterTheListJoinsNoSummit() {
        // the chain holds from one sentence to the very next only
        List<EventMention> s = summits(GULF_SUMMIT + "وشارك في القمة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر. وأكد "
                + "البيان الختامي وحدة الصف. ومثّل المملكة العربية السعودية الأمير فيصل بن فرحان وزير الخارجية.",
                LocalDate.of(2024, 12, 1));
        assertTrue(s.stream().noneMatch(e -> e.participants().contains("person/faisal-bin-farhan")), s.toString());
    }

    @Test
    void theRestOfAStatesFullNameAfterAnOfficeDoesNotEndTheList() {
        // ArabicCoordination.stateNameRest: "رئيس جمهورية مصر العربية، وفخامة الرئيس Y"
        oneSummitWith("انطلقت أمس أعمال القمة العربية الإسلامية الطارئة في الدوحة.\n\nوشارك في القمة الرئيس عبد "
                + "الفتاح السيسي رئيس جمهورية مصر العربية، وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية.",
                LocalDate.of(2025, 9, 16),
                "person/abdel-fattah-el-sisi", "person/recep-tayyip-erdogan", "state/TR");
    }

    @Test
    void aFutureAttendanceMakesTheEventItAttendsPlanned() {
        // "سيشارك في اجتماع … الذي يعقد الأحد": the meeting is to come, on the Sunday after the Saturday of the article
        List<EventMention> e = annotate("ووصل وزير خارجية المغرب إلى القاهرة حيث سيشارك في اجتماع وزراء الخارجية العرب الذي يعقد الأحد "
                + "بمقر الجامعة العربية.", LocalDate.of(2014, 9, 6)).get(Keys.EVENTS).stream().filter(x -> x.type().equals("Meeting")).toList();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).planned() && e.get(0).date().start().equals(LocalDate.of(2014, 9, 7)), e.toString());
        // the present form reports what is under way: not planned
        List<EventMention> s = summits("انطلقت القمة الخليجية في الكويت اليوم، ويشارك في القمة قادة دول المجلس.", LocalDate.of(2024, 12, 1));
        assertTrue(s.stream().noneMatch(EventMention::planned), s.toString());
    }

    @Test
    void theMediatorOfTalksTakesPartInThem() {
        // frames.tsv mediate: "بوساطة X" joins X to the talks of its sentence
        List<EventMention> m = annotate("استضافت مسقط اليوم جولة محادثات غير مباشرة بين وزير الخارجية الإيراني عباس عراقجي والمبعوث "
                + "الأمريكي ستيف ويتكوف، بوساطة وزير الخارجية العماني بدر البوسعيدي.", LocalDate.of(2025, 4, 12)).get(Keys.EVENTS)
                .stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/abbas-araghchi", "state/IR", "person/badr-albusaidi", "state/OM")),
                m.toString());
    }

    @Test
    void aGatheringTheyDidNotAttendIsNoMeetingOfTheirs() {
        // frames.tsv: the dual and jussive forms of "شارك"; the gathering after a denied attendance is not theirs
        assertEquals(List.of(), annotate("عنوان\n\nوتجدر الإشارة إلى أن المغرب وموريتانيا لم تشاركا في هذا الاجتماع.",
                LocalDate.of(2024, 4, 23)).get(Keys.EVENTS));
        assertEquals(List.of(), annotate("عنوان\n\nوالجدير بالذكر أن مالي والنيجر لم يشاركا في هذا الاجتماع.",
                LocalDate.of(2024, 4, 23)).get(Keys.EVENTS));
    }
}
