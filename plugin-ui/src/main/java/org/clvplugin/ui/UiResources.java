package org.clvplugin.ui;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the UI's files (the components' ES modules) from the classpath, so that the same jar works in the
 * standalone host and inside OFBiz without unpacking anything into the webapp. Files are revalidated on each use
 * (no-cache with an ETag): a plugin upgrade reaches browsers at once, and an unchanged file costs a 304.
 */
public final class UiResources extends HttpServlet {

    /** Where the files live on the classpath; the init parameter {@code root} may name another folder. */
    public static final String DEFAULT_ROOT = "/org/clvplugin/ui/static";

    /**
     * The pages' content security policy: only this site's scripts and styles, nothing inline (the components build
     * their DOM and styles without parsing strings), no framing.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Letters, digits, dash, underscore and dots inside names, slashes between: no "..", no encoded tricks. */
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "html", "text/html;charset=UTF-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain;charset=UTF-8");

    private record File(byte[] body, String type, String etag) {
    }

    private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();
    private String root = DEFAULT_ROOT;

    @Override
    public void init() {
        String configured = getInitParameter("root");
        if (configured != null && !configured.isBlank()) {
            root = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<File> file = path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")
                ? Optional.empty() : files.computeIfAbsent(path, this::load);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File f = file.get();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        if (f.type().startsWith("text/html")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "same-origin");
        }
        response.setHeader("ETag", f.etag());
        String match = request.getHeader("If-None-Match");
        if (match != null && match.contains(f.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(f.type());
        response.setContentLength(f.body().length);
        response.getOutputStream().write(f.body());
    }

    private Optional<File> load(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = UiResources.class.getResourceAsStream(root + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
            return Optional.of(new File(body, type, etag));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the UI file " + root + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
