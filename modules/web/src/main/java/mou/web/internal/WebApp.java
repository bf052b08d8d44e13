package mou.web.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mou.core.cycle.CycleService;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportService;
import mou.core.spi.WorkspaceStore;
import mou.web.api.HtmlWriter;

/**
 * The web application without the server: a {@link Request} in, a {@link Response} out. It finds
 * the {@link Route} of the request (the one list of endpoints), finds who is signed in from the
 * session cookie, checks the route's {@link Access} and, for a change, the form's CSRF token,
 * then lets the route's handler answer. A path or a parameter it does not know gets a page that
 * says so and a 4xx status, an internal fault a 500 page that shows no stack trace, and every
 * response the security headers.
 */
final class WebApp {

    /** No script at all, styles from this application only, no framing, no form posting elsewhere. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** The report as its HTML format writes it: self-contained, so its own style element and style attributes; still no script. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** The languages of the reports served: every text's. */
    static final List<String> LANGUAGES = Text.LANGUAGES;
    /** The cookie that carries the CSRF token of a visitor who is not signed in (the sign-in form needs one too). */
    static final String VISITOR_COOKIE = "mou_visitor";
    /** The cookie that keeps the UI language chosen with the switch. */
    static final String LANGUAGE_COOKIE = "mou_lang";
    private static final List<String> STYLES = List.of("web.css", "report-bar.css");

    final Path data;
    final WorkspaceStore store;
    final ReportService reports;
    final CycleService cycle;
    final Extensions extensions;
    final Installed installed;
    final Sessions sessions;
    /** The loaded workspace and the assembled reports, kept until the workspace or the plugins change. */
    final Snapshots snapshots;
    private final Dashboard dashboard = new Dashboard(this);
    private final ReportPages reportPages = new ReportPages(this);
    /**
     * From how many working-group chapters a report page shows the report in parts (its introduction
     * with a list of the other sections, each of them a page of its own): system property
     * {@code mou.web.report.parts-from}, 25 unless given; a thousand groups' report is 235 MB as one page.
     */
    int reportPartsFrom = Math.max(1, Integer.getInteger("mou.web.report.parts-from", 25));
    /**
     * What the hash of a password set on the pages costs (a new account, a changed password), and the decoy that an
     * unknown name is checked against: {@link Passwords#STANDARD}. The tests' fixture lowers it, as it does its accounts'.
     */
    Passwords.Cost passwordCost = Passwords.STANDARD;
    private final PluginsPage pluginsPage = new PluginsPage(this);
    final AccountPages accountPages;
    private final List<Route> routes;

    WebApp(Path data, WorkspaceStore store, ReportService reports, CycleService cycle, Extensions extensions, Installed installed) {
        this(data, store, reports, cycle, extensions, installed, new Sessions(Clock.systemUTC()));
    }

    WebApp(Path data, WorkspaceStore store, ReportService reports, CycleService cycle, Extensions extensions, Installed installed,
            Sessions sessions) {
        this.data = data;
        this.store = store;
        this.reports = reports;
        this.cycle = cycle;
        this.extensions = extensions;
        this.installed = installed;
        this.sessions = sessions;
        this.accountPages = new AccountPages(this);
        this.snapshots = new Snapshots(data, store, installed::generation, installed::lastChange);
        List<Route> all = new ArrayList<>(List.of(
                new Route("GET", "/", Access.PUBLIC, dashboard::page),
                new Route("GET", "/report", Access.PUBLIC, reportPages::years),
                new Route("GET", "/report/{year}", Access.PUBLIC, reportPages::report),
                new Route("GET", "/report/{year}/{file}", Access.PUBLIC, reportPages::download),
                new Route("GET", "/plugins", Access.PROGRAM_OFFICE, pluginsPage::page),
                new Route("GET", "/panel/{id}", Access.SIGNED_IN, dashboard::panel),
                new Route("GET", "/static/{name}", Access.PUBLIC, c -> style(c, c.part("name"))),
                new Route("GET", "/language/{language}", Access.PUBLIC, WebApp::switchLanguage)));
        // each area of the application adds its routes here
        all.addAll(ReviewPages.all(this));
        all.addAll(new RecordPages(this).routes()); all.addAll(new DeliverablePage(this).routes());
        all.addAll(accountPages.routes());
        all.addAll(new AccountSettings(this).routes());
        all.addAll(new GroupPages(this).routes());
        all.addAll(new CalendarPages(this).routes());
        this.routes = List.copyOf(all);
    }

