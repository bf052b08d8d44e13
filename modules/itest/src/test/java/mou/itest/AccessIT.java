package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts and access against the real server: accounts made with {@code ./mou user add} (the
 * password piped on stdin), signed in over HTTP; {@code /endpoints} read as the program office
 * lists every route, whoever added it; and EVERY change (POST) is refused to those who may not
 * make it (a member of another group, a reader, a visitor who is not signed in) and to a request
 * without the form's token, with the workspace byte for byte as it was.
 */
@Slow
class AccessIT {

    @TempDir
    Path dir;

    @Test
    void everyChangeIsRefusedToWhoMayNotMakeItAndWithoutTheToken() throws Exception {
        App app = App.empty(dir);
        for (Path jar : App.shippedGroupJars()) {
            Files.copy(jar, app.plugins.resolve(jar.getFileName()));
        }
        // the four accounts made at once, each by its own `user add` process (they take the workspace's lock in turn)
        List<CompletableFuture<App.Run>> adding = List.of(
                adding(app, "office password 1", "Olivia Office", "--role", "program-office"),
                adding(app, "member password 1", "Mara Member", "--role", "member", "--group", "air-quality"),
                adding(app, "other password 1", "Otto Other", "--role", "member", "--group", "clean-vehicles"),
                adding(app, "reader password 1", "Rita Reader", "--role", "reader"));
        adding.forEach(CompletableFuture::join);
        // hashed at the application's cost (Passwords.STANDARD: 19 MiB, two passes), which the unit tests lower
        assertThat(Files.readString(app.data.resolve("access/users.json"))).contains("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain("password 1");
        App.Run list = app.run("user", "list", "--data", app.data.toString());
        assertThat(list.out()).contains("Olivia Office", "Mara Member", "air-quality", "Rita Reader").doesNotContain("argon2");

        Map<String, String> before = App.fingerprint(app.data);
        int port = ServeIT.freePort();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(app.commandLine(List.of(), List.of("serve", "--port", String.valueOf(port), "--data",
                app.data.toString()))).directory(app.home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String address = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(out).contains("is served at") && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out)).as("stderr: %s", Files.readString(err)).contains("is served at");

            WebSession office = new WebSession(address).signIn("Olivia Office", "office password 1");
            WebSession other = new WebSession(address).signIn("Otto Other", "other password 1");
            WebSession reader = new WebSession(address).signIn("Rita Reader", "reader password 1");
            WebSession visitor = new WebSession(address);
            WebSession wrong = new WebSession(address);
            assertThat(wrong.post("/sign-in", Map.of("name", "Mara Member", "password", "not her password")).statusCode()).isEqualTo(401);

            // a visitor reads only what is published: the public home, and is sent to sign in for a year in progress
            assertThat(visitor.get("/").body()).contains("Published reports", "href=\"/sign-in\"").doesNotContain("Activities by level");
            HttpResponse<String> year = visitor.get("/report/2016");
            assertThat(year.statusCode()).isEqualTo(303);
            assertThat(year.headers().firstValue("Location")).hasValue("/sign-in?back=%2Freport%2F2016");
            assertThat(reader.get("/report/2016").statusCode()).isEqualTo(200);

            HttpResponse<String> endpoints = office.get("/endpoints");
            assertThat(endpoints.statusCode()).isEqualTo(200);
            assertThat(reader.get("/endpoints").statusCode()).isEqualTo(403);
            List<String[]> routes = endpoints.body().lines().map(l -> l.split(" ")).toList();
            assertThat(routes).allSatisfy(r -> assertThat(r).hasSize(3));
            List<String> posts = routes.stream().filter(r -> r[0].equals("POST")).map(r -> String.join(" ", r)).toList();
            assertThat(posts).contains("POST /sign-in public", "POST /sign-out public");

            List<String> checked = new ArrayList<>();
            for (String[] route : routes) {
                if (!route[0].equals("POST")) {
                    continue;
                }
                String path = example(route[1]);
                String access = route[2];
                String what = String.join(" ", route) + " as " + path;
                // without the form's token, whoever sends it
                assertThat(WebSession.refused(office.postRaw(path, Map.of()))).as("no token, office: " + what).isTrue();
                assertThat(WebSession.refused(office.postRaw(path, Map.of("csrf", other.csrf())))).as("another's token: " + what).isTrue();
                assertThat(WebSession.refused(visitor.postRaw(path, Map.of()))).as("no token, visitor: " + what).isTrue();
                if (!access.equals("public")) {
                    assertThat(WebSession.refused(visitor.post(path, Map.of()))).as("visitor: " + what).isTrue();
                }
                if (access.equals("group-editor") || access.equals("program-office")) {
                    assertThat(WebSession.refused(other.post(path, Map.of()))).as("member of another group: " + what).isTrue();
                    assertThat(WebSession.refused(reader.post(path, Map.of()))).as("reader: " + what).isTrue();
                }
                checked.add(what);
            }
            assertThat(checked).hasSameSizeAs(posts);
            assertThat(office.get("/endpoints").statusCode()).as("the office is still signed in").isEqualTo(200);
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(App.fingerprint(app.data)).as("the workspace is byte for byte as it was").isEqualTo(before);
        assertThat(Files.readString(err)).doesNotContain("Exception");
    }

    /** {@link WebSession#addUser} on a thread of its own (it fails the join when the command fails). */
    private static CompletableFuture<App.Run> adding(App app, String password, String name, String... args) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WebSession.addUser(app, password, name, args);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** A path for a route's pattern with parts that exist in the shipped workspace. */
    static String example(String pattern) {
        return pattern.replace("{group}", "air-quality").replace("{year}", "2016").replace("{activity}", "aq-1-1")
                .replace("{language}", "es").replaceAll("\\{[a-zA-Z]+\\}", "x");
    }
}
