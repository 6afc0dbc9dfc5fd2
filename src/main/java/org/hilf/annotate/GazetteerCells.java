package org.hilf.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The cells of gazetteer rows that hold years and dates, read strictly: an empty cell is null, anything
 * that is not YYYY or YYYY-MM-DD (or no real date: month 13, 30 February) is an error naming the file,
 * the line, the column and the value.
 */
final class GazetteerCells {
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    // compiled once: they run for every term of office and summit (thousands of rows) at start-up
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private GazetteerCells() { }

    /** The year of a cell (since, until), or null when it is empty. */
    static Integer year(Tsv.Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        if (!YEAR.matcher(v).matches()) {
            throw new IllegalStateException(r.where() + ": " + column + " '" + v + "' is not a year (YYYY)");
        }
        return Integer.valueOf(v);
    }

    /** The date of a cell (start, end), or null when it is empty. */
    static LocalDate date(Tsv.Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        try {
            if (!DATE.matcher(v).matches()) {
                throw new DateTimeParseException("", v, 0);
            }
            // the digits are checked: LocalDate.of refuses what LocalDate.parse would (month 13, 30 February),
            // without the cost of the formatter, which is high while the JVM is cold (thousands of dates at start-up)
            return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new IllegalStateException(r.where() + ": " + column + " '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }
}
