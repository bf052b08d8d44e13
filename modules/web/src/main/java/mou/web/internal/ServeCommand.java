package mou.web.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.cycle.CycleService;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginProblems;
import mou.core.spi.ReportService;
import mou.core.spi.WorkspaceStore;
import mou.web.api.WebContribution;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code serve [--port N] [--bind ADDR] [--data DIR]}: the same runtime as every command, plus
 * the HTTP server. The server is Apache Felix HTTP Jetty with the OSGi HTTP Whiteboard; its
 * bundles lie in the {@code http/} folder beside the platform bundles and are installed only by
 * this command, so that no other command starts slower for them. The pages are one whiteboard
 * servlet ({@link WebServlet}); contributions of other bundles ({@link WebContribution}) are
 * tracked as they come and go.
 *
 * <p>It runs until the framework stops (Ctrl-C or SIGTERM: the launcher stops the framework, and
 * with it Jetty), and leaves its exit status like every mou command.
 */
@Component(service = Object.class, property = {"osgi.command.scope=mou", "osgi.command.function=serve"})
public final class ServeCommand {

    public static final String STATUS_VARIABLE = "mou_status";
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_BIND = "127.0.0.1";
    /** How long the server may take to listen. */
    private static final long START_SECONDS = 30;

    static final String USAGE = """
            Usage: serve [--port N] [--bind ADDR] [--data DIR] [--behind-proxy]

            Serves the web application: the dashboard (each group's review state, its activities by
            level, what changed since the year before), every year's report as a page and each format
            as a download (a published year's files as published), and the installed plugins. Members
            signed in rate their group's activities, record its events, figures and quarterly updates,
            write its narrative, upload workbooks and evidence and submit the year; the program office
            returns, approves and publishes. A visitor who is not signed in sees the published reports;
            the rest needs an account (user --help). It prints the address it listens on and runs
            until Ctrl-C or SIGTERM stops it.

              --port N         the port, 1 to 65535 (default: 8080)
              --bind ADDR      the address to listen on (default: 127.0.0.1, this machine only); an
                               address other machines reach needs HTTPS in front: see docs/web.md
              --data DIR       the workspace folder (default: data/ in the application home)
              --behind-proxy   a reverse proxy (with HTTPS) stands in front and is the only way in: trust
                               its X-Forwarded-Proto (cookies then get Secure) and X-Forwarded-For (the
                               sign-in throttle counts by the visitor's address); see docs/web.md

            Exit status: 0 stopped, 1 the workspace has errors, 2 usage error,
                         3 the server could not start (e.g. the port is in use).
            """;

    private final WorkspaceStore store;
    private final ReportService reports;
    private final CycleService cycle;
    private final Extensions extensions;
    private final PluginProblems problems;
    private final BundleContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile PrintStream announce;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<WebContribution> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public ServeCommand(@Reference WorkspaceStore store, @Reference ReportService reports, @Reference CycleService cycle,
            @Reference Extensions extensions, @Reference PluginProblems problems, BundleContext context) {
        this.store = store;
        this.reports = reports;
        this.cycle = cycle;
        this.extensions = extensions;
        this.problems = problems;
        this.context = context;
    }

    @Descriptor("serve the web application: serve [--port N] [--bind ADDR] [--data DIR]")
    public void serve(CommandSession session, @Descriptor("see serve --help") String... words) {
        Path cwd = session.currentDir() != null ? session.currentDir() : Paths.get(System.getProperty("user.dir"));
        Io io = new Io(System.out, System.err, cwd);
        int status;
        try {
            status = run(Arrays.asList(words == null ? new String[0] : words), io);
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            status = e.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = Status.OK;
        }
        io.out().flush();
        io.err().flush();
        session.put(STATUS_VARIABLE, status);
    }

    /** The settings as given, checked. */
    record Settings(int port, InetAddress bind, Path data, boolean behindProxy) {
    }

    static Args options(List<String> words) throws CommandException {
        return Args.parse("serve", words, Set.of("--port", "--bind", "--data"), Set.of("--behind-proxy"));
    }

