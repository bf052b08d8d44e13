package mou.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mou.core.cycle.CycleService;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportService;
import mou.core.spi.WorkspaceStore;
import mou.web.api.HtmlWriter;

/**
 * The web application without the server: a request (method, path, query) in, a {@link Response}
 * out. It routes to the pages, answers a path or a parameter it does not know with a page that
 * says so and a 4xx status, an internal fault with a 500 page that shows no stack trace, and puts
 * the security headers on every response.
 *
 * <p>Read-only: the dashboard ({@code /}), the reports ({@code /report/YEAR}, its downloads
 * {@code /report/YEAR/FILE}), the plugins ({@code /plugins}), each contributed panel
 * ({@code /panel/ID}) and the style sheets ({@code /static/}).
 */
final class WebApp {

    /** No script at all, styles from this application only, no framing, no form posting elsewhere. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** The report as its HTML format writes it: self-contained, so its own style element and style attributes; still no script. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final List<String> LANGUAGES = List.of("en", "es");
    private static final List<String> STYLES = List.of("web.css", "report-bar.css");

    final Path data;
    final WorkspaceStore store;
    final ReportService reports;
    final CycleService cycle;
    final Extensions extensions;
    final Installed installed;
    private final Dashboard dashboard = new Dashboard(this);
    private final ReportPages reportPages = new ReportPages(this);
    private final PluginsPage pluginsPage = new PluginsPage(this);

    WebApp(Path data, WorkspaceStore store, ReportService reports, CycleService cycle, Extensions extensions, Installed installed) {
        this.data = data;
        this.store = store;
        this.reports = reports;
        this.cycle = cycle;
        this.extensions = extensions;
        this.installed = installed;
    }

    /** A request's outcome for a person: a status and what the page says. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;

        Refusal(int status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }

    /**
     * Answers a request.
     *
     * @param method the HTTP method
     * @param path the decoded path, beginning with {@code /}
     * @param query the query parameters, each with every value given
     */
    Response handle(String method, String path, Map<String, List<String>> query) {
        Response response;
        try {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                response = problem(new Refusal(405, "Not allowed", "These pages can only be read (GET); " + method
                        + " changes nothing here.")).with("Allow", "GET, HEAD");
            } else {
                response = route(path == null || path.isEmpty() ? "/" : path, query);
            }
        } catch (Refusal refusal) {
            response = problem(refusal);
        } catch (RuntimeException | Error e) {
            if (System.getenv("MOU_DEBUG") != null) {
                e.printStackTrace();
            }
            response = problem(new Refusal(500, "Something went wrong", "The page could not be made because of a fault in mou-progress"
                    + " or in a plugin, not in what you asked for. The server goes on; run it with MOU_DEBUG=1 set to see the details"
                    + " in its output, and report them."));
        }
        return secure(response);
    }

    private Response route(String path, Map<String, List<String>> query) throws Refusal {
        List<String> parts = segments(path);
        if (parts.isEmpty()) {
            return dashboard.page(query);
        }
        switch (parts.get(0)) {
            case "report" -> {
                if (parts.size() == 1) {
                    return reportPages.years(query);
                }
                if (parts.size() <= 3) {
                    int year = year(parts.get(1));
                    return parts.size() == 2 ? reportPages.report(year, query) : reportPages.download(year, parts.get(2), query);
                }
            }
            case "plugins" -> {
                if (parts.size() == 1) {
                    return pluginsPage.page();
                }
            }
            case "panel" -> {
                if (parts.size() == 2) {
                    return dashboard.panel(parts.get(1), query);
                }
            }
            case "static" -> {
                if (parts.size() == 2 && STYLES.contains(parts.get(1))) {
                    return style(parts.get(1));
                }
            }
            default -> {
                // below
            }
        }
        throw notFound(path);
    }

    private static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    Refusal notFound(String path) {
        return new Refusal(404, "Page not found", "There is no page at " + path + ". The pages are the dashboard (/), the reports"
                + " (/report), and the plugins (/plugins).");
    }

    static int year(String text) throws Refusal {
        OptionalInt year = Years.parse(text);
        if (year.isEmpty()) {
            throw new Refusal(400, "Not a year", "'" + text + "' is not a year: give " + Years.RULE + ", e.g. /report/2016.");
        }
        return year.getAsInt();
    }

    /** The one value of a parameter, or empty; given twice, refused. */
    static Optional<String> parameter(Map<String, List<String>> query, String name) throws Refusal {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new Refusal(400, "Parameter given twice", "Give " + name + " once, not " + values.size() + " times.");
        }
        return values.stream().findFirst();
    }

    static String language(Map<String, List<String>> query) throws Refusal {
        String language = parameter(query, "lang").orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw new Refusal(400, "Unknown language", "The language must be en (English) or es (Spanish), not '" + language + "'.");
        }
        return language;
    }

    /** The workspace as it is on disk now; a workspace with errors is said to be so, with each problem. */
    Workspace workspace() throws Refusal {
        LoadResult loaded = store.load(data);
        if (loaded.hasErrors()) {
            List<String> errors = loaded.errors().stream().limit(20).map(p -> p.format()).toList();
            throw new Refusal(500, "The workspace has errors", "The workspace " + data + " has " + loaded.errors().size()
                    + " error(s), so no page can be made from it; `./mou validate` lists them: " + String.join(" · ", errors));
        }
        return loaded.workspace();
    }

    List<Page.Link> menu() {
        List<Page.Link> menu = new ArrayList<>(List.of(new Page.Link("/", "Dashboard"), new Page.Link("/report", "Reports"),
                new Page.Link("/plugins", "Plugins")));
        for (Installed.Contributed c : installed.contributions()) {
            menu.add(new Page.Link("/panel/" + c.contribution().id(), safeTitle(c, "en")));
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

    Response page(String title, String current, HtmlWriter content) {
        return Response.html(200, Page.of(title, current, menu(), content));
    }

    private Response problem(Refusal refusal) {
        List<Page.Link> menu;
        try {
            menu = menu();
        } catch (RuntimeException e) {
            menu = List.of(new Page.Link("/", "Dashboard"));
        }
        return Response.html(refusal.status, Page.problem(refusal.title, refusal.getMessage(), menu));
    }

    private Response style(String name) throws Refusal {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw notFound("/static/" + name);
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
        return new Response(response.status(), response.contentType(), headers, response.body());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
