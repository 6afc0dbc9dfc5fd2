package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharTrieTest {
    @Test
    void walksBeginningsAndEnds() {
        CharTrie trie = new CharTrie();
        trie.add("ستلتنبرج");
        trie.add("ستب");
        CharTrie.Node st = CharTrie.walk(trie.root(), "ست");
        assertNotNull(st);
        assertFalse(st.end());
        assertTrue(CharTrie.walk(st, "ب").end());
        assertTrue(CharTrie.walk(CharTrie.walk(trie.root(), "ستلت"), "نبرج").end());
        assertNull(CharTrie.walk(st, "ج"));
        assertNull(CharTrie.walk(null, "ب"));
        assertTrue(CharTrie.walk(trie.root(), "") == trie.root());
    }

    /** A node with a table by character (letters close together), a wide one and one with a single child find the same children. */
    @Test
    void findsChildrenWithAndWithoutTable() {
        CharTrie trie = new CharTrie();
        String[] words = {"جب", "جت", "جي", "ا", "a", "ءz", "ءzz", "ب"};
        for (String w : words) {
            trie.add(w);
        }
        for (String w : words) {
            assertTrue(CharTrie.walk(trie.root(), w).end(), w);
        }
        // below, between, inside and beyond the table's letters (ج's children), and off the wide root and the one-child node
        for (String w : new String[] {"جا", "جث", "جى", "ج\u0700", "ث", "b", "\u0700", "ءzy", "ءy"}) {
            assertNull(CharTrie.walk(trie.root(), w), w);
        }
        assertFalse(CharTrie.walk(trie.root(), "ج").end());
    }
}
