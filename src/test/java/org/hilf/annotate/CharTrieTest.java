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
}
