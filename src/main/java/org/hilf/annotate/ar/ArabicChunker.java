package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.Words;
import org.hilf.annotate.frame.Chunk;

/**
 * Reads an Arabic sentence into the phrases of actors the frame engine fills roles with. A phrase
 * is an actor mention with the titles before it ("ولي العهد السعودي الأمير X"), and the mentions
 * coordinated with it ("X ووزير الخارجية Y"); what introduces it is the preposition on or before its
 * first word ("بوزير …" → ب، "مع X" → مع), nothing (a subject or object right after a trigger, a
 * phrase, a comma or a date), or another noun ("العلاقات X"). Immutable and thread-safe.
 */
final class ArabicChunker {
    private final ArabicResources res;
    private final Set<String> titleWords;
    private final Set<String> prepositions;
    private final Set<String> transparent;
    private final Set<String> anaphors;
    /** The clitics' bit of the state duals and {@link #anaphors}: a token with no reading among them is passed over at once. */
    private final int dualBit;
    private final PhraseIndex<Boolean> groups;
    private final ArabicCoordination coordination;
    private final ArabicCountedSides counted;
    /** {@code data/lexicon/ar/title_heads.txt}, folded: the words that head a title too long for the recogniser. */
    private final Set<String> officeHeads;

    ArabicChunker(ArabicResources res) {
        this.res = res;
        this.titleWords = res.titleWords;
        this.prepositions = res.prepositions;
        this.transparent = Set.copyOf(res.fold(Tsv.words("lexicon/ar/transparent_words.txt")));
        this.anaphors = Set.copyOf(res.fold(Tsv.words("lexicon/dual_anaphors.txt")));
        this.dualBit = res.clitics.firstWords.newSet(java.util.stream.Stream.concat(res.stateDuals.stream(), anaphors.stream()).toList());
        this.groups = res.phrases("lexicon/ar/group_anaphors.txt");
        this.coordination = new ArabicCoordination(res, titleWords, prepositions);
        this.counted = new ArabicCountedSides(res);
        this.officeHeads = Set.copyOf(res.fold(Tsv.words("lexicon/ar/title_heads.txt")));
    }

