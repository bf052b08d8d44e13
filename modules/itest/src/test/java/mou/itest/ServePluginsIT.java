package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mou.itest.TestPlugins.Behaviour;
import mou.itest.TestPlugins.Plugin;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins while {@code serve} runs, against the real server as a process: a working-group plugin
 * jar dropped into {@code plugins/} appears on the dashboard (its panel and menu entry) and in the
 * report without a restart, a plugin that fails to start is named by a notice in the report in
 * place of its part, and a plugin taken out disappears. Every wait is bounded polling.
 *
 * <p>The test signs in as the program office (the dashboard, {@code /plugins} and an unpublished
 * year are for those signed in), and checks that {@code /plugins} sends a visitor to sign in.
 */
@Slow
class ServePluginsIT {

    private static final String PANEL = "<a href=\"/panel/solid-waste-results\">";
    private static final String CHAPTER = "Cooperation on Solid Waste";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aPluginDroppedInWhileServingAppearsAFailingOneIsNamedAndARemovedOneDisappears() throws Exception {
        App app = App.empty(dir);
        Path solidWaste = null;
        for (Path jar : App.shippedGroupJars()) {
            if (jar.getFileName().toString().startsWith("group-solid-waste-")) {
                solidWaste = jar;
            } else {
                Files.copy(jar, app.plugins.resolve(jar.getFileName()));
            }
        }
        assertThat(solidWaste).isNotNull();
        // the dashboard, the plugins page and an unpublished year are for those signed in
        WebSession.addUser(app, "office password 1", "Olivia Office", "--role", "program-office");
        int port = ServeIT.freePort();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Process process = new ProcessBuilder(app.commandLine(List.of("-Dmou.storage=" + storage),
                List.of("serve", "--port", String.valueOf(port), "--data", app.data.toString())))
                .directory(app.home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String address = "http://127.0.0.1:" + port + "/";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(out).contains("is served at " + address) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.readString(out)).as("serve started; stderr: %s", Files.readString(err)).contains("is served at " + address);
            HttpClient client = new WebSession(address).signIn("Olivia Office", "office password 1").client;
            assertThat(get(client, address).body()).contains("<h1>Progress in 2016</h1>").doesNotContain(PANEL);
            assertThat(get(client, address + "report/2016").body()).contains("Cooperation on Air Quality").doesNotContain(CHAPTER);

            // dropped in as a careful copy does it: under a hidden name, then renamed
            Path plugged = app.plugins.resolve(solidWaste.getFileName());
            Path partial = app.plugins.resolve("." + solidWaste.getFileName() + ".part");
            Files.copy(solidWaste, partial);
            Files.move(partial, plugged, StandardCopyOption.ATOMIC_MOVE);
            assertThat(await(client, address, body -> body.contains(PANEL))).as("the panel and its menu entry come").contains(PANEL)
                    .contains("Project results against targets");
            assertThat(await(client, address + "report/2016", body -> body.contains(CHAPTER))).contains(CHAPTER)
                    .contains("Cooperation on Air Quality");

            Plugin broken = new Plugin("unlicensed", "Unlicensed", "1.0.0", Behaviour.FAILS_TO_ACTIVATE);
            Path brokenJar = TestPlugins.build(broken, Files.createDirectories(dir.resolve("builds")), "group-unlicensed-1.0.0.jar");
            Files.copy(brokenJar, partial);
            Files.move(partial, app.plugins.resolve(brokenJar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            String notice = "The plugin " + broken.symbolicName() + " 1.0.0 (working group unlicensed) is installed but not running";
            assertThat(await(client, address + "report/2016", body -> body.contains(notice))).as("a notice names the failing plugin")
                    .contains("no licence to report for Unlicensed").contains(CHAPTER).contains("Cooperation on Air Quality");

            Files.delete(plugged);
            assertThat(await(client, address, body -> !body.contains(PANEL))).as("the panel goes with its plugin")
                    .doesNotContain(PANEL).contains("<h1>Progress in 2016</h1>");
            assertThat(await(client, address + "report/2016", body -> !body.contains(CHAPTER))).doesNotContain(CHAPTER)
                    .contains("Cooperation on Air Quality");

            assertThat(get(client, address + "plugins").body()).as("the program office's plugins page names the failing plugin")
                    .contains("no licence to report for Unlicensed");
            HttpClient visitor = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> plugins = get(visitor, address + "plugins");
            assertThat(plugins.statusCode()).as("/plugins is for the program office: a visitor is sent to sign in").isEqualTo(303);
            assertThat(plugins.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/sign-in"));
            assertThat(process.isAlive()).as("the same server all along; stderr: %s", Files.readString(err)).isTrue();
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // (the framework's component runtime logs the broken plugin's own exception on stderr: that is the plugin's, not ours)
        assertThat(process.exitValue()).as("stopped by SIGTERM; stderr: %s", Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(143);
    }

    /** Polls a page until its body satisfies the condition, within {@link #WAIT}; returns the last body. */
    private static String await(HttpClient client, String address, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String body;
        do {
            HttpResponse<String> response = get(client, address);
            body = response.body();
            if (response.statusCode() == 200 && condition.test(body)) {
                return body;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return body;
    }

    private static HttpResponse<String> get(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
