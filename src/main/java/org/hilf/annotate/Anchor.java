package org.hilf.annotate;

import java.time.LocalDate;

/**
 * The date relative expressions ("أمس"، "يوليو الماضي") are resolved against.
 *
 * @param date    the anchor date, or null when the article has none (relative dates stay unresolved)
 * @param derived true when the date was derived from the article's text, not given by its metadata
 */
public record Anchor(LocalDate date, boolean derived) {
    public static final Anchor NONE = new Anchor(null, false);
}
