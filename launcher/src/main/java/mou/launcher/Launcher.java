package mou.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Starts an OSGi framework (Apache Felix, found through {@link FrameworkFactory}) with a fresh
 * storage folder, installs and starts the platform bundles and the plugins, and runs Gogo
 * commands in it. It knows the application only as a Gogo command scope ({@value #SCOPE}).
 *
 * <p>Exit status contract with the commands bundle: a command stores its exit status in the
 * session variable {@value #STATUS_VARIABLE} (0 done, 1 invalid data, 2 usage error, 3 could not
 * be done, 4 report written but some plugins failed) and returns nothing; {@link #run} reads the
 * variable after the command and passes any status on as it is.
 */
public final class Launcher implements AutoCloseable {

    /** The Gogo scope of the application's commands. */
    public static final String SCOPE = "mou";
    /** The session variable a command leaves its exit status in. */
    public static final String STATUS_VARIABLE = "mou_status";

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private static final String FILEINSTALL = "org.apache.felix.fileinstall";
    private static final String GOGO_SHELL = "org.apache.felix.gogo.shell";
    private static final String GOGO_COMMAND = "org.apache.felix.gogo.command";
    /** What serves only the shell: FileInstall watches the plugins folder, Gogo's shell and its commands (lb, ...). */
    private static final Set<String> SHELL_ONLY = Set.of(FILEINSTALL, GOGO_SHELL, GOGO_COMMAND);
    private static final String COMMAND_SCOPE = "osgi.command.scope";
    private static final String COMMAND_FUNCTION = "osgi.command.function";

    /** How the plugins folder is handled and whether a console opens. */
    public enum Mode {
        /** Run one command: the launcher installs the plugins itself; no console, no folder watching. */
        COMMAND,
        /** The interactive shell: FileInstall owns the plugins folder and the Gogo console reads stdin. */
        SHELL,
        /** Like {@link #SHELL} without a console, for tests and unattended runs. */
        WATCH
    }

    /**
     * What to start.
     *
     * @param bundles the folder of platform bundles
     * @param home the application home (exposed to bundles as {@code mou.home})
     * @param plugins the plugins folder (exposed as {@code mou.plugins})
     * @param mode see {@link Mode}
     * @param timeout how long to wait for the commands to become available
     * @param err where problems with bundles are reported, one line each
     */
    public record Settings(Path bundles, Path home, Path plugins, Mode mode, Duration timeout, PrintStream err) {
    }

    /** The application could not be started; the message says why. */
    public static final class LaunchException extends Exception {

        private static final long serialVersionUID = 1L;

        public LaunchException(String message) {
            super(message);
        }
    }

    private final Settings settings;
    private final Path storage;
    private final Framework framework;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "mou-shutdown");

    private Launcher(Settings settings, Path storage, Framework framework) {
        this.settings = settings;
        this.storage = storage;
        this.framework = framework;
    }

    /** Starts the framework and every bundle; a bundle that fails is reported and skipped. */
    public static Launcher start(Settings settings) throws LaunchException {
        if (!Files.isDirectory(settings.bundles())) {
            throw new LaunchException("there are no platform bundles at " + settings.bundles()
                    + " (build the application with `mvn install`)");
        }
        Path storage;
        try {
            storage = Files.createTempDirectory(storageParent(), "mou-felix-");
        } catch (IOException e) {
            throw new LaunchException("cannot create a temporary folder for the framework: " + e.getMessage());
        }
        Framework framework;
        try {
            Map<String, String> properties = properties(settings, storage);
            if (settings.mode() == Mode.SHELL) {
                writeShellProfile(storage);
            }
            FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                    .orElseThrow(() -> new LaunchException("no OSGi framework on the class path (lib/ next to the launcher jar)"));
            framework = factory.newFramework(properties);
            framework.init();
            framework.start();
        } catch (BundleException | IOException | RuntimeException e) {
            deleteTree(storage);
            throw new LaunchException("the OSGi framework does not start: " + reason(e));
        } catch (LaunchException e) {
            deleteTree(storage);
            throw e;
        }
        Launcher launcher = new Launcher(settings, storage, framework);
        // Ctrl-C stops the bundles cleanly and removes the storage folder
        Runtime.getRuntime().addShutdownHook(launcher.shutdownHook);
        launcher.installAll();
        return launcher;
    }

    /** Memory-backed temporary storage, where the system has it: {@code /dev/shm} on Linux. */
    private static final Path MEMORY = Path.of("/dev/shm");
    /** What memory-backed storage must have free to be used: room for the plugins and unpacked embedded jars. */
    private static final long MEMORY_NEEDED = 256L * 1024 * 1024;

    /**
     * Where the framework's storage goes: the system property {@code mou.storage} when given; else a
     * memory-backed folder when there is one with room, because the framework creates and deletes a
     * few hundred folders and files at every start and on some disks that alone takes a tenth of a
     * second (docs/performance.md); else the temporary folder.
     */
    static Path storageParent() throws IOException {
        String given = System.getProperty("mou.storage");
        if (given != null && !given.isBlank()) {
            Path parent = Path.of(given).toAbsolutePath();
            Files.createDirectories(parent);
            return parent;
        }
        try {
            if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY) && Files.getFileStore(MEMORY).getUsableSpace() >= MEMORY_NEEDED) {
                return MEMORY;
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
        properties.put("mou.home", settings.home().toString());
        properties.put("mou.plugins", settings.plugins().toString());
        if (settings.mode() == Mode.SHELL) {
            properties.put("gosh.args", "");
            properties.put("gosh.home", storage.resolve("gosh").toString());
        } else {
            // the Gogo shell bundle then runs no console and never reads stdin
            properties.put("gosh.args", "--nointeractive");
        }
        if (settings.mode() != Mode.COMMAND) {
            properties.put("felix.fileinstall.dir", settings.plugins().toString());
            properties.put("felix.fileinstall.poll", "1000");
            properties.put("felix.fileinstall.noInitialDelay", "true");
            properties.put("felix.fileinstall.bundles.new.start", "true");
            properties.put("felix.fileinstall.filter", ".*\\.jar");
            properties.put("felix.fileinstall.log.level", "1");
            properties.put("felix.fileinstall.tmpdir", storage.resolve("fileinstall").toString());
        }
        return properties;
    }

    /** The shell's profile: the mou commands first when a name is typed without scope, and a prompt. */
    private static void writeShellProfile(Path storage) throws IOException {
        Path profile = storage.resolve("gosh/etc/gosh_profile");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, String.join("\n",
                "# written by the mou launcher for this shell session",
                "try {",
                "  SCOPE = '" + SCOPE + ":shell:gogo:*'",
                "  prompt = '" + SCOPE + "> '",
                "} {",
                "  echo \"$0: ERROR: $exception\"",
                "}",
                ""), StandardCharsets.UTF_8);
    }

    public Framework framework() {
        return framework;
    }

    private void installAll() {
        BundleContext context = framework.getBundleContext();
        if (settings.mode() == Mode.SHELL) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(COMMAND_SCOPE, "shell");
            properties.put(COMMAND_FUNCTION, new String[] {"exit"});
            context.registerService(ShellExit.class.getName(), new ShellExit(framework), properties);
        }
        List<Bundle> platform = install(context, jars(settings.bundles()), true);
        List<Bundle> toStart = new ArrayList<>();
        List<Bundle> console = new ArrayList<>();
        for (Bundle bundle : platform) {
            // A command run installs the plugins itself and talks to Gogo's command processor directly:
            // starting the folder watcher, the console and its commands would only add to every run's start.
            if (settings.mode() == Mode.COMMAND && SHELL_ONLY.contains(bundle.getSymbolicName())) {
                continue;
            }
            // the console starts last, so that what is typed (or piped) first finds the commands there
            if (settings.mode() == Mode.SHELL && GOGO_SHELL.equals(bundle.getSymbolicName())) {
                console.add(bundle);
                continue;
            }
            toStart.add(bundle);
        }
        if (settings.mode() == Mode.COMMAND) {
            toStart.addAll(install(context, jars(settings.plugins()), false));
        }
        // One resolution for all of them rather than one per start; what cannot be resolved is left
        // for its start to report.
        framework.adapt(FrameworkWiring.class).resolveBundles(toStart);
        toStart.forEach(this::start);
        if (!console.isEmpty()) {
            try (Commands commands = new Commands(context)) {
                if (!commands.await(settings.timeout())) {
                    settings.err().println("mou: the commands did not become available within " + settings.timeout().toSeconds()
                            + " s. " + notActive() + " Try `scr:list` to see which component is unsatisfied.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            console.forEach(this::start);
        }
    }

    /** The jars of a folder, by name; hidden files (half-copied ones) are left out. */
    static List<Path> jars(Path folder) {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path file : files) {
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                    jars.add(file);
                }
            }
        } catch (IOException e) {
            return jars;
        }
        jars.sort(null);
        return jars;
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
                String location = jar.toUri().toString();
                installed.add(context.installBundle(inPlace ? "reference:" + location : location));
            } catch (BundleException | RuntimeException e) {
                settings.err().println("mou: " + jar.getFileName() + " was not installed: " + reason(e));
            }
        }
        return installed;
    }

    private void start(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            settings.err().println("mou: " + bundle.getSymbolicName() + " " + bundle.getVersion() + " ("
                    + fileName(bundle.getLocation()) + ") did not start: " + reason(e));
        }
    }

    private static String fileName(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? location : location.substring(slash + 1);
    }

    /** A one-line reason for a person: the framework's message without its repetitions, and the cause's. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int repeat = message.indexOf(" Unresolved requirements:");
        if (repeat > 0) {
            message = message.substring(0, repeat);
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * Runs one of the application's commands and returns its exit status. Waits (up to the
     * timeout) for Gogo's CommandProcessor and the application's command service; an unknown
     * command is a usage error naming the known ones.
     */
    public int run(String command, List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
        try (Commands commands = new Commands(framework.getBundleContext())) {
            if (!commands.await(settings.timeout())) {
                err.println("mou: the commands did not become available within " + settings.timeout().toSeconds() + " s. "
                        + notActive() + " Run `mou shell` and `scr:list` to see which component is unsatisfied.");
                return FAILED;
            }
            Set<String> known = commands.names();
            if (!known.contains(command)) {
                err.println("mou: unknown command '" + command + "'; commands: " + String.join(", ", known) + ", " + Arguments.SHELL
                        + " (mou --help explains them)");
                return USAGE;
            }
            Object status = commands.gogo().run(SCOPE + ":" + command, arguments, STATUS_VARIABLE, in, out, err);
            out.flush();
            err.flush();
            if (status instanceof Number number) {
                return number.intValue();
            }
            err.println("mou: the command " + command + " gave no exit status");
            return FAILED;
        } catch (Exception e) {
            err.println("mou: the command " + command + " failed: " + e.getClass().getSimpleName() + ": " + reason(e));
            if (System.getenv("MOU_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("mou: (set MOU_DEBUG=1 to see the stack trace)");
            }
            return FAILED;
        }
    }

    /** Gogo's CommandProcessor and the application's command services, tracked while in use. */
    private static final class Commands implements AutoCloseable {

        private final ServiceTracker<Object, Object> processors;
        private final ServiceTracker<Object, Object> commands;

        Commands(BundleContext context) {
            processors = tracker(context, "(" + Constants.OBJECTCLASS + "=" + Gogo.PROCESSOR + ")", null);
            commands = tracker(context, "(" + COMMAND_SCOPE + "=" + SCOPE + ")", new ReferencesOnly());
        }

        private static ServiceTracker<Object, Object> tracker(BundleContext context, String filter,
                ServiceTrackerCustomizer<Object, Object> customizer) {
            try {
                ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), customizer);
                // all services: the launcher cannot see Gogo's classes, so no class-space check
                tracker.open(true);
                return tracker;
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(filter, e);
            }
        }

        /** Waits until both are there; false when the timeout passed first. */
        boolean await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            return waitFor(processors, deadline) != null && waitFor(commands, deadline) != null;
        }

        private static Object waitFor(ServiceTracker<Object, Object> tracker, long deadline) throws InterruptedException {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            return tracker.waitForService(left);
        }

        Gogo gogo() throws ReflectiveOperationException {
            return new Gogo(processors.getServiceReference(), processors.getService());
        }

        /** The commands of the application's scope, in the order their services name them. */
        Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            ServiceReference<Object>[] references = commands.getServiceReferences();
            if (references == null) {
                return names;
            }
            for (ServiceReference<Object> reference : references) {
                Object functions = reference.getProperty(COMMAND_FUNCTION);
                if (functions instanceof String[] array) {
                    names.addAll(List.of(array));
                } else if (functions instanceof java.util.Collection<?> collection) {
                    collection.forEach(f -> names.add(String.valueOf(f)));
                } else if (functions != null) {
                    names.add(String.valueOf(functions));
                }
            }
            return names;
        }

        @Override
        public void close() {
            processors.close();
            commands.close();
        }
    }

    /**
     * Tracks services by their references only. Getting a command service would create it, and
     * with it load the classes (and unpack the embedded jars) of commands that this run never calls;
     * Gogo gets a command's service when the command is run.
     */
    private static final class ReferencesOnly implements ServiceTrackerCustomizer<Object, Object> {

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            return reference;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object tracked) {
            // the properties are read from the reference each time
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object tracked) {
            // nothing was got, so nothing to unget
        }
    }

    private String notActive() {
        List<String> lines = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            boolean leftStopped = settings.mode() == Mode.COMMAND && SHELL_ONLY.contains(bundle.getSymbolicName());
            if (bundle.getState() != Bundle.ACTIVE && !fragment && !leftStopped && !FILEINSTALL.equals(bundle.getSymbolicName())) {
                lines.add(bundle.getSymbolicName() + " (" + state(bundle.getState()) + ")");
            }
        }
        return lines.isEmpty() ? "Every bundle is active." : "Bundles not active: " + String.join(", ", lines) + ".";
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "active";
        };
    }

    /** Waits until the framework stops (the shell's exit, end of input, or a signal). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework and deletes its storage folder. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(settings.timeout().toMillis());
        } catch (BundleException | InterruptedException | RuntimeException e) {
            // the storage is deleted below either way; the next run starts fresh
        }
        deleteTree(storage);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder is harmless and never reused
        }
    }
}
