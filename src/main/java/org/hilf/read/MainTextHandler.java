package org.hilf.read;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a web page that is the article, not the site: text inside navigation,
 * headers, footers, sidebars, forms and menus is left out, and when the page marks its content
 * with {@code <main>} or {@code <article>} of some length, only that is kept. Block elements end
 * a line, so that sentences and paragraphs stay apart. Single use; not thread-safe.
 *
 * <p>Needs Tika's identity HTML mapper in the parse context, or the structural elements are
 * mapped away before they reach here.
 */
final class MainTextHandler extends DefaultHandler {
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "menu", "noscript",
            "script", "style", "template", "button", "select");
    private static final Set<String> CONTENT = Set.of("main", "article");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
            "tr", "table", "section", "blockquote", "pre", "title", "dd", "dt", "figcaption");
    /** A marked content area shorter than this is not the article (a teaser, a card). */
    static final int MIN_CONTENT_CHARS = 200;

    private final StringBuilder all = new StringBuilder();
    private final StringBuilder content = new StringBuilder();
    private int furnitureDepth;
    private int contentDepth;
    private int bodyDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth++;
        }
        if (FURNITURE.contains(name)) {
            furnitureDepth++;
        }
        if (CONTENT.contains(name)) {
            contentDepth++;
        }
        if (BLOCKS.contains(name)) {
            newline();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (BLOCKS.contains(name)) {
            newline();
        }
        if (FURNITURE.contains(name) && furnitureDepth > 0) {
            furnitureDepth--;
        }
        if (CONTENT.contains(name) && contentDepth > 0) {
            contentDepth--;
            newline();
        }
        if (name.equals("body") && bodyDepth > 0) {
            bodyDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (furnitureDepth > 0 || bodyDepth == 0) {
            return;
        }
        all.append(ch, start, length);
        if (contentDepth > 0) {
            content.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void newline() {
        if (furnitureDepth == 0 && bodyDepth > 0) {
            all.append('\n');
            if (contentDepth > 0) {
                content.append('\n');
            }
        }
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    /** The article's text: the marked content when there is enough of it, else the page less its furniture. */
    String text() {
        String main = tidy(content);
        return main.length() >= MIN_CONTENT_CHARS ? main : tidy(all);
    }

    /** Lines trimmed, runs of blank lines folded to one. */
    private static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.toString().split("\n", -1)) {
            String t = line.strip().replaceAll("[ \\t\\u00A0]+", " ");
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }
}
