package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Words;

/**
 * Whether the next actor mention of an Arabic sentence continues the phrase before it, for
 * {@link ArabicChunker}: coordination ("X وY"، "X، ورئيس الوزراء Y"), an office described before a
 * name, a body's official named right after it, and a relative clause inside a list. Also which
 * words are titles. Immutable and thread-safe.
 */
final class ArabicCoordination {
    /** Commas and spaces in the gap between two names, compiled once (the gap of every pair of names is read). */
    private static final Pattern COMMAS_AND_SPACES = Pattern.compile("[،,\\s]+");
    /** Title words skipped before a name, at most. */
    static final int TITLE_WORDS = 7;
    /**
     * Title words a phrase reaches back over to the name's preposition or verb, at most: an unbroken
     * run of them is one title, however long ("مع الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية
     * والسياسة الأمنية نائبة رئيسة المفوضية الأوروبية كايا كالاس").
     */
    static final int LONG_TITLE_WORDS = 14;
    /** Most words of a relative clause inside a coordination ("، الذي تتولى بلاده الرئاسة الدورية للمنظمة،"). */
    private static final int RELATIVE_CLAUSE_WORDS = 16;

    private final ArabicResources res;
    private final Set<String> titleWords;
    private final Set<String> prepositions;
    private final Set<String> relatives;
    private final PhraseIndex<Boolean> epithets;
    private final ArabicOfficeStates officeStates;

