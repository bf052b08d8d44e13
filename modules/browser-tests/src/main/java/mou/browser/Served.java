package mou.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.testfixtures.LauncherStart;
import org.openqa.selenium.By;

/**
 * The built application serving a copy of the shipped workspace, for the browser tests of the web
 * pages: {@code ./mou serve} as a process (the launcher of {@code launcher/target}, the
 * system property {@code mou.launcher.dir}) on a free port, accounts made with {@code ./mou user
 * add} (the password on stdin, as a script makes them), and signing in through the sign-in form.
 *
 * <pre>
 * Served served = Served.prepare(tempDir);
 * served.serve(new Served.Account("member password 1", "Mara Member", "--role", "member", "--group", "air-quality"));
 * served.signIn(browser, "Mara Member", "member password 1");
 * browser.open(served.address() + "/group/air-quality/2016");
 * </pre>
 */
public final class Served implements AutoCloseable {

    private final Path launcher;
    private final Path home;
    private final Path data;
    private Process server;
    private String address;
    private Path serveOut;

    private Served(Path launcher, Path home, Path data) {
        this.launcher = launcher;
        this.home = home;
        this.data = data;
    }

    /**
     * A copy of the shipped workspace (system property {@code mou.data}) in {@code dir}, with the
     * working-group plugins built in {@code modules/group-*}/target when there are any, not yet served.
     * Without a built launcher the calling test is skipped (it fails where {@link Browser#required()}).
     */
    public static Served prepare(Path dir) throws IOException {
        Path launcher = Path.of(System.getProperty("mou.launcher.dir", "../../launcher/target")).toAbsolutePath().normalize();
        boolean built;
        try (Stream<Path> files = Files.list(launcher)) {
            built = files.anyMatch(f -> f.getFileName().toString().matches("launcher-.*\\.jar") && !f.getFileName().toString().contains("-sources"));
        } catch (IOException e) {
            built = false;
        }
        if (!built) {
            String message = "the application is not built (no launcher jar in " + launcher + "): mvn install first";
            if (Browser.required()) {
                org.junit.jupiter.api.Assertions.fail(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        Path data = home.resolve("data");
        copy(Path.of(System.getProperty("mou.data", "../../data")).toAbsolutePath().normalize(), data);
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Path modules = launcher.getParent().getParent().resolve("modules");
        try (Stream<Path> groups = Files.list(modules)) {
            for (Path group : groups.filter(g -> g.getFileName().toString().startsWith("group-")).toList()) {
                try (Stream<Path> jars = Files.list(group.resolve("target"))) {
                    for (Path jar : jars.filter(j -> j.getFileName().toString().matches("group-.*\\.jar")
                            && !j.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar")).toList()) {
                        Files.copy(jar, plugins.resolve(jar.getFileName()));
                    }
                } catch (IOException e) {
                    // that group is not built: the workspace is served without its plugin
                }
            }
        }
        return new Served(launcher, home, data);
    }

    /** {@link #prepare} and {@link #serve} in one. */
    public static Served start(Path dir) throws IOException, InterruptedException {
        Served served = prepare(dir);
        served.serve();
        return served;
    }

    /** The workspace folder being served. */
    public Path data() {
        return data;
    }

    /** {@code http://127.0.0.1:PORT}, without a slash at the end. */
    public String address() {
        return address;
    }

    /** An account to make with {@code ./mou user add NAME ARGS...}, the password on stdin ({@link #serve(Account...)}). */
    public record Account(String password, String name, String... args) {
    }

    /** {@code ./mou user add NAME ARGS...} with the password on stdin; fails when the command does. */
    public void addUser(String password, String name, String... args) throws IOException, InterruptedException {
        finish(startAdding(new Account(password, name, args)));
    }

    private Adding startAdding(Account account) throws IOException {
        List<String> words = new ArrayList<>(List.of("user", "add", account.name()));
        words.addAll(List.of(account.args()));
        words.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile(home.getParent(), "user", ".txt");
        Process add = new ProcessBuilder(command(words)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try (var stdin = add.getOutputStream()) {
            stdin.write((account.password() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Adding(account.name(), add, out);
    }

    private record Adding(String name, Process process, Path out) {
    }

    private static void finish(Adding adding) throws IOException, InterruptedException {
        if (!adding.process().waitFor(120, TimeUnit.SECONDS) || adding.process().exitValue() != 0) {
            adding.process().destroyForcibly();
            throw new IllegalStateException("user add " + adding.name() + " failed: " + Files.readString(adding.out()));
        }
    }

    /**
     * Starts {@code serve} and, at the same moment, {@code ./mou user add} for each account (each its
     * own process, as a script run beside the server makes them: they take the workspace's lock in
     * turn, and the server reads the accounts file again when it changes); returns when every
     * account is made (failing when a {@code user add} does) and the server says where it listens.
     */
    public void serve(Account... accounts) throws IOException, InterruptedException {
        startServing();
        List<Adding> adding = new ArrayList<>();
        try {
            for (Account account : accounts) {
                adding.add(startAdding(account));
            }
            for (Adding a : adding) {
                finish(a);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            adding.forEach(a -> a.process().destroyForcibly());
            close();
            throw e;
        }
        awaitServing();
    }

    /** Starts {@code serve} on a free port and waits until it says where it listens. */
    public void serve() throws IOException, InterruptedException {
        startServing();
        awaitServing();
    }

    private void startServing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        serveOut = home.getParent().resolve("serve.txt");
        server = new ProcessBuilder(command(List.of("serve", "--port", String.valueOf(port), "--data", data.toString())))
                .redirectErrorStream(true).redirectOutput(serveOut.toFile()).start();
        address = "http://127.0.0.1:" + port;
    }

    private void awaitServing() throws IOException, InterruptedException {
        Path out = serveOut;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(out).contains("is served at") && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!Files.readString(out).contains("is served at")) {
            close();
            throw new IllegalStateException("serve did not start: " + Files.readString(out));
        }
    }

    /** Signs the browser in through the sign-in form and waits for the page after it. */
    public void signIn(Browser browser, String name, String password) {
        browser.open(address + "/sign-in");
        browser.driver().findElement(By.id("name")).sendKeys(name);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.follow(browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")));
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
    }

    private List<String> command(List<String> words) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(launcher)) {
            jar = files.filter(f -> f.getFileName().toString().matches("launcher-.*\\.jar") && !f.getFileName().toString().contains("-sources"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the application is not built: no launcher jar in " + launcher));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the JVM options ./mou gives (a faster start), from the script itself, and its class data archive
        Path script = launcher.getParent().getParent().resolve("mou");
        command.addAll(LauncherStart.jvmOptions(script));
        command.addAll(LauncherStart.classDataSharing(script, jar, data));
        command.addAll(List.of("-Dmou.home=" + home, "-jar", jar.toString(), "--plugins", home.resolve("plugins").toString()));
        command.addAll(words);
        return command;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                if (file.startsWith(from.resolve("access")) || file.getFileName().toString().startsWith(".mou.")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Stops the server (SIGTERM) and waits for it. */
    @Override
    public void close() {
        if (server != null) {
            server.destroy();
            try {
                server.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
