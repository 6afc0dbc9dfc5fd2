package org.hilf.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages' scripts and stylesheets from the jar, never from the network (the tool runs
 * offline): {@code /assets/hilf/NAME} from {@code hilf/web/assets/}, and {@code /assets/lib/NAME}
 * from the WebJars named in {@code hilf/web/libs.properties} (written by the Maven build with the
 * versions of the pom). Only those names are served: the classpath is not browsable.
 */
final class AssetServlet extends HttpServlet {
    private static final String OWN = "hilf/web/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff");

    private final transient Properties libs = new Properties();

    AssetServlet() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hilf/web/libs.properties")) {
            if (in == null) {
                throw new IllegalStateException("hilf/web/libs.properties is missing from the classpath (rebuild with ./mvnw package)");
            }
            libs.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String resource = null;
        boolean library = false;
        if (path.startsWith("/lib/")) {
            resource = libs.getProperty(path.substring("/lib/".length()));
            library = true;
        } else if (path.startsWith("/hilf/") && path.substring("/hilf/".length()).matches("[a-z0-9-]+\\.(js|css|svg|png)")) {
            resource = OWN + path.substring("/hilf/".length());
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        InputStream in = resource == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null || !TYPES.containsKey(ext)) {
            if (in != null) {
                in.close();
            }
            Html.secure(resp);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Html.secure(resp);
        resp.setContentType(TYPES.get(ext));
        // libraries are versioned files: cache them; our own change with the jar: revalidate
        resp.setHeader("Cache-Control", library ? "public, max-age=86400" : "no-cache");
        try (in; OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
