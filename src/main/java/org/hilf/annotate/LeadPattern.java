package org.hilf.annotate;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the literal words every match of it begins with (its leads), found where one of
 * them begins instead of at every position. {@link Matcher#find()} tries a pattern at each
 * character, and a pattern that begins with an alternation of many words ("(يناير|فبراير|…)")
 * tries each word there: the Arabic date patterns spent a quarter of the annotation time so.
 *
 * <p>Contract: every match of the pattern begins with one of the leads (a superset does no harm
 * but time), and, for a pattern made {@code atWordStart}, where no letter or ASCII digit stands
 * before it (the pattern begins with {@code (?<![\p{L}\d])}). Then {@link #find} finds exactly
 * the matches {@code Matcher.find} would, in the same order. Immutable and thread-safe; a matcher
 * is one thread's.
 */
public final class LeadPattern {
    private final Pattern pattern;
    /** True when a match begins only where no letter or ASCII digit stands before it. */
    private final boolean atWordStart;
    /** True when the leads are found whatever the case of their ASCII letters (they are kept in lower case). */
    private final boolean ignoringCase;
    /** The leads as a trie: at a position the text is walked down it, one character a step. */
    private final CharTrie leads = new CharTrie();
    /** One bit per character that begins a lead: most characters are refused by one look here. */
    private final long[] isFirst = new long[1 << 10];
    /** The leads as given, for a {@link Group}'s trie. */
    private final List<String> leadWords;

    /** A pattern whose matches begin with one of {@code leads} where no letter or ASCII digit stands before them. */
    public static LeadPattern atWordStart(Pattern pattern, Collection<String> leads) {
        return new LeadPattern(pattern, leads, true, false);
    }

    /**
     * As {@link #atWordStart}, for a pattern that matches ASCII letters whatever their case ({@code (?i)}
     * without {@code UNICODE_CASE}): a lead is found at a position whatever the case of the ASCII
     * letters written there ("July", "JULY" for the lead "july"). Not for a {@link Group}.
     */
    public static LeadPattern atWordStartIgnoringCase(Pattern pattern, Collection<String> leads) {
        return new LeadPattern(pattern, leads, true, true);
    }

    public LeadPattern(Pattern pattern, Collection<String> leads) {
        this(pattern, leads, false, false);
    }

    private LeadPattern(Pattern pattern, Collection<String> leads, boolean atWordStart, boolean ignoringCase) {
        this.pattern = pattern;
        this.atWordStart = atWordStart;
        this.ignoringCase = ignoringCase;
        this.leadWords = List.copyOf(leads);
        for (String lead : leads) {
            if (lead.isEmpty()) {
                throw new IllegalArgumentException("an empty lead would match everywhere: " + pattern);
            }
            String kept = ignoringCase ? asciiLowerCase(lead) : lead;
            this.leads.add(kept);
            char first = kept.charAt(0);
            markFirst(first);
            if (ignoringCase && first >= 'a' && first <= 'z') {
                markFirst((char) (first - ('a' - 'A')));
            }
        }
    }

    private void markFirst(char c) {
        isFirst[c >>> 6] |= 1L << c;
    }

    /** {@code c} in lower case when it is an ASCII capital, else itself: the case (?i) ignores. */
    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String asciiLowerCase(String s) {
        char[] out = s.toCharArray();
        for (int k = 0; k < out.length; k++) {
            out[k] = asciiLowerCase(out[k]);
        }
        return new String(out);
    }

    public Pattern pattern() { return pattern; }

    /** A matcher for {@link #find}: its bounds transparent and not anchoring, so that a region is invisible to the pattern. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The first match in {@code text} that begins at or after {@code from}, as {@code Matcher.find}
     * would find it after a match that ended at {@code from}; the matcher (from {@link #matcher},
     * on the same text) then holds it. The caller goes on from the match's end.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        int n = text.length();
        for (int p = from; p < n; p++) {
            if (leadAt(text, p)) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The positions of {@code text} where a pattern made {@code atWordStart} may begin a match: where
     * no letter or ASCII digit stands before (the start, and after spaces and punctuation), ascending.
     * Made once for a text and shared by all such patterns tried on it ({@link Group#starts}): walking
     * every character of a sentence once per pattern was a tenth of the Arabic annotation time.
     */
    public static int[] wordStarts(CharSequence text) {
        int n = text.length();
        int[] starts = new int[n];
        int count = 0;
        boolean afterWord = false;
        for (int p = 0; p < n; p++) {
            if (!afterWord) {
                starts[count++] = p;
            }
            char c = text.charAt(p);
            afterWord = Letters.isLetter(c) || c >= '0' && c <= '9';
        }
        return Arrays.copyOf(starts, count);
    }

    /** True when one of the leads begins at position {@code p}. */
    private boolean leadAt(CharSequence text, int p) {
        char c = text.charAt(p);
        if ((isFirst[c >>> 6] & (1L << c)) == 0) {
            return false;
        }
        if (atWordStart && p > 0) {
            // a letter of the BMP or a digit before p is one before the match: the pattern refuses it too
            char before = text.charAt(p - 1);
            if (Letters.isLetter(before) || before >= '0' && before <= '9') {
                return false;
            }
        }
        CharTrie.Node node = leads.root();
        for (int k = p; k < text.length(); k++) {
            node = node.child(ignoringCase ? asciiLowerCase(text.charAt(k)) : text.charAt(k));
            if (node == null) {
                return false;
            }
            if (node.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Patterns made {@code atWordStart} that are tried on the same texts (at most 32): which of them
     * have a lead at each word start of a text, found by one walk of a trie of all their leads per
     * word start instead of one walk per pattern (the nine Arabic date patterns each walked every
     * word start of every sentence: 6 % of the Arabic annotation time). Immutable and thread-safe.
     */
    public static final class Group {
        private final List<LeadPattern> patterns;
        /** Every pattern's leads; a lead's marks are the bits of the patterns it leads (bit k: patterns[k]). */
        private final CharTrie leads = new CharTrie();
        /** One bit per character that begins a lead: a word start whose character begins none is passed over at once. */
        private final long[] isFirst = new long[1 << 10];

        public Group(List<LeadPattern> patterns) {
            if (patterns.size() > Integer.SIZE) {
                throw new IllegalArgumentException("a group holds at most 32 patterns, not " + patterns.size());
            }
            this.patterns = List.copyOf(patterns);
            for (int k = 0; k < patterns.size(); k++) {
                LeadPattern p = patterns.get(k);
                if (!p.atWordStart) {
                    throw new IllegalArgumentException("word starts are a superset of the match starts only at word starts: " + p.pattern);
                }
                if (p.ignoringCase) {
                    throw new IllegalArgumentException("a group's leads are found in the case they are written: " + p.pattern);
                }
                for (String lead : p.leadWords) {
                    leads.add(lead, 1 << k);
                    isFirst[lead.charAt(0) >>> 6] |= 1L << lead.charAt(0);
                }
            }
        }

        /** The word starts of {@code text} ({@link #wordStarts}) and the patterns with a lead at each. */
        public Starts starts(CharSequence text) {
            int[] starts = wordStarts(text);
            int[] marks = new int[starts.length];
            for (int k = 0; k < starts.length; k++) {
                char first = text.charAt(starts[k]);
                if ((isFirst[first >>> 6] & (1L << first)) == 0) {
                    continue; // no lead begins with it: the walk below would mark nothing
                }
                CharTrie.Node node = leads.root();
                for (int p = starts[k]; p < text.length() && node != null; p++) {
                    node = node.child(text.charAt(p));
                    if (node != null) {
                        marks[k] |= node.marks();
                    }
                }
            }
            return new Starts(this, text, starts, marks);
        }
    }

    /** A text's word starts with the patterns of a {@link Group} that have a lead at each; one thread's. */
    public static final class Starts {
        private final Group group;
        private final CharSequence text;
        private final int[] starts;
        private final int[] marks;

        /** The marks or-ed: the patterns with a lead at some word start. */
        private final int any;

        private Starts(Group group, CharSequence text, int[] starts, int[] marks) {
            this.group = group;
            this.text = text;
            this.starts = starts;
            this.marks = marks;
            int or = 0;
            for (int mark : marks) {
                or |= mark;
            }
            this.any = or;
        }

        /**
         * False when {@link #find} of {@code p}, one of the group's patterns, finds nothing in this
         * text, as no lead of it begins at a word start: its matcher need not be made (most sentences
         * hold a lead of few of the Arabic date patterns).
         */
        public boolean mayFind(LeadPattern p) {
            return (any & bit(p)) != 0;
        }

        private int bit(LeadPattern p) {
            int index = group.patterns.indexOf(p);
            if (index < 0) {
                throw new IllegalArgumentException("not a pattern of this group: " + p.pattern);
            }
            return 1 << index;
        }

        /**
         * As {@link LeadPattern#find(Matcher, CharSequence, int)} of {@code p}, one of the group's
         * patterns, on this text (m from its {@link LeadPattern#matcher} on the same text): the same
         * matches, trying only the word starts where one of p's leads begins.
         */
        public boolean find(LeadPattern p, Matcher m, int from) {
            int bit = bit(p);
            int n = text.length();
            int k = Arrays.binarySearch(starts, from);
            for (k = k < 0 ? -k - 1 : k; k < starts.length; k++) {
                if ((marks[k] & bit) != 0) {
                    m.region(starts[k], n);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
