package org.hilf.annotate.ar;

import java.util.List;

/**
 * An event word that names the subject of a denied report: "نافيا تقارير عن اجتماع ثلاثي مع الجانب
 * الهندي"، "ونفى المتحدث ما تردد عن لقاء بين الجانبين". FACTS.md: events the text denies are no events.
 * The report's words ({@code data/lexicon/ar/denied_reports.txt}) stand right before the event word and a
 * verb of denial ({@code data/lexicon/ar/denial_verbs.txt}) a few words before them. Immutable and
 * thread-safe.
 */
final class ArabicDeniedReports {
    /** Words at most between the verb of denial and the report's words ("نفى المتحدث باسم الكرملين تقارير عن"). */
    private static final int VERB_REACH = 6;
    /** The most words of a report's phrase ("ما تداولته وسائل الإعلام عن"). */
    private static final int REPORT_WORDS = 6;

    private final PhraseIndex<Boolean> reports;
    private final PhraseIndex<Boolean> verbs;

    ArabicDeniedReports(ArabicResources res) {
        this.reports = res.phrases("lexicon/ar/denied_reports.txt");
        this.verbs = res.phrases("lexicon/ar/denial_verbs.txt");
    }

    /** The event word at {@code i} is what a denied report is about. */
    boolean denied(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - REPORT_WORDS); k < i; k++) {
            PhraseIndex.Hit<Boolean> report = reports.longestAt(tokens, k, r -> r.prefix().length() <= 1);
            if (report != null && report.to() == i) {
                for (int v = Math.max(0, k - VERB_REACH); v < k; v++) {
                    if (verbs.longestAt(tokens, v, r -> r.prefix().length() <= 1) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