    /**
     * The chunks of a sentence. {@code mentions}: its actor mentions of role NAME or PLACE outside
     * quotations, in text order; {@code anchors}: words after which a phrase stands directly (trigger
     * words); {@code dates}: spans of date expressions; {@code topic}: words inside a topic clause;
     * {@code attribute}: words of adjectives of nationality ("السعودي"), read as part of a title.
     */
    List<Chunk> chunks(String text, List<Token> tokens, List<ActorMention> mentions, boolean[] anchors, List<Span> dates,
                       boolean[] topic, boolean[] attribute) {
        List<Chunk> out = new ArrayList<>();
        int prevEnd = 0;
        int k = 0;
        while (k < mentions.size()) {
            ActorMention m = mentions.get(k);
            int ti = Tokenizer.indexAt(tokens, m.span().start());
            int tj = Tokenizer.indexAt(tokens, m.span().end() - 1) + 1;
            if (ti < prevEnd) {
                k++;
                continue;
            }
            int s = ti;
            while (s > prevEnd && ti - s < ArabicCoordination.LONG_TITLE_WORDS && !anchors[s - 1] && !tokens.get(s).commaBefore()
                    && (attribute[s - 1] || coordination.titleWord(tokens.get(s - 1).text()))) {
                s--;
            }
            s = Math.min(s, titleStart(tokens, m, ti, prevEnd, anchors));
            s = Math.min(s, appositiveTitle(tokens, s, prevEnd, anchors, coordination.opensHolder(text, tokens, mentions, k)));
            String intro = intro(text, tokens, s, prevEnd, m, ti, anchors, dates, attribute);
            if (topic[ti]) {
                intro = Chunk.TOPIC;
            }
            List<ActorMention> actors = new ArrayList<>(List.of(m));
            int end = tj;
            // coordinated or repeated mentions join the phrase: "X وY"، "وزير الخارجية الأمريكي أنتوني بلينكن"
            while (k + 1 < mentions.size()) {
                ActorMention n = mentions.get(k + 1);
                int ni = Tokenizer.indexAt(tokens, n.span().start());
                int nj = Tokenizer.indexAt(tokens, n.span().end() - 1) + 1;
                if (!coordination.joins(text, tokens, end, ni, n, m, actors.get(actors.size() - 1), attribute)
                        && !coordination.officialOf(tokens, actors.get(actors.size() - 1), n, end, ni)
                        && !coordination.leaderOf(text, tokens, actors.get(actors.size() - 1), n, end, ni)
                        && !coordination.bodyOfTitleAfter(tokens, actors.get(actors.size() - 1), n, end, ni)
                        && !coordination.stateOfOffice(text, tokens, mentions, k, end, ni)
                        && !coordination.headOfDelegation(tokens, actors.get(actors.size() - 1), n, end, ni)) {
                    int resume = coordination.resumeAfterRelativeClause(tokens, end, mentions, k + 1);
                    if (resume < 0) {
                        break;
                    }
                    // "X، الذي تتولى بلاده رئاسة المنظمة، وY": Y joins; the clause's own actors are no part
                    ActorMention r = mentions.get(resume);
                    actors.add(r);
                    end = Math.max(end, Tokenizer.indexAt(tokens, r.span().end() - 1) + 1);
                    k = resume;
                    continue;
                }
                actors.add(n);
                end = Math.max(end, nj);
                k++;
            }
            if (!dateline(tokens, s, end, actors)) {
                out.add(new Chunk(intro, List.copyOf(actors), s, end, false));
            }
            prevEnd = end;
            k++;
        }
        // the words of the phrases above, marked once (the chunks below cover no word after their own)
        boolean[] inPhrase = new boolean[tokens.size()];
        for (Chunk c : out) {
            Arrays.fill(inPhrase, c.from(), c.to(), true);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (inPhrase[i]) {
                continue; // "قادة دول مجلس التعاون": a title of named actors, not an anaphor
            }
            int sides = counted.at(tokens, i);
            if (sides > 0) { // "اتفق القادة الثلاثة": the event just reported that has three sides
                if (!ArabicCountedSides.named(out, i + 2)) { // not "القادة الثلاثة X وY وZ", nor "الرئيسان X وY" below
                    out.add(new Chunk(Chunk.counted(sides), List.of(), i, i + 2, true));
                }
                i++;
                continue;
            }
            for (Clitics.Reading r : res.clitics.readingsIf(tokens.get(i), dualBit)) {
                boolean states = res.stateDuals.contains(r.word()), parties = res.sideDuals.contains(r.word());
                if ((states || anaphors.contains(r.word())) && r.prefix().length() <= 1 && !ArabicCountedSides.named(out, i + 1)) {
                    out.add(new Chunk(states ? Chunk.STATES : parties ? Chunk.SIDES : Chunk.DIRECT, List.of(), i, i + 1, true));
                    break;
                }
            }
            PhraseIndex.Hit<Boolean> group = groups.longestAt(tokens, i, r -> r.prefix().length() <= 1);
            // only as the subject right after an event word ("ووقع القادة") or right before it ("أن القادة
            // وقعوا"), not "عددا من القادة العرب"
            if (group != null && !ArabicCountedSides.named(out, i + 1) && (i > 0 && anchors[i - 1] || group.to() < tokens.size() && anchors[group.to()])
                    && (group.to() == tokens.size() || res.aliases.matchesAt(tokens, group.to()).isEmpty())) {
                out.add(new Chunk(Chunk.GROUP, List.of(), i, group.to(), true));
                i = group.to() - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /**
     * {@code chunks} with the phrase a relative clause opens on ("مع X، الذي يقوم بزيارة …") read as
     * the subject of that clause's trigger: the preposition that introduces X in the main clause
     * does not introduce it in the relative one. {@code pronoun}: the relative pronoun's index, or -1.
     */
    static List<Chunk> antecedentAsSubject(List<Chunk> chunks, int pronoun) {
        if (pronoun < 0) {
            return chunks;
        }
        List<Chunk> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            boolean antecedent = c.to() == pronoun && !c.anaphor() && !c.direct() && !c.intro().startsWith("#");
            out.add(antecedent ? new Chunk(Chunk.DIRECT, c.actors(), c.from(), c.to(), false) : c);
        }
        return out;
    }

    /**
     * Where the title the recogniser read before the name begins ("رئيس وزراء جمهورية باكستان
     * الإسلامية محمد شهباز شريف": the state's name is part of the title), or {@code ti}.
     */
    private int titleStart(List<Token> tokens, ActorMention m, int ti, int prevEnd, boolean[] anchors) {
        if (m.title() == null || res.normalizer.normalize(m.surface()).contains(res.normalizer.normalize(m.title()).strip())) {
            return ti;
        }
        int t = ti - Words.count(m.title());
        if (t < prevEnd || t < 0) {
            return ti;
        }
        for (int k = t; k < ti; k++) {
            if (anchors[k] || k > t && tokens.get(k).commaBefore() && k < ti) {
                return ti;
            }
        }
        return t;
    }

    /** "السيد"، "السيدة"، "معالي" (folded): the courtesy that opens a name set off by a comma from its title. */
    private static final Set<String> APPOSITION = Set.of("السيد", "السيده", "معالي", "فخامه", "سعاده", "دوله");

    /**
     * "مع وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج، السيد X": a title too long for the
     * recogniser, parted from its holder by a comma and a courtesy word or ending in its state ({@code officeState}: "… بالجمهورية الموريتانية X"), begins the phrase (its
     * preposition introduces X). The office head nearest the comma within a dozen words, never across
     * another comma, a trigger or the phrase before; {@code s} when the phrase does not open that way.
     */
    private int appositiveTitle(List<Token> tokens, int s, int prevEnd, boolean[] anchors, boolean officeState) {
        if (!officeState && (!tokens.get(s).commaBefore() || !APPOSITION.contains(tokens.get(s).text()))) {
            return s;
        }
        int head = s;
        for (int j = s - 1; j >= prevEnd && s - j <= 12 && !anchors[j]; j--) {
            for (Clitics.Reading r : res.clitics.readings(tokens.get(j))) {
                if (officeHeads.contains(r.word()) && r.prefix().length() <= 2) {
                    head = j;
                    break;
                }
            }
            if (tokens.get(j).commaBefore()) {
                break;
            }
        }
        return head;
    }

    /**
     * "جدة – اعتمد …"، "طهران - قناة إخبارية: …": the dateline's place opens the text and is no phrase of its
     * clause, even when the recogniser read a capital there as its state.
     */
    private static boolean dateline(List<Token> tokens, int from, int to, List<ActorMention> actors) {
        return from == 0 && to < tokens.size()
                && actors.stream().allMatch(a -> a.role() == ActorMention.Role.PLACE || a.entityId().startsWith("state/"))
                && tokens.get(to).gapBefore().matches(".*[–—-].*");
    }

    /** "، بينهم X"، "، ومنهم X" (folded): the named members of a group just described. */
    private static final Set<String> INCLUDING = Set.of("بينهم", "وبينهم", "منهم", "ومنهم", "بينها", "منها", "ابرزهم", "وابرزهم");

    /** "الأعضاء في X"، "العضو في X" (folded): membership, not a place or a topic. */
    private static final Set<String> MEMBERS = Set.of("الاعضاء", "العضو", "العضوه", "اعضاء", "عضو", "عضوا");

    /** The word that introduces the phrase starting at word {@code s}. */
    private String intro(String text, List<Token> tokens, int s, int prevEnd, ActorMention m, int ti, boolean[] anchors,
                         List<Span> dates, boolean[] attribute) {
        // the title the recogniser read before the name ("الأمين العام للحلف X"; not a title that is
        // itself the mention, "الرئيس الصيني"), and a
        // title cut from its name by a comma ("مع رئيس الوزراء، شيغيرو إيشيبا"), carry the preposition
        if (m.title() != null && s == ti && !res.normalizer.normalize(m.surface()).contains(res.normalizer.normalize(m.title()).strip())) {
            s = Math.max(prevEnd, ti - Words.count(m.title()));
        }
        // back over the title's words, not past a comma ("في البيت الأبيض، رئيس الوزراء X": "الأبيض" ends another phrase)
        // nor into the phrase before ("زيارة أمين الناتو لكوريا": "الناتو" ends the visitor)
        while (s > prevEnd && ti - s < ArabicCoordination.LONG_TITLE_WORDS + 2 && !anchors[s - 1] && !tokens.get(s).commaBefore()
                && (coordination.titleWord(tokens.get(s - 1).text()) || attribute[s - 1])) {
            s--;
        }
        String c = s == ti ? coordination.proclitics(text, tokens.get(ti), m)
                : ArabicCoordination.withoutConjunction(titlePrefix(tokens.get(s).text()));
        if (c.startsWith("ب")) {
            return "ب";
        }
        if (c.startsWith("ل")) {
            return "ل";
        }
        // the word before the phrase, past dates and words of time: a preposition introduces it;
        // anything else (a verb, a trigger, a comma, another phrase) leaves it direct, as Arabic's
        // verb-subject-object order puts subjects and objects right after their verb
        // not back across a comma: "وفي وقت سابق من اليوم، عقد X": "من" introduces the time, not X
        int p = s - 1;
        // "التقى X في وقت سابق من اليوم Y": a preposition before a word of time introduces the time, not Y
        while (p >= 0 && !anchors[p] && !tokens.get(p + 1).commaBefore()
                && (time(tokens.get(p), dates) || p + 1 < s && time(tokens.get(p + 1), dates) && preposition(tokens.get(p)) != null)) {
            p--;
        }
        if (p < 0 || anchors[p] || tokens.get(p + 1).commaBefore() && p + 1 < s) {
            return Chunk.DIRECT;
        }
        if (INCLUDING.contains(tokens.get(p).text()) && tokens.get(p).commaBefore()) {
            return Chunk.INCLUDED; // "وزراء خارجية الدول الأعضاء، بينهم X"
        }
        if (p > 0 && tokens.get(p).text().equals("في") && MEMBERS.contains(tokens.get(p - 1).text())) {
            return Chunk.DIRECT; // "مجلس وزراء خارجية الدول الأعضاء في المنظمة": the body's members, a genitive
        }
        return java.util.Objects.requireNonNullElse(preposition(tokens.get(p)), Chunk.DIRECT);
    }

    /** A word of time ("اليوم"، "سابق") or of a date expression. */
    private boolean time(Token t, List<Span> dates) { return transparent.contains(t.text()) || inside(dates, t); }

    /** The preposition a word is, after a conjunction at most ("ومع" → "مع"), or null. */
    private String preposition(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            if (prepositions.contains(r.word()) && r.prefix().length() <= 1) {
                return r.word();
            }
        }
        return null;
    }

    /** The clitic before a title word ("بوزير" → "ب"), or "". */
    private String titlePrefix(String word) {
        for (Clitics.Reading r : res.clitics.readings(word)) {
            if (titleWords.contains(r.word())) {
                return r.prefix();
            }
        }
        return "";
    }

    private static boolean inside(List<Span> dates, Token t) { return dates.stream().anyMatch(d -> t.start() >= d.start() && t.end() <= d.end()); }
}
