package org.hilf.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check numeric options while picocli parses them, so that a bad value is a
 * usage error (exit code 2) that names the option, never a silent oddity later ({@code --port -1}
 * serving on a random port, {@code --threads 0}, {@code --timeout 0} refusing every query).
 */
final class Numbers {
    private Numbers() { }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    private static long within(String value, long min, long max, String what) {
        long v = parse(value);
        if (v < min || v > max) {
            throw new TypeConversionException("'" + value + "' is not " + what);
        }
        return v;
    }

    /** A TCP port, 0 for a free one. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) { return (int) within(value, 0, 65_535, "a port (0 to 65535; 0 for a free one)"); }
    }

    /** A count of at least one (threads, articles, sentences). */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) { return (int) within(value, 1, Integer.MAX_VALUE, "a whole number of at least 1"); }
    }

    /** A count of zero or more (warm-up articles). */
    static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) { return (int) within(value, 0, Integer.MAX_VALUE, "a whole number of at least 0"); }
    }

    /** A size or limit of at least one (bytes, quads, results, seconds). */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) { return within(value, 1, Long.MAX_VALUE, "a whole number of at least 1"); }
    }

    /** A duration in seconds: at least one, at most a day. */
    static final class Seconds implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) { return within(value, 1, 86_400, "a number of seconds from 1 to 86400"); }
    }

    /** Threads: at least one, and no more than a machine could use (a typo of 10000 would stall the ingest). */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) { return (int) within(value, 1, 256, "a number of threads from 1 to 256"); }
    }
}
