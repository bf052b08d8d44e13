package mou.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The application's page, in the person's language, for what Jetty refuses before the application sees it: a
 * malformed escape in the path ({@code /groups/%zz}, {@code /%}), an ambiguous one ({@code %2F}, {@code %2e%2e}),
 * {@code ..} above the root, an empty segment, a backslash, an address or headers too long. Jetty answers those with
 * its own English page ("HTTP ERROR 400 Bad Request", URI, status), without the frame.
 *
 * <p>Felix HTTP hands its Jetty {@link Server} to a bundle only through {@link ConnectorFactory}: this factory sets
 * the server's error handler to one that asks {@link WebApp} for the page, and gives Felix a {@link LocalConnector},
 * which listens on no port (it answers only requests handed to it in the process, and none are). Loaded only by
 * {@code serve}, after Jetty's bundles are started: the web bundle imports Jetty's packages dynamically (bnd.bnd).
 */
final class ServerErrorPages extends ErrorHandler implements ConnectorFactory {

    private final WebApp app;

    ServerErrorPages(WebApp app) {
        this.app = app;
    }

    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(this);
        return new LocalConnector(server);
    }

    @Override
    protected void generateResponse(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, int code,
            String message, Throwable cause, Callback callback) throws IOException {
        Map<String, String> cookies = new LinkedHashMap<>();
        String language = null;
        String client = null;
        boolean secure = false;
        boolean headersRead = false;
        try {
            for (HttpCookie cookie : org.eclipse.jetty.server.Request.getCookies(request)) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
            language = request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
            // Jetty refuses a malformed path in the request's first line and reads no header after it: not even Host
            headersRead = request.getHeaders().contains(HttpHeader.HOST);
            client = org.eclipse.jetty.server.Request.getRemoteAddr(request);
            secure = request.isSecure();
        } catch (RuntimeException e) {
            // a request Jetty could not parse may have no headers to read: the page in both languages
        }
        String method = method(request);
        Response page = page(code, method, cookies, language, client, secure, headersRead);
        response.setStatus(page.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, page.contentType());
        page.headers().forEach(headers::put);
        page.cookies().forEach(c -> headers.add(HttpHeader.SET_COOKIE, c));
        byte[] body = "HEAD".equals(method) ? new byte[0] : bytes(page);
        headers.put(HttpHeader.CONTENT_LENGTH, String.valueOf(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * The method of the request line. A request line Jetty refused before it made a request of it (a malformed escape, an
     * address too long) reaches here as {@code GET /badMessage}, the method it read lost: a HEAD was then answered with a
     * body, which the answer to a HEAD never has. The method is the one Jetty's parser read, where it can be read (Jetty
     * keeps it in a private field); else, with another Jetty, the request's.
     */
    static String method(org.eclipse.jetty.server.Request request) {
        try {
            Object connection = request.getConnectionMetaData().getConnection();
            Object parser = connection.getClass().getMethod("getParser").invoke(connection);
            if (parser instanceof HttpParser) {
                java.lang.reflect.Field read = HttpParser.class.getDeclaredField("_methodString");
                read.setAccessible(true);
                if (read.get(parser) instanceof String given && !given.isEmpty()) {
                    return given;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Jetty: the method as the request has it
        }
        return request.getMethod();
    }

    /** A refusal Jetty writes without a request (while it reads the request line and headers): the page in English. */
    @Override
    @SuppressWarnings("removal")
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Response page = page(status, "GET", Map.of(), null, null, false, false);
        fields.put(HttpHeader.CONTENT_TYPE, page.contentType());
        page.headers().forEach(fields::put);
        return ByteBuffer.wrap(bytes(page));
    }

    /** The application's page for a request the server refused with {@code status}. */
    private Response page(int status, String method, Map<String, String> cookies, String acceptLanguage, String client, boolean secure,
            boolean headersRead) {
        return app.refusedByServer(status, new Request(method == null ? "GET" : method, "/", Map.of(), Map.of(), List.of(), cookies,
                acceptLanguage, client, secure), headersRead);
    }

    private static byte[] bytes(Response page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length());
        try {
            page.writeBody(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
