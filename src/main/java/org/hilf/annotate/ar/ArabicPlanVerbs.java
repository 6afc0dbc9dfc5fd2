package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.Tsv;

/**
 * Verbs that state a plan for the event words of their clause: a present-tense verb of setting off
 * ("يتوجه X بعد ختام زيارته إلى مينسك في زيارة رسمية"، {@code data/lexicon/ar/travel_verbs.txt}) and a
 * phrase of looking forward ("يتطلع إلى انعقاد القمة"، {@code data/lexicon/ar/hope_markers.txt}), and a
 * noun of holding before the event word ("لعقد الاجتماع"، {@code data/lexicon/ar/purpose_nouns.txt}), and a
 * word that puts it ahead ("قبيل انعقاد القمة"، {@code data/lexicon/ar/ahead_words.tsv}).
 * Immutable, thread-safe.
 */
final class ArabicPlanVerbs {
    /** Words a travel verb may stand before the event word it plans, in one clause. */
    private static final int TRAVEL_REACH = 14;
    /** Words at most between a phrase of looking forward and its event word ("إلى انعقاد القمة"). */
    private static final int HOPE_GAP = 2;
    /** Words before a travel verb a word of narrative may stand ("وكان الرئيس اللبناني جوزاف عون يتوجه"). */
    private static final int NARRATIVE_REACH = 7;
    /** Words before a travel verb that make it narrative ("كان يتوجه"، "قد يتوجه": may). */
    private static final Set<String> NARRATIVE = Set.of("كان", "وكان", "قد", "وقد", "الذي", "التي");
    /** Words right before an event word that name the leg being ended ("بعد ختام زيارته"), not the next. */
    private static final Set<String> ENDED = Set.of("ختام", "اختتام", "بعد", "عقب", "انتهاء");

    /** Words before the event word a purpose noun may stand ("لعقد اجتماع اللجنة": the session word between). */
    private static final int PURPOSE_REACH = 3;

    /** Words before an event word that place what the sentence reports inside it ("خلال زيارة"), folded. */
    private static final Set<String> DURING = Set.of("خلال", "اثناء");

    private final PhraseIndex<Boolean> travelVerbs;
    private final PhraseIndex<Boolean> hopeMarkers;
    private final PhraseIndex<Boolean> purposeNouns;
    /** {@code data/lexicon/ar/call_verbs.txt}, folded. */
    private final Set<String> callVerbs;
    private final Clitics clitics;
    /** Ahead words, each with whether it needs a sentence of the present ({@code ahead_words.tsv}). */
    private final PhraseIndex<Boolean> aheadWords;
    /** Nouns of convening between an ahead word and its event word ("قبيل انعقاد القمة"), folded. */
    private static final Set<String> CONVENING = Set.of("انعقاد", "انطلاق", "عقد", "موعد", "اعمال", "بدء");
    /** Present verbs that open a sentence of what happens now ("وتأتي الزيارة"، "ويصل X"), folded, "و" read off. */
    private static final Set<String> PRESENT_OPENERS = Set.of("تاتي", "ياتي", "تجري", "يجري", "يصل", "تصل", "يبدا", "تبدا",
            "يعقد", "تعقد", "يزور", "تزور", "يتوجه", "تتوجه", "يلتقي", "تلتقي", "يشارك", "تشارك");

