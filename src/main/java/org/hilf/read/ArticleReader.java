package org.hilf.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
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
    private final boolean keyByText;

    public ArticleReader() { this(DEFAULT_MAX_BYTES); }

    public ArticleReader(long maxBytes) { this(maxBytes, false); }

    /**
     * {@code keyByText}: an article's key is derived from its text alone, so that the same text
     * at two paths is one article (de-duplication); otherwise from its real path and text, so
     * that it is two.
     */
    public ArticleReader(long maxBytes, boolean keyByText) {
        this.maxBytes = maxBytes;
        this.keyByText = keyByText;
    }

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
            throw new ReadException(file, Files.isDirectory(file) ? "a folder, not a file" : SpecialFiles.describe(file));
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(file, "not readable (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReadException(file, "cannot read: " + Shown.reason(e), e);
        }
        Source source = new Source(file.getFileName().toString(), realPath(file)) {
            @Override
            InputStream open() throws IOException { return TikaInputStream.get(file); }

            @Override
            ReadException fail(String reason, Throwable cause) { return new ReadException(file, reason, cause); }

            @Override
            byte[] raw() {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    return null;
                }
            }
        };
        checkSize(source, size);
        return extract(source, hint);
    }

    /**
     * Reads an article from its bytes, as {@link #read(Path, Manifest.Entry)} reads a file:
     * {@code name} is the file name (Tika's detection and the web-page rules look at its extension),
     * {@code sourcePath} where it was read from (a path, or a URI such as "s3a://bucket/a.html"),
     * which also names it in a {@link ReadException}.
     */
    public Article read(byte[] content, String name, String sourcePath, Manifest.Entry hint) throws ReadException {
        Source source = new Source(name, sourcePath) {
            @Override
            InputStream open() { return TikaInputStream.get(content); }

            @Override
            ReadException fail(String reason, Throwable cause) { return new ReadException(sourcePath, reason, cause); }

            @Override
            byte[] raw() { return content; }
        };
        checkSize(source, content.length);
        return extract(source, hint);
    }

    private void checkSize(Source source, long size) throws ReadException {
        if (size == 0) {
            throw source.fail("empty file", null);
        }
        if (size > maxBytes) {
            throw source.fail("file too large (" + size + " bytes; the limit is " + maxBytes + ")", null);
        }
    }

    /** The one thing the two ways of reading differ in: where the bytes come from. */
    private abstract static class Source {
        final String name;
        /**
         * Where the article was read from, and with its text the basis of its key: a local file's
         * real path, or the source path given with the bytes.
         */
        final String real;

        Source(String name, String real) {
            this.name = name;
            this.real = real;
        }

        abstract InputStream open() throws IOException;

        /** A failure to read it, naming it as the caller named it. */
        abstract ReadException fail(String reason, Throwable cause);

        /** The raw bytes, for a second look at plain text; null when they cannot be had. */
        abstract byte[] raw();
    }

    private Article extract(Source src, Manifest.Entry hint) throws ReadException {
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
            if (!html) {
                PlainText.declare(parser.getDetector(), in, metadata);
            }
            parser.parse(in, html ? new WriteOutContentHandler(page, MAX_CHARS) : handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw src.fail("encrypted or password-protected document", e);
        } catch (ZeroByteFileException e) {
            throw src.fail("empty file", e);
        } catch (TikaException e) {
            throw src.fail("cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw src.fail("text longer than " + MAX_CHARS + " characters", e);
            }
            throw src.fail("cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw src.fail("cannot read: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            // Parsers of broken files throw anything; one bad file must not stop an ingest.
            throw src.fail("cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        }

        String type = mediaType(metadata);
        if (type.equals("application/octet-stream")) {
            throw src.fail("not a document: unrecognised binary content", null);
        }
        String text = TextRepair.clean(html && mediaType(metadata).contains("html") ? page.text() : handler.toString());
        if (type.equals("text/plain")) {
            text = TextRepair.rescueArabicCodePage(src.raw(), text, metadata.get(Metadata.CONTENT_ENCODING));
        }
        if (text.isBlank()) {
            throw src.fail("no text in the document (" + type + ")", null);
        }
        if (TextRepair.garbageShare(text) > MAX_GARBAGE) {
            throw src.fail("garbled text: wrong encoding or binary content (" + type + ")", null);
        }

        String language = hint.language() != null ? hint.language() : languages.guess(text);
        String refusal = TextCheck.problem(text, language, type);
        if (refusal != null) {
            throw src.fail(refusal, null);
        }
        LocalDate published = null;
        Article.DateBasis basis = null;
        if (type.contains("html")) {
            published = Dates.first(metadata, HTML_DATE_KEYS);
            basis = published == null ? null : Article.DateBasis.HTML_META;
        }
        if (published == null) {
            published = Dates.parse(metadata.get(TikaCoreProperties.CREATED));
            basis = published == null ? null : Article.DateBasis.DOCUMENT_METADATA;
        }
        if (published == null && hint.published() != null) {
            published = hint.published();
            basis = Article.DateBasis.MANIFEST;
        }
        String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), hint.title(), firstLineTitle(text));
        String url = firstNonBlank(hint.sourceUrl(), metadata.get("og:url"), metadata.get("canonical"));
        String outlet = firstNonBlank(hint.outlet(), metadata.get("og:site_name"));
        String source = src.real;
        return new Article(keyByText ? keyOf(text) : keyOf(source + "\u0000" + text), src.name,
                source, text, title, published, basis, language, url, type, outlet);
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
        if (t instanceof java.io.EOFException) {
            return "the file ends too early (truncated?)";
        }
        if (t instanceof IOException io && !(t instanceof java.util.zip.ZipException)) {
            return Shown.reason(io);
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "the parser failed on it (details in the log)" : Shown.words(t);
    }

    /** Where the file really is: the same file however it is named (relative, absolute, through a link). */
    private static String realPath(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toString();
        }
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

    /** An identity: the first 16 bytes of the SHA-256 of {@code text}, in hex. */
    static String keyOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
