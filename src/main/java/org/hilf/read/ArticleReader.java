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
        if (size == 0) {
            throw new ReadException(file, "empty file");
        }
        if (size > maxBytes) {
            throw new ReadException(file, "file too large (" + size + " bytes; the limit is " + maxBytes + ")");
        }

        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        boolean html = looksLikeHtml(file);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        MainTextHandler page = new MainTextHandler();
        ParseContext context = new ParseContext();
        if (html) {
            // keep nav/header/footer/main/article in the event stream, so that MainTextHandler can tell them apart
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        }
        try (InputStream in = TikaInputStream.get(file)) {
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
            throw new ReadException(file, "not a document: unrecognised binary content");
        }
        String text = clean(html && mediaType(metadata).contains("html") ? page.text() : handler.toString());
        if (type.equals("text/plain")) {
            text = rescueArabicCodePage(file, text, metadata.get(Metadata.CONTENT_ENCODING));
        }
        if (text.isBlank()) {
            throw new ReadException(file, "no text in the document (" + type + ")");
        }
        if (garbageShare(text) > MAX_GARBAGE) {
            throw new ReadException(file, "garbled text: wrong encoding or binary content (" + type + ")");
        }

        String language = hint.language() != null ? hint.language() : languages.guess(text);
        String refusal = TextCheck.problem(text, language, type);
        if (refusal != null) {
            throw new ReadException(file, refusal);
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
        String source = realPath(file);
        return new Article(keyByText ? keyOf(text) : keyOf(source + "\u0000" + text), file.getFileName().toString(),
                source, text, title, published, basis, language, url, type, outlet);
    }

    /**
     * Charset detection needs more text than a short Arabic file in a legacy code page gives, and
     * then reads windows-1256 as a Latin code page. When the file was not read as Unicode, Tika's
     * reading has no Arabic letter and the windows-1256 reading is mostly Arabic, the latter is right.
     */
    private static String rescueArabicCodePage(Path file, String text, String encoding) {
        if (encoding != null && encoding.toUpperCase(Locale.ROOT).startsWith("UTF")) {
            return text;
        }
        if (arabicShare(text) > 0.1) {
            return text;
        }
        try {
            String cp1256 = clean(new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-1256")));
            return arabicShare(cp1256) > 0.5 ? cp1256 : text;
        } catch (IOException e) {
            return text;
        }
    }

    private static double arabicShare(String s) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    /** Web pages by their name; their text goes through {@link MainTextHandler}. */
    private static boolean looksLikeHtml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
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

    /** Line ends to '\n', no BOM, no trailing white space; offsets of later stages index into this. */
    static String clean(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.stripTrailing();
    }

    private static double garbageShare(String text) {
        int bad = 0;
        int n = Math.min(text.length(), 100_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                bad++;
            }
        }
        return n == 0 ? 0 : (double) bad / n;
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
