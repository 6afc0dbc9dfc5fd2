package org.hilf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.hilf.read.Shown;

/**
 * What a store needs after a load so that it stays small and fast: compaction when it pays, and
 * the statistics TDB2's query optimiser orders joins by ({@code stats.opt}). Both read the whole
 * store, so neither runs after every ingest: each runs when the store has changed enough since
 * the last time that the work pays, by rules that cost nothing to check.
 */
public final class StoreUpkeep {
    /**
     * Compact when the data on disk is more than this times its size after the last compaction
     * or bulk load. Transactional writes leave the blocks they replaced behind (TDB2 keeps old
     * versions until compacted) and the store grows with the articles added, so the rule bounds
     * the waste to half the live data while compacting only after growth by half: the total
     * work of compaction over a store's life is a few times its final size, not once per ingest.
     * TDB2 compacts into a new generation beside the old one: while it runs, the disk holds the
     * old generation and a compact copy of the live data.
     */
    static final double COMPACT_WHEN_GROWN = Double.parseDouble(System.getProperty("hilf.compactWhenGrown", "1.5"));
    /**
     * No compaction after an ingest when the store's compact size is above this many bytes (system
     * property {@code hilf.compactUpTo}; default 1 GiB, some 4,000 articles). TDB2 compacts by
     * copying every quad through a transaction: seconds for a small store, but a 48 M-quad store
     * (100,000 articles, 18 GB) had not finished after 8 minutes, which no ingest of ten articles
     * should pay for. Above the cap the ingest says how much a compaction would reclaim, and
     * {@code hilf compact} does it when the user chooses.
     */
    static final long COMPACT_UP_TO = Long.getLong("hilf.compactUpTo", 1L << 30);
    /** Refresh the statistics when an ingest wrote more than this share of the quads they counted. */
    static final double STATS_WHEN_CHANGED = 0.10;
    /** The size of the data after the last compaction or bulk load, in the store folder. */
    static final String COMPACTED_SIZE = "compacted-size";
    /** TDB2's statistics file, which it reads from the data generation's folder when it opens the store. */
    static final String STATS = "stats.opt";

    private static final Pattern COUNT = Pattern.compile("\\(count (\\d+)\\)");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreUpkeep.class);

    private StoreUpkeep() { }

    /**
     * After a load that wrote {@code written} quads: a bulk load into an empty store left it
     * compact, and notes so; transactions left old blocks, which a compaction reclaims when it
     * pays. Then the optimiser's statistics, when the store changed enough.
     */
    public static void afterLoad(HilfStore store, boolean bulkIntoEmpty, long written) {
        boolean compacted = false;
        if (bulkIntoEmpty) {
            noteCompact(store);
        } else {
            compacted = compactIfItPays(store);
        }
        // a compaction makes a new data generation, without statistics: they are written anew
        refreshStatisticsIfStale(store, compacted ? Long.MAX_VALUE : written);
    }

    /** Notes the data's size as compact: after a bulk load into an empty store, and after a compaction. */
    public static void noteCompact(HilfStore store) {
        write(store.dir().resolve(COMPACTED_SIZE), Long.toString(dataBytes(store)));
    }

    /**
     * Compacts the store when its data has grown past {@link #COMPACT_WHEN_GROWN} times its size
     * when last compact (a store that never noted one notes its size now), and that size is at
     * most {@link #COMPACT_UP_TO}; a bigger store is only told what a compaction would reclaim.
     * Returns whether it compacted.
     */
    public static boolean compactIfItPays(HilfStore store) {
        long now = dataBytes(store);
        long compact = readLong(store.dir().resolve(COMPACTED_SIZE));
        if (compact <= 0) {
            noteCompact(store);
            return false;
        }
        if (!grownPastRule(now, compact)) {
            return false;
        }
        if (!smallEnoughToCompact(compact)) {
            LOG.warn("{}: {} MB of data, {} MB when last compact; not compacted after an ingest above {} MB (a copy of"
                    + " the whole store): run `hilf compact --store {}` when the store can be busy for a while",
                    store.dir(), now >> 20, compact >> 20, COMPACT_UP_TO >> 20, store.dir());
            return false;
        }
        compact(store);
        return true;
    }

    /** The growth rule alone: data of {@code now} bytes, {@code compact} when last compact. */
    static boolean grownPastRule(long now, long compact) { return now > COMPACT_WHEN_GROWN * compact; }

    /** True when a store compact at {@code compact} bytes is compacted after an ingest at all (the cap). */
    static boolean smallEnoughToCompact(long compact) { return compact <= COMPACT_UP_TO; }

    /** Compacts the store now, whatever its size, and notes its compact size (the statistics are the caller's: the new generation has none). */
    public static void compact(HilfStore store) {
        LOG.info("compacting {}: {} bytes of data", store.dir(), dataBytes(store));
        store.compact();
        noteCompact(store);
    }

    /**
     * Writes TDB2's statistics of the store's union graph (what queries see) when there are none,
     * or when {@code written} quads are more than {@link #STATS_WHEN_CHANGED} of those they
     * counted. TDB2 reads them when it opens the store: queries of a later process use them.
     * Returns whether it wrote them.
     */
    public static boolean refreshStatisticsIfStale(HilfStore store, long written) {
        Path file = dataDir(store).resolve(STATS);
        long counted = Files.exists(file) ? countIn(file) : -1;
        if (counted >= 0 && written <= STATS_WHEN_CHANGED * counted) {
            return false;
        }
        writeStatistics(store);
        return true;
    }

    /** Counts the union graph's triples by predicate and by class, as {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph}. */
    public static void writeStatistics(HilfStore store) {
        DatasetGraph dsg = store.datasetGraph();
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Path file = dataDir(store).resolve(STATS);
        Txn.executeRead(dsg, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
            Iterator<Tuple<NodeId>> it = SolverLibTDB.unionGraph(quads);
            while (it.hasNext()) {
                Tuple<NodeId> t = it.next();
                stats.record(t.get(0), t.get(1), t.get(2), t.get(3));
            }
            Path tmp = file.resolveSibling(STATS + ".tmp");
            Stats.write(tmp.toString(), stats.results());
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + Shown.path(file) + ": " + Shown.reason(e), e);
            }
        });
    }

    /** The bytes of the store's data generation on disk. */
    static long dataBytes(HilfStore store) {
        try (Stream<Path> s = Files.walk(dataDir(store))) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + Shown.path(store.dir()) + ": " + Shown.reason(e), e);
        }
    }

    private static Path dataDir(HilfStore store) {
        Path dir = Compactions.dataDir(store.datasetGraph());
        if (dir == null) {
            throw new IllegalStateException(Shown.path(store.dir()) + " is not a TDB2 store on disk");
        }
        return dir;
    }

    private static long countIn(Path statsFile) {
        try {
            Matcher m = COUNT.matcher(Files.readString(statsFile));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long readLong(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Shown.path(file) + ": " + Shown.reason(e), e);
        }
    }
}
