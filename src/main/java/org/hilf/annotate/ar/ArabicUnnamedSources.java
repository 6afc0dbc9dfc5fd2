package org.hilf.annotate.ar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;

/**
 * Unnamed officials and sources as speakers ({@code data/lexicon/ar/official_nouns.txt}): "قال
 * مسؤول كويتي"، "أفاد مصدر دبلوماسي مصري"، "قال متحدث باسم الخارجية الصينية". The state or body named
 * in the few words after the noun, before what was said, is the speaker, since the person has no
 * name to stand for; a source of no known side is no speaker at all. Stateless and thread-safe.
 */
final class ArabicUnnamedSources {
    /** Words after the noun where its side may be named ("مصدر دبلوماسي مصري رفيع"). */
    private static final int SIDE_WORDS = 6;
    /** Words (folded) that open what an unnamed source said: its side stands before them. */
    private static final Set<String> REPORTED = Set.of("الي", "ان", "بان", "انه", "انها", "عن");

    /** The side of unnamed_sides.tsv that means the state of the article's dateline ("مصدر حكومي"). */
    private static final String HOME = "home";

    private final ArabicResources res;
    private final ArabicDateline dateline;
    private final Set<String> officialNouns;
    /** Words that open a medium or a commentator as a subject ("وسائل إعلام"، "مراقبون"), folded. */
    private final Set<String> reporterNouns;
    /** {@code data/lexicon/ar/unnamed_sides.tsv}: a body's adjective (folded) and the body's id. */
    private final Map<String, String> sideAdjectives;

