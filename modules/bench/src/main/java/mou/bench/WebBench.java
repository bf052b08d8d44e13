package mou.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code java -cp ... mou.bench.WebBench --root REPO [--data DIR] [--clients 50] [--requests 400]
 * [--warmup 1] [--client socket|jdk] [--trace DIR] [--heap 2g] [--gc parallel|g1|serial] [--server-option OPTION]...}: the web application under load,
 * as a process started the way {@code ./mou serve}
 * starts it (the launcher jar, the repository's plugins folder, the JVM options of {@code ./mou}).
 * It measures the time from the process start to the address line and to the first answer, the
 * resident memory (VmRSS of /proc/PID/status) after the load, and, with {@code --clients} concurrent
 * clients in a closed loop (each sends its next request as soon as the last is answered, no pause),
 * each sending {@code --requests} requests after {@code --warmup} warm-up requests, the
 * p50 and p99 of the dashboard and of the report page, with the server's and the bench's own CPU time
 * a request (both share the machine's cores). The clients are plain HTTP/1.1 keep-alive sockets
 * ({@link Http1}, one thread each; {@code --client jdk}: the JDK's {@link HttpClient}, heavier); the
 * sign-in uses the HttpClient. Then the dashboard's time after a change of a workspace file, asked
 * alone; then, after another change, the report page's time (the first request assembles it again)
 * and the dashboard's p99 while that report is being assembled (the two compared: what the report's
 * assembly costs the dashboard). Every wait is bounded; the server is stopped at the end.
 * Then ratings saved through the rate form, signed in as a program-office account the bench adds
 * ({@code user add}): each client rates its own activity, {@code --requests}/8 times, the POST timed (with
 * {@code --warmup} over 1, each client's first min(warmup, 5) ratings are a warm-up, not measured).
 * The default of 400 requests (before 2026-12-05's fifth session: 40) gives a p99 of 20,000
 * requests over about 3 s, and of 1,900 ratings: with 40, a page's p99 was its 20th slowest of 2,000
 * requests over 0.3 s, decided by whether one collection or one stall of the machine fell in it.
 */
public final class WebBench {

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // the clients' thread pools would keep this process alive
            System.exit(status);
        }
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(".");
        Path data = null;
        int clients = 50;
        int requests = 400; // 20,000 requests a page at 50 clients (about 3 s): a p99 not decided by one pause
        int warmup = 1;
        String heap = null;
        String gc = "-XX:+UseParallelGC"; // as ./mou serve; --gc g1 for the garbage-first collector
        List<String> serverOptions = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--heap" -> heap = args[i + 1];
                case "--gc" -> gc = switch (args[i + 1]) {
                    case "g1" -> "-XX:+UseG1GC";
                    case "parallel" -> "-XX:+UseParallelGC";
                    case "serial" -> "-XX:+UseSerialGC";
                    default -> throw new IllegalArgumentException("web-bench: --gc is g1, parallel or serial, not " + args[i + 1]);
                };
                case "--server-option" -> serverOptions.add(args[i + 1]);
                case "--trace" -> traceFolder = Files.createDirectories(Path.of(args[i + 1]));
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--client" -> {
                    if (!List.of("socket", "jdk").contains(args[i + 1])) {
                        throw new IllegalArgumentException("web-bench: --client is socket or jdk, not " + args[i + 1]);
                    }
                    jdkClient = args[i + 1].equals("jdk");
                }
                default -> throw new IllegalArgumentException("web-bench: unknown option " + args[i]);
            }
        }
        root = root.toAbsolutePath().normalize();
        Path workspace = data == null ? copyOfShipped(root) : data.toAbsolutePath().normalize();
        Path jar;
        try (Stream<Path> files = Files.list(root.resolve("launcher/target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("launcher-.*\\.jar") && !f.toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the application first (launcher/target has no launcher jar)"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // a workspace of synthetic groups (g0001...) needs their plugin: the repository's plugins and it, in a folder of their own
        Path plugins = root.resolve("plugins");
        int synthetic;
        try (Stream<Path> groups = Files.list(workspace.resolve("groups"))) {
            synthetic = (int) groups.filter(g -> g.getFileName().toString().matches("g\\d{4,}")).count();
        }
        if (synthetic > 0) {
            Path folder = Files.createTempDirectory("web-bench-plugins");
            try (Stream<Path> jars = Files.list(plugins)) {
                for (Path plugin : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                    Files.copy(plugin, folder.resolve(plugin.getFileName()));
                }
            }
            Path classes = Path.of(WebBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            writeSyntheticPlugin(folder.resolve("synthetic-groups.jar"), classes, synthetic);
            plugins = folder;
            System.out.printf("%d synthetic groups: their plugin is installed beside the repository's plugins%n", synthetic);
            timeout = Duration.ofMinutes(20);
        }
        // as ./mou does; a heap given is as MOU_JAVA_OPTS="-XX:+UseParallelGC -Xmx..." (the C2 compiler for a large workspace's long loops)
        List<String> command = new ArrayList<>(heap != null ? List.of("java", gc, "-XX:-UsePerfData")
                : List.of("java", "-XX:TieredStopAtLevel=1", gc, "-XX:-UsePerfData"));
        // serve's class data archive, as ./mou serve uses it (made the first time it starts after a build), else the commands'
        Path archive = root.resolve("launcher/target/mou-serve.jsa");
        if (!Files.isRegularFile(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            archive = root.resolve("launcher/target/mou.jsa");
        }
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        // as ./mou serve does (its SERVE_JAVA_OPTS), unless a heap is given
        command.addAll(heap != null ? List.of("-Xmx" + heap) : List.of("-Xmx160m", "-Xss512k"));
        command.addAll(serverOptions);
        command.addAll(List.of("-Dmou.home=" + root, "-jar", jar.toString(), "--plugins", plugins.toString(), "serve",
                "--port", String.valueOf(port), "--data", workspace.toString()));
        // the dashboard, an unpublished year's report and every change need an account: one of the program office
        List<String> user = new ArrayList<>(command.subList(0, command.indexOf("serve")));
        user.removeAll(serverOptions);
        user.addAll(List.of("user", "add", BENCH_USER, "--role", "program-office", "--data", workspace.toString()));
        Process adding = new ProcessBuilder(user).redirectErrorStream(true).start();
        adding.getOutputStream().write((BENCH_PASSWORD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        adding.getOutputStream().close();
        String said = new String(adding.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (adding.waitFor() != 0 && !said.contains("already")) {
            throw new IllegalStateException("web-bench: the account could not be made: " + said);
        }
        Path out = Files.createTempFile("web-bench", ".out");
        long started = System.nanoTime();
        ProcessBuilder serving = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (System.getenv("MOU_DEBUG") != null) {
            serving.environment().put("MOU_DEBUG", "1"); // an internal fault's stack trace on the server's error output
        }
        Process server = serving.start();
        try {
            String address = "http://127.0.0.1:" + port + "/";
            long deadline = started + TimeUnit.SECONDS.toNanos(synthetic > 0 ? 1200 : 120);
            while (!Files.readString(out).contains("is served at") && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            double announced = (System.nanoTime() - started) / 1e9;
            java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8))
                    .cookieHandler(cookies).build();
            while (status(client, address) != 200 && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            double firstAnswer = (System.nanoTime() - started) / 1e9;
            System.out.printf("serve ready: address printed after %.2f s, first page answered after %.2f s%n", announced, firstAnswer);
            signIn(client, address);
            // the load itself: each client a plain keep-alive socket with the signed-in session's cookies (--client jdk: the JDK's HttpClient)
            String cookie = String.join("; ", cookies.getCookieStore().get(URI.create(address)).stream().map(c -> c.getName() + "=" + c.getValue())
                    .toList());
            Clients clientsOf = jdkClient ? new JdkClients(client, address) : new SocketClients("127.0.0.1", port, cookie);
            System.out.printf("clients: %s, closed loop (each sends its next request when the last is answered, no pause), %d warm-up"
                    + " request(s) each per page%n", jdkClient ? "the JDK's HttpClient" : "plain HTTP/1.1 keep-alive sockets", warmup);

            String report = address + "report/" + latestYear(client, address);
            for (String page : List.of(address, report)) {
                load(clientsOf, page, clients, warmup);
            }
            // the server's CPU time per request too: unlike the times, it does not grow with what else the machine runs
            // the bench's own CPU too: its clients share the cores with the server
            long self = ProcessHandle.current().pid();
            phase("dashboard");
            double cpu = cpuMillis(server.pid());
            double own = cpuMillis(self);
            double[] dashboard = load(clientsOf, address, clients, requests);
            double dashboardCpu = (cpuMillis(server.pid()) - cpu) / dashboard.length;
            double dashboardOwn = (cpuMillis(self) - own) / dashboard.length;
            phase("report page");
            cpu = cpuMillis(server.pid());
            own = cpuMillis(self);
            double[] reportPage = load(clientsOf, report, clients, requests);
            double reportCpu = (cpuMillis(server.pid()) - cpu) / reportPage.length;
            double reportOwn = (cpuMillis(self) - own) / reportPage.length;
            phase("report page done");
            System.out.printf("load average now: %s%n", loadAverage());
            System.out.printf("dashboard, %d clients x %d requests, warm: p50 %.1f ms, p99 %.1f ms; server CPU %.2f ms a request, bench CPU %.2f ms"
                    + " a request%n", clients, requests, percentile(dashboard, 50), percentile(dashboard, 99), dashboardCpu, dashboardOwn);
            System.out.printf("report page, %d clients x %d requests, warm: p50 %.1f ms, p99 %.1f ms; server CPU %.2f ms a request, bench CPU"
                    + " %.2f ms a request%n", clients, requests, percentile(reportPage, 50), percentile(reportPage, 99), reportCpu, reportOwn);

            // a change: one file of the workspace touched; the dashboard asked alone (what a change costs it without a report)
            touch(workspace);
            long alone = System.nanoTime();
            int aloneCode = status(client, address);
            System.out.printf("dashboard after a change, no report asked: %.0f ms (status %d)%n", (System.nanoTime() - alone) / 1e6, aloneCode);
            // another change: the next report request assembles again while the dashboard is asked
            touch(workspace);
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            ExecutorService side = Executors.newSingleThreadExecutor();
            Future<double[]> during = side.submit(() -> {
                List<Double> times = new ArrayList<>();
                while (rebuilding.get() && times.size() < 100_000) {
                    long t = System.nanoTime();
                    status(client, address);
                    times.add((System.nanoTime() - t) / 1e6);
                }
                return times.stream().mapToDouble(Double::doubleValue).toArray();
            });
            long t = System.nanoTime();
            int code = status(client, report);
            double afterChange = (System.nanoTime() - t) / 1e6;
            rebuilding.set(false);
            double[] dashboardDuring = during.get(timeout.toSeconds(), TimeUnit.SECONDS);
            side.shutdown();
            System.out.printf("report page after a change (assembled again): %.0f ms (status %d)%n", afterChange, code);
            System.out.printf("dashboard while that report was assembled: %d requests, p50 %.1f ms, p99 %.1f ms%n", dashboardDuring.length,
                    percentile(dashboardDuring, 50), percentile(dashboardDuring, 99));
            String rss = Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("VmRSS: unknown");
            System.out.println("resident memory of the serving process after the load: " + rss.replaceAll("\\s+", " "));
            if (warmup > 1) {
                // the rating's code warmed up too (its first saves compile it): each client's first ratings are not measured
                ratings(clientsOf, workspace, clients, Math.min(5, warmup), "Warm-up");
            }
            phase("ratings");
            cpu = cpuMillis(server.pid());
            own = cpuMillis(self);
            int saved = ratings(clientsOf, workspace, clients, Math.max(1, requests / 8), "Bench");
            phase("ratings done");
            System.out.printf("server CPU %.2f ms a rating (with the GET of its form before it), bench CPU %.2f ms; load average now: %s%n",
                    (cpuMillis(server.pid()) - cpu) / Math.max(1, saved), (cpuMillis(self) - own) / Math.max(1, saved), loadAverage());
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            // the copies this run made (a workspace given with --data is the caller's and stays)
            if (data == null) {
                deleteTree(workspace);
            }
            if (synthetic > 0) {
                deleteTree(plugins);
            }
        }
    }

    /** Removes a folder this run made and everything in it. */
    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path copyOfShipped(Path root) throws IOException {
        Path copy = Files.createTempDirectory("web-bench-data");
        Path shipped = root.resolve("data");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** How long one request may take: a minute, or more for a synthetic workspace (its first report is assembled in the request). */
    private static Duration timeout = Duration.ofSeconds(60);
    /** Whether the load's clients use the JDK's HttpClient ({@code --client jdk}) instead of plain sockets. */
    private static boolean jdkClient;

    static final String BENCH_USER = "Bench Office";
    static final String BENCH_PASSWORD = "bench password 1";
    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("name=\"version\" value=\"([^\"]+)\"");

    /** Signs the client in as the bench's program-office account (its cookie handler keeps the session). */
    private static void signIn(HttpClient client, String address) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(address + "sign-in")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("web-bench: the sign-in page has no form token");
        }
        HttpResponse<String> signed = client.send(post(address + "sign-in", "csrf", m.group(1), "name", BENCH_USER, "password", BENCH_PASSWORD),
                HttpResponse.BodyHandlers.ofString());
        if (signed.statusCode() != 303) {
            throw new IllegalStateException("web-bench: sign-in answered " + signed.statusCode());
        }
    }

    private static HttpRequest post(String address, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(fields[i], java.nio.charset.StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(fields[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(address)).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** Touches the first group's plan (its content unchanged): the workspace has changed for the server. */
    private static void touch(Path workspace) throws IOException {
        try (Stream<Path> files = Files.walk(workspace.resolve("groups"))) {
            Path file = files.filter(f -> f.getFileName().toString().equals("plan.json")).findFirst().orElseThrow();
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        }
    }

    /**
     * Ratings saved through the rate form, as people do: each client rates its own activity (so that
     * the saves meet each other in the same group's year file, not in the same part), reading the
     * activity's page for the form's version and token, then posting a new level with a new
     * rationale. The POST's time is measured; a save answers 303.
     *
     * @return how many ratings were posted
     */
    private static int ratings(Clients clientsOf, Path workspace, int clients, int perClient, String label) throws Exception {
        List<String[]> activities = new ArrayList<>();
        try (Stream<Path> plans = Files.walk(workspace.resolve("groups"))) {
            for (Path plan : plans.filter(f -> f.getFileName().toString().equals("plan.json")).sorted().toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\": \"([a-z][a-z0-9]*-\\d+-\\d+)\"").matcher(Files.readString(plan));
                while (m.find()) {
                    activities.add(new String[] {plan.getParent().getFileName().toString(), m.group(1)});
                }
            }
        }
        int raters = Math.min(clients, activities.size());
        ExecutorService pool = Executors.newFixedThreadPool(raters);
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int c = 0; c < raters; c++) {
                String[] activity = activities.get(c);
                int client0 = c;
                results.add(pool.submit(() -> {
                    double[] times = new double[perClient];
                    try (Client client = clientsOf.open()) {
                        for (int r = 0; r < perClient; r++) {
                            String base = "group/" + activity[0] + "/2016/";
                            String page = client.page(base + "activity/" + activity[1]);
                            java.util.regex.Matcher token = CSRF.matcher(page);
                            java.util.regex.Matcher version = VERSION.matcher(page);
                            if (!token.find() || !version.find()) {
                                throw new IllegalStateException("web-bench: no rate form for " + activity[1]);
                            }
                            long t = System.nanoTime();
                            int code = client.post(base + "rate/" + activity[1], form("csrf", token.group(1), "version", version.group(1),
                                    "level", r % 2 == 0 ? "initial" : "moderate", "rationale", label + " rating " + client0 + "-" + r + "."));
                            times[r] = (System.nanoTime() - t) / 1e6;
                            if (code != 303) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : results) {
                Arrays.stream(f.get(30, TimeUnit.MINUTES)).forEach(all::add);
            }
            double[] times = all.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("%sa rating saved (POST), %d clients x %d ratings, each its own activity: p50 %.1f ms, p99 %.1f ms, %d not saved%n",
                    label.equals("Bench") ? "" : label.toLowerCase(java.util.Locale.ROOT) + ": ", raters, perClient, percentile(times, 50),
                    percentile(times, 99), refused.get());
            return times.length;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A form's fields, URL-encoded. */
    private static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(fields[i], java.nio.charset.StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(fields[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** How the load's clients are made: one {@link Client} per client thread. */
    private interface Clients {
        Client open();
    }

    /** One client of the load, used by one thread; paths are relative to the server's root ({@code report/2016}). */
    private interface Client extends AutoCloseable {
        /** A GET, its body dropped: the status. */
        int get(String path) throws IOException, InterruptedException;

        /** A GET's page. */
        String page(String path) throws IOException, InterruptedException;

        /** A POST of an URL-encoded form: the status. */
        int post(String path, String form) throws IOException, InterruptedException;

        @Override
        void close();
    }

    /** Each client its own plain keep-alive socket ({@link Http1}), with the signed-in session's cookies. */
    private record SocketClients(String host, int port, String cookie) implements Clients {
        @Override
        public Client open() {
            Http1 http = new Http1(host, port, cookie.isEmpty() ? null : cookie, (int) timeout.toMillis());
            return new Client() {
                @Override
                public int get(String path) throws IOException {
                    return http.get("/" + path, false).status();
                }

                @Override
                public String page(String path) throws IOException {
                    return http.get("/" + path, true).text();
                }

                @Override
                public int post(String path, String form) throws IOException {
                    return http.post("/" + path, form).status();
                }

                @Override
                public void close() {
                    http.close();
                }
            };
        }
    }

    /** The JDK's {@link HttpClient}, shared by all the clients (as before the sockets: {@code --client jdk}). */
    private record JdkClients(HttpClient client, String address) implements Clients {
        @Override
        public Client open() {
            return new Client() {
                @Override
                public int get(String path) throws IOException, InterruptedException {
                    return client.send(HttpRequest.newBuilder(URI.create(address + path)).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }

                @Override
                public String page(String path) throws IOException, InterruptedException {
                    return client.send(HttpRequest.newBuilder(URI.create(address + path)).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                }

                @Override
                public int post(String path, String form) throws IOException, InterruptedException {
                    return client.send(HttpRequest.newBuilder(URI.create(address + path)).timeout(timeout)
                            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }

                @Override
                public void close() {
                    // shared
                }
            };
        }
    }

    private static String latestYear(HttpClient client, String address) throws Exception {
        String body = client.send(HttpRequest.newBuilder(URI.create(address + "report")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/report/(\\d{4})(?:\\?lang=en)?\"").matcher(body);
        String year = "2016";
        while (m.find()) {
            year = m.group(1);
        }
        return year;
    }

    private static int status(HttpClient client, String address) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Each of {@code clients} threads sends {@code requests} GETs one after the other (a closed loop: the next when the last is
     * answered, no pause between); the time of each, in ms.
     */
    private static double[] load(Clients clientsOf, String address, int clients, int requests) throws Exception {
        String path = URI.create(address).getRawPath().substring(1);
        List<String> trace = traceFolder == null ? null : java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    double[] times = new double[requests];
                    try (Client client = clientsOf.open()) {
                        for (int r = 0; r < requests; r++) {
                            long t = System.nanoTime();
                            int code = client.get(path);
                            times[r] = (System.nanoTime() - t) / 1e6;
                            if (trace != null) {
                                trace.add(String.format(java.util.Locale.ROOT, "%d %.3f", (t - TRACE_ZERO) / 1000, times[r]));
                            }
                            if (code != 200) {
                                throw new IllegalStateException(address + " answered " + code);
                            }
                        }
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : results) {
                Arrays.stream(f.get(30, TimeUnit.MINUTES)).forEach(all::add);
            }
            if (trace != null) {
                Files.write(traceFolder.resolve(path.replace('/', '-') + "-" + (traces++) + ".txt"), trace);
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code --trace DIR}: each request of a load written there as its start (µs) and its time (ms), to see when the slow ones came. */
    private static Path traceFolder;
    private static int traces;
    private static final long TRACE_ZERO = System.nanoTime();

    /** The user and system CPU time of a process so far, in ms (/proc/PID/stat, in clock ticks of 10 ms). */
    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** When a phase of the load starts (UTC, to the millisecond): to find it in a profile of the server. */
    private static void phase(String name) {
        System.out.printf("phase %s at %s%n", name, Instant.now());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The manifest header of {@link SyntheticPlugin} (not named here: this class runs without the core on its class path). */
    static final String SYNTHETIC_HEADER = "Mou-Synthetic-Groups";

    /** Writes the synthetic groups' plugin jar ({@code SyntheticPlugin}) for {@code groups} synthetic groups, from the classes in {@code classes} (this module's target/classes). */
    static void writeSyntheticPlugin(Path jar, Path classes, int groups) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "mou.bench.synthetic-groups");
        main.putValue("Bundle-Name", "mou-progress synthetic groups (benchmark only)");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", "mou.bench.SyntheticPlugin");
        main.putValue("Import-Package", "mou.core.model,mou.core.report,mou.core.spi,org.osgi.framework");
        main.putValue(SYNTHETIC_HEADER, String.valueOf(groups));
        try (java.io.OutputStream out = Files.newOutputStream(jar); java.util.jar.JarOutputStream jarOut = new java.util.jar.JarOutputStream(out, manifest)) {
            Path folder = classes.resolve("mou/bench");
            List<Path> files;
            try (var list = Files.list(folder)) {
                files = list.filter(f -> {
                    String name = f.getFileName().toString();
                    return name.startsWith("SyntheticGroup") || name.startsWith("SyntheticPlugin") || name.startsWith("Words");
                }).sorted().toList();
            }
            for (Path file : files) {
                jarOut.putNextEntry(new java.util.jar.JarEntry("mou/bench/" + file.getFileName()));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
    }
}
