package mou.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application answers to a request, free of the servlet API so that the pages can be
 * tested in-process: the status, the media type, the headers, the body and the cookies it sets
 * (each a whole {@code Set-Cookie} value).
 */
record Response(int status, String contentType, Map<String, String> headers, byte[] body, List<String> cookies) {

    Response {
        headers = new LinkedHashMap<>(headers);
        cookies = List.copyOf(cookies);
    }

    Response(int status, String contentType, Map<String, String> headers, byte[] body) {
        this(status, contentType, headers, body, List.of());
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
        return new Response(status, contentType, more, body, cookies);
    }

    /** The same response setting one more cookie: {@code HttpOnly}, {@code SameSite=Lax}, for the whole site. */
    Response cookie(String name, String value, long maxAgeSeconds) {
        List<String> more = new ArrayList<>(cookies);
        more.add(name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : ""));
        return new Response(status, contentType, headers, body, more);
    }

    /** The same response with every cookie marked {@code Secure} (sent back over HTTPS only): for a request that came over HTTPS. */
    Response secureCookies() {
        List<String> marked = cookies.stream().map(c -> c.contains("; Secure") ? c : c + "; Secure").toList();
        return new Response(status, contentType, headers, body, marked);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
