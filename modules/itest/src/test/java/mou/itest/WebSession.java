package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of the real server for the integration tests: its own cookies (the session, the
 * visitor's token), signing in through the sign-in form, GETs and form POSTs; and
 * {@code ./mou user add} with the password piped on stdin, as a script makes an account.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final String base;
    final HttpClient client;

    WebSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code user add NAME ARGS...} as its own process, the password as the first line of stdin. */
    static App.Run addUser(App app, String password, String name, String... args) throws Exception {
        List<String> words = new java.util.ArrayList<>(List.of("user", "add", name));
        words.addAll(List.of(args));
        words.addAll(List.of("--data", app.data.toString()));
        Path out = Files.createTempFile(app.home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(app.home.getParent(), "err", ".txt");
        Process process = new ProcessBuilder(app.commandLine(List.of(), words)).directory(app.home.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("user add did not finish within 120 s");
        }
        App.Run run = new App.Run(process.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    /** Signs in through the form; the server answers 303 with a new session cookie. */
    WebSession signIn(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/sign-in", Map.of("name", name, "password", password));
        assertThat(response.statusCode()).as("sign in as %s: %s", name, response.body()).isEqualTo(303);
        return this;
    }

    /** The token this browser's forms carry now: read from the sign-in form, which every browser may open. */
    String csrf() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/sign-in").body());
        assertThat(m.find()).as("the sign-in form carries a token").isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form POST with this browser's token added. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("csrf", csrf());
        return postRaw(path, all);
    }

    /** A form POST exactly as given. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Whether the server refused: 403, 401 (a change sent without a session: the page offers to sign in), or 303 to the sign-in page. */
    static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 403 || response.statusCode() == 401 || response.statusCode() == 303
                && response.headers().firstValue("Location").orElse("").contains("/sign-in");
    }
}
