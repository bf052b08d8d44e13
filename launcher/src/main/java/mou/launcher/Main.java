package mou.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * {@code java -jar launcher.jar [--plugins DIR] COMMAND [ARGS...]}: starts the application in a
 * fresh OSGi framework, runs one command (or the shell) and exits with the command's status.
 *
 * <p>System properties: {@code mou.home} (the application home; default the current directory),
 * {@code mou.bundles} (the platform bundles; default {@code bundles/} beside the launcher jar),
 * {@code mou.start.timeout} (seconds to wait for the commands; default 30), {@code mou.storage} (where the
 * framework's storage folder of a run is made; default a memory-backed folder such as /dev/shm when
 * there is one with room, else the temporary folder).
 */
public final class Main {

    private static final String USAGE = """
            Usage: mou [--plugins DIR] COMMAND [OPTIONS...]
                   mou shell       an interactive console with the same commands (plus Gogo's lb, scr:list, ...);
                                   jars dropped into the plugins folder are installed while it runs
                   mou --help      this text; mou COMMAND --help explains a command
              --plugins DIR        the plugins folder (default: plugins/ under the application home)
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    Main(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    public static void main(String[] args) {
        // Taken before the framework starts: Gogo replaces System.out/err with per-thread streams.
        PrintStream out = System.out;
        PrintStream err = System.err;
        int status = new Main(out, err, System.in).run(List.of(args));
        out.flush();
        err.flush();
        System.exit(status);
    }

    int run(List<String> words) {
        Path cwd = Paths.get("").toAbsolutePath();
        Arguments arguments;
        try {
            arguments = Arguments.parse(words, cwd);
        } catch (Arguments.Mistake e) {
            err.println("mou: " + e.getMessage());
            err.print(USAGE);
            return Launcher.USAGE;
        }
        Path home = property("mou.home").map(h -> cwd.resolve(h).toAbsolutePath().normalize()).orElse(cwd);
        Path plugins = arguments.plugins().orElse(home.resolve("plugins"));
        Path bundles = property("mou.bundles").map(b -> cwd.resolve(b).toAbsolutePath().normalize()).orElseGet(Main::besideJar);
        boolean shell = Arguments.SHELL.equals(arguments.command()) && !arguments.help();
        if (shell && !arguments.arguments().isEmpty()) {
            err.println("mou: shell takes no arguments");
            return Launcher.USAGE;
        }

        String command = arguments.command();
        List<String> commandWords = arguments.arguments();
        boolean usage = arguments.help() || command == null;
        if (usage) {
            // the command list comes from the running commands' own help
            commandWords = command == null || command.equals(Arguments.SHELL) ? List.of() : List.of(command);
            command = "help";
            (arguments.help() ? out : err).print(USAGE + "\n");
        }
        if (shell) {
            out.println("mou shell: `help` lists the mou commands, `lb` the bundles; `exit` or Ctrl-D leaves.");
            out.println("Jars dropped into " + plugins + " are installed while the shell runs.");
        }

        Launcher.Settings settings = new Launcher.Settings(bundles, home, plugins,
                shell ? Launcher.Mode.SHELL : Launcher.Mode.COMMAND, timeout(), err);
        Launcher launcher;
        try {
            launcher = Launcher.start(settings);
        } catch (Launcher.LaunchException e) {
            err.println("mou: " + e.getMessage());
            return Launcher.FAILED;
        }
        try {
            if (shell) {
                launcher.awaitStop();
                return Launcher.OK;
            }
            int status = launcher.run(command, commandWords, in, usage && !arguments.help() ? err : out, err);
            return usage && !arguments.help() && status == Launcher.OK ? Launcher.USAGE : status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Launcher.FAILED;
        } finally {
            launcher.close();
        }
    }

    private static java.util.Optional<String> property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    private static Duration timeout() {
        try {
            return Duration.ofSeconds(Long.parseLong(property("mou.start.timeout").orElse("30")));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(30);
        }
    }

    /** {@code bundles/} in the folder of the launcher jar (target/ in a build). */
    private static Path besideJar() {
        try {
            Path location = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // the jar, or target/classes when run from the build: either way its parent is target/
            return location.getParent().resolve("bundles");
        } catch (URISyntaxException | RuntimeException e) {
            return Paths.get("bundles").toAbsolutePath();
        }
    }
}
