package org.hilf.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.mapreduce.Job;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.hilf.graph.ReferenceMapper;
import org.hilf.read.ArticleReader;
import org.hilf.read.Manifest;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: article files from any Hadoop file system path (local, {@code hdfs://},
 * {@code s3a://}, folders read recursively, globs allowed) → Tika → annotation → N-Quads, as
 * {@code hilf ingest} does, on as many executors as the cluster gives. Writes under OUT:
 * <pre>
 *   nquads/part-r-NNNNN.nq.gz    the articles' quads, one named graph per article
 *   report/part-r-NNNNN.csv      one line per file: file, status (ok|failed), reason, quads, article
 *   reference/reference.nq.gz    the ontology and gazetteer graphs, for a loader other than hilf load
 * </pre>
 * then load with {@code hilf load} or {@code tdb2.xloader}. A folder's META.tsv applies to its files
 * as in an ingest. Bad files are reported, never fail the job.
 */
@Command(name = "org.hilf.spark.AnnotateJob", mixinStandardHelpOptions = true,
        description = {"Annotates article files on Spark and writes gzipped N-Quads partitions and a per-file report.",
                "IN: files, folders or globs on any Hadoop file system; OUT: a folder that does not exist yet."},
        footer = {"", "Example:", "  spark-submit --class org.hilf.spark.AnnotateJob target/hilf-spark.jar s3a://news/2024/ hdfs:///hilf/2024"})
public final class AnnotateJob implements Callable<Integer> {
    /** The size limit of a file, as ingest's. */
    public static final long DEFAULT_MAX_BYTES = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions, each annotated with one pipeline (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--max-size", defaultValue = "52428800", paramLabel = "BYTES",
            description = "Files larger than this are reported and skipped (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: spark-submit's, else local[*]).")
    String master;

    @Parameters(arity = "2..*", paramLabel = "IN... OUT", description = "Inputs, then the output folder.")
    List<String> paths;

    /** What a run did: files that became articles, files that failed (with the first reasons), quads written. */
    public record Summary(long articles, long failed, long quads, List<ReportRow> failures, double seconds) { }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnnotateJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkConf conf = configure(new SparkConf());
        conf.setIfMissing("spark.master", master != null ? master : "local[*]");
        if (master != null) {
            conf.set("spark.master", master);
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int n = partitions != null ? partitions : 4 * sc.defaultParallelism();
            Summary s = run(sc, paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), n, maxSize);
            System.out.printf("Annotated %d article(s) in %.1f s: %d quads; %d file(s) failed.%n",
                    s.articles(), s.seconds(), s.quads(), s.failed());
            s.failures().forEach(r -> System.out.println("  " + r.file() + ": " + r.reason()));
            return s.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * The job's defaults, where the configuration does not say otherwise. Spark counts 4 MB to open
     * each file when it packs files into partitions, a cost made for big files: thousands of 20 KB
     * articles would land in a couple of partitions, whatever --partitions says. Counted as nothing,
     * files are packed by their size, and --partitions gives about that many partitions.
     */
    public static SparkConf configure(SparkConf conf) {
        conf.setIfMissing("spark.app.name", "hilf annotate");
        conf.setIfMissing("spark.files.openCostInBytes", "0");
        return conf;
    }

    /** Runs the job on {@code sc}: {@code inputs} → {@code out}, in about {@code partitions} partitions. */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String out, int partitions, long maxBytes) {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Broadcast<Map<String, String>> manifests = sc.broadcast(manifests(inputs, hadoop));
        Job job;
        try {
            job = Job.getInstance(hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sc.binaryFiles(String.join(",", inputs), partitions)
                .mapPartitionsToPair(new AnnotatePartition(manifests, maxBytes))
                .saveAsNewAPIHadoopFile(out, String.class, String.class, PartitionOutputFormat.class, job.getConfiguration());
        writeReference(new Path(out, "reference/reference.nq.gz"), hadoop);

        JavaRDD<ReportRow> rows = sc.textFile(new Path(out, "report").toString())
                .filter(l -> !l.equals(ReportRow.HEADER) && !l.isEmpty()).map(ReportRow::parse).cache();
        long[] totals = rows.map(r -> new long[] {r.isOk() ? 1 : 0, r.isOk() ? 0 : 1, r.quads()})
                .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        List<ReportRow> failures = rows.filter(r -> !r.isOk()).take(50);
        rows.unpersist();
        return new Summary(totals[0], totals[1], totals[2], failures, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The META.tsv files of the inputs, by folder, read on the driver: each folder given (recursively)
     * and the folder of each file given, as an ingest finds them.
     */
    static Map<String, String> manifests(List<String> inputs, Configuration hadoop) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String in : inputs) {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such file or folder: " + in);
                }
                for (FileStatus st : matches) {
                    List<Path> found = new ArrayList<>();
                    if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            Path f = it.next().getPath();
                            if (f.getName().equals(Manifest.FILE_NAME)) {
                                found.add(f);
                            }
                        }
                    } else {
                        Path m = new Path(st.getPath().getParent(), Manifest.FILE_NAME);
                        if (fs.exists(m)) {
                            found.add(m);
                        }
                    }
                    for (Path m : found) {
                        Path q = fs.makeQualified(m);
                        try (var s = fs.open(q)) {
                            out.put(q.getParent().toString(), new String(s.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return out;
    }

    /** The ontology and gazetteer graphs, as ingest writes them, for loaders that do not add them (tdb2.xloader). */
    private static void writeReference(Path file, Configuration hadoop) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(buf, RDFFormat.NQUADS);
        w.start();
        ReferenceMapper.ontology(w);
        ReferenceMapper.gazetteer(AnnotatePartition.gazetteer(), w);
        w.finish();
        try (OutputStream o = new GZIPOutputStream(file.getFileSystem(hadoop).create(file, false))) {
            buf.writeTo(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
