package org.hilf.annotate;

import java.util.Arrays;

/**
 * Strings as a trie of characters, walked one character a step: for asking, at every token or
 * position of a text, whether what stands there begins or is one of many strings, without building
 * a string or hashing one. Filled once ({@link #add}), then only read: thread-safe once published
 * through a final field.
 */
public final class CharTrie {
    /** A node: its children by character, sorted; {@code end} when an added string ends here. */
    public static final class Node {
        private char[] chars = new char[0];
        private Node[] children = new Node[0];
        private boolean end;
        /** The marks the strings ending here were added with, or-ed ({@link #add(CharSequence, int)}). */
        private int marks;

        /**
         * The children by {@code c - base} when this node has two or more in a narrow range (a word's
         * letters: the top of a trie of names), else null. A name's skeleton is walked at every
         * token, and the binary search over a wide node was 3 % of the Arabic annotation time.
         */
        private Node[] direct;
        private char base;

        /** The child for {@code c}, or null. */
        public Node child(char c) {
            Node[] d = direct;
            if (d != null) {
                int k = c - base;
                return k >= 0 && k < d.length ? d[k] : null;
            }
            if (chars.length <= 1) { // most nodes below the top: one way on, or none
                return chars.length == 1 && chars[0] == c ? children[0] : null;
            }
            int i = Arrays.binarySearch(chars, c);
            return i < 0 ? null : children[i];
        }

        /** True when an added string ends here. */
        public boolean end() { return end; }

        /** The marks of the strings that end here, or-ed; 0 when none or none was marked. */
        public int marks() { return marks; }

        private Node add(char c) {
            int i = Arrays.binarySearch(chars, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] cs = new char[chars.length + 1];
            Node[] ns = new Node[children.length + 1];
            System.arraycopy(chars, 0, cs, 0, at);
            System.arraycopy(children, 0, ns, 0, at);
            System.arraycopy(chars, at, cs, at + 1, chars.length - at);
            System.arraycopy(children, at, ns, at + 1, children.length - at);
            cs[at] = c;
            ns[at] = new Node();
            chars = cs;
            children = ns;
            index();
            return ns[at];
        }

        /** Builds {@link #direct} when this node has {@link #DIRECT_CHILDREN} children or more within {@link #DIRECT_RANGE}. */
        private void index() {
            int range = chars[chars.length - 1] - chars[0] + 1;
            if (chars.length < DIRECT_CHILDREN || range > DIRECT_RANGE) {
                direct = null;
                return;
            }
            Node[] d = new Node[range];
            for (int k = 0; k < chars.length; k++) {
                d[chars[k] - chars[0]] = children[k];
            }
            base = chars[0];
            direct = d;
        }

        /** Children a node needs for a table by character (one is compared at once). */
        private static final int DIRECT_CHILDREN = 2;
        /** The widest range of characters a node's table spans (the Arabic letters span 42). */
        private static final int DIRECT_RANGE = 128;
    }

    private final Node root = new Node();

    /** The node of the empty string: every walk starts here. */
    public Node root() { return root; }

    /** Adds {@code s}: its node is an end, each of its beginnings a node. */
    public void add(CharSequence s) {
        add(s, 0);
    }

    /** Adds {@code s} with {@code marks} (bits of the caller's choosing), or-ed into its node's. */
    public void add(CharSequence s, int marks) {
        Node n = root;
        for (int k = 0; k < s.length(); k++) {
            n = n.add(s.charAt(k));
        }
        n.end = true;
        n.marks |= marks;
    }

    /** The node reached from {@code from} by the characters of {@code s}, or null when none is (also when from is null). */
    public static Node walk(Node from, CharSequence s) {
        Node n = from;
        for (int k = 0; k < s.length() && n != null; k++) {
            n = n.child(s.charAt(k));
        }
        return n;
    }
}