    static Settings settings(Args options, Path cwd, Path home) throws CommandException {
        options.expectNone();
        String portText = options.value("--port").orElse(String.valueOf(DEFAULT_PORT));
        int port;
        try {
            port = portText.matches("\\d{1,5}") ? Integer.parseInt(portText) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw CommandException.usage("serve: --port must be a port number from 1 to 65535, not '" + portText + "'");
        }
        String bindText = options.value("--bind").orElse(DEFAULT_BIND);
        InetAddress bind;
        try {
            if (bindText.isBlank() || !bindText.matches("[A-Za-z0-9.:%\\[\\]-]{1,255}")) {
                throw new UnknownHostException(bindText);
            }
            bind = InetAddress.getByName(bindText.replaceAll("^\\[(.*)]$", "$1"));
        } catch (UnknownHostException | SecurityException e) {
            throw CommandException.usage("serve: --bind must be an address of this machine such as 127.0.0.1 or 0.0.0.0, not '" + bindText + "'");
        }
        Path data = options.value("--data").map(d -> cwd.resolve(d)).orElse(home.resolve("data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw CommandException.usage("serve: there is no workspace folder at " + data
                    + (options.value("--data").isPresent() ? "" : " (give one with --data DIR)"));
        }
        return new Settings(port, bind, data, options.flag("--behind-proxy"));
    }

    private int run(List<String> words, Io io) throws CommandException, InterruptedException {
        Args options = options(words);
        if (options.help()) {
            io.out().print(USAGE);
            return Status.OK;
        }
        String homeProperty = context.getProperty("mou.home");
        Path home = homeProperty == null || homeProperty.isBlank() ? io.cwd() : Path.of(homeProperty);
        Settings settings = settings(options, io.cwd(), home);
        // the workspace's change signal (a watch of its folders), started before the first load so that no change escapes it
        java.util.Optional<WorkspaceWatch> watch = WorkspaceWatch.start(settings.data(), () -> Snapshots.fingerprint(settings.data()));
        Snapshots.Fingerprint fingerprint = watch.filter(WorkspaceWatch::sync)
                .map(w -> Snapshots.watched(w.generation(), store.commits(settings.data())))
                .orElseGet(() -> Snapshots.fingerprint(settings.data()));
        LoadResult loaded = store.load(settings.data());
        if (loaded.hasErrors()) {
            watch.ifPresent(WorkspaceWatch::close);
            loaded.problems().forEach(p -> io.err().println(p.format()));
            int errors = loaded.errors().size();
            io.err().println("serve: the workspace has " + errors + (errors == 1 ? " error; fix it (./mou validate shows it)"
                    : " errors; fix them (./mou validate lists them)") + " and start again");
            return Status.INVALID_DATA;
        }
        String where = address(settings);
        try {
            checkFree(settings, where);
        } catch (CommandException | RuntimeException e) {
            watch.ifPresent(WorkspaceWatch::close);
            throw e;
        }

        FrameworkInstalled installed = new FrameworkInstalled(context, problems, () -> List.copyOf(contributions));
        WebApp app = new WebApp(settings.data(), store, reports, cycle, extensions, installed);
        watch.ifPresent(app.snapshots::watch);
        // the first page uses the workspace just loaded, unless a file changed since
        app.snapshots.seed(fingerprint, loaded);
        Hashtable<String, Object> properties = new Hashtable<>(Map.of(
                "osgi.http.whiteboard.servlet.pattern", "/*",
                "osgi.http.whiteboard.servlet.name", "mou-progress",
                // forms with files (evidence uploads, spreadsheets): the container refuses a larger body before the page sees it
                "osgi.http.whiteboard.servlet.multipart.enabled", Boolean.TRUE,
                "osgi.http.whiteboard.servlet.multipart.maxFileSize", WebServlet.MAX_FILE,
                "osgi.http.whiteboard.servlet.multipart.maxRequestSize", WebServlet.MAX_MULTIPART,
                // Felix's default of 50 parts is less than a rating with 24 evidence links sends (two fields a link)
                "osgi.http.whiteboard.servlet.multipart.maxFileCount", WebServlet.MAX_PARTS));
        ServiceRegistration<?> servlet = context.registerService("jakarta.servlet.Servlet", new WebServlet(app, settings.behindProxy()), properties);
        // the dashboard made once while Jetty starts, on the other core: its classes loaded and the workspace kept, the first visitor waits less
        Thread warm = new Thread(() -> {
            try {
                app.handle("GET", "/", Map.of());
            } catch (RuntimeException e) {
                // the first real request shows what is wrong
            }
        }, "mou-serve-warm");
        warm.setDaemon(true);
        warm.start();
        ServiceRegistration<?> errorPages = null;
        try {
            startServer(settings);
            // what Jetty refuses before the servlet sees it (a malformed path, a URL too long) gets the application's page too
            errorPages = context.registerService("org.apache.felix.http.jetty.ConnectorFactory", new ServerErrorPages(app), null);
            if (!listening(settings)) {
                throw CommandException.refused("serve: the HTTP server did not start listening on " + where + " within " + START_SECONDS
                        + " s; nothing is served");
            }
            announce = io.out();
            io.out().println("mou serve: the workspace " + settings.data() + " is served at " + where + " (Ctrl-C stops the server)");
            boolean https = Boolean.parseBoolean(System.getProperty("org.apache.felix.https.enable"));
            if (https) {
                io.out().println("mou serve: and with HTTPS at https://" + where.substring("http://".length(), where.lastIndexOf(':')) + ":"
                        + System.getProperty("org.osgi.service.http.port.secure", "8443") + "/");
            }
            io.out().flush();
            if (!settings.bind().isLoopbackAddress() && !https) {
                io.err().println("serve: warning: " + settings.bind().getHostAddress() + " can be reached from other machines, and these pages go"
                        + " over plain HTTP, unencrypted. Put an HTTPS reverse proxy in front, or give Jetty a certificate (docs/web.md).");
                io.err().flush();
            }
            stopped.await();
            if (jvmStopping()) {
                // Ctrl-C or SIGTERM: the launcher's shutdown hook is stopping the framework and then ends the process.
                // Returning into the shell's bundle, which is being stopped too, would only race with it.
                new CountDownLatch(1).await();
            }
            return Status.OK;
        } finally {
            installed.close();
            app.snapshots.close();
            try {
                if (errorPages != null) {
                    errorPages.unregister();
                }
                servlet.unregister();
            } catch (IllegalStateException e) {
                // unregistered already: the bundle is stopping
            }
        }
    }

