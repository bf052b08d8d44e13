package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bench's plain HTTP/1.1 client against the JDK's small HTTP server: one kept connection for
 * many requests, bodies framed by length or chunked, gzip unpacked only when kept, the cookie and
 * a form sent, a connection the server closed opened again for a GET (never a form sent twice).
 */
class Http1Test {

    HttpServer server;
    final List<String> seen = new CopyOnWriteArrayList<>();
    final AtomicInteger drops = new AtomicInteger();
    int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " cookie=" + exchange.getRequestHeaders().getFirst("Cookie")
                    + " gzip=" + exchange.getRequestHeaders().getFirst("Accept-Encoding") + " body=" + body + " from="
                    + exchange.getRemoteAddress().getPort());
            byte[] page = ("<p>" + exchange.getRequestURI().getPath() + "</p>").repeat(200).getBytes(StandardCharsets.UTF_8);
            switch (exchange.getRequestURI().getPath()) {
                case "/chunked" -> {
                    exchange.sendResponseHeaders(200, 0); // 0: chunked
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(page);
                    }
                }
                case "/gzip" -> {
                    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                    try (GZIPOutputStream zip = new GZIPOutputStream(zipped)) {
                        zip.write(page);
                    }
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    exchange.sendResponseHeaders(200, zipped.size());
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(zipped.toByteArray());
                    }
                }
                case "/drop-once", "/drop" -> {
                    if (exchange.getRequestURI().getPath().equals("/drop") || drops.getAndIncrement() == 0) {
                        exchange.close(); // no answer: the connection is closed
                        return;
                    }
                    exchange.sendResponseHeaders(200, page.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(page);
                    }
                }
                case "/save" -> {
                    exchange.getResponseHeaders().add("Location", "/saved");
                    exchange.sendResponseHeaders(303, -1); // no body
                    exchange.close();
                }
                default -> {
                    exchange.sendResponseHeaders(200, page.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(page);
                    }
                }
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String expected(String path) {
        return ("<p>" + path + "</p>").repeat(200);
    }

    @Test
    void manyRequestsOnOneConnectionEachBodyWhole() throws IOException {
        try (Http1 http = new Http1("127.0.0.1", port, "mou_session=abc", 5_000)) {
            for (int i = 0; i < 5; i++) {
                assertThat(http.get("/plain", true).text()).isEqualTo(expected("/plain"));
                assertThat(http.get("/chunked", true).text()).isEqualTo(expected("/chunked"));
                Http1.Answer zipped = http.get("/gzip", true);
                assertThat(zipped.text()).as("unpacked when kept").isEqualTo(expected("/gzip"));
                assertThat(http.get("/gzip", false).body()).as("read and dropped").isEmpty();
                assertThat(http.get("/plain", false).status()).isEqualTo(200);
            }
            Http1.Answer saved = http.post("/save", "csrf=t&level=initial");
            assertThat(saved.status()).isEqualTo(303);
            assertThat(saved.location()).isEqualTo("/saved");
        }
        assertThat(seen).hasSize(26);
        assertThat(seen.stream().map(s -> s.substring(s.indexOf(" from="))).distinct()).as("one connection kept").hasSize(1);
        assertThat(seen).allMatch(s -> s.contains("cookie=mou_session=abc") && s.contains("gzip=gzip"));
        assertThat(seen.get(25)).startsWith("POST /save").contains("body=csrf=t&level=initial");
    }

    @Test
    void aClosedConnectionIsOpenedAgainForAGetNeverForAForm() throws IOException {
        try (Http1 http = new Http1("127.0.0.1", port, null, 5_000)) {
            assertThat(http.get("/plain", true).text()).isEqualTo(expected("/plain"));
            assertThat(http.get("/drop-once", true).text()).as("asked again on a new connection").isEqualTo(expected("/drop-once"));
            assertThat(seen.stream().filter(r -> r.startsWith("GET /drop-once"))).hasSize(2);
            assertThatThrownBy(() -> http.post("/drop", "a=b")).isInstanceOf(IOException.class);
            assertThat(seen.stream().filter(r -> r.startsWith("POST /drop"))).as("a form is never sent twice").hasSize(1);
            assertThat(http.get("/plain", true).text()).as("and the client goes on").isEqualTo(expected("/plain"));
        }
    }
}
