package mou.launcher;

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code java -jar launcher.jar [--plugins DIR] COMMAND [ARGS...]}: starts an OSGi framework (Apache
 * Felix, found through {@link FrameworkFactory}) with a fresh storage folder, installs and starts the
 * platform bundles and the plugins, runs one command line (or the shell) and exits with its status.
 *
 * <p>A command line runs by bnd's launcher conventions: the words are registered as a service with
 * the property {@value #ARGUMENTS}, and the {@code Callable} service with {@code main.thread=true}
 * that the application provides (the commands bundle) is called on the main thread; the number it
 * returns is the exit status (0 done, 1 invalid data, 2 usage error, 3 could not be done, 4 report
 * written but some plugins failed). The launcher reads only what it needs before the framework
 * starts: {@code --plugins DIR} (which plugins it installs) and its {@link Mode}: whether the command
 * line is {@code shell} (a console and a watched plugins folder instead of one command) or a command
 * that runs until it is stopped ({@code serve}: the plugins folder watched, no console); every other
 * word, {@code --help} included, is the application's. Of the application it knows only the Gogo scope
 * {@code mou}, which the shell waits for before its console opens.
 *
 * <p>System properties: {@code mou.home} (the application home; default the current directory),
 * {@code mou.bundles} (the platform bundles; default {@code bundles/} beside the launcher jar),
 * {@code mou.start.timeout} (seconds to wait for the commands; default 30), {@code mou.storage} (where the
 * framework's storage folder of a run is made; default a memory-backed folder such as /dev/shm when
 * there is one with room, else the temporary folder).
 */
public final class Launcher implements AutoCloseable {

    /** The service property holding the command line (bnd's launcher convention). */
    public static final String ARGUMENTS = "launcher.arguments";
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    /**
     * The names of the jars a run installs from a folder, and FileInstall watches for in the shell:
     * hidden files (a copy in progress) are not read. {@code install} refuses a name that does not match.
     */
    static final String PLUGIN_FILE = "[^.].*\\.jar";
    private static final String GOGO_SHELL = "org.apache.felix.gogo.shell";
    /** What serves only the shell: FileInstall watches the plugins folder, Gogo's shell and its commands (lb, ...). */
    private static final Set<String> SHELL_ONLY = Set.of("org.apache.felix.fileinstall", GOGO_SHELL, "org.apache.felix.gogo.command");
    /** What serves only the console: left stopped while a command serves (the folder watcher runs). */
    private static final Set<String> CONSOLE_ONLY = Set.of(GOGO_SHELL, "org.apache.felix.gogo.command");
    /**
     * What each mode does not start with the rest: a command run, what serves only the shell; serve, the
     * console; the shell, its console, started last so that what is typed (or piped) first finds the commands.
     */
    private static final Map<Mode, Set<String>> LATER = Map.of(Mode.COMMAND, SHELL_ONLY, Mode.SERVE, CONSOLE_ONLY, Mode.SHELL, Set.of(GOGO_SHELL),
            Mode.WATCH, Set.of());
    /**
     * The commands that run until they are stopped and keep the plugins folder watched meanwhile, as the
     * shell does: the web application's {@code serve} (a plugin installed while it serves appears without a restart).
     */
    static final Set<String> SERVING = Set.of("serve");
    private static final String MAIN_THREAD = "(&(" + Constants.OBJECTCLASS + "=" + Callable.class.getName() + ")(main.thread=true))";
    /** The application's commands (Gogo's scope mou), for the shell to wait for before its console opens. */
    private static final String COMMANDS = "(osgi.command.scope=mou)";

    /**
     * How the plugins folder is handled and whether a console opens. COMMAND: run one command line;
     * the launcher installs the plugins itself; no console, no folder watching. SHELL: the
     * interactive shell; FileInstall owns the plugins folder and the Gogo console reads stdin.
     * WATCH: like SHELL without a console, for tests and unattended runs. SERVE: one command line
     * that runs until it is stopped ({@code serve}): FileInstall owns the plugins folder, so that a
     * plugin dropped in or taken out while it runs comes and goes; neither the console nor its commands start.
     */
    public enum Mode { COMMAND, SHELL, WATCH, SERVE }

    /**
     * What to start: the folder of platform bundles, the application home ({@code mou.home}), the
     * plugins folder ({@code mou.plugins}), the mode, how long to wait for the commands, and where
     * problems with bundles are reported (one line each).
     */
    public record Settings(Path bundles, Path home, Path plugins, Mode mode, Duration timeout, PrintStream err) {
    }

    private final Settings settings;
    private final Path storage;
    private final Framework framework;
    private final Thread shutdownHook = new Thread(this::close, "mou-shutdown");
    private boolean closed;
    /** Set when the framework is being stopped: by the shutdown hook after Ctrl-C or SIGTERM, or at the end of a run. */
    private volatile boolean stopping;

    private Launcher(Settings settings, Path storage, Framework framework) {
        this.settings = settings;
        this.storage = storage;
        this.framework = framework;
    }

    public static void main(String[] args) {
        // Taken before the framework starts: Gogo replaces System.out/err with per-thread streams.
        PrintStream out = System.out;
        PrintStream err = System.err;
        int status = launch(List.of(args), System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The launcher's own words: the plugins folder given with --plugins, and the command line after it. */
    record Words(Optional<Path> plugins, List<String> commandLine) {

        static Words parse(List<String> words, Path cwd) {
            Optional<Path> plugins = Optional.empty();
            int i = 0;
            for (; i < words.size() && (words.get(i).equals("--plugins") || words.get(i).startsWith("--plugins=")); i++) {
                String value = words.get(i).startsWith("--plugins=") ? words.get(i).substring("--plugins=".length())
                        : i + 1 < words.size() ? words.get(++i) : "";
                if (plugins.isPresent() || value.isBlank()) {
                    throw new IllegalArgumentException(plugins.isPresent() ? "--plugins is given twice; give it once"
                            : "--plugins needs a folder: --plugins DIR");
                }
                plugins = Optional.of(cwd.resolve(value).toAbsolutePath().normalize());
            }
            return new Words(plugins, List.copyOf(words.subList(i, words.size())));
        }

        /**
         * SHELL for {@code shell} alone (with more words it is a command line the application refuses); SERVE
         * for a command line that runs until it is stopped, with the plugins folder watched (the application's
         * {@code serve}); else COMMAND.
         */
        Mode mode() {
            return commandLine.equals(List.of("shell")) ? Mode.SHELL
                    : !commandLine.isEmpty() && SERVING.contains(commandLine.get(0)) ? Mode.SERVE : Mode.COMMAND;
        }
    }

    /** Runs the launcher with these words and streams; returns the exit status. */
    static int launch(List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
        Path cwd = Path.of("").toAbsolutePath();
        Words words;
        try {
            words = Words.parse(arguments, cwd);
        } catch (IllegalArgumentException e) {
            err.println("mou: " + e.getMessage() + "\nUsage: mou [--plugins DIR] COMMAND [OPTIONS...]; mou --help lists the commands");
            return USAGE;
        }
        Path home = property("mou.home").map(h -> cwd.resolve(h).toAbsolutePath().normalize()).orElse(cwd);
        Path plugins = words.plugins().orElse(home.resolve("plugins"));
        // bundles/ beside the launcher jar (the class path of `java -jar`; target/ in a build)
        Path bundles = property("mou.bundles").map(cwd::resolve).orElseGet(() -> Path.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)[0]).toAbsolutePath().resolveSibling("bundles")).toAbsolutePath().normalize();
        Mode mode = words.mode();
        if (mode == Mode.SHELL) {
            out.println("mou shell: `help` lists the mou commands, `lb` the bundles; `exit` or Ctrl-D leaves.");
            out.println("Jars dropped into " + plugins + " are installed while the shell runs.");
        }
        Duration timeout = Duration.ofSeconds(property("mou.start.timeout").filter(t -> t.matches("\\d{1,6}")).map(Long::parseLong).orElse(30L));
        try (Launcher launcher = start(new Settings(bundles, home, plugins, mode, timeout, err))) {
            if (mode == Mode.SHELL) {
                launcher.framework.waitForStop(0); // the shell's exit, end of input, or a signal
                return OK;
            }
            return launcher.run(words.commandLine(), in, out, launcher.quietOnceStopping(err));
        } catch (BundleException e) {
            err.println("mou: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
    }

    /**
     * Starts the framework and every bundle; a bundle that fails is reported and skipped.
     *
     * @throws BundleException when the application cannot start, with a message for a person
     */
    public static Launcher start(Settings settings) throws BundleException {
        if (!Files.isDirectory(settings.bundles())) {
            throw new BundleException("there are no platform bundles at " + settings.bundles() + " (build the application with `mvn install`)");
        }
        Path storage;
        try {
            Path parent = storageParent();
            sweepStale(parent);
            storage = Files.createTempDirectory(parent, "mou-felix-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new BundleException("cannot create a temporary folder for the framework: " + e.getMessage());
        }
        try {
            if (settings.mode() == Mode.SHELL) {
                // the shell's profile: the mou commands first when a name is typed without scope, and a prompt
                try (InputStream profile = Launcher.class.getResourceAsStream("gosh_profile")) {
                    Files.copy(profile, Files.createDirectories(storage.resolve("gosh/etc")).resolve("gosh_profile"));
                }
            }
            Launcher launcher = new Launcher(settings, storage, ServiceLoader.load(FrameworkFactory.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path (lib/ next to the launcher jar)"))
                    .newFramework(properties(settings, storage)));
            launcher.framework.start();
            // Ctrl-C stops the bundles cleanly and removes the storage folder
            Runtime.getRuntime().addShutdownHook(launcher.shutdownHook);
            launcher.installAll();
            return launcher;
        } catch (Exception e) {
            deleteTree(storage);
            throw new BundleException("the OSGi framework does not start: " + reason(e));
        }
    }

    /** A run's storage folder, named for the process that made it: {@code mou-felix-PID-RANDOM}. */
    static final Pattern STORAGE = Pattern.compile("mou-felix-(\\d{1,18})-\\d+");

    /**
     * Removes the storage folders of runs that ended without removing their own (a killed process
     * cannot): in memory-backed storage each would hold on to about 20 MB of memory until the
     * machine restarts. A folder is stale when the process its name gives is gone.
     */
    static void sweepStale(Path parent) {
        try (Stream<Path> folders = Files.list(parent)) {
            folders.map(folder -> STORAGE.matcher(folder.getFileName().toString())).filter(Matcher::matches)
                    .filter(name -> ProcessHandle.of(Long.parseLong(name.group(1))).map(process -> !process.isAlive()).orElse(true))
                    .map(name -> parent.resolve(name.group())).toList().forEach(Launcher::deleteTree);
        } catch (IOException | RuntimeException e) {
            // an unreadable parent: nothing of ours to remove
        }
    }

    /**
     * Where the framework's storage goes: the system property {@code mou.storage} when given; else a
     * memory-backed folder when there is one with room, because the framework creates and deletes a
     * few hundred folders and files at every start and on some disks that alone takes a tenth of a
     * second (docs/performance.md); else the temporary folder. Memory-backed storage is {@code
     * /dev/shm} on Linux, used when it has room for the plugins and unpacked embedded jars (256 MB).
     */
    static Path storageParent() throws IOException {
        String given = System.getProperty("mou.storage");
        if (given != null && !given.isBlank()) {
            return Files.createDirectories(Path.of(given).toAbsolutePath());
        }
        Path memory = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(memory) && Files.isWritable(memory) && Files.getFileStore(memory).getUsableSpace() >= 256L << 20) {
                return memory;
            }
        } catch (IOException | SecurityException e) {
            // no memory-backed storage here
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The framework properties: fresh storage, the application's folders and the Gogo/FileInstall settings. */
    static Map<String, String> properties(Settings settings, Path storage) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.log.level", "1");
        // The component runtime prints a failing plugin's stack trace on the error output; the
        // commands and the web's plugin page say the failure in words (the cause named, from the
        // runtime's own record), so the trace is shown only when asked for with MOU_DEBUG=1.
        properties.put("ds.log.enabled", String.valueOf(System.getenv("MOU_DEBUG") != null));
        properties.put("mou.home", settings.home().toString());
        properties.put("mou.plugins", settings.plugins().toString());
        // without a console (no "" here) the Gogo shell bundle never reads stdin
        properties.put("gosh.args", settings.mode() == Mode.SHELL ? "" : "--nointeractive");
        if (settings.mode() == Mode.SHELL) {
            properties.put("gosh.home", storage.resolve("gosh").toString());
        }
        if (settings.mode() != Mode.COMMAND) {
            properties.putAll(Map.of("felix.fileinstall.dir", settings.plugins().toString(), "felix.fileinstall.poll", "1000",
                    "felix.fileinstall.noInitialDelay", "true", "felix.fileinstall.bundles.new.start", "true",
                    "felix.fileinstall.filter", PLUGIN_FILE, "felix.fileinstall.log.level", "1",
                    "felix.fileinstall.tmpdir", storage.resolve("fileinstall").toString()));
        }
        return properties;
    }

    public Framework framework() {
        return framework;
    }

    private void installAll() throws InvalidSyntaxException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        // A command run installs the plugins itself and talks to Gogo's command processor directly: starting the
        // folder watcher, the console and its commands would only add to every run's start. In the shell, the console
        // starts last, so that what is typed (or piped) first finds the commands there.
        List<Bundle> toStart = new ArrayList<>(install(context, jars(settings.bundles()), true));
        Optional<Bundle> console = toStart.stream().filter(b -> settings.mode() == Mode.SHELL && GOGO_SHELL.equals(b.getSymbolicName())).findFirst();
        toStart.removeIf(b -> LATER.get(settings.mode()).contains(b.getSymbolicName()));
        if (settings.mode() == Mode.COMMAND) {
            toStart.addAll(install(context, jars(settings.plugins()), false));
        }
        // One resolution for all of them rather than one per start; what cannot be resolved is left for its start to report.
        framework.adapt(FrameworkWiring.class).resolveBundles(toStart);
        toStart.forEach(this::start);
        if (console.isPresent()) {
            if (await(COMMANDS) == null) {
                settings.err().println(notAvailable("Try `scr:list` to see which component is unsatisfied."));
            }
            start(console.get());
        }
    }

    /** The jars of a folder, by name; hidden files (half-copied ones) are left out. */
    static List<Path> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(PLUGIN_FILE) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Installs jars. The platform's jars never change while the application runs, so the framework
     * reads them in place ({@code reference:}) instead of copying each into its cache at every
     * start; plugins are copied, so a plugin jar replaced on disk cannot change under a running bundle.
     */
    private List<Bundle> install(BundleContext context, List<Path> jars, boolean inPlace) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                installed.add(context.installBundle((inPlace ? "reference:" : "") + jar.toUri()));
            } catch (BundleException | RuntimeException e) {
                settings.err().println("mou: " + jar.getFileName() + " was not installed: " + reason(e));
            }
        }
        return installed;
    }

    private void start(Bundle bundle) {
        try {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        } catch (BundleException | RuntimeException e) {
            String location = bundle.getLocation();
            settings.err().println("mou: " + bundle.getSymbolicName() + " " + bundle.getVersion() + " ("
                    + location.substring(location.lastIndexOf('/') + 1) + ") did not start: " + reason(e));
        }
    }

    /** A one-line reason for a person: the framework's message without its repetitions, and the cause's. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int repeat = message.indexOf(" Unresolved requirements:");
        message = repeat > 0 ? message.substring(0, repeat) : message;
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * Runs a command line (everything after the launcher's own {@code --plugins DIR}) and returns its
     * exit status: registers the words ({@value #ARGUMENTS}) and the streams ({@code mou.in},
     * {@code mou.out}, {@code mou.err}) as a service, waits (up to the timeout) for the main-thread
     * {@code Callable} the application provides for them, and calls it on this thread.
     */
    public int run(List<String> words, InputStream in, PrintStream out, PrintStream err) {
        ServiceRegistration<Object> arguments = framework.getBundleContext().registerService(Object.class, new Object(),
                new Hashtable<>(Map.of(ARGUMENTS, words.toArray(String[]::new), "mou.in", in, "mou.out", out, "mou.err", err)));
        try {
            if (!(await(MAIN_THREAD) instanceof Callable<?> command)) {
                err.println(notAvailable("Run `mou shell` and `scr:list` to see which component is unsatisfied."));
                return FAILED;
            }
            return command.call() instanceof Integer status ? status : FAILED;
        } catch (Exception | LinkageError e) {
            // Once the framework is being stopped (Ctrl-C, SIGTERM), a command still running (serve) finds
            // the bundles' class loaders closed under it: a class it had not loaded yet is gone (Gogo's
            // Pipe$Result, once). That is no news to the person who stopped it, and no stack trace either.
            if (!stopping) {
                err.println("mou: the command line " + words + " failed: " + e.getClass().getSimpleName() + ": " + reason(e));
            }
            return FAILED;
        } finally {
            try {
                arguments.unregister();
            } catch (IllegalStateException e) {
                // the framework has stopped and took the registration with it
            }
        }
    }

    /**
     * The error stream for a command line, silent once the framework is being stopped: after Ctrl-C
     * or SIGTERM, a command still running (serve runs until then) finds its shell and services going
     * away under it, and what it would say about that is no news to the person who stopped it.
     */
    PrintStream quietOnceStopping(PrintStream err) {
        return new PrintStream(new FilterOutputStream(err) {
            @Override
            public void write(int b) throws IOException {
                if (!stopping) {
                    out.write(b);
                }
            }
        }, true);
    }

    /** Waits (up to the timeout) for a service, by filter; null when none came. */
    private Object await(String filter) throws InvalidSyntaxException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        // all services: the launcher's class space is not the bundles'
        tracker.open(true);
        try {
            return tracker.waitForService(settings.timeout().toMillis());
        } finally {
            tracker.close();
        }
    }

    private String notAvailable(String hint) {
        // what serves only the shell is left stopped in a command run, and not started yet while the shell waits
        List<String> lines = Arrays.stream(framework.getBundleContext().getBundles()).filter(b -> b.getState() != Bundle.ACTIVE
                        && b.getHeaders().get(Constants.FRAGMENT_HOST) == null && !SHELL_ONLY.contains(b.getSymbolicName()))
                .map(b -> b.getSymbolicName() + (b.getState() == Bundle.INSTALLED ? " (installed, not resolved)" : " (resolved, not started)")).toList();
        return "mou: the commands did not become available within " + settings.timeout().toSeconds() + " s. "
                + (lines.isEmpty() ? "Every bundle is active." : "Bundles not active: " + String.join(", ", lines) + ".") + " " + hint;
    }

    /**
     * Stops the framework and deletes its storage folder. Once only: a command that ends because a
     * signal stopped the framework (serve) closes from the main thread while the shutdown hook
     * closes too; the second call waits for the first and then finds nothing left to do.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        try {
            framework.stop();
            framework.waitForStop(settings.timeout().toMillis());
        } catch (BundleException | InterruptedException | RuntimeException e) {
            // the storage is deleted below either way; the next run starts fresh
        }
        deleteTree(storage);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (this may be the hook)
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless and never reused
        }
    }
}
