package org.hilf.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.tika.metadata.Metadata;

/**
 * Publication dates from metadata, and what counts as one. A date before 1800 or more than a
 * year ahead is a typo or a tool's placeholder (PDF writers put 1601-01-01; a manifest said
 * -0001-01-01), never when a news article appeared: it is not used.
 */
final class Dates {
    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private Dates() { }

    /** The latest plausible publication date: a year from today. */
    static LocalDate latest() { return LocalDate.now(ZoneOffset.UTC).plusYears(1); }

    static boolean plausible(LocalDate d) {
        return d != null && !d.isBefore(EARLIEST) && !d.isAfter(latest());
    }

    /** The first plausible date among the metadata {@code keys}, or null. */
    static LocalDate first(Metadata metadata, List<String> keys) {
        for (String key : keys) {
            LocalDate d = parse(metadata.get(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Accepts ISO dates and date-times with or without offset ("2023-02-01", "2023-02-01T08:00:00Z");
     * null for anything else, and for an implausible date.
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        LocalDate d = null;
        try {
            d = OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a date-time with offset: try the plain form below
            if (v.length() >= 10) {
                try {
                    d = LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException alsoIgnored) {
                    d = null;
                }
            }
        }
        return plausible(d) ? d : null;
    }
}
