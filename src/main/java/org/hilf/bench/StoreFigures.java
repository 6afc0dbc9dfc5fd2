package org.hilf.bench;

import java.util.List;

/**
 * What {@link StoreBenchmark} measured.
 *
 * @param articlesRead    articles the ingest stored
 * @param articlesFailed  files it could not read
 * @param articlesInStore articles the store holds afterwards
 * @param quadsWritten    quads the ingest wrote (its own count)
 * @param quadsStored     quads in the store afterwards (duplicates dropped)
 * @param ingestSeconds   {@code Ingestion.run}, from reading the first file to the end of compaction
 * @param countSeconds    the counts `hilf ingest` prints afterwards (a scan of the store)
 * @param ingestMemory    memory during the ingest
 * @param ingestBytes     the ingested store on disk
 * @param ingestDiskPeak  the most it held on disk during the ingest
 * @param nquads          quads written to the N-Quads file
 * @param nquadsBytes     that file's size
 * @param dumpSeconds     writing it
 * @param bulkSeconds     the bulk loader, from the N-Quads file to a finished store (as tdb2.tdbloader)
 * @param bulkMemory      memory during the bulk load
 * @param bulkBytes       the bulk-loaded store on disk
 * @param bulkDiskPeak    the most it held on disk during the load
 * @param queries         each query's times on the ingested store
 */
public record StoreFigures(int articlesRead, int articlesFailed, long articlesInStore, long quadsWritten, long quadsStored,
                           double ingestSeconds, double countSeconds, MemoryWatch.Use ingestMemory, long ingestBytes,
                           long ingestDiskPeak, long nquads, long nquadsBytes, double dumpSeconds, double bulkSeconds,
                           MemoryWatch.Use bulkMemory, long bulkBytes, long bulkDiskPeak, List<QueryTimer.Timing> queries) {

    /** How many times as long the ingest took as the bulk loader on the same quads. */
    public double ingestOverBulk() { return ingestSeconds / bulkSeconds; }
}
