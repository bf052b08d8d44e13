package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a process over a copy of the shipped workspace with the five shipped plugins:
 * the dashboard, a report page and a download over HTTP, with the security headers and workspace
 * markup shown as text; SIGTERM stops it cleanly (no framework storage or temporary file left);
 * a port in use is refused with a clear message.
 */
@Slow
class ServeIT {

    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    App app() throws IOException {
        App app = App.empty(dir);
        for (Path jar : App.shippedGroupJars()) {
            Files.copy(jar, app.plugins.resolve(jar.getFileName()));
        }
        return app;
    }

    @Test
    void servesTheDashboardAReportAndADownloadAndStopsCleanlyOnSigterm() throws Exception {
        App app = app();
        Path plan = app.data.resolve("groups/air-quality/plan.json");
        Files.writeString(plan, Files.readString(plan).replace("\"en\": \"Air Quality Working Group\"",
                "\"en\": \"Air Quality " + HOSTILE.replace("\"", "\\\"") + "\"").replace("Implement emissions reporting system for Baja California.",
                "Implement " + HOSTILE.replace("\"", "\\\"") + " reporting."));
        // the dashboard and an unpublished year are for those signed in (AccessIT tests who may see what)
        WebSession.addUser(app, "office password 1", "Olivia Office", "--role", "program-office");
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        int port = freePort();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(app.commandLine(List.of("-Dmou.storage=" + storage, "-Djava.io.tmpdir=" + tmp),
                List.of("serve", "--port", String.valueOf(port), "--data", app.data.toString())))
                .directory(app.home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String address = "http://127.0.0.1:" + port + "/";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(out).contains("is served at " + address) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out)).as("serve says where it listens; stderr: %s", Files.readString(err))
                    .contains("mou serve: the workspace " + app.data + " is served at " + address + " (Ctrl-C stops the server)");
            assertThat(Files.readString(err)).as("no warning for this machine's own address").doesNotContain("warning");

