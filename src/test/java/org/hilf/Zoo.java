package org.hilf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makers of bad input for the zoo tests: every file is generated, none is committed. */
final class Zoo {
    private Zoo() { }

    static final String ENGLISH = "The foreign ministers of Japan and Australia met in Canberra on Tuesday to discuss "
            + "security cooperation in the Pacific and the coming summit of the alliance.";

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static Path write(Path file, String text) throws IOException { return write(file, text.getBytes(StandardCharsets.UTF_8)); }

    static Path write(Path file, String text, Charset cs) throws IOException { return write(file, text.getBytes(cs)); }

    /** A one-page PDF with {@code text}; encrypted with a user password when {@code password} is set. */
    static Path pdf(Path file, String text, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (text != null) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The first {@code keep} bytes of a real PDF: a download cut short. */
    static Path truncatedPdf(Path file, int keep) throws IOException {
        Path whole = pdf(file.resolveSibling(file.getFileName() + ".whole"), ENGLISH, null);
        byte[] all = Files.readAllBytes(whole);
        Files.delete(whole);
        return write(file, java.util.Arrays.copyOf(all, Math.min(keep, all.length)));
    }

    static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            if (text != null) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }

    /** A zip whose entries hold what {@code entries} says: name, content, name, content, … */
    static Path zip(Path file, Object... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write(entries[i + 1] instanceof byte[] b ? b : ((String) entries[i + 1]).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** {@code megabytes} MB of one repeated word, compressed to a few kilobytes. */
    static byte[] bomb(int megabytes) {
        byte[] chunk = "lol ".repeat(256).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int i = 0; i < megabytes * 1024; i++) {
            raw.writeBytes(chunk);
        }
        return raw.toByteArray();
    }

    static Path gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    /** A named pipe made with mkfifo, or null where that cannot be done. */
    static Path fifo(Path file) {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(file) ? file : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A Unix domain socket file (the channel is closed; the file stays), or null where unsupported. */
    static Path socket(Path file) {
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(file));
            return file;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
