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
     * when last compact (a store that never noted one notes its size now). Returns whether it did.
     */
    public static boolean compactIfItPays(HilfStore store) {
        long now = dataBytes(store);
        long compact = readLong(store.dir().resolve(COMPACTED_SIZE));
        if (compact <= 0) {
            noteCompact(store);
            return false;
        }
        if (now <= COMPACT_WHEN_GROWN * compact) {
            return false;
        }
        LOG.info("compacting {}: {} bytes of data, {} when last compact", store.dir(), now, compact);
        store.compact();
        noteCompact(store);
        return true;
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