            HttpClient client = new WebSession(address).signIn("Olivia Office", "office password 1").client;
            HttpResponse<String> dashboard = get(client, address);
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertSecure(dashboard);
            assertThat(dashboard.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).doesNotContain("unsafe"));
            assertThat(dashboard.body()).contains("<h1>Progress in 2016</h1>", "Border Region Solid Waste Working Group (SWWG)")
                    .contains("Air Quality &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                    // Solid Waste's panel, contributed by its plugin through mou.web.api
                    .contains("<a href=\"/panel/solid-waste-results\">Project results against targets</a>", "3,800 m³", "6,000 m³")
                    .doesNotContain("<script").doesNotContain("<img");

            HttpResponse<String> report = get(client, address + "report/2016?lang=es");
            assertThat(report.statusCode()).isEqualTo(200);
            assertSecure(report);
            assertThat(report.body()).contains("<html lang=\"es\"", "<nav class=\"mou-bar\"", "progress-report-2016-es.md")
                    .doesNotContain("<script");
            HttpResponse<String> english = get(client, address + "report/2016");
            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(english.body()).contains("<html lang=\"en\"", "Implement &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; reporting.")
                    .doesNotContain("<script").doesNotContain("<img");

            HttpResponse<String> markdown = get(client, address + "report/2016/progress-report-2016.md");
            assertThat(markdown.statusCode()).isEqualTo(200);
            assertThat(markdown.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"progress-report-2016.md\"");
            assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
            assertThat(markdown.body()).startsWith("# California-Mexico Memorandum of Understanding");

            // what the container refuses of a multipart form is said in words: a file name with a NUL, a body over the limit sent
            // in chunks (no length to tell by); a form of many fields (a rating with many evidence links) is read
            HttpResponse<String> nul = multipart(client, address + "sign-in",
                    HttpRequest.BodyPublishers.ofString(part("f", "a\u0000.pdf", "x") + "--b--\r\n"));
            assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
            assertThat(nul.body()).contains("could not be read").doesNotContain("Exception").doesNotContain("InvalidFileName");
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                many.append(part("evidenceUrl-" + i, null, "https://example.org/" + i));
            }
            HttpResponse<String> fields = multipart(client, address + "sign-in", HttpRequest.BodyPublishers.ofString(many + "--b--\r\n"));
            assertThat(fields.body()).as("60 fields are read").doesNotContain("could not be read");
            byte[] big = new byte[21 << 20];
            HttpResponse<String> chunked = multipart(client, address + "sign-in", HttpRequest.BodyPublishers.ofInputStream(() ->
                    new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(part("f", "big.pdf", "").replace("\r\n\r\n\r\n", "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), new java.io.ByteArrayInputStream(big))));
            assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);

            // what Jetty refuses before the application sees it gets the application's page, in both languages since Jetty
            // read none of the request's headers, with the security headers, never Jetty's own page or its words
            for (String[] refused : new String[][] {{"/groups/%zz", "400"}, {"/%", "400"}, {"/..", "400"}, {"/%2e%2e/etc", "400"},
                    {"/report/2016/..%2F..%2Fx", "400"}, {"/a//b", "400"}, {"/a%00b", "400"}, {"/%c0%ae", "400"}, {"/a\\b", "400"},
                    {"/" + "a".repeat(20_000), "414"}}) {
                String raw = raw(port, "GET " + refused[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: es\r\nConnection: close\r\n\r\n");
                assertThat(raw).as(refused[0]).startsWith("HTTP/1.1 " + refused[1] + " ")
                        .contains("Content-Security-Policy: default-src 'none'", "X-Frame-Options: DENY", "<nav", "mou-progress</title>")
                        .contains(refused[1].equals("414") ? "Dirección demasiado larga" : "Dirección incorrecta",
                                refused[1].equals("414") ? "Address too long" : "Bad address", "<div lang=\"es\">")
                        .doesNotContain("HTTP ERROR", "badMessage", "badURI", "Jetty", "<script");
            }
            // a refused HEAD was answered with the page as its body, which the answer to a HEAD never has
            for (String[] refused : new String[][] {{"/groups/%zz", "400"}, {"/%", "400"}, {"/a//b", "400"}, {"/" + "a".repeat(20_000), "414"}}) {
                String raw = raw(port, "HEAD " + refused[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertThat(raw).as("HEAD " + refused[0]).startsWith("HTTP/1.1 " + refused[1] + " ").contains("X-Frame-Options: DENY")
                        .endsWith("\r\n\r\n").doesNotContain("<html");
            }
            // a version of HTTP the server does not speak got the general "Something went wrong" page; it has its own words
            for (String version : List.of("HTTP/3.0", "HTTP/2.0")) {
                // HTTP/3.0: 505, Jetty read no header (both languages); HTTP/2.0: 426, its headers read (the person's language)
                String raw = raw(port, "GET / " + version + "\r\nHost: 127.0.0.1\r\nAccept-Language: es\r\nConnection: close\r\n\r\n");
                assertThat(raw).as(version).startsWith(version.equals("HTTP/3.0") ? "HTTP/1.1 505 " : "HTTP/1.1 426 ")
                        .contains("Versión de HTTP no admitida", "como HTTP/1.1", "X-Frame-Options: DENY")
                        .doesNotContain("Something went wrong", "Algo salió mal", "Bad address", "Dirección incorrecta", "Jetty");
                assertThat(raw(port, "HEAD / " + version + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).as("HEAD " + version)
                        .endsWith("\r\n\r\n").doesNotContain("<html");
            }
            HttpResponse<String> missing = get(client, address + "report/20x6");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.body()).contains("is not a year").doesNotContain("Exception");
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        // stopped by SIGTERM: 128 + 15, as any program the signal stops
        assertThat(process.exitValue()).as("exit status; stderr: %s", Files.readString(err)).isEqualTo(143);
        assertThat(Files.readString(out)).endsWith("mou serve: stopped\n");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(App.names(storage)).as("the framework's storage is deleted").isEmpty();
        assertThat(App.names(tmp)).as("no temporary file is left").isEmpty();
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            assertThat(again.isBound()).as("the port is free again").isTrue();
        }
    }

    @Test
    void aPortInUseIsRefusedWithAClearMessage() throws Exception {
        App app = app();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            App.Run run = app.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exit()).as(run.toString()).isEqualTo(3);
            assertThat(run.err()).contains("serve: cannot listen on http://127.0.0.1:" + taken.getLocalPort() + "/: the port "
                    + taken.getLocalPort() + " is in use by another program").contains("choose another with --port N")
                    .doesNotContain("Exception");
            assertThat(run.out()).doesNotContain("is served at");
        }
    }

    /** One part of a multipart body with the boundary {@code b}: a field, or a file when {@code file} is given. */
    private static String part(String name, String file, String value) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"" + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\n\r\n"
                + value + "\r\n";
    }

    private static HttpResponse<String> multipart(HttpClient client, String address, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(java.net.URI.create(address)).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the server answers to a request written as it stands (HttpClient refuses to send a malformed address). */
    private static String raw(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> get(HttpClient client, String address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertSecure(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src"));
    }
}
