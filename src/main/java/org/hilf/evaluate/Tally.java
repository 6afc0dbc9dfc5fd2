package org.hilf.evaluate;

/**
 * Counts of one article or of a whole evaluation, and the figures made of them.
 * Events: {@code systemEvents} in the graph, {@code goldEvents} in the gold, {@code alignedEvents}
 * gold events some graph event reports (found), {@code strictEvents} graph events wholly right
 * (type, year, modality and every participant). Participants: {@code systemParticipants} in all
 * graph events, {@code rightParticipants} of them that the aligned gold event has. Statements:
 * one unit per speaker; {@code strictStatements} with the right speaker, body and year.
 */
public final class Tally {
    int systemEvents;
    int goldEvents;
    int alignedEvents;
    int strictEvents;
    int systemParticipants;
    int rightParticipants;
    int systemStatements;
    int goldStatements;
    int strictStatements;

    void add(Tally o) {
        systemEvents += o.systemEvents;
        goldEvents += o.goldEvents;
        alignedEvents += o.alignedEvents;
        strictEvents += o.strictEvents;
        systemParticipants += o.systemParticipants;
        rightParticipants += o.rightParticipants;
        systemStatements += o.systemStatements;
        goldStatements += o.goldStatements;
        strictStatements += o.strictStatements;
    }

    /** Strict event precision: graph events wholly right, of all graph events (1 when there are none). */
    public double eventPrecision() { return ratio(strictEvents, systemEvents); }

    /** Event recall: gold events wholly right in the graph, of all gold events. */
    public double eventRecall() { return ratio(strictEvents, goldEvents); }

    /** Gold events the graph reports at all, right or not in their details, of all gold events. */
    public double eventFound() { return ratio(alignedEvents, goldEvents); }

    public double participantPrecision() { return ratio(rightParticipants, systemParticipants); }

    public double statementPrecision() { return ratio(strictStatements, systemStatements); }

    public double statementRecall() { return ratio(strictStatements, goldStatements); }

    private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }

    /** One line of figures: "events P 0.92 R 0.88 (found 0.95) participants P 0.97 statements P 0.96 R 0.90". */
    public String figures() {
        return String.format(java.util.Locale.ROOT,
                "events %d/%d P %.3f R %.3f (found %.3f)  participants P %.3f  statements %d/%d P %.3f R %.3f",
                systemEvents, goldEvents, eventPrecision(), eventRecall(), eventFound(), participantPrecision(),
                systemStatements, goldStatements, statementPrecision(), statementRecall());
    }
}
