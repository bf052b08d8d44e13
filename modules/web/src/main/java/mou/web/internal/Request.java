package mou.web.internal;

import java.util.List;
import java.util.Map;

/**
 * A request as the application sees it, free of the servlet API so that pages can be tested
 * in-process.
 *
 * @param method the HTTP method
 * @param path the decoded path, beginning with {@code /}
 * @param query the query's parameters, each with every value given
 * @param form the form's fields (a POST's body), each with every value given
 * @param uploads the files sent with a multipart form
 * @param cookies the cookies by name
 * @param acceptLanguage the {@code Accept-Language} header, or null
 */
record Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form, List<Upload> uploads,
        Map<String, String> cookies, String acceptLanguage) {

    Request {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        uploads = List.copyOf(uploads);
        cookies = Map.copyOf(cookies);
    }

    /** A GET without cookies: how a visitor who is not signed in asks for a page. */
    static Request get(String path, Map<String, List<String>> query) {
        return new Request("GET", path, query, Map.of(), List.of(), Map.of(), null);
    }

    /** The same request with these cookies. */
    Request withCookies(Map<String, String> more) {
        return new Request(method, path, query, form, uploads, more, acceptLanguage);
    }
}