    /** Whether the JVM is running its shutdown hooks (after a signal), the one time it refuses a new hook. */
    static boolean jvmStopping() {
        Thread probe = new Thread(() -> { }, "mou-serve-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static String address(Settings settings) {
        String host = settings.bind().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + settings.port() + "/";
    }

    /** Refuses a port that another program holds (or that this user may not open), before anything starts. */
    private static void checkFree(Settings settings, String where) throws CommandException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(settings.bind(), settings.port()));
        } catch (IOException e) {
            throw CommandException.refused("serve: cannot listen on " + where + ": " + (e instanceof java.net.BindException
                    ? "the port " + settings.port() + " is in use by another program, or this address is not one of this machine's"
                    : e.getMessage()) + "; choose another with --port N" + (settings.bind().isLoopbackAddress() ? "" : " or --bind ADDR"));
        }
    }

    /**
     * Installs and starts the HTTP server's bundles (Felix HTTP Jetty and the logging API it
     * needs) from the {@code http/} folder beside the platform bundles, configured through system
     * properties that Felix HTTP reads at its start: the port and address, Jetty's own log quiet.
     */
    private void startServer(Settings settings) throws CommandException {
        System.setProperty("org.osgi.service.http.port", String.valueOf(settings.port()));
        System.setProperty("org.apache.felix.http.host", settings.bind().getHostAddress());
        System.setProperty("org.apache.felix.http.enable", "true");
        System.setProperty("org.apache.felix.https.enable", System.getProperty("org.apache.felix.https.enable", "false"));
        System.setProperty("org.apache.felix.http.jetty.sendServerHeader", "false");
        System.setProperty("org.ops4j.pax.logging.DefaultServiceLog.level", System.getProperty("org.ops4j.pax.logging.DefaultServiceLog.level", "ERROR"));
        Path folder = BouncyCastle.folder(context);
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().matches("[^.].*\\.jar")).sorted().toList();
        } catch (IOException e) {
            throw CommandException.refused("serve: the HTTP server's bundles are missing (" + folder + "); build the application again with `mvn install`");
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            try {
                Bundle bundle = context.installBundle("reference:" + jar.toUri());
                bundles.add(bundle);
            } catch (BundleException e) {
                throw CommandException.refused("serve: " + jar.getFileName() + " cannot be installed: " + e.getMessage());
            }
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(bundles);
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    throw CommandException.refused("serve: the HTTP server does not start: " + bundle.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
    }

    /** Waits until Jetty's runtime is registered and the port answers. */
    private boolean listening(Settings settings) throws InterruptedException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter("(objectClass=org.osgi.service.servlet.runtime.HttpServiceRuntime)"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        try {
            if (tracker.waitForService(TimeUnit.SECONDS.toMillis(START_SECONDS)) == null) {
                return false;
            }
        } finally {
            tracker.close();
        }
        InetAddress target = settings.bind().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : settings.bind();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(target, settings.port()), 500);
                return true;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    @Deactivate
    void deactivate() {
        PrintStream out = announce;
        if (out != null) {
            out.println("mou serve: stopped");
            out.flush();
        }
        stopped.countDown();
    }
}
