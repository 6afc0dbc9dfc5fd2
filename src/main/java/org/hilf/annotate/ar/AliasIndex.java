package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hilf.annotate.CharTrie;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.WordFilter;

/**
 * The gazetteer's Arabic surface forms as token sequences, for longest-match lookup in a
 * sentence. Adjectives are inflected here (feminine, dual, plural, definite), so the data
 * lists only the masculine singular. Latin forms from the gazetteer are indexed too: Arabic
 * news writes NATO, AUKUS or IP4 in Latin letters. Immutable and thread-safe.
 */
public final class AliasIndex {

    /** One indexed form: its folded tokens and what it names. */
    public record Entry(List<String> tokens, String entityId, Gazetteer.FormKind kind, boolean definite) { }

    /** A form found in a sentence: tokens [from, to) of the sentence. */
    public record Match(Entry entry, int from, int to, Clitics.Reading firstReading) { }

    /** Suffixes of the nisba adjective: masc. sg., fem. sg., masc. pl. (nom./obl.), dual, fem. dual, fem. pl. */
    private static final String[] NISBA_SUFFIXES = {"", "ه", "ون", "ين", "ان", "تان", "تين", "ات"};

    private final Map<String, Forms> byFirst = new HashMap<>();
    /** The keys of {@link #byFirst}, asked first when this index got no bit of the clitics' {@link FirstWords}. */
    private final WordFilter firsts = new WordFilter();
    /** This index's bit in the clitics' {@link FirstWords}, tested first: most tokens begin no form. */
    private final int bit;
    /** Skeletons of people's full names of two or more words → the person ({@link NameSkeleton}). */
    private final Map<String, String> personSkeletons = new HashMap<>();
    /** Folded capital names ("بكين") → the state they are the capital of. */
    private final Map<String, String> capitals = new HashMap<>();
    /** Skeletons shared by two people: useless as a key. */
    private final java.util.Set<String> ambiguousSkeletons = new java.util.HashSet<>();
    /**
     * The keys of {@link #personSkeletons} as a trie: a skeleton match at a token needs the skeleton
     * of the token and the next to begin one of them, which most tokens' do not ({@link #skeletonAt}
     * was a tenth of the annotation time when it built and looked up the skeletons of two to four
     * words at every token, and still 8 % when it built and looked up the first two words' in a set
     * of every beginning of every key: the trie is walked by the tokens' own skeletons instead).
     */
    private final CharTrie skeletonKeys = new CharTrie();
    private final Clitics clitics;

    public AliasIndex(Gazetteer gazetteer, ArabicNormalizer normalizer, Clitics clitics) {
        this.clitics = clitics;
        this.bit = clitics.firstWords.newIndex();
        for (Gazetteer.Form f : gazetteer.forms()) {
            // the script is looked at last, and only for the few forms of other languages that could be acronyms
            if (!f.language().equals("ar") && !(f.kind() == Gazetteer.FormKind.NAME && isAcronym(f.text()) && latin(f.text()))) {
                continue;
            }
            List<String> tokens = split(normalizer.normalize(f.text()));
            if (tokens.isEmpty()) {
                continue;
            }
            if (f.kind() == Gazetteer.FormKind.ADJECTIVE) {
                for (String suffix : NISBA_SUFFIXES) {
                    List<String> inflected = tokens.stream().map(t -> t.endsWith("ي") ? t + suffix : t).toList();
                    add(new Entry(inflected, f.entityId(), f.kind(), false));
                    add(new Entry(inflected.stream().map(t -> "ال" + t).toList(), f.entityId(), f.kind(), true));
                }
            } else {
                add(new Entry(tokens, f.entityId(), f.kind(), tokens.get(0).startsWith("ال")));
                if (f.kind() == Gazetteer.FormKind.CAPITAL) {
                    capitals.put(String.join(" ", tokens), f.entityId());
                }
                if (f.kind() == Gazetteer.FormKind.NAME && tokens.size() >= 2 && f.entityId().startsWith("person/")) {
                    String key = NameSkeleton.of(tokens);
                    skeletonKeys.add(key);
                    String old = personSkeletons.putIfAbsent(key, f.entityId());
                    if (old != null && !old.equals(f.entityId())) {
                        ambiguousSkeletons.add(key);
                    }
                }
            }
        }
    }

