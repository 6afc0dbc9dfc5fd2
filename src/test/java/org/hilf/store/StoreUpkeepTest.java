package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compaction rule: growth by half past the compact size, and only for a store small enough to copy quickly. */
class StoreUpkeepTest {
    @Test
    void growthByHalfPassesTheRule() {
        assertFalse(StoreUpkeep.grownPastRule(150, 100));
        assertTrue(StoreUpkeep.grownPastRule(151, 100));
    }

    @Test
    void aSmallStoreIsCompactedAfterAnIngestABigOneIsNot() {
        assertTrue(StoreUpkeep.smallEnoughToCompact(500L << 20), "2,000 articles, 0.5 GB");
        assertFalse(StoreUpkeep.smallEnoughToCompact(4L << 30), "20,000 articles, 4 GB: hours of copying at 100,000");
    }
}
