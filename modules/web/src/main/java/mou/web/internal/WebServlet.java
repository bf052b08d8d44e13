package mou.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application as one servlet of the OSGi HTTP Whiteboard (pattern {@code /*}): hands each
 * request to {@link WebApp} and writes its {@link Response}. The query string is read here, never
 * a request body: the pages only read.
 */
final class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebApp app;

    WebServlet(WebApp app) {
        this.app = app;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Response answer;
        try {
            answer = app.handle(request.getMethod(), request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo(),
                    query(request.getQueryString()));
        } catch (IllegalArgumentException e) {
            answer = WebApp.secure(Response.html(400, Page.problem("Bad address", "The address's query could not be read: "
                    + e.getMessage() + ".", List.of(new Page.Link("/", "Dashboard")))));
        }
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }

    /** The parameters of a query string, each with all its values; a malformed escape is refused. */
    static Map<String, List<String>> query(String query) {
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
