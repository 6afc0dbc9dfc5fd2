package org.hilf.annotate;

import java.util.List;
import java.util.Set;

/**
 * Something an actor said, as a sentence reports it.
 *
 * @param sentence   the sentence that reports it
 * @param trigger    the word of speech ("قال"، "بيان")
 * @param speakers   ids of who said it (two or more for a joint statement)
 * @param onBehalfOf ids of the states or bodies the speakers spoke for
 * @param about      ids of the actors the words are about
 * @param quotes     the words quoted, as written (empty for indirect speech)
 * @param date       the date expression that dates it, else null
 * @param planned    true when announced as future ("سيعلن")
 */
public record StatementMention(Sentence sentence, Span trigger, List<String> speakers, Set<String> onBehalfOf,
                               Set<String> about, List<String> quotes, DateMention date, boolean planned) {
}