    ArabicCoordination(ArabicResources res, Set<String> titleWords, Set<String> prepositions) {
        this.res = res;
        this.titleWords = titleWords;
        this.prepositions = prepositions;
        this.epithets = res.phrases("lexicon/ar/epithets.txt");
        this.officeStates = new ArabicOfficeStates(res, this);
        this.headedBy = Set.copyOf(res.fold(List.of("برئاسة", "يرأسه", "يترأسه")));
        // and the asides that say in what capacity ("X، بصفته رئيس الدورة الحالية للمجلس، وY")
        this.relatives = Set.copyOf(res.fold(List.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                "بصفته", "بصفتها", "بوصفه", "بوصفها")));
    }

    /**
     * "X وY"، "X، وY": the next mention is coordinated with, or repeats, the phrase so far: its first
     * or its last actor ("أمير قطر X، وملك البحرين الملك Y": the king named twice, the list goes on).
     */
    boolean joins(String text, List<Token> tokens, int end, int ni, ActorMention n, ActorMention first, ActorMention last,
                  boolean[] attribute) {
        if (ni < end) {
            return true;
        }
        int rest = stateNameRest(tokens, last, end);
        if (rest > 0 && end + rest < ni) {
            end += rest; // the gap begins after the state's full name
        }
        // "أمير البلاد المفدى وفخامة الرئيس Y": the epithet of praise ends the name before, not the list
        PhraseIndex.Hit<Boolean> epithet = end < ni ? epithets.longestAt(tokens, end, r -> r.prefix().isEmpty()) : null;
        if (epithet != null && epithet.to() < ni) {
            end = epithet.to();
        }
        if (ni - end > TITLE_WORDS) {
            return afterRelativeClause(tokens, end, ni);
        }
        String gap = text.substring(tokens.get(end - 1).end(), n.span().start()).strip();
        boolean repeats = n.entityId().equals(first.entityId()) || n.entityId().equals(last.entityId());
        if (gap.isEmpty()) {
            return repeats;
        }
        String g = COMMAS_AND_SPACES.matcher(res.normalizer.normalize(gap)).replaceAll(" ").strip();
        if (g.equals("و")) {
            return true;
        }
        // titles between: "X ورئيس الوزراء Y"، "X والصيني Y"، "… الأمريكي أنتوني بلينكن" (the same person twice)
        boolean titles = true;
        for (int k = end; k < ni && titles; k++) {
            String w = tokens.get(k).text();
            titles = attribute[k] || titleWord(w) || w.startsWith("و") && titleWord(w.substring(1)) || k == end && w.equals("و");
        }
        // "… ورئيس كوريا الجنوبية يون سوك يول": the next name's own title stands in the gap
        boolean ownTitle = n.title() != null && ni - end <= Words.split(n.title().strip()).length + 1;
        return (titles || ownTitle || describedOffice(tokens, end, ni, attribute))
                && (conjunction(tokens.get(end).text()) || repeats);
    }

    /**
     * "رئيس جمهورية مصر العربية، وفخامة الرئيس Y": how many words at {@code end} complete the state's
     * full name that the last mention (an office read on its shorter name) ends inside of, or 0.
     */
    private int stateNameRest(List<Token> tokens, ActorMention last, int end) {
        if (last.affiliationId() == null || !last.affiliationId().startsWith("state/")) {
            return 0; // asked for every pair of mentions: no alias lookups for a phrase no state's office ends
        }
        int from = Tokenizer.indexAt(tokens, last.span().start());
        int rest = 0;
        for (int k = Math.max(0, from); k < end; k++) {
            for (AliasIndex.Match m : res.aliases.matchesAt(tokens, k)) {
                if (m.entry().entityId().startsWith("state/") && m.entry().entityId().equals(last.affiliationId()) && m.to() > end) {
                    rest = Math.max(rest, m.to() - end);
                }
            }
        }
        return rest;
    }

    /**
     * "والرئيس"، "ووزير": a word after the conjunction و ("وزير"، "ولي" begin with the letter and are no conjunction);
     * or the conjunction written apart, as web copy often has it ("و الرئيس").
     */
    private boolean conjunction(String w) {
        return w.equals("و") || w.startsWith("و") && w.length() > 1 && (!titleWord(w) || titleWord(w.substring(1)));
    }

    /**
     * "الأمين العام لمجلس التعاون جاسم البديوي": a person named right after a body that a title
     * word governs is that body's official, one phrase with it (the recogniser may have read the
     * body only later, from the article's earlier mentions, and given the name no title).
     */
    boolean officialOf(List<Token> tokens, ActorMention body, ActorMention n, int end, int ni) {
        if (ni != end || !n.entityId().startsWith("person/") || !body.entityId().startsWith("org/")) {
            return false;
        }
        int bi = Tokenizer.indexAt(tokens, body.span().start());
        return bi > 0 && titleWord(tokens.get(bi - 1).text());
    }

    /**
     * "أورسولا فون دير لاين رئيسة المفوضية الأوروبية": a body named after a person and a title of a
     * few words, nothing else between, is the body of that person's office: one phrase with it.
     */
    boolean bodyOfTitleAfter(List<Token> tokens, ActorMention person, ActorMention n, int end, int ni) {
        if (!person.entityId().startsWith("person/") || !n.entityId().startsWith("org/") || ni <= end || ni - end > 3) {
            return false;
        }
        for (int k = end; k < ni; k++) {
            if (!titleWord(tokens.get(k).text()) || tokens.get(k).breakBefore()) {
                return false;
            }
        }
        return !tokens.get(ni).breakBefore();
    }

    /** "وفد حماس برئاسة خليل الحية"، "وفد بلاده يرأسه X": the word that says who heads the delegation, folded. */
    private final Set<String> headedBy;

    /** "وفد"، "الوفد" (folded, a conjunction read off): the delegation a state's name may follow. */
    private static final Set<String> DELEGATION = Set.of("وفد", "الوفد", "ووفد", "والوفد");

    /**
     * "ترأس وفد السعودية وزير الخارجية الأمير فيصل بن فرحان"، "وفد حركة حماس برئاسة خليل الحية": a person
     * named after "وفد" and a state or body, with only the office's words (and "برئاسة" first) between,
     * heads that delegation: one phrase with it.
     */
    boolean headOfDelegation(List<Token> tokens, ActorMention state, ActorMention n, int end, int ni) {
        int si = Tokenizer.indexAt(tokens, state.span().start());
        if (!(state.entityId().startsWith("state/") || state.entityId().startsWith("org/")) || !n.entityId().startsWith("person/") || si == 0
                || !DELEGATION.contains(tokens.get(si - 1).text()) || ni <= end || ni - end > TITLE_WORDS + 2) {
            return false;
        }
        for (int k = end; k <= ni && k < tokens.size(); k++) {
            if (k < ni && !titleWord(tokens.get(k).text()) && !GATHERING_PLACE.contains(tokens.get(k).text()) && !(k == end && headedBy.contains(tokens.get(k).text()))
                    || tokens.get(k).breakBefore()) {
                return false;
            }
        }
        return true;
    }

    /** "وفد مصر في القمة الدكتور X"، "وفد الكويت إلى القمة سمو X" (folded): where the delegation went, between state and head. */
    private static final Set<String> GATHERING_PLACE = Set.of("في", "الي", "القمه", "الاجتماع", "الاجتماعات", "المؤتمر");

    /** Mention {@code k}'s and {@code k + 1}'s: a state of an office written next to its holder's name, one phrase with the holder ({@link ArabicOfficeStates}). */
    boolean stateOfOffice(String text, List<Token> tokens, List<ActorMention> mentions, int k, int end, int ni) {
        return officeStates.after(tokens, mentions.get(k), mentions.get(k + 1), end, ni) || officeStates.before(text, tokens, mentions, k, end, ni);
    }

    /** Mention {@code k} is the state of the office of the person named right after it ({@link ArabicOfficeStates#before}). */
    boolean opensHolder(String text, List<Token> tokens, List<ActorMention> mentions, int k) { return officeStates.opensHolder(text, tokens, mentions, k); }

    /**
     * "قادة اليابان فوميو كيشيدا وكوريا الجنوبية يون سوك يول": a person named right after a state,
     * with nothing between, is the state's own leader in apposition, one phrase with it (unless the
     * person's title names another body). A state a preposition governs belongs to a title instead:
     * "المبعوث الأممي إلى اليمن هانس غروندبرغ". A word of new_holder_words.txt may stand between: "قائد
     * الإدارة السورية الجديدة أحمد الشرع".
     */
    boolean leaderOf(String text, List<Token> tokens, ActorMention state, ActorMention n, int end, int ni) {
        boolean adjacent = ni == end || ni == end + 1 && newHolderBetween(tokens, end);
        if (!adjacent || !state.entityId().startsWith("state/") || !n.entityId().startsWith("person/")
                || n.affiliationId() != null && !n.affiliationId().equals(state.entityId())) {
            return false;
        }
        int si = Tokenizer.indexAt(tokens, state.span().start());
        String c = proclitics(text, tokens.get(si), state);
        return !c.startsWith("ل") && !c.startsWith("ب") && (si == 0 || !prepositions.contains(tokens.get(si - 1).text()));
    }

    /** Word {@code k} is a word of new_holder_words.txt ("الجديدة") with no break on either side. */
    private boolean newHolderBetween(List<Token> tokens, int k) {
        return res.newHolderWords.contains(tokens.get(k).text()) && !tokens.get(k).breakBefore() && !tokens.get(k + 1).breakBefore();
    }

    /**
     * The proclitics written on the first word of mention {@code m} (its token {@code t}) before the
     * mention starts, folded, without a leading conjunction: "وبالرئيس" → "بال", "لليابان" → "ل".
     */
    String proclitics(String text, Token t, ActorMention m) {
        return withoutConjunction(res.normalizer.normalize(text.substring(t.start(), Math.max(t.start(), m.span().start()))));
    }

    /** Proclitics without a leading "و" or "ف". */
    static String withoutConjunction(String clitic) {
        return clitic.startsWith("و") || clitic.startsWith("ف") ? clitic.substring(1) : clitic;
    }

    /**
     * "… ورئيس المجلس الرئاسي الليبي محمد المنفي": an office the title list does not hold, opened by a
     * title word and closed by an adjective of nationality right before the name, with no preposition
     * between (which would make it another phrase: "ورئيس X في Y").
     */
    private boolean describedOffice(List<Token> tokens, int end, int ni, boolean[] attribute) {
        String w = tokens.get(end).text();
        if (ni - end < 2 || !attribute[ni - 1] || !(w.startsWith("و") && titleWord(w.substring(1)))) {
            return false;
        }
        for (int k = end + 1; k < ni - 1; k++) {
            if (tokens.get(k).commaBefore() || prepositions.contains(tokens.get(k).text()) || anyPrefix(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** A word with a preposition clitic ("لشؤون"، "بالخارجية"): the gap is no bare description. */
    private boolean anyPrefix(String word) {
        for (Clitics.Reading r : res.clitics.readings(word)) {
            if (!r.prefix().isEmpty() && !r.prefix().equals("ال") && r.word().length() > 1 && !word.startsWith("ال")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "بمشاركة X، الذي تتولى بلاده الرئاسة، والرئيس Y": a relative clause (or an aside "بصفته …")
     * set off by commas right after a phrase does not end the coordination that resumes with "و" after it.
     * The index of the first mention after a relative clause opened at word {@code end} that resumes the phrase, or -1.
     */
    int resumeAfterRelativeClause(List<Token> tokens, int end, List<ActorMention> mentions, int from) {
        if (end >= tokens.size() || !tokens.get(end).commaBefore() || !relatives.contains(tokens.get(end).text())) {
            return -1;
        }
        for (int j = from; j < mentions.size(); j++) {
            int nj = Tokenizer.indexAt(tokens, mentions.get(j).span().start());
            if (nj - end > RELATIVE_CLAUSE_WORDS) {
                return -1;
            }
            if (afterRelativeClause(tokens, end, nj)) {
                return j;
            }
        }
        return -1;
    }

    private boolean afterRelativeClause(List<Token> tokens, int end, int ni) {
        if (ni - end > RELATIVE_CLAUSE_WORDS || !tokens.get(end).commaBefore() || !relatives.contains(tokens.get(end).text())) {
            return false;
        }
        // the phrase resumes after the clause's closing comma with "و" and at most a title before the name
        for (int k = ni; k > end && ni - k <= TITLE_WORDS; k--) {
            if (tokens.get(k).commaBefore()) {
                return tokens.get(k).text().startsWith("و");
            }
        }
        return false;
    }

    boolean titleWord(String word) {
        // "برئاسة"، "وبمشاركة": a preposition written as one word is no clitic + title ("رئاسة")
        if (prepositions.contains(word) || word.startsWith("و") && prepositions.contains(word.substring(1))) {
            return false;
        }
        if (titleWords.contains(word)) {
            return true;
        }
        for (Clitics.Reading r : res.clitics.readings(word)) {
            if (titleWords.contains(r.word())) {
                return true;
            }
        }
        return false;
    }
}
