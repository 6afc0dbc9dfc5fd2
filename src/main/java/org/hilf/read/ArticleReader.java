package org.hilf.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.WriteOutContentHandler;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one article file with Tika's AutoDetectParser: text, title, publication date, language.
 * Every failure is a {@link ReadException} whose message says why, in words a user can act on.
 * Thread-safe: the parser is stateless and each call has its own handler and metadata.
 */
public final class ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Extracted text beyond this many characters is not an article but a book or a dump. */
    static final int MAX_CHARS = 5_000_000;
    /** Share of U+FFFD and control characters above which extracted text is garbage. */
    private static final double MAX_GARBAGE = 0.05;

    /** HTML meta names that carry a publication date, most specific first. */
    private static final List<String> HTML_DATE_KEYS = List.of(
            "article:published_time", "og:article:published_time", "datePublished", "date_published",
            "DC.date.issued", "dcterms.issued", "DC.date", "dc.date", "pubdate", "publish-date",
            "publication_date", "parsely-pub-date", "sailthru.date", "date");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final long maxBytes;

    public ArticleReader() { this(DEFAULT_MAX_BYTES); }

    public ArticleReader(long maxBytes) { this.maxBytes = maxBytes; }

    /**
     * Reads {@code file}; {@code hint} is what a manifest says about it ({@link Manifest.Entry#EMPTY}
     * when nothing). The manifest's language wins over detection; its date and title are used when
     * the document itself has none.
     */
    public Article read(Path file, Manifest.Entry hint) throws ReadException {
        if (!Files.exists(file)) {
            throw new ReadException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ReadException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(file, "not readable (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReadException(file, "cannot read: " + e.getMessage(), e);
        }
        checkSize(file.toString(), size);
        Source source = new Source(file.getFileName().toString(), file.toString()) {
            @Override
            InputStream open() throws IOException { return TikaInputStream.get(file); }

            @Override
            byte[] raw() {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    return null;
                }
            }
        };
        return extract(source, hint);
    }

    /**
     * Reads an article from its bytes, as {@link #read(Path, Manifest.Entry)} reads a file:
     * {@code name} is the file name (Tika's detection and the web-page rules look at its extension),
     * {@code sourcePath} where it was read from (a path, or a URI such as "s3a://bucket/a.html"),
     * which also names it in a {@link ReadException}.
     */
    public Article read(byte[] content, String name, String sourcePath, Manifest.Entry hint) throws ReadException {
        checkSize(sourcePath, content.length);
        return extract(new Source(name, sourcePath) {
            @Override
            InputStream open() { return TikaInputStream.get(content); }

            @Override
            byte[] raw() { return content; }
        }, hint);
    }

    private void checkSize(String sourcePath, long size) throws ReadException {
        if (size == 0) {
            throw new ReadException(sourcePath, "empty file", null);
        }
        if (size > maxBytes) {
            throw new ReadException(sourcePath, "file too large (" + size + " bytes; the limit is " + maxBytes + ")", null);
        }
    }

    /** The one thing the two ways of reading differ in: where the bytes come from. */
    private abstract static class Source {
        final String name;
        final String path;

        Source(String name, String path) {
            this.name = name;
            this.path = path;
        }

        abstract InputStream open() throws IOException;

        /** The raw bytes, for a second look at plain text; null when they cannot be had. */
        abstract byte[] raw();
    }

    private Article extract(Source src, Manifest.Entry hint) throws ReadException {
        String file = src.path;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, src.name);
        boolean html = looksLikeHtml(src.name);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        MainTextHandler page = new MainTextHandler();
        ParseContext context = new ParseContext();
        if (html) {
            // keep nav/header/footer/main/article in the event stream, so that MainTextHandler can tell them apart
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        }
        try (InputStream in = src.open()) {
            parser.parse(in, html ? new WriteOutContentHandler(page, MAX_CHARS) : handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(file, "encrypted or password-protected document", e);
        } catch (ZeroByteFileException e) {
            throw new ReadException(file, "empty file", e);
        } catch (TikaException e) {
            throw new ReadException(file, "cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ReadException(file, "text longer than " + MAX_CHARS + " characters", e);
            }
            throw new ReadException(file, "cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw new ReadException(file, "cannot read: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            // Parsers of broken files throw anything; one bad file must not stop an ingest.
            throw new ReadException(file, "cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        }

        String type = mediaType(metadata);
        if (type.equals("application/octet-stream")) {
            throw new ReadException(file, "not a document: unrecognised binary content", null);
        }
        String text = TextRepair.clean(html && mediaType(metadata).contains("html") ? page.text() : handler.toString());
        if (type.equals("text/plain")) {
            text = TextRepair.rescueArabicCodePage(src.raw(), text, metadata.get(Metadata.CONTENT_ENCODING));
        }
        if (text.isBlank()) {
            throw new ReadException(file, "no text in the document (" + type + ")", null);
        }
        if (TextRepair.garbageShare(text) > MAX_GARBAGE) {
            throw new ReadException(file, "garbled text: wrong encoding or binary content (" + type + ")", null);
        }

        String language = hint.language() != null ? hint.language() : languages.guess(text);
        LocalDate published = null;
        Article.DateBasis basis = null;
        if (type.contains("html")) {
            published = firstDate(metadata, HTML_DATE_KEYS);
            basis = published == null ? null : Article.DateBasis.HTML_META;
        }
        if (published == null) {
            published = toDate(metadata.get(TikaCoreProperties.CREATED));
            basis = published == null ? null : Article.DateBasis.DOCUMENT_METADATA;
        }
        if (published == null && hint.published() != null) {
            published = hint.published();
            basis = Article.DateBasis.MANIFEST;
        }
        String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), hint.title(), firstLineTitle(text));
        String url = firstNonBlank(hint.sourceUrl(), metadata.get("og:url"), metadata.get("canonical"));
        return new Article(keyOf(text), src.name, src.path, text, title, published, basis, language, url, type);
    }

    /** Web pages by their name; their text goes through {@link MainTextHandler}. */
    private static boolean looksLikeHtml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".php") || n.endsWith(".aspx");
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "unknown type";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m).trim();
    }

    private static LocalDate firstDate(Metadata metadata, List<String> keys) {
        for (String key : keys) {
            LocalDate d = toDate(metadata.get(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Accepts ISO dates and date-times with or without offset ("2023-02-01", "2023-02-01T08:00:00Z"). */
    static LocalDate toDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a date-time with offset: try the plain forms below
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** A plain-text article's first line is its title when it is short enough to be one. */
    private static String firstLineTitle(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(l -> l.length() <= 200).orElse(null);
    }

    /** The article's identity: the first 16 bytes of the SHA-256 of its text, in hex. */
    static String keyOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
