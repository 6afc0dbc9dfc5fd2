package org.hilf.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.GazetteerFiles.Kind;
import org.hilf.annotate.Tsv;

/**
 * Overlapping terms of office, which make {@code Gazetteer.holder} pick one of two holders of a
 * title at random-looking dates. A term runs from its start to the day before its end (the end
 * is the first day out of office), so a handover on one day is no overlap.
 *
 * <p>A user's row that starts while a bundled term is still open is a succession, not an
 * overlap: a warning, and the loader ends the bundled term then. Otherwise errors, each reported
 * once, at the later of the two rows:
 * <ul>
 *   <li>two people hold the same role for the same affiliation at once, unless one row is marked
 *       {@code acting} (an acting or interim holder while the holder is suspended or absent) or
 *       both are marked {@code joint} (an office with several holders at once: a co-presidency,
 *       a ministry's team of spokespersons, two vice presidents);</li>
 *   <li>the same person holds the same role for the same affiliation twice at once (a duplicate);</li>
 *   <li>the same person holds the same role for two affiliations at once, unless both rows are
 *       marked {@code concurrent} (a monarch of several realms).</li>
 * </ul>
 */
final class TermCheck {

    /** An office row as the check needs it; end null = still in office. */
    private record Term(Tsv.Row row, boolean user, String person, String role, String affiliation, LocalDate start,
                        LocalDate end, String overlap) {
        boolean overlaps(Term o) {
            return (o.end == null || start.isBefore(o.end)) && (end == null || o.start.isBefore(end));
        }

        String span() { return "from " + start + (end == null ? " on" : " to " + end); }
    }

    private TermCheck() { }

    static void run(GazetteerCheck c) {
        Map<String, List<Term>> byRole = new LinkedHashMap<>();
        List<Problem> ignored = new ArrayList<>(); // RowCheck has reported bad dates already
        for (var s : c.rows(Kind.OFFICES)) {
            Tsv.Row r = s.row();
            LocalDate start = RowCheck.parseDate(r, "start", ignored);
            LocalDate end = r.get("end") == null ? null : RowCheck.parseDate(r, "end", ignored);
            if (start == null || (r.get("end") != null && end == null) || (end != null && !start.isBefore(end))
                    || r.get("person") == null || r.get("role") == null || r.get("affiliation") == null) {
                continue;
            }
            byRole.computeIfAbsent(r.get("role"), k -> new ArrayList<>())
                    .add(new Term(r, s.user(), r.get("person"), r.get("role"), r.get("affiliation"), start, end, r.get("overlap")));
        }
        for (List<Term> terms : byRole.values()) {
            for (int j = 1; j < terms.size(); j++) {
                Term later = terms.get(j);
                for (int i = 0; i < j; i++) {
                    Term earlier = terms.get(i);
                    if (earlier.overlaps(later)) {
                        if (succeeds(earlier, later)) {
                            c.problems.add(Problem.warning(later.row(), later.person() + " succeeds " + earlier.person()
                                    + " as " + later.role() + " of " + later.affiliation() + " from " + later.start()
                                    + ": the bundled term at " + earlier.row().where() + " (in office at the last check)"
                                    + " is read as ending then"));
                            continue;
                        }
                        String why = conflict(earlier, later);
                        if (why != null) {
                            c.problems.add(Problem.error(later.row(), why));
                        }
                    }
                }
            }
        }
    }

    /**
     * True when a user's row starts a new holder's term while a bundled term is still open (in
     * office at the last check): the user knows of a change the bundled data does not, and cannot
     * edit the bundled row, so the loader ends that term at the user's start (see GazetteerLoader).
     * A user's row marked acting, joint or concurrent says the terms do overlap: no succession.
     */
    static boolean succeeds(Term bundled, Term user) {
        return !bundled.user() && user.user() && user.overlap() == null && bundled.end() == null
                && !bundled.person().equals(user.person())
                && bundled.affiliation().equals(user.affiliation()) && user.start().isAfter(bundled.start());
    }

    /** Why two overlapping terms of one role are a problem, or null when they are allowed. */
    private static String conflict(Term a, Term b) {
        String other = a.row().where() + ", " + a.span();
        boolean samePerson = a.person().equals(b.person());
        if (a.affiliation().equals(b.affiliation())) {
            if (samePerson) {
                return b.person() + " holds " + b.role() + " of " + b.affiliation() + " twice at once: " + b.span()
                        + " overlaps the same office at " + other + " (a duplicate: merge the two rows)";
            }
            if ("acting".equals(a.overlap()) || "acting".equals(b.overlap())
                    || ("joint".equals(a.overlap()) && "joint".equals(b.overlap()))) {
                return null;
            }
            return "two holders of " + b.role() + " of " + b.affiliation() + " at once: " + b.person() + " " + b.span()
                    + " overlaps " + a.person() + " at " + other + " (if both held it, mark the acting holder's row"
                    + " 'acting' or both rows 'joint' in column overlap; else end the earlier term at the later one's start)";
        }
        if (samePerson && !("concurrent".equals(a.overlap()) && "concurrent".equals(b.overlap()))) {
            return b.person() + " holds " + b.role() + " of " + b.affiliation() + " " + b.span() + " and of "
                    + a.affiliation() + " at " + other + " at once (if both are right, mark both rows 'concurrent' in"
                    + " column overlap)";
        }
        return null;
    }
}