    ArabicUnnamedSources(ArabicResources res) {
        this.res = res;
        this.dateline = new ArabicDateline(res);
        officialNouns = Set.copyOf(res.fold(Tsv.words("lexicon/ar/official_nouns.txt")));
        reporterNouns = Set.copyOf(res.fold(Tsv.words("lexicon/ar/reporter_nouns.txt")));
        Map<String, String> sides = new HashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/unnamed_sides.tsv")) {
            for (String f : res.fold(r.list("forms_ar"))) {
                sides.put(f, r.required("side").equals(HOME) ? HOME : "org/" + r.required("side"));
            }
        }
        sideAdjectives = Map.copyOf(sides);
    }

    /**
     * The side of the unnamed official at word {@code at} (a state, or a body with no state), or null;
     * "مصدر حكومي"، "مسؤول رسمي" with no state named: the state of the dateline of {@code doc}, if any.
     */
    String sideOf(AnnotatedArticle doc, List<Token> tokens, int at, List<ActorMention> actors) {
        String side = sideOf(tokens, at, actors);
        return HOME.equals(side) ? dateline.state(doc, res.folded(doc), doc.get(Keys.ACTORS)) : side;
    }

    /** {@link #sideOf(AnnotatedArticle, List, int, List)} without an article: the dateline's side is unknown ({@code HOME}). */
    private String sideOf(List<Token> tokens, int at, List<ActorMention> actors) {
        if (!officialAt(tokens, at) || named(tokens, at, actors)) {
            return null; // "المتحدث باسم الخارجية الإيرانية إسماعيل بقائي": the person speaks, not his side
        }
        int from = tokens.get(at).end();
        // not past the reported clause ("دبلوماسي أوروبي إلى أن بروكسل": Brussels is what was said)
        int last = at;
        while (last + 1 < tokens.size() && last < at + SIDE_WORDS && !REPORTED.contains(tokens.get(last + 1).text())) {
            last++;
        }
        int to = tokens.get(last).end();
        boolean spokesperson = tokens.get(at).text().startsWith("ال");
        for (ActorMention a : actors) {
            if (a.span().start() >= from && a.span().start() < to && !a.entityId().startsWith("person/")) {
                var e = res.gazetteer.entity(a.entityId()).orElse(null);
                String side = e != null && e.countryId() != null && e.type() != EntityType.STATE ? e.countryId() : a.entityId();
                return !spokesperson || titleEndsAt(tokens, Tokenizer.indexAt(tokens, a.span().end() - 1) + 1) ? side : null;
            }
        }
        // "المتحدث باسم وزارة الخارجية الإثيوبية": a title with no holder named keeps no mention; its adjective tells the side
        for (int k = at + 1; k <= last; k++) {
            AliasIndex.Match m = res.aliases.adjectiveAt(tokens, k);
            if (m != null) {
                return !spokesperson || titleEndsAt(tokens, m.to()) ? m.entry().entityId() : null;
            }
        }
        // "مسؤول أوروبي"، "مصدر أممي": a body's adjective right after the noun
        return at + 1 < tokens.size() && !tokens.get(at + 1).breakBefore() ? sideAdjectives.get(tokens.get(at + 1).text()) : null;
    }

    /**
     * True when the title of a definite spokesperson ends at word {@code k} (what was said, "في بيان",
     * a comma, the sentence's end): words of a name the gazetteer lacks after it ("الأمريكي برايان هيوز")
     * are the speaker, whose side is not the statement's speaker.
     */
    private static boolean titleEndsAt(List<Token> tokens, int k) {
        return k <= 0 || k >= tokens.size() || tokens.get(k).commaBefore() || tokens.get(k).breakBefore()
                || REPORTED.contains(tokens.get(k).text()) || TITLE_ENDS.contains(tokens.get(k).text());
    }

    /** Words after a spokesperson's title that open no name ("في بيان"، "خلال مؤتمر"، "اليوم"), folded. */
    private static final Set<String> TITLE_ENDS = Set.of("في", "خلال", "اليوم", "امس", "للصحفيين", "لوكاله", "للصحافيين", "عبر", "ما");

    /**
     * An official noun at word {@code at}; its definite spokesperson forms ("المتحدث") only before
     * "باسم" (and "الرسمي باسم"): "وأضاف المتحدث أن …" is the spokesperson just named.
     */
    private boolean officialAt(List<Token> tokens, int at) {
        if (at >= tokens.size() || !officialNoun(tokens.get(at))) {
            return false;
        }
        if (!tokens.get(at).text().startsWith("ال")) {
            return true;
        }
        int next = at + 1 < tokens.size() && OFFICIAL.contains(tokens.get(at + 1).text()) ? at + 2 : at + 1;
        return next < tokens.size() && tokens.get(next).text().equals("باسم");
    }

    /** "الرسمي"، "الرسمية" (folded). */
    private static final Set<String> OFFICIAL = Set.of("الرسمي", "الرسميه");

    /**
     * True when an official noun at word {@code at} names a source whose side is not told ("وقال
     * مسؤول، طلب عدم نشر اسمه، إن …"), and is not the head of a title the recogniser read ("مسؤول
     * السياسة الخارجية في الاتحاد X").
     */
    boolean sideless(AnnotatedArticle doc, List<Token> tokens, int at, List<ActorMention> actors) {
        return officialAt(tokens, at) && !named(tokens, at, actors) && sideOf(doc, tokens, at, actors) == null
                && actors.stream().noneMatch(a -> a.span().start() >= tokens.get(at).start() && a.span().start() < tokens.get(at).end());
    }

    /** Words after the noun a person's name may end its title in ("المتحدث الرسمي باسم وزارة الخارجية الصينية ماو نينغ"). */
    private static final int NAME_WORDS = 9;

    /** True when a person is named after the official noun at {@code at}, before what was said: the official is no unnamed one. */
    private boolean named(List<Token> tokens, int at, List<ActorMention> actors) {
        int last = at;
        while (last + 1 < tokens.size() && last < at + NAME_WORDS && !REPORTED.contains(tokens.get(last + 1).text())) {
            last++;
        }
        int from = tokens.get(at).end();
        int to = tokens.get(last).end();
        return last > at && actors.stream().anyMatch(a -> a.span().start() >= from && a.span().start() < to && a.entityId().startsWith("person/"));
    }

    private boolean officialNoun(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            if (officialNouns.contains(r.word()) && PhraseIndex.conjunctionOnly(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject right after a verb of stating at word {@code afterWord} is a medium or a commentator:
     * one the gazetteer names as a medium ("وذكرت وكالة ريا نوفوستي أن …"), or an unnamed one
     * ({@code data/lexicon/ar/reporter_nouns.txt}: "وأفادت وسائل إعلام بأن …"، "ويرى مراقبون أن …") that
     * opens no other body the gazetteer knows ("وقالت وكالة الطاقة الذرية"). They report or comment;
     * what they say is nobody's statement unless they name its source.
     */
    boolean mediaSubject(AnnotatedArticle doc, Sentence s, List<Token> tokens, int afterWord) {
        if (afterWord >= tokens.size()) {
            return false;
        }
        int from = tokens.get(afterWord).start();
        int to = afterWord + 1 < tokens.size() ? tokens.get(afterWord + 1).end() : s.end();
        List<ActorMention> there = doc.get(Keys.ACTORS).stream().filter(a -> a.span().start() >= from && a.span().start() <= to).toList();
        if (there.stream().anyMatch(a -> res.gazetteer.isMedia(a.entityId()))) {
            return true;
        }
        return reporterNouns.contains(tokens.get(afterWord).text())
                && there.stream().noneMatch(a -> a.span().start() == from && a.isActor()) && !named(doc, tokens, afterWord);
    }

    /** A reading of the word is a reporter noun (reporter_nouns.txt: "الباحث"، "وسائل"). */
    boolean reporterNoun(Token t) {
        return res.clitics.readings(t).stream().anyMatch(r -> reporterNouns.contains(r.word()));
    }

    /**
     * Words after a reporter noun within which the name it introduces stands, past what describes its
     * holder ("الباحث الإثيوبي في شؤون القرن الأفريقي دانيال برهانو"; {@link ArabicCommentators}).
     */
    private static final int NAME_REACH = 11;

    /**
     * The reporter noun at {@code noun} introduces a person by name, whose mention carries it as his
     * title ("ويرى الباحث في العلاقات الدولية كريم الطاهري أن …"): a named commentator is a speaker.
     */
    private static boolean named(AnnotatedArticle doc, List<Token> tokens, int noun) {
        int from = tokens.get(noun).start();
        int to = tokens.get(Math.min(tokens.size() - 1, noun + NAME_REACH)).end();
        return doc.get(Keys.ACTORS).stream().anyMatch(a -> a.span().start() > from && a.span().start() < to && a.entityId().startsWith("person/")
                && a.title() != null && a.title().contains(tokens.get(noun).text()));
    }

    /**
     * The speakers of a relay ("نقلت الوكالة عن …"): those the relay named, else, when it named no
     * actor ({@code relayed} null), the side of the unnamed source after "عن" ("عن مصدر دبلوماسي
     * مصري"); null when there is none (no statement).
     */
    List<String> relayed(AnnotatedArticle doc, List<String> relayed, List<Token> tokens, int afterWord, List<ActorMention> actors) {
        int source = ArabicSpeakers.relaySource(tokens, afterWord);
        String side = relayed == null && source >= 0 ? sideOf(doc, tokens, source, actors) : null;
        return side != null ? List.of(side) : relayed;
    }

    /**
     * A byline: "القاهرة - كتب محمد عبد الحميد:" as the body's first sentence ({@code first}), or a line
     * of its own where the verb is set off by a dash or a colon and one to four words name the writer
     * ("كتب - محرر الشؤون العربية"، "كتبت: سلمى الحسيني"). The writer states nothing, and his name may
     * be a namesake of someone the gazetteer knows. "وكتب ماكرون على منصة إكس:" is no byline: no dash
     * or colon follows the verb.
     */
    static boolean byline(String text, Sentence s, List<Token> tokens, int word, boolean first) {
        String w = tokens.get(word).text();
        if (!w.equals("كتب") && !w.equals("كتبت")) {
            return false;
        }
        String line = text.substring(s.start(), s.end()).strip();
        return first && line.endsWith(":") || ownLine(text, s) && BYLINE_LINE.matcher(line).matches();
    }

    /** An optional place and dash, the verb, a dash or a colon, one to four words, an optional colon. */
    private static final Pattern BYLINE_LINE =
            Pattern.compile("(?:[^\\s:]+\\s*[-–—]\\s*)?كتبت?\\s*[-–—:]\\s*[^\\s:]+(?:\\s+[^\\s:]+){0,3}\\s*:?");

    /** Nothing but blanks stands between the sentence and the line breaks around it. */
    private static boolean ownLine(String text, Sentence s) {
        for (int i = s.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        for (int i = s.end(); i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
