package mou.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the application answers to a request, free of the servlet API so that the pages can be
 * tested in-process: the status, the media type, the headers and the body.
 */
record Response(int status, String contentType, Map<String, String> headers, byte[] body) {

    Response {
        headers = new LinkedHashMap<>(headers);
    }

    static Response html(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** The same response with one more header. */
    Response with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, more, body);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