    ArabicPlanVerbs(ArabicResources res) {
        travelVerbs = res.phrases("lexicon/ar/travel_verbs.txt");
        hopeMarkers = res.phrases("lexicon/ar/hope_markers.txt");
        purposeNouns = res.phrases("lexicon/ar/purpose_nouns.txt");
        callVerbs = Set.copyOf(res.fold(Tsv.words("lexicon/ar/call_verbs.txt")));
        clitics = res.clitics;
        aheadWords = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/ar/ahead_words.tsv")) {
            aheadWords.add(AliasIndex.split(res.normalizer.normalize(r.required("form_ar"))), "yes".equals(r.required("present")));
        }
    }

    /**
     * The event word at {@code from} is planned by a travel verb of its clause or a hope just before it,
     * or, in a sentence {@code opened} by a plan ("ومن المقرر أن يوقع البلدان الاتفاقيات خلال زيارة يقوم بها
     * X"), by "خلال"، "أثناء" right before it: the visit the plan is for.
     */
    boolean plans(List<Token> tokens, int from, boolean opened) {
        return travelling(tokens, from) || hoped(tokens, from) || calledFor(tokens, from) || opened && from > 0 && DURING.contains(tokens.get(from - 1).text());
    }

    private boolean travelling(List<Token> tokens, int from) {
        if (from > 0 && ENDED.contains(tokens.get(from - 1).text())) {
            return false;
        }
        for (int k = from - 1; k >= Math.max(0, from - TRAVEL_REACH); k--) {
            if (travelVerbs.longestAt(tokens, k, PhraseIndex::conjunctionOnly) != null) {
                return !narrative(tokens, k);
            }
            if (tokens.get(k).commaBefore()) {
                return false;
            }
        }
        return false;
    }

    /** "وكان الرئيس يتوجه"، "قد يتوجه": a word of narrative or possibility before the verb, in its clause. */
    private static boolean narrative(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - NARRATIVE_REACH); k--) {
            if (NARRATIVE.contains(tokens.get(k).text())) {
                return true;
            }
            if (tokens.get(k).commaBefore()) {
                return false;
            }
        }
        return false;
    }

    private boolean hoped(List<Token> tokens, int from) {
        for (int k = Math.max(0, from - HOPE_GAP - 2); k < from; k++) {
            PhraseIndex.Hit<Boolean> hit = hopeMarkers.longestAt(tokens, k, PhraseIndex::conjunctionOnly);
            if (hit != null && hit.to() <= from && from - hit.to() <= HOPE_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Words at most between a verb of calling and its "إلى" (the subject: "ودعا وزراء الخارجية العرب إلى"). */
    private static final int CALL_REACH = 5;

    /**
     * "ودعا البيان إلى اجتماع مباشر"، "وطالبت الجزائر بعقد قمة طارئة": the event word at {@code from} after
     * "إلى" or "ب" (and a noun of holding: "إلى عقد"، "بعقد") that a verb of calling of its clause
     * ({@code data/lexicon/ar/call_verbs.txt}) governs is called for, not held.
     */
    boolean calledFor(List<Token> tokens, int from) {
        int k = from - 1;
        if (k < 0 || tokens.get(from).commaBefore()) {
            return false;
        }
        if (!HOLDING_WITH_B.contains(tokens.get(k).text())) {
            if (HOLDING.contains(tokens.get(k).text())) {
                k--;
            }
            if (k < 0 || !TO.contains(tokens.get(k).text()) || tokens.get(k + 1).commaBefore()) {
                return false;
            }
        }
        for (int v = k - 1; v >= Math.max(0, k - 1 - CALL_REACH); v--) {
            if (clitics.readings(tokens.get(v)).stream().anyMatch(r -> callVerbs.contains(r.word()) && PhraseIndex.conjunctionOnly(r))) {
                return true;
            }
            if (tokens.get(v + 1).commaBefore()) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of holding between a call and its event word ("إلى عقد قمة"، "بعقد"), folded. */
    private static final Set<String> HOLDING = Set.of("عقد", "انعقاد");
    private static final Set<String> HOLDING_WITH_B = Set.of("بعقد", "بانعقاد");
    /** "إلى" folded (ى read as ي), and as written. */
    private static final Set<String> TO = Set.of("الي", "الى", "إلى");

    /**
     * "ترتيبات لعقد الاجتماع الحكومي"، "لعقد الدورة العاشرة للجنة": a noun of holding after "ل"
     * ({@code data/lexicon/ar/purpose_nouns.txt}) a few words before the event word, no comma between,
     * makes it the purpose of what is reported, a planned event.
     */
    boolean purposeBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - PURPOSE_REACH); k--) {
            if (purposeNouns.longestAt(tokens, k, r -> r.prefix().equals("ل") || r.prefix().equals("ول")) != null) {
                return true;
            }
            if (tokens.get(k).commaBefore()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "وتأتي الزيارة قبيل انعقاد القمة"، "التحضيرات للقمة": an ahead word of {@code data/lexicon/ar/ahead_words.tsv}
     * right before the event word at {@code from} (a noun of convening may stand between), no comma between, in a
     * sentence that does not open with a form of كان (and, for a word of time, opens with a present verb): the
     * event is still to come.
     */
    boolean ahead(List<Token> tokens, int from) {
        if (tokens.isEmpty() || ArabicSummitWords.WAS.contains(tokens.get(0).text())) {
            return false;
        }
        int k = from - 1;
        if (k >= 0 && CONVENING.contains(tokens.get(k).text()) && !tokens.get(k + 1).commaBefore()) {
            k--;
        }
        for (int start = k; start >= Math.max(0, k - 3); start--) {
            PhraseIndex.Hit<Boolean> hit = aheadWords.longestAt(tokens, start, r -> r.prefix().isEmpty() || r.prefix().equals("و"));
            if (hit != null && hit.to() == k + 1) {
                String first = ArabicCoordination.withoutConjunction(tokens.get(0).text());
                return !tokens.get(k + 1).commaBefore() && (!hit.value() || PRESENT_OPENERS.contains(first));
            }
        }
        return false;
    }
}
