package org.hilf.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Escaping and the frame of every page. Everything that comes from the store (titles, labels,
 * sentences, IRIs) is untrusted: it reaches the page only through {@link #esc} (element text and
 * quoted attribute values alike) or {@link #href} (links). Pages carry no inline script: the
 * Content-Security-Policy of {@link #secure} forbids it, so a slip in escaping still runs nothing.
 */
public final class Html {
    /**
     * Scripts only from this server's files: no inline script, no eval, no plugins, no framing, no
     * form posts elsewhere. connect-src 'self': the pages talk only to /hilf/sparql and /api (no
     * CDN, no prefix.cc). Stylesheets come from this server too, but inline styles are allowed:
     * YASGUI and Cytoscape.js set them (a style element, style attributes), and a style runs no code.
     */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Html() { }

    /** Text safe in element content and in double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * An external link target: only http and https addresses (a {@code javascript:} or
     * {@code data:} URL from an article's metadata must never become a link); null otherwise.
     */
    public static String href(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? esc(u) : null;
    }

    /** "rtl" for text whose first strong letter is Arabic (or Hebrew), else "ltr". */
    public static String dir(String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                byte d = Character.getDirectionality(s.charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                    return "rtl";
                }
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return "ltr";
                }
            }
        }
        return "ltr";
    }

    /** A span of text in its own direction and language (Arabic set right-to-left). */
    public static String text(String s) {
        String d = dir(s);
        return "rtl".equals(d) ? "<span dir=\"rtl\" lang=\"ar\">" + esc(s) + "</span>" : esc(s);
    }

    /** The headers every response of the web interface carries. */
    public static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
    }

    /**
     * Writes a whole page: head with the stylesheets, the header with the search box, the body,
     * then the scripts (all from /assets).
     */
    public static void page(HttpServletResponse resp, int status, String title, String body,
                            String[] styles, String[] scripts) throws IOException {
        secure(resp);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Hilf</title>")
                .append("<link rel=\"icon\" href=\"data:,\">");
        for (String s : styles) {
            b.append("<link rel=\"stylesheet\" href=\"").append(esc(s)).append("\">");
        }
        b.append("<link rel=\"stylesheet\" href=\"/assets/hilf/hilf.css\"></head><body>")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Hilf <span lang=\"ar\" dir=\"rtl\">حلف</span></a>")
                .append("<nav><a href=\"/\">SPARQL editor</a></nav>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" id=\"search-q\" placeholder=\"Find an actor: NATO, الناتو, Kishida…\"")
                .append(" autocomplete=\"off\" dir=\"auto\" aria-label=\"Find an actor by name\">")
                .append("<button type=\"submit\">Search</button><ul id=\"search-hints\" class=\"hints\" hidden></ul></form></header>\n")
                .append("<main>").append(body).append("</main>\n");
        b.append("<script src=\"/assets/hilf/common.js\"></script>");
        for (String s : scripts) {
            b.append("<script src=\"").append(esc(s)).append("\"></script>");
        }
        b.append("</body></html>\n");
        PrintWriter w = resp.getWriter();
        w.write(b.toString());
        w.flush();
    }
}
