package mou.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application answers to a request, free of the servlet API so that the pages can be
 * tested in-process: the status, the media type, the headers, the body and the cookies it sets
 * (each a whole {@code Set-Cookie} value); and, for a body kept between requests, the same body
 * compressed with gzip once when it was kept ({@code gzipped}, else null), which the servlet sends
 * instead to a client that accepts it: nothing is compressed for a request. A page made of kept
 * bytes and the request's own (the dashboard: its frame's head, who is signed in, its kept content)
 * has its body in {@code parts}, written one after the other and never joined for the request
 * ({@link #body()} joins them for those who read it, as the tests do).
 */
record Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies, byte[] gzipped,
        byte[][] parts) {

    Response {
        headers = new LinkedHashMap<>(headers);
        cookies = List.copyOf(cookies);
    }

    Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies, byte[] gzipped) {
        this(status, contentType, headers, body, cookies, gzipped, null);
    }

    Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies) {
        this(status, contentType, headers, body, cookies, null);
    }

    /** A 200 HTML page whose body is these parts, one after the other. */
    static Response htmlParts(byte[]... parts) {
        return new Response(200, "text/html; charset=utf-8", Map.of(), null, List.of(), null, parts.clone());
    }

    /** The body: the parts joined when it is in parts. */
    @Override
    public byte[] body() {
        if (parts == null) {
            return body;
        }
        byte[] joined = new byte[length()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** The body's length in bytes. */
    int length() {
        if (parts == null) {
            return body.length;
        }
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        return length;
    }

    /** Writes the body, part after part. */
    void writeBody(java.io.OutputStream out) throws java.io.IOException {
        if (parts == null) {
            out.write(body);
            return;
        }
        for (byte[] part : parts) {
            out.write(part);
        }
    }

    /** The same response with these headers (the body as it is, in parts or not). */
    Response withHeaders(Map<String, String> all) {
        return new Response(status, contentType, all, body, cookies, gzipped, parts);
    }

    Response(int status, String contentType, Map<String, String> headers, byte[] body) {
        this(status, contentType, headers, body, List.of());
    }

    /** {@code body} compressed with gzip (for a body that is kept: compressed once, sent many times). */
    static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out, 64 * 1024)) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not thrown by a stream in memory
        }
        return out.toByteArray();
    }

    /** The same response with its body's kept gzip form. */
    Response withGzipped(byte[] compressed) {
        return new Response(status, contentType, headers, body, cookies, compressed, parts);
    }

    static Response html(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** A redirect after a change or to sign in ({@code 303 See Other}: the browser asks for the place with GET). */
    static Response seeOther(String location) {
        return new Response(303, "text/plain; charset=utf-8", Map.of("Location", location), ("See " + location).getBytes(StandardCharsets.UTF_8));
    }

    /** The same response with one more header. */
    Response with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, more, body, cookies, gzipped, parts);
    }

    /** The same response setting one more cookie: {@code HttpOnly}, {@code SameSite=Lax}, for the whole site. */
    Response cookie(String name, String value, long maxAgeSeconds) {
        List<String> more = new ArrayList<>(cookies);
        more.add(name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : ""));
        return new Response(status, contentType, headers, body, more, gzipped, parts);
    }

    /** The same response with every cookie marked {@code Secure} (sent back over HTTPS only): for a request that came over HTTPS. */
    Response secureCookies() {
        List<String> marked = cookies.stream().map(c -> c.contains("; Secure") ? c : c + "; Secure").toList();
        return new Response(status, contentType, headers, body, marked, gzipped, parts);
    }

    String text() {
        return new String(body(), StandardCharsets.UTF_8);
    }
}
