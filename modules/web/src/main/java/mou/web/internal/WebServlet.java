package mou.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application as one servlet of the OSGi HTTP Whiteboard (pattern {@code /*}): turns each
 * request into a {@link Request} (the query, a form's fields and files, the cookies), hands it to
 * {@link WebApp} and writes its {@link Response}. A body larger than the limits is refused with
 * 413 before any of it reaches a page.
 */
final class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The largest form without files. */
    static final int MAX_FORM = 1 << 20;
    /** How many parts (fields and files) a multipart form may have: far more than any form of the application sends. */
    static final int MAX_PARTS = 1000;

    /** The largest upload: one file, and a whole multipart request. */
    static final long MAX_FILE = 20L << 20;
    static final long MAX_MULTIPART = 25L << 20;

    private final transient WebApp app;
    private final boolean behindProxy;

    /**
     * @param behindProxy whether a reverse proxy stands in front ({@code serve --behind-proxy}): then its
     *        {@code X-Forwarded-Proto} and {@code X-Forwarded-For} headers are trusted, never otherwise
     */
    WebServlet(WebApp app, boolean behindProxy) {
        this.app = app;
        this.behindProxy = behindProxy;
    }

    /** Whether the request came over HTTPS: to this server, or (only behind a proxy) to the proxy, which says so. */
    static boolean secure(boolean behindProxy, boolean direct, String forwardedProto) {
        if (direct) {
            return true;
        }
        return behindProxy && forwardedProto != null && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    /** Where the request came from: the address the proxy saw (the last of X-Forwarded-For, which the proxy adds) behind a proxy, else the peer's. */
    static String client(boolean behindProxy, String remote, String forwardedFor) {
        if (behindProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 100) {
                return last;
            }
        }
        return remote;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> cookies = cookies(request);
        Map<String, List<String>> query = Map.of();
        Map<String, List<String>> form = new LinkedHashMap<>();
        List<Upload> uploads = new ArrayList<>();
        WebApp.Unreadable unreadable = null;
        try {
            query = query(request.getQueryString());
        } catch (Malformed e) {
            unreadable = new WebApp.Unreadable(400, "problem.badAddress", "problem.badAddress.text", e.getMessage());
        }
        if (unreadable == null && "POST".equals(request.getMethod())) {
            try {
                body(request, form, uploads);
            } catch (TooLarge e) {
                unreadable = new WebApp.Unreadable(413, "problem.tooLarge", "problem.tooLarge.text", e.getMessage());
            } catch (Malformed e) {
                unreadable = new WebApp.Unreadable(400, "problem.badForm", "problem.badForm.escape", e.getMessage());
            } catch (IllegalArgumentException | IllegalStateException | ServletException e) {
                // never the container's or Java's own words on a page: what went wrong, in the person's language
                unreadable = new WebApp.Unreadable(400, "problem.badForm", "problem.badForm.text");
            } catch (IOException e) {
                // the body stopped coming (a slow or broken connection, the server's idle timeout): nothing of it is used;
                // the page says so, if the connection still takes it, rather than Jetty's own page with the exception's words
                unreadable = new WebApp.Unreadable(408, "problem.incomplete", "problem.incomplete.text");
            }
        }
        if (unreadable != null) {
            query = Map.of();
            form.clear();
            uploads.clear();
        }
        Response answer = app.handle(new Request(request.getMethod(), request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo(),
                query, form, uploads, cookies, request.getHeader("Accept-Language"),
                // every X-Forwarded-For line, in order: a proxy may add its own line after one the client sent
                client(behindProxy, request.getRemoteAddr(), String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For")))),
                secure(behindProxy, request.isSecure(), request.getHeader("X-Forwarded-Proto")), request.getHeader("User-Agent")), unreadable);
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        answer.cookies().forEach(c -> response.addHeader("Set-Cookie", c));
        byte[] gzipped = null;
        if (answer.gzipped() != null) {
            // a body kept with its gzip form: that form to a client that accepts it, compressed once when it was kept
            response.setHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(request.getHeaders("Accept-Encoding"))) {
                response.setHeader("Content-Encoding", "gzip");
                gzipped = answer.gzipped();
            }
        }
        response.setContentLength(gzipped != null ? gzipped.length : answer.length());
        if (!"HEAD".equals(request.getMethod())) {
            if (gzipped != null) {
                response.getOutputStream().write(gzipped);
            } else {
                answer.writeBody(response.getOutputStream()); // a body in parts is written part after part, never joined
            }
        }
    }

    /** Whether the {@code Accept-Encoding} headers accept gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(java.util.Enumeration<String> headers) {
        boolean gzip = false;
        Boolean named = null;
        Boolean any = null;
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.startsWith("q=")) {
                        refused = parameter.substring(2).matches("0(\\.0{0,3})?");
                    }
                }
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    named = !refused;
                } else if (name.equals("*")) {
                    any = !refused;
                }
            }
        }
        if (named != null) {
            gzip = named;
        } else if (any != null) {
            gzip = any;
        }
        return gzip;
    }

    /** An escape ({@code %XX}) that is not one, in an address or a form: the piece that is wrong. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String piece) {
            super(piece);
        }
    }

    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String limit) {
            super(limit);
        }
    }

    /** A form's fields (URL-encoded or multipart) and files, within the limits. */
    private static void body(HttpServletRequest request, Map<String, List<String>> form, List<Upload> uploads)
            throws IOException, TooLarge, Malformed, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            if (request.getContentLengthLong() > MAX_MULTIPART) {
                throw new TooLarge((MAX_MULTIPART >> 20) + " MB");
            }
            java.util.Collection<Part> all;
            try {
                all = request.getParts();
            } catch (IOException | RuntimeException e) {
                // Jetty refuses a file over the multipart config's maxFileSize with an exception of its own, not IllegalStateException;
                // a body sent in chunks has no length to tell by, so the cause says it
                if (request.getContentLengthLong() > MAX_FILE || overLimit(e)) {
                    throw new TooLarge((MAX_FILE >> 20) + " MB");
                }
                throw new IllegalArgumentException("the multipart form is malformed", e);
            }
            try {
                for (Part part : all) {
                    if (part.getSubmittedFileName() != null) {
                        if (part.getSize() > MAX_FILE) {
                            throw new TooLarge((MAX_FILE >> 20) + " MB");
                        }
                        if (!part.getSubmittedFileName().isEmpty()) {
                            try (InputStream in = part.getInputStream()) {
                                uploads.add(new Upload(part.getName(), part.getSubmittedFileName(), in.readNBytes((int) MAX_FILE + 1)));
                            }
                        }
                    } else {
                        try (InputStream in = part.getInputStream()) {
                            byte[] value = in.readNBytes(MAX_FORM + 1);
                            if (value.length > MAX_FORM) {
                                throw new TooLarge((MAX_FORM >> 20) + " MB");
                            }
                            form.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IllegalStateException e) {
                // the container's own limits
                throw new TooLarge((MAX_MULTIPART >> 20) + " MB");
            } catch (RuntimeException e) {
                // a part the container cannot read as sent, e.g. a file name with a NUL (commons-fileupload's InvalidFileNameException)
                throw new IllegalArgumentException("the multipart form is malformed", e);
            }
            return;
        }
        if (request.getContentLengthLong() > MAX_FORM) {
            throw new TooLarge((MAX_FORM >> 20) + " MB");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_FORM + 1);
        }
        if (body.length > MAX_FORM) {
            throw new TooLarge((MAX_FORM >> 20) + " MB");
        }
        if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
            query(new String(body, StandardCharsets.UTF_8)).forEach((k, v) -> form.computeIfAbsent(k, n -> new ArrayList<>()).addAll(v));
        } else if (body.length > 0) {
            throw new IllegalArgumentException("a form is sent as application/x-www-form-urlencoded or multipart/form-data, not " + type);
        }
    }

    /** Whether the container refused a multipart body for one of its size limits: its IllegalStateException, or one saying "exceeds". */
    static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException || (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("exceeds"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> cookies(HttpServletRequest request) {
        Map<String, String> cookies = new LinkedHashMap<>();
        Cookie[] all = request.getCookies();
        if (all != null) {
            for (Cookie cookie : all) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        return cookies;
    }

    /** The first escape of {@code text} that is not {@code %} and two hexadecimal digits, as it stands (at most 3 characters), or null. */
    static String malformed(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                return text.substring(i, Math.min(text.length(), i + 3));
            }
        }
        return null;
    }

    /** The parameters of a query string, each with all its values; a malformed escape is refused, naming it. */
    static Map<String, List<String>> query(String query) throws Malformed {
        String wrong = query == null ? null : malformed(query);
        if (wrong != null) {
            throw new Malformed(wrong);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
