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
 * instead to a client that accepts it: nothing is compressed for a request.
 */
record Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies, byte[] gzipped) {

    Response {
        headers = new LinkedHashMap<>(headers);
        cookies = List.copyOf(cookies);
    }

    Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies) {
        this(status, contentType, headers, body, cookies, null);
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
        return new Response(status, contentType, headers, body, cookies, compressed);
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
        return new Response(status, contentType, more, body, cookies, gzipped);
    }

    /** The same response setting one more cookie: {@code HttpOnly}, {@code SameSite=Lax}, for the whole site. */
    Response cookie(String name, String value, long maxAgeSeconds) {
        List<String> more = new ArrayList<>(cookies);
        more.add(name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : ""));
        return new Response(status, contentType, headers, body, more, gzipped);
    }

    /** The same response with every cookie marked {@code Secure} (sent back over HTTPS only): for a request that came over HTTPS. */
    Response secureCookies() {
        List<String> marked = cookies.stream().map(c -> c.contains("; Secure") ? c : c + "; Secure").toList();
        return new Response(status, contentType, headers, body, marked, gzipped);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
