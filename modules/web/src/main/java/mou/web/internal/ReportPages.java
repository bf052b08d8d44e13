package mou.web.internal;

import static mou.web.api.HtmlWriter.escape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Workspace;
import mou.core.spi.AssembledReport;
import mou.core.spi.PluginFailure;
import mou.core.spi.RenderOptions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportWriter;
import mou.web.api.HtmlWriter;

/**
 * The reports: {@code /report} lists the years, {@code /report/YEAR?lang=en|es} is the combined
 * report as the installed HTML format writes it (assembled by the {@code ReportService}, as
 * {@code ./mou report} does) with a bar of links to the other formats, and
 * {@code /report/YEAR/FILE} downloads one format. A published year serves the files that
 * {@code publish} put into {@code published/YEAR/} instead.
 */
final class ReportPages {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final WebApp app;

    ReportPages(WebApp app) {
        this.app = app;
    }

    Response years(Call call) throws WebApp.Refusal {
        Workspace workspace = app.workspace();
        Ui ui = call.ui();
        boolean visitor = call.user().isEmpty();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("reports.title"));
        List<Integer> shown = years(workspace).stream().filter(y -> !visitor || Files.isDirectory(published(y))).toList();
        if (shown.isEmpty()) {
            html.element("p", ui.t(visitor ? "reports.noneVisible" : "reports.none"));
        } else {
            html.start("ul", "class", "years");
            for (int year : shown) {
                html.start("li").link("/report/" + year, String.valueOf(year)).text(" · ").link("/report/" + year + "?lang=es", ui.t("reports.spanish"),
                        "lang", "es", "hreflang", "es").text(Files.isDirectory(published(year)) ? " " + ui.t("reports.published") : "").end("li");
            }
            html.end("ul");
        }
        if (visitor) {
            html.start("p").link("/sign-in?back=%2Freport", ui.t("reports.signInForMore")).end("p");
        }
        return app.page(call, ui.t("reports.title"), "/report", html);
    }

    /** An unpublished year is for those signed in: a visitor is sent to sign in first. */
    private Optional<Response> visitorOfUnpublished(Call call, int year) {
        if (call.user().isPresent() || Files.isDirectory(published(year))) {
            return Optional.empty();
        }
        String back = call.request().path() + (call.request().query().containsKey("lang")
                ? "?lang=" + String.join("", call.request().query().get("lang")) : "");
        return Optional.of(Response.seeOther("/sign-in?back=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }

    /**
     * A report page as kept for a state of the workspace and of the plugins, a year, the report's and
     * the UI's language: whether the year is published, and the page with its bar, or why there is none
     * ({@code refusal}), or neither when no HTML format is installed.
     */
    /** {@code gzipped}: the document compressed once, kept with it (sent to a browser that accepts gzip). */
    private record Shown(boolean published, byte[] document, WebApp.Refusal refusal, List<String> files, KeptGzip gzipped) {
        Shown(boolean published, byte[] document, WebApp.Refusal refusal, List<String> files) {
            this(published, document, refusal, files, document == null ? null : new KeptGzip(document));
        }
    }

    Response report(Call call) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        String language = WebApp.language(call.queryMap());
        Ui ui = call.ui();
        Snapshots.Loaded loaded = app.loaded();
        // the whole answer kept with the report it shows: a warm request looks up one key and writes the kept bytes
        Shown shown = app.snapshots.made(loaded, "report page " + year + " " + language + " " + ui.language(),
                () -> shown(year, language, ui));
        if (call.user().isEmpty() && !shown.published()) {
            // an unpublished year is for those signed in: a visitor is sent to sign in first
            String back = call.request().path() + (call.request().query().containsKey("lang")
                    ? "?lang=" + String.join("", call.request().query().get("lang")) : "");
            return Response.seeOther("/sign-in?back=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        if (shown.refusal() != null) {
            throw shown.refusal();
        }
        if (shown.document() == null) {
            HtmlWriter content = new HtmlWriter().element("h1", ui.t("report.title", year)).element("p", ui.t("report.noHtml"));
            downloads(content, year, shown.files());
            return app.page(call, ui.t("report.title", year), "/report", content);
        }
        return new Response(200, "text/html; charset=utf-8", Map.of(), shown.document()).withGzipped(shown.gzipped().now())
                .with("Content-Security-Policy", WebApp.REPORT_POLICY);
    }

    /** What {@link #report} shows, made once for each state of the workspace and of the plugins. */
    private Shown shown(int year, String language, Ui ui) {
        boolean published = Files.isDirectory(published(year));
        String stem = ReportWriter.annualStem(year, language);
        Path publishedPage = published(year).resolve(stem + ".html");
        try {
            byte[] page;
            List<String> files;
            if (Files.isRegularFile(publishedPage)) {
                page = read(publishedPage);
                files = publishedFiles(year);
            } else {
                checkYear(year);
                Optional<ReportFormat> html = app.extensions.format("html");
                files = formats().stream().map(f -> stem + "." + f.fileExtension()).toList();
                if (html.isEmpty()) {
                    return new Shown(published, null, null, files);
                }
                page = render(html.get(), year, language);
            }
            return new Shown(published, withBar(page, year, language, files, ui), null, files);
        } catch (WebApp.Refusal refusal) {
            return new Shown(published, null, refusal, List.of());
        }
    }

    Response download(Call call) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        String file = call.part("file");
        if (!FILE_NAME.matcher(file).matches()) {
            throw WebApp.notFound(call, "/report/" + year + "/" + file);
        }
        Optional<Response> signIn = visitorOfUnpublished(call, year);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        Path publishedFolder = published(year);
        if (Files.isDirectory(publishedFolder)) {
            if (!publishedFiles(year).contains(file)) {
                throw new WebApp.Refusal(404, "No such file", year + " is published; its files are: " + String.join(", ", publishedFiles(year)) + ".");
            }
            return attachment(file, mediaType(file), read(publishedFolder.resolve(file)));
        }
        checkYear(year);
        for (String language : WebApp.LANGUAGES) {
            String stem = ReportWriter.annualStem(year, language);
            for (ReportFormat format : formats()) {
                if (file.equals(stem + "." + format.fileExtension())) {
                    return attachment(file, format.mediaType(), render(format, year, language));
                }
            }
        }
        throw new WebApp.Refusal(404, "No such file", "There is no report file " + file + "; the " + year + " report is "
                + String.join(", ", formats().stream().map(f -> ReportWriter.annualStem(year, "en") + "." + f.fileExtension()).toList())
                + " (with -es before the extension in Spanish).");
    }

    private List<ReportFormat> formats() {
        return app.extensions.formats();
    }

    /**
     * The report of a year in a language as a format writes it: assembled and written once for each
     * state of the workspace and of the installed plugins (the same assembled report serves every format).
     */
    private byte[] render(ReportFormat format, int year, String language) throws WebApp.Refusal {
        Snapshots.Loaded loaded = app.loaded();
        String name = "report " + year + " " + language;
        AssembledReport assembled = app.snapshots.made(loaded, name, () -> {
            Workspace workspace = loaded.result().workspace();
            // as publish shows them: the plugins that fail, then each group with progress for the year but no plugin installed
            List<PluginFailure> known = new java.util.ArrayList<>(app.installed.failures());
            known.addAll(app.reports.missingPlugins(workspace, year));
            return app.reports.assemble(workspace, year, language, known);
        });
        Object written = app.snapshots.made(loaded, name + " " + format.id() + " " + System.identityHashCode(format), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            try {
                format.render(assembled.document(), new RenderOptions(RenderOptions.PageSize.LETTER, app.data), out); // the cover images of the workspace
            } catch (IOException e) {
                return new WebApp.Refusal(500, "The report could not be written", "The " + format.id() + " format failed: " + e.getMessage());
            }
            return out.toByteArray();
        });
        if (written instanceof WebApp.Refusal refusal) {
            throw refusal;
        }
        return (byte[]) written;
    }

    private void checkYear(int year) throws WebApp.Refusal {
        Set<Integer> years = years(app.workspace());
        if (!years.contains(year)) {
            throw new WebApp.Refusal(404, "No report for " + year, "The workspace records no progress for " + year + "; "
                    + (years.isEmpty() ? "it records none yet." : "years with progress: " + String.join(", ", years.stream().map(String::valueOf).toList()) + "."));
        }
    }

    private static Set<Integer> years(Workspace workspace) {
        Set<Integer> years = new TreeSet<>();
        workspace.years().stream().map(GroupYear::year).forEach(years::add);
        workspace.reports().stream().map(AnnualReport::year).forEach(years::add);
        return years;
    }

    private Path published(int year) {
        return app.data.resolve("published").resolve(String.valueOf(year));
    }

    /** The regular files publish wrote for a year, by name. */
    private List<String> publishedFiles(int year) {
        try (Stream<Path> files = Files.list(published(year))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(n -> FILE_NAME.matcher(n).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static byte[] read(Path file) throws WebApp.Refusal {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WebApp.Refusal(500, "The file cannot be read", "The published file " + file.getFileName() + " cannot be read: " + e.getMessage());
        }
    }

    private static Response attachment(String file, String mediaType, byte[] body) {
        String type = mediaType.startsWith("text/") && !mediaType.contains("charset") ? mediaType + "; charset=utf-8" : mediaType;
        return new Response(200, type, Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""), body)
                .with("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    }

    private static String mediaType(String file) {
        String name = WebApp.lower(file);
        return name.endsWith(".html") ? "text/html" : name.endsWith(".md") ? "text/markdown" : name.endsWith(".json") ? "application/json"
                : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }

    private static void downloads(HtmlWriter html, int year, List<String> files) {
        html.start("ul", "class", "downloads");
        for (String file : files) {
            html.start("li").link("/report/" + year + "/" + file, file, "download", file).end("li");
        }
        html.end("ul");
    }

    /**
     * The report page with the application's bar put in after its {@code <body>} tag: back to the
     * dashboard, the other language, each format as a download. Its style sheet is the bar's own.
     */
    /**
     * As {@link #withBar(String, int, String, List, Ui)}, on the page's bytes: a large report (a thousand groups') is not
     * copied into a text and back.
     */
    static byte[] withBar(byte[] report, int year, String language, List<String> files, Ui ui) {
        int head = indexOf(report, "</head>", 0);
        int body = indexOf(report, "<body", 0);
        int bodyEnd = -1;
        for (int i = body < 0 ? report.length : body; i < report.length; i++) {
            if (report[i] == '>') {
                bodyEnd = i;
                break;
            }
        }
        if (head < 0 || bodyEnd < 0 || head > body) {
            return withBar(new String(report, StandardCharsets.UTF_8), year, language, files, ui).getBytes(StandardCharsets.UTF_8);
        }
        // the bar as the text version makes it: the text around it is empty here
        String bar = withBar("<html><head></head><body></body></html>", year, language, files, ui);
        byte[] link = bar.substring(bar.indexOf("<link"), bar.indexOf("</head>")).getBytes(StandardCharsets.UTF_8);
        byte[] nav = bar.substring(bar.indexOf("<body>") + "<body>".length(), bar.lastIndexOf("</body>")).getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(report.length + link.length + nav.length);
        out.write(report, 0, head);
        out.writeBytes(link);
        out.write(report, head, bodyEnd + 1 - head);
        out.writeBytes(nav);
        out.write(report, bodyEnd + 1, report.length - bodyEnd - 1);
        return out.toByteArray();
    }

    /** Where an ASCII tag first occurs in bytes, its letters in any case; -1 when nowhere. */
    private static int indexOf(byte[] bytes, String tag, int from) {
        outer:
        for (int i = from; i <= bytes.length - tag.length(); i++) {
            for (int j = 0; j < tag.length(); j++) {
                int b = bytes[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != tag.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String withBar(String report, int year, String language, List<String> files, Ui ui) {
        String other = "en".equals(language) ? "es" : "en";
        HtmlWriter bar = new HtmlWriter().start("nav", "class", "mou-bar", "aria-label", ui.t("bar.label")).start("ul")
                .start("li").link("/", ui.t("bar.dashboard")).end("li")
                .start("li").link("/report/" + year + ("en".equals(language) ? "?lang=es" : ""), ui.t("bar.language." + other), "lang", other,
                        "hreflang", other)
                .end("li");
        for (String file : files) {
            bar.start("li").link("/report/" + year + "/" + file, ui.t("bar.download", file.substring(file.lastIndexOf('.') + 1)
                    .toUpperCase(java.util.Locale.ROOT) + (file.contains("-es.") ? " (es)" : "")), "download", file).end("li");
        }
        bar.end("ul").end("nav");
        String link = "<link rel=\"stylesheet\" href=\"/static/report-bar.css\">";
        String lower = WebApp.lower(report);
        int head = lower.indexOf("</head>");
        int body = lower.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : report.indexOf('>', body);
        if (head < 0 || bodyEnd < 0 || head > body) {
            return "<!DOCTYPE html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\">" + link + "</head><body>" + bar.html()
                    + report + "</body></html>";
        }
        return report.substring(0, head) + link + report.substring(head, bodyEnd + 1) + bar.html() + report.substring(bodyEnd + 1);
    }
}
