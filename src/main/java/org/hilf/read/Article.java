package org.hilf.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as the read stage hands it on: the extracted text and what is known about it.
 * Immutable. Character offsets used by later stages index into {@link #text()}.
 *
 * @param key            stable identity, derived from the real path and the extracted text (or, when
 *                       de-duplicating, from the text alone): the same file read twice, under any
 *                       name, has the same key; an edited file or the same text elsewhere another
 * @param sourceName     the file name that was read ("002_4dbecf903f52230b.txt")
 * @param sourcePath     the file's real path (absolute, links resolved), by which a new version of
 *                       a file replaces the older one however it was named
 * @param text           the extracted text, line ends normalised to '\n'
 * @param title          the title, or null
 * @param published      the publication date, or null when no source gives it
 * @param publishedBasis where {@code published} came from (see {@link DateBasis}), null with it
 * @param language       ISO 639-1 code ("ar", "en"), or "und" when undetermined
 * @param sourceUrl      the original web address, or null
 * @param mediaType      the media type Tika detected ("text/plain", "application/pdf")
 * @param outlet         who published it (a manifest's outlet, a page's og:site_name), or null
 */
public record Article(String key, String sourceName, String sourcePath, String text, String title,
                      LocalDate published, DateBasis publishedBasis, String language, String sourceUrl,
                      String mediaType, String outlet) {

    /** An article whose outlet is not known. */
    public Article(String key, String sourceName, String sourcePath, String text, String title, LocalDate published,
                   DateBasis publishedBasis, String language, String sourceUrl, String mediaType) {
        this(key, sourceName, sourcePath, text, title, published, publishedBasis, language, sourceUrl, mediaType, null);
    }

    /** Where a publication date came from, in the order the reader trusts them. */
    public enum DateBasis {
        HTML_META("html-meta"), DOCUMENT_METADATA("document-metadata"), MANIFEST("manifest"),
        DERIVED_FROM_TEXT("derived-from-text");

        public final String label;

        DateBasis(String label) { this.label = label; }
    }

    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if ((published == null) != (publishedBasis == null)) {
            throw new IllegalArgumentException("published and publishedBasis go together");
        }
    }
}
