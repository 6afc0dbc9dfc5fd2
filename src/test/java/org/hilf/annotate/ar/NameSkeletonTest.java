package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.hilf.annotate.CharTrie;
import org.junit.jupiter.api.Test;

class NameSkeletonTest {
    @Test
    void spellingVariantsShareTheirSkeleton() {
        assertEquals("ستلتنبرج", NameSkeleton.of(List.of("ستولتنبرغ")));
        assertEquals("ستلتنبرج", NameSkeleton.of(List.of("ستولتنبيرق")));
        assertEquals("رته", NameSkeleton.of(List.of("روتيه")));
        assertEquals("ينسستلتنبرج", NameSkeleton.of(List.of("ينس", "ستولتنبرغ")));
    }

    /** walk reaches the node the word's skeleton reaches, for every word tried, without making the skeleton. */
    @Test
    void walkGoesWhereTheSkeletonGoes() {
        CharTrie trie = new CharTrie();
        trie.add(NameSkeleton.of(List.of("ينس", "ستولتنبرغ")));
        trie.add(NameSkeleton.of(List.of("مارك", "روته")));
        for (String w : List.of("ينس", "يانس", "ماارك", "مارق", "ستولتنبيرق", "روتيه", "وو", "ا", "ييي", "ككغ", "زيد")) {
            CharTrie.Node expected = CharTrie.walk(trie.root(), NameSkeleton.of(List.of(w)));
            assertSame(expected, NameSkeleton.walk(trie.root(), w), w);
        }
        CharTrie.Node yns = NameSkeleton.walk(trie.root(), "ينس");
        assertSame(CharTrie.walk(yns, NameSkeleton.of(List.of("ستولتنبيرق"))), NameSkeleton.walk(yns, "ستولتنبيرق"));
        assertNull(NameSkeleton.walk(null, "ينس"));
    }
}
