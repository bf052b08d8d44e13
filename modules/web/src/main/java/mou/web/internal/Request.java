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
 * @param client the address the request came from, as far as it can be trusted (the proxy's
 *        {@code X-Forwarded-For} only behind a proxy: {@code serve --behind-proxy}), or null when unknown
 * @param secure whether the request came over HTTPS (to this server, or to the proxy in front of it
 *        that says so with {@code X-Forwarded-Proto: https}, trusted only behind a proxy)
 * @param userAgent the {@code User-Agent} header as the browser sent it, or null (a session shows it, shortened: {@link Browsers})
 */
record Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form, List<Upload> uploads,
        Map<String, String> cookies, String acceptLanguage, String client, boolean secure, String userAgent) {

    /** A request without a {@code User-Agent}. */
    Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form, List<Upload> uploads,
            Map<String, String> cookies, String acceptLanguage, String client, boolean secure) {
        this(method, path, query, form, uploads, cookies, acceptLanguage, client, secure, null);
    }

    /** A request over plain HTTP from an address not known. */
    Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> form, List<Upload> uploads,
            Map<String, String> cookies, String acceptLanguage) {
        this(method, path, query, form, uploads, cookies, acceptLanguage, null, false);
    }

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
        return new Request(method, path, query, form, uploads, more, acceptLanguage, client, secure, userAgent);
    }
}
