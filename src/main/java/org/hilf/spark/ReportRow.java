package org.hilf.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the job's per-article report: the file, whether it became an article, why not, how
 * many quads it gave, and the article's graph. Written as CSV (RFC 4180: a field with a comma, quote
 * or line break is quoted, quotes doubled), with a header line in every part file, so that the
 * folder reads as one table: {@code spark.read().option("header", true).csv("OUT/report")}.
 */
public record ReportRow(String file, String status, String reason, long quads, String article) implements java.io.Serializable {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String HEADER = "file,status,reason,quads,article";

    public static ReportRow ok(String file, long quads, String article) {
        return new ReportRow(file, OK, "", quads, article);
    }

    public static ReportRow failed(String file, String reason) {
        return new ReportRow(file, FAILED, reason, 0, "");
    }

    public boolean isOk() { return OK.equals(status); }

    public String toCsv() {
        return field(file) + "," + field(status) + "," + field(reason) + "," + quads + "," + field(article);
    }

    /** Parses a line that {@link #toCsv()} wrote; the header is not a row. */
    public static ReportRow parse(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                f.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        f.add(cur.toString());
        if (f.size() != 5) {
            throw new IllegalArgumentException("not a report line: " + line);
        }
        return new ReportRow(f.get(0), f.get(1), f.get(2), Long.parseLong(f.get(3)), f.get(4));
    }

    private static String field(String v) {
        String s = v == null ? "" : v.replace('\n', ' ').replace('\r', ' ');
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
