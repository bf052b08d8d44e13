package mou.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.core.internal.ReportFiles;
import mou.core.spi.Extensions;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportService;
import mou.cycle.internal.CycleServiceImpl;
import mou.store.json.internal.JsonWorkspaceStore;
import mou.web.api.WebContribution;

/**
 * The application in-process over a copy of the shipped workspace, for the tests of every area:
 * sign in as a person (a session opened directly), GET a page, POST a form with that session's
 * CSRF token, and read the workspace's files.
 */
final class WebFixture {

    static final Path SHIPPED = WebAppTest.SHIPPED;
    /** The test groups and formats, with a deliverable type of the shipped monitoring studies (for the deliverable pages). */
    static final Extensions EXTENSIONS = Extensions.forTest(WebAppTest.EXTENSIONS.groups(), List.of(new mou.testfixtures.TestStudyType()),
            WebAppTest.EXTENSIONS.formats());
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final Path data;
    final WebApp app;
    final List<Installed.Contributed> contributions = new ArrayList<>();
    final List<PluginFailure> failures = new ArrayList<>();
    /** The plugins' generation the application is told (a test that changes {@link #contributions} after a page was made advances it). */
    final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** The shipped workspace copied into {@code home/data}, served with the test groups and the HTML and Markdown formats. */
    WebFixture(Path home) throws IOException {
        this(home.resolve("data"), true);
    }

    /** An application over {@code data} with a store of its own; the shipped workspace copied there first when {@code copy}. */
    WebFixture(Path data, boolean copy) throws IOException {
        this(data, copy, EXTENSIONS);
    }

    /** The shipped workspace copied into {@code home/data}, served with these plugins installed. */
    WebFixture(Path home, Extensions extensions) throws IOException {
        this(home.resolve("data"), true, extensions);
    }

    private WebFixture(Path data, boolean copy, Extensions extensions) throws IOException {
        this.data = data;
        if (copy) {
            copy(SHIPPED, data);
        }
        JsonWorkspaceStore store = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
        ReportService reports = ReportService.forTest(WebAppTest.EXTENSIONS);
        app = new WebApp(data, store, reports, new CycleServiceImpl(store, reports, new ReportFiles(WebAppTest.EXTENSIONS), extensions),
                extensions, new Installed() {
                    @Override
                    public String bundleOf(Object service) {
                        return service instanceof WebContribution ? "mou.group-test 1.2.3" : "";
                    }

                    @Override
                    public List<PluginFailure> failures() {
                        return failures;
                    }

                    @Override
                    public List<Contributed> contributions() {
                        return contributions;
                    }

                    @Override
                    public long generation() {
                        return generation.get();
                    }
                });
        app.passwordCost = LEAST_COST;
    }

    /** The fixture with {@code year} opened for every group by the program office, as {@code year open} does. */
    WebFixture withYearOpened(int year) throws mou.core.cycle.CycleException {
        app.cycle.openYear(new mou.core.cycle.OpenYear(new mou.core.cycle.Acting(data, "Olivia Office", null), year, null));
        return this;
    }

    /** Serves with a watch of the workspace's folders, as {@code serve} does ({@link WorkspaceWatch}); the test closes it ({@code app.snapshots.close()}). */
    WebFixture watched() {
        WorkspaceWatch watch = WorkspaceWatch.start(data, () -> Snapshots.fingerprint(data)).orElseThrow(
                () -> new IllegalStateException("no watch service on this system"));
        app.snapshots.watch(watch);
        return this;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** What a test application is told is installed when no plugin fails and none contributes to the web. */
    static Installed nothingWrong() {
        return new Installed() {
            @Override
            public String bundleOf(Object service) {
                return "";
            }

            @Override
            public List<PluginFailure> failures() {
                return List.of();
            }

            @Override
            public List<Contributed> contributions() {
                return List.of();
            }
        };
    }

    /**
     * The cost of the fixture's password hashes, and of those its application makes ({@code WebApp.passwordCost}): real
     * Argon2id at the least cost it allows (8 KiB, one pass). A check runs at the cost its hash carries, and the tests
     * that use the fixture are about the rules of accounts and signing in; the application's own cost
     * ({@link Passwords#STANDARD}: {@code user add}, a password set on the pages, the decoy) is checked by SignInTest,
     * UserCommandTest and AccountSettingsTest.
     */
    static final Passwords.Cost LEAST_COST = new Passwords.Cost(8, 1);

    /** A fixture account's password hash, at {@link #LEAST_COST}. */
    static String fixtureHash(String password) {
        return Passwords.hash(password.toCharArray(), LEAST_COST);
    }

    static User office() {
        return new User("Olivia Office", Role.PROGRAM_OFFICE, Set.of());
    }

    static User member(String... groups) {
        return new User("Mara Member", Role.MEMBER, Set.of(groups));
    }

    static User reader() {
        return new User("Rita Reader", Role.READER, Set.of());
    }

    /** A browser: who is signed in (or nobody), its cookies kept between requests as a browser keeps them. */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final Session session;
        /** The address this browser's requests come from (null: not known), and whether they come over HTTPS. */
        String client;
        boolean secure;
        /** The {@code User-Agent} this browser sends, or null. */
        String userAgent;

        Browser(User user) {
            session = user == null ? null : app.sessions.open(user);
            if (session != null) {
                cookies.put(Sessions.COOKIE, session.id());
            }
        }

        Response get(String path, String... query) {
            return send(new Request("GET", path, pairs(query), Map.of(), List.of(), cookies, null, client, secure, userAgent));
        }

        /** Posts a form with this browser's CSRF token (as a form the application wrote carries it). */
        Response post(String path, String... fields) {
            Map<String, List<String>> form = pairs(fields);
            form.putIfAbsent("csrf", List.of(csrf()));
            return send(new Request("POST", path, Map.of(), form, List.of(), cookies, null, client, secure, userAgent));
        }

        /** Posts a form exactly as given: no token added. */
        Response postRaw(String path, Map<String, List<String>> form, List<Upload> uploads) {
            return send(new Request("POST", path, Map.of(), form, uploads, cookies, null, client, secure, userAgent));
        }

        /** The token of this browser's forms: the session's, or the visitor cookie's (got by reading a page first). */
        String csrf() {
            if (session != null) {
                return session.csrf();
            }
            if (!cookies.containsKey(WebApp.VISITOR_COOKIE)) {
                get("/report");
            }
            return cookies.get(WebApp.VISITOR_COOKIE);
        }

        Response send(Request request) {
            Response response = app.handle(request);
            for (String cookie : response.cookies()) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String value = pair.substring(equals + 1);
                if (cookie.contains("Max-Age=0")) {
                    cookies.remove(pair.substring(0, equals));
                } else {
                    cookies.put(pair.substring(0, equals), value);
                }
            }
            return response;
        }
    }

    Browser browser(User user) {
        return new Browser(user);
    }

    /** The CSRF token a page's forms carry, or null. */
    static String csrfOf(Response page) {
        Matcher m = CSRF.matcher(page.text());
        return m.find() ? m.group(1) : null;
    }

    static Map<String, List<String>> pairs(String... values) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.computeIfAbsent(values[i], k -> new ArrayList<>()).add(values[i + 1]);
        }
        return map;
    }

    /** Every file of the workspace, byte for byte (Base64), by its path in the workspace: to show that nothing changed. */
    Map<String, String> bytes() throws java.io.IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(data)) {
            for (Path p : all.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(data.relativize(p).toString(), java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
