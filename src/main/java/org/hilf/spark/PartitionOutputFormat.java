package org.hilf.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Writes each task's output as two files under the job's output folder: {@code nquads/part-r-N.nq.gz}
 * (the value of each record, an article's N-Quads) and {@code report/part-r-N.csv} (the key, its
 * report line). Both are written in the task's work folder and committed with the task by Hadoop's
 * output committer, so a retried or speculative task never leaves half a partition and one pass
 * over the articles gives both. The .nq.gz name lets {@code tdb2.xloader} and {@code hilf load}
 * read the partitions as they are.
 */
public final class PartitionOutputFormat extends FileOutputFormat<String, String> {
    @Override
    public RecordWriter<String, String> getRecordWriter(TaskAttemptContext context) throws IOException {
        Path work = getDefaultWorkFile(context, "");
        String part = work.getName();
        Path nquads = new Path(new Path(work.getParent(), "nquads"), part + ".nq.gz");
        Path report = new Path(new Path(work.getParent(), "report"), part + ".csv");
        FileSystem fs = nquads.getFileSystem(context.getConfiguration());
        Writer nq = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(fs.create(nquads, false), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        Writer csv = new BufferedWriter(new OutputStreamWriter(fs.create(report, false), StandardCharsets.UTF_8));
        csv.write(ReportRow.HEADER);
        csv.write('\n');
        return new RecordWriter<>() {
            @Override
            public void write(String reportLine, String quads) throws IOException {
                csv.write(reportLine);
                csv.write('\n');
                if (quads != null && !quads.isEmpty()) {
                    nq.write(quads);
                }
            }

            @Override
            public void close(TaskAttemptContext ctx) throws IOException {
                try (csv) {
                    nq.close();
                }
            }
        };
    }
}
