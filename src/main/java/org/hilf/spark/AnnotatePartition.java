package org.hilf.spark;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ArticleMapper;
import org.hilf.read.Article;
import org.hilf.read.ArticleReader;
import org.hilf.read.Manifest;
import org.hilf.read.ReadException;

import scala.Tuple2;

/**
 * What a task does with its partition of files: reads each with Tika, annotates and maps it with the
 * classes {@code hilf ingest} uses, and gives one record per file: its report line (key) and its
 * N-Quads (value, empty for a file that failed). One annotation pipeline per partition, the
 * gazetteer loaded once per executor JVM ({@link #gazetteer()}). A bad file is a report line, never
 * a failed task. Records are made one at a time as the writer asks for them: a partition's quads
 * are never all in memory.
 */
final class AnnotatePartition implements PairFlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, String, String> {
    private static final long serialVersionUID = 1L;
    private static Gazetteer gazetteer;

    /** Folder (as Hadoop names it) → the text of its META.tsv. */
    private final Broadcast<Map<String, String>> manifests;
    private final long maxBytes;

    AnnotatePartition(Broadcast<Map<String, String>> manifests, long maxBytes) {
        this.manifests = manifests;
        this.maxBytes = maxBytes;
    }

    /** The gazetteer, loaded once per JVM: by the first task of an executor, shared by the rest. */
    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load();
        }
        return gazetteer;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        Gazetteer g = gazetteer();
        AnnotationPipeline pipeline = Annotators.standard(g);
        ArticleMapper mapper = new ArticleMapper(g);
        ArticleReader reader = new ArticleReader(maxBytes);
        Map<String, Manifest> parsed = new HashMap<>();
        return new Iterator<>() {
            private Tuple2<String, String> next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    Tuple2<String, PortableDataStream> f = files.next();
                    Path path = new Path(f._1());
                    if (!path.getName().equals(Manifest.FILE_NAME)) {
                        next = process(path, f._2(), reader, pipeline, mapper, parsed);
                    }
                }
                return next != null;
            }

            @Override
            public Tuple2<String, String> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Tuple2<String, String> t = next;
                next = null;
                return t;
            }
        };
    }

    private Tuple2<String, String> process(Path path, PortableDataStream data, ArticleReader reader,
                                           AnnotationPipeline pipeline, ArticleMapper mapper, Map<String, Manifest> parsed) {
        String source = sourcePath(path);
        Article article;
        try {
            article = reader.read(readAtMost(data, source), path.getName(), source, hint(path, parsed));
        } catch (ReadException e) {
            return failed(source, e.getMessage());
        }
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
            StreamRDF writer = StreamRDFWriter.getWriterStream(buf, RDFFormat.NQUADS);
            long[] quads = {0};
            StreamRDF counting = new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad q) {
                    quads[0]++;
                    super.quad(q);
                }
            };
            counting.start();
            mapper.map(pipeline.annotate(article), counting);
            counting.finish();
            String row = ReportRow.ok(source, quads[0], ArticleMapper.graphOf(article).getURI()).toCsv();
            return new Tuple2<>(row, buf.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // a defect of ours, not of the file: as in ingest, only this file is lost, and the reason is shown
            return failed(source, "annotation failed (" + e + "); please report this");
        }
    }

    private static Tuple2<String, String> failed(String source, String reason) {
        return new Tuple2<>(ReportRow.failed(source, reason).toCsv(), "");
    }

    /** The bytes of a file, refused beyond the size limit without reading further. */
    private byte[] readAtMost(PortableDataStream data, String source) throws ReadException {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (DataInputStream in = data.open()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ReadException(source, "file too large (more than " + maxBytes + " bytes; the limit is " + maxBytes + ")", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ReadException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private Manifest.Entry hint(Path file, Map<String, Manifest> parsed) {
        String folder = file.getParent().toString();
        String text = manifests.value().get(folder);
        if (text == null) {
            return Manifest.Entry.EMPTY;
        }
        return parsed.computeIfAbsent(folder, f -> Manifest.parse(text, f + "/" + Manifest.FILE_NAME)).entryForName(file.getName());
    }

    /**
     * The source path an article records: a local file's path, as {@code hilf ingest} of its absolute
     * path records it (so the two agree, and a later ingest of the file replaces the article), else the URI.
     */
    static String sourcePath(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }
}
