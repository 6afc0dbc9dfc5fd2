package org.hilf.annotate.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One way a language reports an event: its trigger words, the event type, the mood, and the roles
 * to fill (PETRARCH's verb patterns and TokensRegex rules kept as data). Frames are read from
 * {@code data/lexicon/<lang>/frames.tsv}; the format is described at the top of each file.
 * Immutable.
 *
 * @param id       the frame's name
 * @param type     Meeting, Visit, Summit, Agreement, or Join
 * @param mood     whether the trigger itself reports a past, present or future event
 * @param triggers the trigger phrases as written in the file (the language's reader folds them)
 * @param roles    the roles, in the order they are filled
 * @param onSidelines the type the event takes instead on the sidelines of another gathering, or null
 */
public record Frame(String id, String type, Mood mood, List<String> triggers, List<Role> roles, String onSidelines) {

    public enum Mood { PAST, PRESENT, FUTURE }

    /** A way to find a role's phrase; {@code prepositions} only for {@link Kind#PREP}, {@link Kind#NEAR} and {@link Kind#FAR}. */
    public record Finder(Kind kind, Set<String> prepositions) {
        /**
         * NEAR: as PREP, but only a few words after the trigger ("القمة السادسة عشرة لمجموعة بريكس");
         * FAR: as PREP, but anywhere before the next report ("شارك X في أعمال القمة … إلى جانب Y");
         * DUAL, PLURAL: the trigger's own dual ending ("واتفقا على") stands for the two sides just reported,
         * its plural ending ("اتفقوا") for three or more, as an anaphor does;
         * STATES: the two states of the event just reported, as "البلدان" stands for them: the session of
         * two states' joint body ("الدورة المقبلة للجنة العليا المشتركة") names no side;
         * CLOSED: the organization whose gathering the same sentence reports closing ("اختتمت القمة أعمالها
         * باعتماد إعلان بغداد": the document adopted names no side).
         */
        public enum Kind { AFTER, AFTER2, BEFORE, PREP, NEAR, FAR, POSS, SUBJECT, OPENER, ANAPHOR, DUAL, PLURAL, STATES, CLOSED }
    }

    /** A role: its name (A, B, V, H, O, X), the finders tried in order, whether it may stay empty. */
    public record Role(String name, List<Finder> finders, boolean optional) { }

    public boolean isJoin() { return type.equals("Join"); }

    /** A frame whose id begins with "adopt": a body's own decision, an agreement one organization may make alone. */
    public boolean adoption() { return id.startsWith("adopt") && type.equals("Agreement"); }

    /** A frame whose id begins with "sign": a document signed, by those who signed it ("وقع الجانبان"). */
    public boolean signing() { return id.startsWith("sign") && type.equals("Agreement"); }

    /** The same frame read as another type (a reception on the sidelines of a summit is a meeting). */
    public Frame as(String otherType) {
        if (otherType.equals("Meeting") && type.equals("Visit")) {
            // the host and the visitor become the two sides
            List<Role> rs = roles.stream().map(r -> new Role(r.name().equals("H") ? "A" : r.name().equals("V") ? "B" : r.name(),
                    r.finders(), r.optional())).toList();
            return new Frame(id, otherType, mood, triggers, rs, null);
        }
        return new Frame(id, otherType, mood, triggers, roles, null);
    }

    /**
     * Parses one line of a frames file. {@code fold} normalises prepositions the way the language's
     * reader normalises its words. A malformed line throws, naming {@code where}.
     */
    public static Frame parse(String where, String id, String type, String mood, String triggers, String roles,
                              String onSidelines, java.util.function.UnaryOperator<String> fold) {
        if (!Set.of("Meeting", "Visit", "Summit", "Agreement", "Join").contains(type)) {
            throw new IllegalStateException(where + ": unknown event type '" + type + "'");
        }
        List<Role> rs = new ArrayList<>();
        for (String spec : roles.split(";")) {
            spec = spec.strip();
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(where + ": a role is NAME=FINDER|FINDER…, not '" + spec + "'");
            }
            String alternatives = spec.substring(eq + 1).strip();
            boolean optional = alternatives.endsWith("?");
            if (optional) {
                alternatives = alternatives.substring(0, alternatives.length() - 1);
            }
            List<Finder> finders = new ArrayList<>();
            for (String f : alternatives.split("\\|")) {
                finders.add(finder(where, f.strip(), fold));
            }
            rs.add(new Role(spec.substring(0, eq).strip(), List.copyOf(finders), optional));
        }
        List<String> ts = List.of(triggers.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Frame(id, type, Mood.valueOf(mood.strip().toUpperCase(java.util.Locale.ROOT)), ts, List.copyOf(rs), onSidelines);
    }

    private static Finder finder(String where, String f, java.util.function.UnaryOperator<String> fold) {
        int open = f.indexOf('(');
        if (open > 0 && f.endsWith(")") && Set.of("prep", "near", "far").contains(f.substring(0, open))) {
            Set<String> preps = new java.util.LinkedHashSet<>();
            for (String p : f.substring(open + 1, f.length() - 1).split(",")) {
                preps.add(fold.apply(p.strip()));
            }
            return new Finder(Finder.Kind.valueOf(f.substring(0, open).toUpperCase(java.util.Locale.ROOT)), Set.copyOf(preps));
        }
        try {
            return new Finder(Finder.Kind.valueOf(f.toUpperCase(java.util.Locale.ROOT)), Set.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown finder '" + f + "' (after, after2, before, prep(…), near(…), far(…), poss, subject, anaphor, dual, plural, states)");
        }
    }
}
