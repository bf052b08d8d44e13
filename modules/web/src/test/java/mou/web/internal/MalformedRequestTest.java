package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request the servlet cannot read (a malformed escape in its address or its form) gets a plain 400
 * page in the person's language, in the frame of every page, and never Java's words.
 */
class MalformedRequestTest {

    @TempDir
    Path home;
    WebFixture web;
    WebServlet servlet;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home);
        servlet = new WebServlet(web.app, false);
    }

    /** A form body that begins so stops coming after it, as over a broken connection. */
    static final String BROKEN = "broken=1&csrf=";

    /** What the servlet answered: the status, the headers and the page. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    /** The servlet's answer to a request with this method, path, query, cookies and (for a POST) form body. */
    Answer send(String method, String path, String query, Map<String, String> cookies, String body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> path;
                    case "getServletPath" -> "";
                    case "getQueryString" -> query;
                    case "getHeader" -> null;
                    case "getHeaders" -> Collections.emptyEnumeration();
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "isSecure" -> false;
                    case "getContentType" -> body == null ? null : "application/x-www-form-urlencoded";
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getContentLength" -> bytes.length;
                    case "getCookies" -> cookies.entrySet().stream().map(e -> new Cookie(e.getKey(), e.getValue())).toArray(Cookie[]::new);
                    case "getInputStream" -> new jakarta.servlet.ServletInputStream() {
                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(jakarta.servlet.ReadListener listener) {
                        }

                        @Override
                        public int read() throws java.io.IOException {
                            if (body != null && body.startsWith(BROKEN) && in.available() < bytes.length - BROKEN.length()) {
                                // the connection stops after the first bytes, as Jetty's idle timeout says it
                                throw new java.io.IOException("java.util.concurrent.TimeoutException: Idle timeout expired: 30000/30000 ms");
                            }
                            return in.read();
                        }
                    };
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] status = {200};
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader", "addHeader" -> headers.merge((String) args[0], (String) args[1], (a, b) -> a + "\n" + b);
                        case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                        case "setContentLength" -> { }
                        case "getOutputStream" -> {
                            return new ServletOutputStream() {
                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener listener) {
                                }

                                @Override
                                public void write(int b) {
                                    out.write(b);
                                }
                            };
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        return new Answer(status[0], headers, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedEscapeInTheAddressGetsAPlain400PageInThePersonsLanguage() throws Exception {
        Session session = web.app.sessions.open(WebFixture.office());
        for (String[] asked : new String[][] {{"/history", "person=%ZZ", "%ZZ"}, {"/", "year=%E0%A4%A", "%A"}, {"/report", "%", "%"}}) {
            Answer english = send("GET", asked[0], asked[1], Map.of(Sessions.COOKIE, session.id()), null);
            assertThat(english.status()).as(asked[1]).isEqualTo(400);
            assertThat(english.body()).as(asked[1]).contains("<html lang=\"en\">").contains("<h1>Bad address</h1>")
                    .contains("The address is malformed: “" + asked[2] + "” is not an escape").contains("Signed in as Olivia Office")
                    .doesNotContain("URLDecoder").doesNotContain("Illegal hex").doesNotContain("Exception");
            assertThat(english.headers().get("Cache-Control")).isEqualTo("no-store");
            Answer spanish = send("GET", asked[0], asked[1], Map.of(Sessions.COOKIE, session.id(), WebApp.LANGUAGE_COOKIE, "es"), null);
            assertThat(spanish.status()).as(asked[1]).isEqualTo(400);
            assertThat(spanish.body()).as(asked[1]).contains("<html lang=\"es\">").contains("<h1>Dirección incorrecta</h1>")
                    .contains("La dirección está mal formada: «" + asked[2] + "»").doesNotContain("URLDecoder").doesNotContain("malformed");
        }
        // a visitor too
        Answer visitor = send("GET", "/", "year=%G1", Map.of(WebApp.LANGUAGE_COOKIE, "es"), null);
        assertThat(visitor.status()).isEqualTo(400);
        assertThat(visitor.body()).contains("«%G1»").contains("Iniciar sesión");
        // a well-formed address is read as before
        assertThat(send("GET", "/report", "lang=es&x=%C3%B1", Map.of(Sessions.COOKIE, session.id()), null).status()).isEqualTo(200);
    }

    @Test
    void aMalformedFormIsRefusedInThePersonsLanguageAndChangesNothing() throws Exception {
        Session session = web.app.sessions.open(WebFixture.member("air-quality"));
        Answer answer = send("POST", "/group/air-quality/2016/narrative/challenges", null,
                Map.of(Sessions.COOKIE, session.id(), WebApp.LANGUAGE_COOKIE, "es"), "csrf=" + session.csrf() + "&version=none&paragraphs=Zebra%ZZ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("<h1>No se pudo leer el formulario</h1>").contains("«%ZZ»").contains("no se cambió nada")
                .doesNotContain("URLDecoder").doesNotContain("Exception");
        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges().toString()).doesNotContain("Zebra");
    }
    /** What Jetty refuses before the servlet (ServerErrorPages hands it here): the application's page, never Jetty's. */
    @Test
    void whatTheServerRefusesGetsTheApplicationsPageInBothLanguagesWhenNoHeaderWasRead() {
        Request request = new Request("GET", "/", Map.of(), Map.of(), List.of(), Map.of(), null);
        Response bad = web.app.refusedByServer(400, request, false);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers()).containsKey("Content-Security-Policy");
        assertThat(bad.text()).contains("<h1>Bad address</h1>", "<div lang=\"es\"><h2>Dirección incorrecta</h2>", "an encoded / or \\",
                "una / o \\ codificada", "<title>Bad address · Dirección incorrecta · mou-progress</title>").doesNotContain("{0}");
        Response tooLong = web.app.refusedByServer(414, request, false);
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.text()).contains("<h1>Address too long</h1>", "<h2>Dirección demasiado larga</h2>");
        Response large = web.app.refusedByServer(413, request, false);
        assertThat(large.text()).contains("25 MB").doesNotContain("{0}");
        // the headers read: the person's language alone, in the frame of their session
        Session session = web.app.sessions.open(WebFixture.office());
        Response spanish = web.app.refusedByServer(400, request.withCookies(Map.of(Sessions.COOKIE, session.id(), WebApp.LANGUAGE_COOKIE, "es")), true);
        assertThat(spanish.text()).contains("<html lang=\"es\">", "<h1>Dirección incorrecta</h1>").doesNotContain("Bad address");
        assertThat(web.app.refusedByServer(503, request, false).status()).isEqualTo(503);
        // a version of HTTP the server does not speak got the general "Something went wrong" page, as if a fault of the application's
        Response version = web.app.refusedByServer(505, request, false);
        assertThat(version.status()).isEqualTo(505);
        assertThat(version.text()).contains("<h1>HTTP version not supported</h1>", "<h2>Versión de HTTP no admitida</h2>", "as HTTP/1.1",
                "como HTTP/1.1").doesNotContain("Something went wrong", "MOU_DEBUG");
    }

    /** A form whose body stopped coming (a slow or broken connection, Jetty's idle timeout) got Jetty's own 500 page with the exception's words. */
    @Test
    void aFormThatStopsComingIsRefusedInThePersonsLanguageAndChangesNothing() throws Exception {
        Session session = web.app.sessions.open(WebFixture.member("air-quality"));
        Answer answer = send("POST", "/group/air-quality/2016/narrative/challenges", null,
                Map.of(Sessions.COOKIE, session.id(), WebApp.LANGUAGE_COOKIE, "es"), BROKEN + session.csrf() + "&version=none&paragraphs=Zebra");
        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.body()).contains("<h1>El formulario no llegó completo</h1>", "no se cambió nada").doesNotContain("Timeout")
                .doesNotContain("Exception");
        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges().toString()).doesNotContain("Zebra");
    }
}
