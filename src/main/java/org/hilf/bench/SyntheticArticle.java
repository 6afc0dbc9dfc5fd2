package org.hilf.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article and what it was written to say.
 *
 * @param language      "ar" or "en"
 * @param published     the dateline's day
 * @param title         the headline (also the text's first line)
 * @param text          the whole text
 * @param leadKind      the main event's kind: meeting, reception, visit, summit, presser, agreement, statement
 * @param leadDay       the day the main event took place
 * @param leadActors    gazetteer ids of the people the lead sentence names, in slot order (A, B, C)
 * @param people        gazetteer ids of every person the article may name
 */
public record SyntheticArticle(String language, LocalDate published, String title, String text, String leadKind,
                               LocalDate leadDay, List<String> leadActors,
                               List<String> people) { }
