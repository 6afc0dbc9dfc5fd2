package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Years that are a horizon, not a time: "to 5% by 2035", "Vision 2030", "ASEAN 2045", "an action plan
 * for 2025-2027". A date found so dates what is pledged or planned, never the event that pledged it;
 * the event extractor, the summit documents and the collective commitments leave it out. Its words are
 * {@code data/lexicon/en/horizon_markers.tsv}. Stateless and thread-safe.
 */
final class EnglishHorizons {
    private EnglishHorizons() {
    }

    /** Words before a date (as "(?i)\\b…\\s+$") and after it that make it a horizon, from horizon_markers.tsv. */
    private static final Pattern HORIZON_BEFORE = horizon("before");
    private static final Pattern HORIZON_AFTER = horizon("after");
    /** Chars before a date a plan's noun may stand at most ("a development strategy for the bloc to 2035"). */
    private static final int PLAN_REACH = 48;
    /** A plan's noun, then a few words of its own (no comma, no sentence end), then "to", "until" or "through". */
    private static final Pattern PLAN_HORIZON = Pattern.compile("(?i)\\b(?:" + String.join("|", Tsv.read("lexicon/en/horizon_markers.tsv").stream()
            .filter(r -> r.required("side").equals("plan")).map(r -> Pattern.quote(r.required("words"))).toList())
            + ")\\b(?:\\s+[\\w'-]+){0,4}?\\s+(?:to|until|through)\\s+$");

    private static Pattern horizon(String side) {
        List<String> alternatives = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("lexicon/en/horizon_markers.tsv")) {
            if (r.required("side").equals(side)) {
                alternatives.add(Pattern.quote(r.required("words")).replace(" ", "\\E\\s+\\Q"));
            }
        }
        String any = String.join("|", alternatives);
        return Pattern.compile(side.equals("before") ? "(?i)\\b(?:" + any + ")\\s+$" : "(?i)^\\s+(?:" + any + ")\\b");
    }

    /** The first year and dash of a span of years, before its last year ("an action plan for 2025-2027"). */
    private static final Pattern PERIOD_END = Pattern.compile("\\b\\d{4}\\s*[-–]\\s*$");
    /**
     * An acronym right before a year names a programme or vision with that year as its horizon ("the Kuala
     * Lumpur Declaration on ASEAN 2045", "NATO 2030"), as "Vision 2030" does (case-sensitive: an acronym
     * is upper case, not "in May 2030").
     */
    private static final Pattern ACRONYM_NAMED = Pattern.compile("\\b[A-Z]{3,}\\s+$");

    /**
     * True when the date at {@code span} is a deadline or horizon ("to 5% by 2035", "running to 2035",
     * "sets 2025 as the target", "Vision 2030", "ASEAN 2045", "approved a development strategy for the bloc to 2035") or ends a
     * span of years ("an action plan for 2025-2027"):
     * the time of what is pledged or planned, never when the event that pledged it happened.
     */
    static boolean deadline(String text, Span span) {
        return PERIOD_END.matcher(text.substring(Math.max(0, span.start() - 8), span.start())).find()
                || ACRONYM_NAMED.matcher(text.substring(Math.max(0, span.start() - 12), span.start())).find()
                || HORIZON_BEFORE.matcher(text.substring(Math.max(0, span.start() - 24), span.start())).find()
                || HORIZON_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 24))).find()
                || PLAN_HORIZON.matcher(text.substring(Math.max(0, span.start() - PLAN_REACH), span.start())).find();
    }
}
