package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The built application booted in this JVM, ONE framework for the test classes of a JVM ({@link #boot()}), on nothing but
 * the OSGi framework API (so it does not change when the launcher does): the framework found
 * through {@link FrameworkFactory}, the platform bundles of {@code launcher/target/bundles}, the
 * plugins of the test, and the commands run through Gogo's CommandProcessor in a session of their
 * own, as the launcher runs one command. What only a real process shows (its exit code, what it
 * prints before the framework is up, the shell) is tested by the process tests ({@link App#run}).
 *
 * <p>Per test: {@link #reset} gives the same application home (mou.home is a framework property,
 * fixed for the framework's life) a fresh copy of the shipped workspace and exactly the given
 * plugins, and restarts the application's bundles so that no component keeps state from the
 * test before, as a fresh process would.
 *
 * <p>The contract with the commands that this relies on, as the launcher does: the commands are
 * Gogo command services of scope {@value #SCOPE}; each leaves its exit status in the session
 * variable {@value #STATUS}; the current directory of a command is the session's.
 */
final class InProcessApp implements AutoCloseable {

    static final String SCOPE = "mou";
    static final String STATUS = "mou_status";

    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";
    /** What serves only the interactive shell, left stopped as a command run leaves it: the folder watcher, the console and its commands. */
    private static final Set<String> SHELL_ONLY = Set.of("org.apache.felix.fileinstall", "org.apache.felix.gogo.shell",
            "org.apache.felix.gogo.command");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The application home, its workspace and plugins folder, as {@link App} has them. */
    final App app;
    private final Path root;
    private final Framework framework;
    private final Set<Long> platform = new LinkedHashSet<>();
    /** The framework of this JVM's classes that boot without properties, kept from one class to the next ({@link #boot()}). */
    private static InProcessApp shared;
    private boolean kept;

    private InProcessApp(App app, Path root, Framework framework) {
        this.app = app;
        this.root = root;
        this.framework = framework;
    }

    /**
     * Boots the framework with the platform bundles and a home under a new temporary folder.
     *
     * @param properties more framework properties, e.g. {@code mou.section.timeout}
     */
    static InProcessApp boot(Map<String, String> properties) throws Exception {
        Path root = Files.createTempDirectory("mou-itest-");
        App app = App.empty(root);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, root.resolve("framework").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        config.put("gosh.args", "--nointeractive");
        config.put("mou.home", app.home.toString());
        config.put("mou.plugins", app.plugins.toString());
        config.putAll(properties);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new AssertionError("no OSGi framework on the test class path"));
        Framework framework = factory.newFramework(config);
        framework.init();
        framework.start();
        InProcessApp running = new InProcessApp(app, root, framework);
        running.installPlatform();
        return running;
    }

    /**
     * The application as {@link #boot(Map)} without properties gives it, for a test class: the one
     * framework of this JVM, booted by the first class that asks, given to each next class as a boot
     * gives it (a fresh copy of the shipped workspace, no plugins, the application's bundles
     * restarted: {@link #reset}); {@link #close()} keeps it for the next class, and the JVM's end
     * stops it. A boot of the framework and its bundles costs about a second of processor time in a
     * cold JVM; the fourteen classes that boot it here took that fourteen times over.
     */
    static InProcessApp boot() throws Exception {
        synchronized (InProcessApp.class) {
            if (shared != null) {
                shared.reset();
                return shared;
            }
            InProcessApp booted = boot(Map.of());
            booted.kept = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    booted.stop();
                } catch (Exception e) {
                    // the JVM ends: what is left is in the temporary folder
                }
            }, "stop the kept framework"));
            shared = booted;
            return booted;
        }
    }

    private void installPlatform() throws Exception {
        BundleContext context = framework.getBundleContext();
        List<Bundle> toStart = new ArrayList<>();
        for (Path jar : jars(App.BUNDLES)) {
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            platform.add(bundle.getBundleId());
            if (!SHELL_ONLY.contains(bundle.getSymbolicName()) && !fragment(bundle)) {
                toStart.add(bundle);
            }
        }
        assertThat(toStart).as("platform bundles in %s", App.BUNDLES).isNotEmpty();
        framework.adapt(FrameworkWiring.class).resolveBundles(toStart);
        for (Bundle bundle : toStart) {
            bundle.start();
        }
    }

    private static boolean fragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static List<Path> jars(Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            files.forEach(jars::add);
        }
        jars.sort(null);
        return jars;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Starts a test afresh: the workspace is a new copy of the shipped one, the home holds nothing
     * else, the plugins folder holds exactly these jars and the framework exactly these plugins
     * (installed and started as a run's start does: one that does not start is left so), and the
     * application's own bundles are restarted.
     */
    void reset(Path... plugins) throws Exception {
        BundleContext context = context();
        List<Bundle> gone = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0 && !platform.contains(bundle.getBundleId())) {
                bundle.uninstall();
                gone.add(bundle);
            }
        }
        if (!gone.isEmpty()) {
            refresh(gone);
        }
        try (Stream<Path> files = Files.list(app.home)) {
            for (Path file : files.toList()) {
                deleteTree(file);
            }
        }
        App.copyTree(App.DATA, app.data);
        Files.createDirectories(app.plugins);
        List<Bundle> application = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (platform.contains(bundle.getBundleId()) && bundle.getSymbolicName().startsWith("mou.") && bundle.getState() == Bundle.ACTIVE) {
                application.add(bundle);
            }
        }
        // stopped in the reverse order of their start, started again in that order
        for (int i = application.size() - 1; i >= 0; i--) {
            application.get(i).stop();
        }
        for (Bundle bundle : application) {
            bundle.start();
        }
        for (Path plugin : plugins) {
            plug(plugin);
        }
    }

    /** Puts a jar into the plugins folder and into the framework as a run's start would; a jar that does not start is left installed. */
    Bundle plug(Path jar) throws Exception {
        Path copy = app.plugins.resolve(jar.getFileName().toString());
        if (!copy.equals(jar)) {
            Files.copy(jar, copy);
        }
        Bundle bundle = context().installBundle(copy.toUri().toString());
        framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
        try {
            bundle.start();
        } catch (BundleException e) {
            // the test looks at how the application reports it
        }
        return bundle;
    }

    private void refresh(Collection<Bundle> bundles) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertThat(done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("bundles refreshed").isTrue();
    }

    App.Run run(String... args) throws Exception {
        return runIn(app.home, args);
    }

    /**
     * Runs one command in a session of its own whose current directory is {@code cwd}, as
     * {@code ./mou COMMAND ARGS...} there would, and returns its status and what it printed. The
     * arguments are handed over as session variables, never parsed as Gogo syntax.
     */
    App.Run runIn(Path cwd, String... args) throws Exception {
        assertThat(args).as("a command").isNotEmpty();
        String command = args[0];
        ServiceReference<?> processor = awaitCommand(command);
        Object service = context().getService(processor);
        Class<?> processorType = processor.getBundle().loadClass(PROCESSOR);
        Class<?> sessionType = processor.getBundle().loadClass(SESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Object session = invoke(processorType.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class),
                service, new ByteArrayInputStream(new byte[0]), outStream, errStream);
        Object status;
        try {
            invoke(sessionType.getMethod("currentDir", Path.class), session, cwd);
            StringBuilder program = new StringBuilder(SCOPE + ":" + command);
            for (int i = 1; i < args.length; i++) {
                invoke(sessionType.getMethod("put", String.class, Object.class), session, "a" + i, args[i]);
                program.append(" $a").append(i);
            }
            invoke(sessionType.getMethod("execute", CharSequence.class), session, program.toString());
            status = invoke(sessionType.getMethod("get", String.class), session, STATUS);
        } finally {
            invoke(sessionType.getMethod("close"), session);
            context().ungetService(processor);
        }
        outStream.flush();
        errStream.flush();
        App.Run run = new App.Run(status instanceof Number n ? n.intValue() : -1, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        assertThat(status).as("mou %s left its exit status in $%s\n%s", String.join(" ", args), STATUS, run).isInstanceOf(Number.class);
        return run;
    }

    /** Waits for Gogo's CommandProcessor and a command service of the application's scope that has the command; returns the processor. */
    private ServiceReference<?> awaitCommand(String command) throws InterruptedException, InvalidSyntaxException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        BundleContext context = context();
        while (true) {
            ServiceReference<?>[] processors = context.getAllServiceReferences(PROCESSOR, null);
            ServiceReference<?>[] commands = context.getAllServiceReferences(null,
                    "(&(osgi.command.scope=" + SCOPE + ")(osgi.command.function=" + command + "))");
            if (processors != null && commands != null) {
                return processors[0];
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no command " + SCOPE + ":" + command + " within " + PATIENCE.toSeconds() + " s; bundles: "
                        + Arrays.stream(context.getBundles()).map(b -> b.getSymbolicName() + " " + b.getState()).toList());
            }
            Thread.sleep(20);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs with a system property set: a bundle's {@code BundleContext.getProperty} falls back to
     * the system properties for what the framework properties do not set (OSGi Core, 10.1.6.14).
     */
    static <T> T withSystemProperty(String name, String value, Callable<T> action) throws Exception {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return action.call();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    /** A piece of a test that may throw. */
    interface Callable<T> {
        T call() throws Exception;
    }

    /** Stops the framework and deletes the home, unless it is the one kept for the JVM's test classes ({@link #boot()}). */
    @Override
    public void close() throws Exception {
        if (!kept) {
            stop();
        }
    }

    private void stop() throws Exception {
        try {
            framework.stop();
            framework.waitForStop(PATIENCE.toMillis());
        } finally {
            deleteTree(root);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