    /** Every endpoint, in the order they are matched. */
    List<Route> routes() {
        return routes;
    }

    /** A request's outcome for a person: a status and what the page says. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;
        /** The title and message on a Spanish page, when they were said in Spanish too; else null. */
        final String titleEs;
        final String messageEs;

        Refusal(int status, String title, String message) {
            this(status, title, message, null, null);
        }

        Refusal(int status, String title, String message, String titleEs, String messageEs) {
            super(message);
            this.status = status;
            this.title = title;
            this.titleEs = titleEs;
            this.messageEs = messageEs;
        }
    }

    /** Answers a GET without cookies (a visitor who is not signed in), as the tests of read-only pages ask. */
    Response handle(String method, String path, Map<String, List<String>> query) {
        return handle(new Request(method, path, query, Map.of(), List.of(), Map.of(), null));
    }

    /**
     * What made a request unreadable before it could reach a page (a malformed escape in its address or
     * form, a body too large): the words' keys of the page that says so, with their arguments, and its status.
     */
    record Unreadable(int status, String title, String text, Object... arguments) {

        /**
         * What the HTTP server refused before the application saw the request, by the status it gave: an address it
         * cannot read (a malformed or ambiguous escape, {@code ..} above the root, {@code //}, a backslash), 400; an
         * address or headers too long, 414 or 431; a body too large, 413; anything else, the fault page.
         */
        static Unreadable refusedByServer(int status) {
            if (status == 414 || status == 431) {
                return new Unreadable(status, "problem.tooLong", "problem.tooLong.text");
            }
            if (status == 413) {
                return new Unreadable(status, "problem.tooLarge", "problem.tooLarge.text", (WebServlet.MAX_MULTIPART >> 20) + " MB");
            }
            if (status == 505 || status == 426) {
                // a request line with a version other than HTTP/1.0 or 1.1 (505; 426 for HTTP/2.0, which is not spoken here): no fault of ours
                return new Unreadable(status, "problem.httpVersion", "problem.httpVersion.text");
            }
            if (status >= 400 && status < 500) {
                return new Unreadable(status, "problem.badAddress", "problem.badAddress.server");
            }
            return new Unreadable(status >= 500 && status < 600 ? status : 500, "problem.fault", "problem.fault.text");
        }
    }

    /**
     * The page for a request the HTTP server refused with {@code status} before the application saw it. When
     * the server refused the request's first line, it read none of its headers: the person's language is not
     * known, and the page says it in English and in Spanish.
     *
     * @param headersRead whether the request's headers (cookies, {@code Accept-Language}) reached the application
     */
    Response refusedByServer(int status, Request request, boolean headersRead) {
        Unreadable unreadable = Unreadable.refusedByServer(status);
        if (headersRead) {
            return handle(request, unreadable);
        }
        Ui en = Ui.of("en");
        Ui es = Ui.of("es");
        Call call = new Call(request, Map.of(), Optional.empty(), "", en);
        String title = en.t(unreadable.title());
        String titleEs = es.t(unreadable.title());
        HtmlWriter html = new HtmlWriter().element("h1", title).element("p", en.t(unreadable.text(), unreadable.arguments()), "class", "problem")
                .start("div", "lang", "es").element("h2", titleEs)
                .element("p", es.t(unreadable.text(), unreadable.arguments()), "class", "problem").end("div")
                .start("p").link("/", en.t("page.backToDashboard")).text(" · ").link("/", es.t("page.backToDashboard"), "lang", "es").end("p");
        return secure(Response.html(unreadable.status(), Page.of(call, title + " · " + titleEs, "", List.of(new Page.Link("/", en.t("menu.dashboard"))), html)));
    }

    /** Answers a request. */
    Response handle(Request request) {
        return handle(request, null);
    }

    /**
     * Answers a request, or, when it could not be read ({@code unreadable} not null), says so on a page in the
     * person's language with the frame of every page; nothing is changed.
     */
    Response handle(Request request, Unreadable unreadable) {
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        accountPages.refresh(); // the accounts file changed: the sessions of a removed or changed account end
        Optional<Session> session = sessions.find(request.cookies().get(Sessions.COOKIE));
        Ui ui = Ui.choose(request.cookies().get(LANGUAGE_COOKIE), request.acceptLanguage());
        String visitor = request.cookies().get(VISITOR_COOKIE);
        boolean newVisitor = session.isEmpty() && (visitor == null || !visitor.matches("[A-Za-z0-9_-]{43}"));
        if (newVisitor) {
            visitor = Sessions.token();
        }
        String csrf = session.map(Session::csrf).orElse(visitor);
        Call call = new Call(request, Map.of(), session.map(Session::user), csrf, ui);
        Response response;
        try {
            if (unreadable != null) {
                throw new Refusal(unreadable.status(), ui.t(unreadable.title()), ui.t(unreadable.text(), unreadable.arguments()));
            }
            response = route(path, call);
        } catch (Refusal refusal) {
            // what is wrong on the server (the workspace's files and their folder) is for those who work on it, not for a visitor
            response = problem(call, refusal.status >= 500 && call.user().isEmpty()
                    ? new Refusal(refusal.status, ui.t("problem.unavailable"), ui.t("problem.unavailable.text")) : refusal);
        } catch (RuntimeException | Error e) {
            if (System.getenv("MOU_DEBUG") != null) {
                e.printStackTrace();
            }
            response = problem(call, new Refusal(500, ui.t("problem.fault"), ui.t("problem.fault.text")));
        }
        if (session.isPresent() && !response.headers().containsKey("Cache-Control")) {
            // what a signed-in person sees is never kept by the browser: after Sign out, Back shows no page of theirs
            response = response.with("Cache-Control", "no-store");
        }
        if (newVisitor) {
            response = response.cookie(VISITOR_COOKIE, visitor, -1);
        }
        if (request.secure()) {
            response = response.secureCookies();
        }
        return secure(response);
    }

    private Response route(String path, Call call) throws Refusal {
        List<String> segments = segments(path);
        Set<String> allowed = new TreeSet<>();
        String method = call.request().method().equals("HEAD") ? "GET" : call.request().method();
        for (Route route : routes) {
            Optional<Map<String, String>> parts = route.match(segments);
            if (parts.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            Call matched = new Call(call.request(), parts.get(), call.user(), call.csrf(), call.ui());
            Optional<Response> refused = refuse(route, matched);
            if (refused.isPresent()) {
                return refused.get();
            }
            return route.handler().handle(matched);
        }
        if (!allowed.isEmpty()) {
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            return problem(call, new Refusal(405, call.ui().t("problem.notAllowed"), call.ui().t("problem.notAllowed.method",
                    String.join(", ", allowed), call.request().method()))).with("Allow", String.join(", ", allowed));
        }
        throw notFound(call, path);
    }

    /**
     * Whether the route refuses the call: someone who is not signed in is sent to sign in (a page)
     * or refused (a change), someone whose account may not is refused, and a change whose form
     * does not carry the CSRF token is refused; each with nothing changed.
     */
    private Optional<Response> refuse(Route route, Call call) {
        Ui ui = call.ui();
        if (route.access() != Access.PUBLIC && call.user().isEmpty()) {
            if (!route.changes()) {
                return Optional.of(Response.seeOther("/sign-in?back=" + URLEncoder.encode(call.request().path()
                        + queryString(call.request().query()), StandardCharsets.UTF_8)));
            }
            return Optional.of(signInFirst(call));
        }
        boolean allowed = switch (route.access()) {
            case PUBLIC, SIGNED_IN -> true;
            case PROGRAM_OFFICE -> call.user().get().office();
            case GROUP_EDITOR -> call.user().get().mayEdit(call.part("group"));
        };
        if (!allowed) {
            return Optional.of(problem(call, new Refusal(403, ui.t("problem.forbidden"), ui.t("problem.forbidden.text"))));
        }
        if (route.changes()) {
            List<String> given = call.request().form().getOrDefault("csrf", List.of());
            if (given.size() != 1 || !MessageDigest.isEqual(given.get(0).getBytes(StandardCharsets.UTF_8),
                    call.csrf().getBytes(StandardCharsets.UTF_8))) {
                return Optional.of(expiredForm(call));
            }
        }
        return Optional.empty();
    }

    /**
     * A change sent by someone who is not signed in (any more: signed out, perhaps in another tab, or the
     * session ended unused): nothing is changed, status 401; the page says so, offers to sign in and go
     * back to the form, and shows what the form carried so that what was typed is not lost.
     */
    private Response signInFirst(Call call) {
        Ui ui = call.ui();
        boolean ended = call.request().cookies().containsKey(Sessions.COOKIE);
        String title = ui.t(ended ? "session.ended" : "session.none");
        HtmlWriter html = new HtmlWriter().element("h1", title)
                .element("p", ui.t(ended ? "session.ended.text" : "session.none.text"), "class", "notice", "role", "alert")
                .start("p").link("/sign-in?back=" + URLEncoder.encode(formPage(call.request().path()), StandardCharsets.UTF_8),
                        ui.t("session.signIn")).end("p");
        typed(call, html, "session.typed");
        List<Page.Link> menu = safeMenu(call);
        return Response.html(401, Page.of(call, title, "", menu, html));
    }

    /**
     * A change whose form does not carry this session's token (a form older than the sign-in, opened in another tab
     * before signing in again, or sent from another site): nothing is changed, status 403; the page says so, links to
     * the form to open it again, and shows what the form carried so that what was typed is not lost (it was not).
     */
    private Response expiredForm(Call call) {
        Ui ui = call.ui();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("problem.csrf"))
                .element("p", ui.t("problem.csrf.text"), "class", "problem", "role", "alert")
                .start("p").link(formPage(call.request().path()), ui.t("problem.csrf.reopen")).end("p");
        typed(call, html, "problem.csrf.typed");
        List<Page.Link> menu = safeMenu(call);
        return Response.html(403, Page.of(call, ui.t("problem.csrf"), "", menu, html));
    }

    /** The menu, or the dashboard's link alone when the menu cannot be made now (a page that says a change was refused must show). */
    private List<Page.Link> safeMenu(Call call) {
        try {
            return menu(call);
        } catch (RuntimeException e) {
            return List.of(new Page.Link("/", call.ui().t("menu.dashboard")));
        }
    }

    /** What a form refused carried, each field by its label, to copy into the form again; its own hidden fields and passwords left out. */
    private static void typed(Call call, HtmlWriter html, String intro) {
        Ui ui = call.ui();
        List<Map.Entry<String, String>> typed = new ArrayList<>();
        call.request().form().forEach((name, values) -> {
            String lower = lower(name);
            // the form's own hidden fields (its token, the version it was read at, what it showed) and any password are no one's typing
            if (List.of("csrf", "readat", "version", "back", "more").contains(lower) || lower.startsWith("shown.") || lower.contains("password")) {
                return;
            }
            values.stream().filter(v -> !v.isBlank()).forEach(v -> typed.add(Map.entry(name, v)));
        });
        if (!typed.isEmpty()) {
            html.element("p", ui.t(intro));
            html.start("dl", "class", "facts typed");
            typed.forEach(e -> html.element("dt", FieldNames.label(ui, e.getKey())).element("dd", e.getValue(), "class", "reason"));
            html.end("dl");
        }
    }

    /** The page a form posted to {@code path} is on: the path itself when it is a page too, else the nearest page above it. */
    String formPage(String path) {
        List<String> segments = new ArrayList<>(segments(path == null ? "/" : path));
        if (segments.size() == 5 && segments.get(0).equals("group") && segments.get(3).equals("rate")) {
            segments.set(3, "activity"); // a rating is sent from its activity's page
        }
        while (!segments.isEmpty()) {
            List<String> at = segments;
            if (routes.stream().anyMatch(r -> r.method().equals("GET") && r.match(at).isPresent())) {
                return "/" + String.join("/", segments);
            }
            segments = segments.subList(0, segments.size() - 1);
        }
        return "/";
    }

    /** {@code ?name=value&...} of a query, each encoded; empty when there is none. */
    static String queryString(Map<String, List<String>> query) {
        StringBuilder b = new StringBuilder();
        query.forEach((name, values) -> values.forEach(v -> b.append(b.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return b.toString();
    }

    /** {@code /language/es?back=/report}: keeps the UI language in a cookie and goes back to the page (of this site only). */
    private static Response switchLanguage(Call call) throws Refusal {
        String language = call.part("language");
        if (!Ui.LANGUAGES.contains(language)) {
            throw unknownLanguage(language);
        }
        String back = call.query("back").orElse("/");
        if (!back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.chars().anyMatch(Character::isISOControl)) {
            back = "/";
        }
        return Response.seeOther(back).cookie(LANGUAGE_COOKIE, language, 365L * 24 * 3600);
    }

    static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** There is no page at the path. */
    static Refusal notFound(Call call, String path) {
        return new Refusal(404, call.ui().t("problem.notFound"), call.ui().t("problem.notFound.text", path));
    }

    static int year(String text) throws Refusal {
        OptionalInt year = Years.parse(text);
        if (year.isEmpty()) {
            throw new Refusal(400, "Not a year", "'" + text + "' is not a year: give " + Years.RULE + ", e.g. /report/2016.",
                    "No es un año", "'" + text + "' no es un año: escriba un año de " + Years.MIN + " a " + Years.MAX + ", p. ej. /report/2016.");
        }
        return year.getAsInt();
    }

    /** The one value of a parameter, or empty; given twice, refused. */
    static Optional<String> parameter(Map<String, List<String>> query, String name) throws Refusal {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new Refusal(400, "Parameter given twice", "Give " + name + " once, not " + values.size() + " times.",
                    "Parámetro repetido", "Indique " + name + " una sola vez, no " + values.size() + " veces.");
        }
        return values.stream().findFirst();
    }

    static String language(Map<String, List<String>> query) throws Refusal {
        return language(query, "en");
    }

    /** The language a query's {@code lang} names, or {@code otherwise} without one; an unknown one is refused. */
    static String language(Map<String, List<String>> query, String otherwise) throws Refusal {
        String language = parameter(query, "lang").orElse(otherwise);
        if (!LANGUAGES.contains(language)) {
            throw unknownLanguage(language);
        }
        return language;
    }

    private static Refusal unknownLanguage(String language) {
        return new Refusal(400, "Unknown language", "The language must be en (English) or es (Spanish), not '" + language + "'.",
                "Idioma desconocido", "El idioma es en (inglés) o es (español), no '" + language + "'.");
    }

    /** The workspace as it is on disk now (loaded once until a file changes); a workspace with errors is said to be so, with each problem. */
    Workspace workspace() throws Refusal {
        return loaded().result().workspace();
    }

    /** The workspace as loaded now, with its fingerprint; a workspace with errors is refused, with each problem. */
    Snapshots.Loaded loaded() throws Refusal {
        Snapshots.Loaded snapshot = snapshots.workspace();
        LoadResult loaded = snapshot.result();
        if (loaded.hasErrors()) {
            List<String> errors = loaded.errors().stream().limit(20).map(p -> p.format()).toList();
            List<String> errorsEs = loaded.errors().stream().limit(20).map(p -> p.format("es")).toList();
            Ui es = Ui.of("es");
            String text = loaded.errors().size() == 1 ? "workspace.errors.text.one" : "workspace.errors.text.many";
            throw new Refusal(500, Ui.of("en").t("workspace.errors"), Ui.of("en").t(text, data, loaded.errors().size(),
                    String.join(" · ", errors)), es.t("workspace.errors"), es.t(text, data, loaded.errors().size(),
                    String.join(" · ", errorsEs)));
        }
        return snapshot;
    }

    /** A menu as made for a language and a kind of person, with the plugins' generation it was made at. */
    private record KeptMenu(long plugins, List<Page.Link> links) {
    }

    /** The menus made, by language, signed in and program office (what a menu depends on besides the installed contributions). */
    private final Map<String, KeptMenu> menus = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The menu for who is signed in: what they may open, in the UI's language; each contributed panel for those signed in.
     * Kept for each language and kind of person until the installed plugins change (not kept in the second after a change,
     * while the component runtime may still be taking it in, as {@link Snapshots} does).
     */
    List<Page.Link> menu(Call call) {
        long plugins = installed.generation();
        boolean office = call.user().map(User::office).orElse(false);
        String key = call.ui().language() + (call.user().isEmpty() ? " visitor" : office ? " office" : " signed-in");
        KeptMenu kept = menus.get(key);
        if (kept != null && kept.plugins() == plugins) {
            return kept.links();
        }
        List<Page.Link> links = List.copyOf(makeMenu(call));
        if (System.nanoTime() - installed.lastChange() > Snapshots.SETTLE_NANOS && installed.generation() == plugins) {
            menus.put(key, new KeptMenu(plugins, links));
        }
        return links;
    }

    /** The menu made anew: an entry that depends on more than the language, signed in or not, program office or not and the installed plugins needs its part in {@link #menu}'s key. */
    private List<Page.Link> makeMenu(Call call) {
        Ui ui = call.ui();
        List<Page.Link> menu = new ArrayList<>(List.of(new Page.Link("/", ui.t("menu.dashboard")), new Page.Link("/report", ui.t("menu.reports"))));
        // each area adds its entries here
        call.user().ifPresent(u -> menu.add(new Page.Link("/group", ui.t("group.menu"))));
        menu.addAll(ReviewPages.menu(call));
        if (call.user().isPresent()) {
            if (call.user().get().office()) {
                menu.add(new Page.Link("/plugins", ui.t("menu.plugins")));
                menu.add(new Page.Link("/accounts", ui.t("accounts.title")));
            }
            for (Installed.Contributed c : installed.contributions()) {
                menu.add(new Page.Link("/panel/" + c.contribution().id(), safeTitle(c, ui.language())));
            }
        }
        return menu;
    }

    /** A contribution's title, or its id when the title itself fails. */
    static String safeTitle(Installed.Contributed contributed, String language) {
        try {
            String title = contributed.contribution().title(language);
            return title == null || title.isBlank() ? contributed.contribution().id() : title;
        } catch (RuntimeException e) {
            return contributed.contribution().id();
        }
    }

    /** A page of the application in the shared frame, status 200. */
    Response page(Call call, String title, String current, HtmlWriter content) {
        return Response.html(200, Page.of(call, title, current, menu(call), content));
    }

    /** As {@link #page(Call, String, String, HtmlWriter)}, with the content kept as bytes: the frame is all that is made. */
    Response page(Call call, String title, String current, byte[] content) {
        return Response.htmlParts(Page.of(call, title, current, menu(call), content));
    }

    /** The page for a refusal, with its status. */
    Response problem(Call call, Refusal refusal) {
        List<Page.Link> menu;
        try {
            menu = menu(call);
        } catch (RuntimeException e) {
            menu = List.of(new Page.Link("/", call.ui().t("menu.dashboard")));
        }
        boolean es = "es".equals(call.language()) && refusal.titleEs != null;
        return Response.html(refusal.status, Page.problem(call, es ? refusal.titleEs : refusal.title, es ? refusal.messageEs : refusal.getMessage(), menu));
    }

    private Response style(Call call, String name) throws Refusal {
        if (!STYLES.contains(name)) {
            throw notFound(call, "/static/" + name);
        }
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw notFound(call, "/static/" + name);
            }
            return new Response(200, "text/css; charset=utf-8", Map.of("Cache-Control", "max-age=3600"), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The security headers; a page sets its own Content-Security-Policy only to allow the report's inline styles. */
    static Response secure(Response response) {
        Map<String, String> headers = response.headers();
        headers.putIfAbsent("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.putIfAbsent("Cache-Control", "no-cache");
        return response.withHeaders(headers);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