    private static boolean latin(String s) {
        return s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Latin forms are indexed for Arabic text only when written as acronyms or short codes (NATO, IP4, G7). */
    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * The forms that begin with one word: that word alone, and the longer ones by their second word.
     * A common first word begins many forms (محمد over 160, مجلس and وكالة dozens): the next token's
     * word finds the few that may follow instead of comparing it with each.
     */
    private static final class Forms {
        final List<Entry> alone = new ArrayList<>(1);
        final Map<String, List<Entry>> bySecond = new HashMap<>(4);

        List<Entry> of(Entry e) {
            List<String> words = e.tokens();
            return words.size() == 1 ? alone : bySecond.computeIfAbsent(words.get(1), k -> new ArrayList<>(2));
        }
    }

    private void add(Entry e) {
        Forms forms = byFirst.computeIfAbsent(e.tokens().get(0), k -> {
            Forms made = new Forms();
            firsts.add(k);
            clitics.firstWords.add(k, bit, made);
            return made;
        });
        List<Entry> list = forms.of(e);
        for (Entry old : list) {
            if (old.tokens().equals(e.tokens()) && old.entityId().equals(e.entityId())) {
                return;
            }
        }
        list.add(e);
    }

    /** What separates the words of a folded form: compiled once (split runs for every form of the gazetteer). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static List<String> split(String folded) {
        List<String> out = new ArrayList<>();
        for (String t : NON_WORD.split(folded)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The state whose adjective of nationality matches at token i ("الإثيوبية"), with the token after it; null when none does. */
    public Match adjectiveAt(List<Token> tokens, int i) {
        for (Match m : matchesAt(tokens, i)) {
            if (m.entry().kind() == Gazetteer.FormKind.ADJECTIVE && m.entry().entityId().startsWith("state/")) {
                return m;
            }
        }
        return null;
    }

    /**
     * All forms that start at token {@code i}, longest first: the first word as written, then
     * without its clitics; the other words as written. Unmodifiable (most tokens begin no form:
     * they get the one empty list, and no list is made or sorted for them; it is {@link
     * Collections#emptyList()}, whose iterator is one object too, where {@code List.of()} makes one
     * per loop over it: the callers' loops made a tenth of the bytes the Arabic annotation allocated).
     */
    public List<Match> matchesAt(List<Token> tokens, int i) {
        if (!clitics.mayBegin(tokens.get(i), bit)) {
            return Collections.emptyList();
        }
        Clitics.Readings readings = tokens.get(i).readings(clitics);
        List<Match> out = null;
        // by index, not by iterator: this runs at every token of every sentence
        for (int ri = 0; ri < readings.list.size(); ri++) {
            Clitics.Reading r = readings.list.get(ri);
            // kept with the readings when this index has a bit, else looked up
            Forms forms = bit != FirstWords.NONE ? (Forms) readings.phrases(ri, bit)
                    : firsts.mayContain(r.word()) ? byFirst.get(r.word()) : null;
            if (forms == null) {
                continue;
            }
            out = matches(forms.alone, tokens, i, r, out);
            if (i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore()) {
                List<Entry> longer = forms.bySecond.get(tokens.get(i + 1).text());
                if (longer != null) {
                    out = matches(longer, tokens, i, r, out);
                }
            }
        }
        if (out == null) {
            return Collections.emptyList();
        }
        out.sort(AliasIndex::longestFirst);
        return Collections.unmodifiableList(out);
    }

    /**
     * Adds to {@code out} (made when null) the forms of {@code cands} whose words from the third on
     * follow token i + 1 as written, with no break between: the first two words have matched.
     */
    private static List<Match> matches(List<Entry> cands, List<Token> tokens, int i, Clitics.Reading r, List<Match> out) {
        for (int ci = 0; ci < cands.size(); ci++) {
            Entry e = cands.get(ci);
            int n = e.tokens().size();
            if (i + n > tokens.size() || articleOnBareState(e, r)) {
                continue;
            }
            boolean ok = true;
            for (int k = 2; k < n && ok; k++) {
                ok = tokens.get(i + k).text().equals(e.tokens().get(k)) && !tokens.get(i + k).breakBefore();
            }
            if (ok) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new Match(e, i, i + n, r));
            }
        }
        return out;
    }

    /**
     * A state's name or capital written without the article never takes it: "المالية" and "المالي"
     * are "financial", not Malé or Mali; "السورية" is the adjective. A state whose name has the article
     * ("اليابان") lists it so. Adjectives take the article (their definite forms are indexed apart).
     */
    private static boolean articleOnBareState(Entry e, Clitics.Reading r) {
        return r.prefix().endsWith("ال") && e.kind() != Gazetteer.FormKind.ADJECTIVE && !e.definite()
                && e.entityId().startsWith("state/");
    }

    /** The order of {@link #matchesAt}: longest first, then as written, then the shorter clitic, then by kind. */
    private static int longestFirst(Match a, Match b) {
        int len = Integer.compare(b.to() - b.from(), a.to() - a.from());
        if (len != 0) {
            return len;
        }
        int stripped = Boolean.compare(a.firstReading().stripped(), b.firstReading().stripped());
        if (stripped != 0) {
            return stripped;
        }
        // "والفلبينية": و + الفلبينية before وال + فلبينية: the shorter clitic keeps the article.
        int clitic = Integer.compare(a.firstReading().prefix().length(), b.firstReading().prefix().length());
        // Same words, two entities (Oman's name is Amman's spelling): a name beats a capital or surname.
        return clitic != 0 ? clitic : a.entry().kind().compareTo(b.entry().kind());
    }

    /** True when the folded words are a name of the state's capital ("زار بكين": Beijing, standing for China). */
    public boolean isCapitalOf(String foldedWords, String stateId) {
        return stateId.equals(capitals.get(String.join(" ", split(foldedWords))));
    }

    /** Longest name span tried for a skeleton match, in words. */
    private static final int MAX_SKELETON_WORDS = 4;

    /**
     * The person whose full name has the same skeleton as tokens [i, i + n) for the longest n ≥ 2,
     * as {@code {personId, n}}, or null. Only a fallback where no exact name matched.
     */
    public Object[] skeletonAt(List<Token> tokens, int i) {
        // a skeleton is its words' skeletons joined, so the first two words' begin any key that matches
        if (i + 1 >= tokens.size() || tokens.get(i + 1).breakBefore()
                || NameSkeleton.walk(NameSkeleton.walk(skeletonKeys.root(), tokens.get(i).text()), tokens.get(i + 1).text()) == null) {
            return null;
        }
        for (int n = Math.min(MAX_SKELETON_WORDS, tokens.size() - i); n >= 2; n--) {
            StringBuilder joined = new StringBuilder();
            boolean broken = false;
            for (int k = i; k < i + n; k++) {
                if (k > i && tokens.get(k).breakBefore()) {
                    broken = true;
                    break;
                }
                joined.append(tokens.get(k).skeleton());
            }
            if (broken) {
                continue;
            }
            String key = joined.toString();
            String person = personSkeletons.get(key);
            if (person != null && !ambiguousSkeletons.contains(key) && key.length() >= 6) {
                return new Object[] {person, n};
            }
        }
        return null;
    }

    /** True when some form starts with this word (as written or without clitics). */
    public boolean knows(String word) {
        for (Clitics.Reading r : clitics.readings(word)) {
            if (firsts.mayContain(r.word()) && byFirst.containsKey(r.word())) {
                return true;
            }
        }
        return false;
    }
}
