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
import mou.core.cycle.Published;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
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
                reportLinks(html.start("li"), year, String.valueOf(year), ui, ui.t("reports.english"), ui.t("reports.spanish")).text(Files.isDirectory(published(year)) ? " " + ui.t("reports.published") : "").end("li");
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
        return Optional.of(Response.seeOther("/sign-in?back=" + java.net.URLEncoder.encode(Page.here(call.request()), StandardCharsets.UTF_8)));
    }

    /**
     * A report page as kept for a state of the workspace and of the plugins, a year, the report's and
     * the UI's language: whether the year is published, and the page with its bar, or none when no HTML
     * format is installed; {@code gzipped}: the document compressed once, kept with it (sent to a
     * browser that accepts gzip).
     */
    private record Shown(boolean published, byte[] document, List<String> files, KeptGzip gzipped) {
        Shown(boolean published, byte[] document, List<String> files) {
            this(published, document, files, document == null ? null : new KeptGzip(document));
        }
    }

    /**
     * A year's report in the page's language, then " · " and the report in the other language, named
     * in that language ({@code english} on a Spanish page, {@code spanish} on an English one).
     */
    static HtmlWriter reportLinks(HtmlWriter html, int year, String label, Ui ui, String english, String spanish) {
        boolean es = "es".equals(ui.language());
        // each link names its language: an address without one is the report in the language of the page it is opened from
        return html.link("/report/" + year + (es ? "?lang=es" : "?lang=en"), label).text(" · ").link("/report/" + year + (es ? "?lang=en" : "?lang=es"),
                es ? english : spanish, "lang", es ? "en" : "es", "hreflang", es ? "en" : "es");
    }

    Response report(Call call) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        // the report in the language asked for, else in the page's language (a Spanish session opening /report/2017 reads it in Spanish)
        Ui ui = call.ui();
        String language = WebApp.language(call.queryMap(), ui.language());
        String part = WebApp.parameter(call.queryMap(), "part").orElse(null);
        // an unpublished year is for those signed in: a visitor is sent to sign in first, before anything is made or kept
        Optional<Response> signIn = visitorOfUnpublished(call, year);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        boolean published = Files.isDirectory(published(year));
        if (published) {
            // a published year is its published files, and nothing else: not the workspace as it is now
            if (!Files.isRegularFile(published(year).resolve(ReportWriter.annualStem(year, language) + ".html"))) {
                String other = "en".equals(language) ? "es" : "en";
                if (!Files.isRegularFile(published(year).resolve(ReportWriter.annualStem(year, other) + ".html"))) {
                    throw new WebApp.Refusal(404, ui.t("report.published.missing"), ui.t("report.published.missing.text", year,
                            ui.t("report.language." + language)));
                }
                // said in the page's language, with the way to the report in the language it was published in
                HtmlWriter html = new HtmlWriter().element("h1", ui.t("report.published.missing"))
                        .element("p", ui.t("report.published.missing.text", year, ui.t("report.language." + language)));
                html.start("p").link("/report/" + year + "?lang=" + other, ui.t("report.published.other", year, ui.t("report.language." + other)),
                        "hreflang", other).end("p");
                return Response.html(404, Page.of(call, ui.t("report.published.missing"), "/report", app.menu(call), html));
            }
            if (part != null) {
                // the one page publish wrote: it has no parts
                throw new WebApp.Refusal(404, ui.t("report.part.unknown"), ui.t("report.part.whole", part, year));
            }
        }
        Snapshots.Loaded loaded;
        try {
            loaded = app.loaded();
        } catch (WebApp.Refusal broken) {
            if (!published) {
                throw broken;
            }
            // a file of the workspace has an error: the published report is still what publish wrote, shown from its files
            return new Response(200, "text/html; charset=utf-8", Map.of(), publishedPage(year, language, ui)).with("Content-Security-Policy",
                    WebApp.REPORT_POLICY);
        }
        // the whole answer kept with the report it shows: a warm request looks up one key and writes the kept bytes; a
        // refusal (an unknown part, a year no group opened) is not kept, so that no address can make the server keep more
        Shown shown;
        try {
            shown = app.snapshots.made(loaded, "report page " + year + " " + language + " " + ui.language() + (part == null ? "" : " part " + part),
                    () -> shown(loaded, year, language, ui, part));
        } catch (Refused refused) {
            throw refused.refusal;
        }
        if (shown.document() == null) {
            HtmlWriter content = new HtmlWriter().element("h1", ui.t("report.title", year)).element("p", ui.t("report.noHtml"));
            downloads(content, year, shown.files());
            return app.page(call, ui.t("report.title", year), "/report", content);
        }
        return new Response(200, "text/html; charset=utf-8", Map.of(), shown.document()).withGzipped(shown.gzipped().now())
                .with("Content-Security-Policy", WebApp.REPORT_POLICY);
    }

    /** The page publish wrote for a year in a language, with the bar above it. */
    private byte[] publishedPage(int year, String language, Ui ui) throws WebApp.Refusal {
        return withBar(read(published(year).resolve(ReportWriter.annualStem(year, language) + ".html")), year, language, publishedFiles(year), ui);
    }

    /** A refusal while a page is made: thrown through {@link Snapshots#made}, which keeps no failure. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient WebApp.Refusal refusal;

        Refused(WebApp.Refusal refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    /** What {@link #report} shows, made once for each state of the workspace and of the plugins. */
    private Shown shown(Snapshots.Loaded loaded, int year, String language, Ui ui, String part) {
        String stem = ReportWriter.annualStem(year, language);
        try {
            if (Files.isDirectory(published(year))) {
                return new Shown(true, publishedPage(year, language, ui), publishedFiles(year));
            }
            checkYear(year);
            Optional<ReportFormat> html = app.extensions.format("html");
            List<String> files = formats().stream().map(f -> stem + "." + f.fileExtension()).toList();
            if (html.isEmpty()) {
                return new Shown(false, null, files);
            }
            // written straight into the page with its bar: a thousand groups' page is some 200 MB, kept once
            return new Shown(false, page(loaded, html.get(), year, language, files, ui, part), files);
        } catch (WebApp.Refusal refusal) {
            throw new Refused(refusal);
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
                throw new WebApp.Refusal(404, "No such file", year + " is published; its files are: " + String.join(", ", publishedFiles(year)) + ".",
                        "No existe ese archivo", year + " está publicado; sus archivos son: " + String.join(", ", publishedFiles(year)) + ".");
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
        String names = String.join(", ", formats().stream().map(f -> ReportWriter.annualStem(year, "en") + "." + f.fileExtension()).toList());
        throw new WebApp.Refusal(404, "No such file", "There is no report file " + file + "; the " + year + " report is " + names
                + " (with -es before the extension in Spanish).", "No existe ese archivo", "No hay ningún archivo de informe " + file
                + "; el informe de " + year + " es " + names + " (con -es antes de la extensión en español).");
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
        AssembledReport assembled = assembled(loaded, year, language);
        Object written = app.snapshots.made(loaded, name + " " + format.id() + " " + System.identityHashCode(format), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            try {
                format.render(assembled.document(), new RenderOptions(RenderOptions.PageSize.LETTER, app.data), out); // the cover images of the workspace
            } catch (IOException e) {
                return notWritten(format, e);
            }
            return out.toByteArray();
        });
        if (written instanceof WebApp.Refusal refusal) {
            throw refusal;
        }
        return (byte[]) written;
    }

    /**
     * The report page of a year in a language: the assembled report (kept, as for the downloads) as the
     * HTML format writes it, with the bar put in. Written in pieces and copied once into the page, and
     * not kept apart from it (a download of the HTML file writes it again): with a thousand groups a
     * page is some 200 MB, and a growing buffer, its copy and a kept copy of the file besides ran a 2 GB
     * server into collection after collection.
     */
    private byte[] page(Snapshots.Loaded loaded, ReportFormat html, int year, String language, List<String> files, Ui ui, String part)
            throws WebApp.Refusal {
        ReportDocument document = assembled(loaded, year, language).document();
        HtmlWriter parts = null;
        if (chapters(document).size() >= app.reportPartsFrom && document.sections().size() > 1) {
            // a large report in parts, as a book: its first section (the introduction) with the list of the
            // others on the front page, each other section (the summaries and charts, each chapter, the
            // combined figures and timeline) a page of its own
            List<Section> others = document.sections().subList(1, document.sections().size());
            int at = part == null ? -1 : indexOf(others, part);
            if (part != null && at < 0) {
                throw new WebApp.Refusal(404, ui.t("report.part.unknown"), ui.t("report.part.unknown.text", part, year));
            }
            parts = parts(others, at, year, language, ui);
            List<Section> shown = List.of(at >= 0 ? others.get(at) : document.sections().get(0));
            document = document.withSections(shown);
        } else if (part != null) {
            throw new WebApp.Refusal(404, ui.t("report.part.unknown"), ui.t("report.part.whole", part, year));
        }
        Pieces out = new Pieces();
        try {
            html.render(document, new RenderOptions(RenderOptions.PageSize.LETTER, app.data), out);
        } catch (IOException e) {
            throw notWritten(html, e);
        }
        return withBar(out, year, language, files, ui, part, parts);
    }

    /** The report's working-group chapters: its sections whose id is an installed group's. */
    private List<Section> chapters(ReportDocument document) {
        Set<String> groups = new java.util.HashSet<>();
        app.extensions.groups().forEach(g -> groups.add(g.id()));
        return document.sections().stream().filter(sec -> groups.contains(sec.id())).toList();
    }

    private static int indexOf(List<Section> sections, String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The address of a part of a year's report in a language ({@code null}: its front matter). */
    private static String partLink(int year, String language, String part) {
        // the language named always: without it the page's language is taken, which may be the other one
        return "/report/" + year + "?lang=" + language + (part == null ? "" : "&part=" + java.net.URLEncoder.encode(part, StandardCharsets.UTF_8));
    }

    /**
     * The way through a report in parts: on its front page, every other part (a list that opens); on a
     * part's page, the front page and the parts before and after it.
     */
    private static HtmlWriter parts(List<Section> others, int at, int year, String language, Ui ui) {
        HtmlWriter nav = new HtmlWriter().start("nav", "class", "mou-parts", "aria-label", ui.t("report.parts.label"));
        if (at < 0) {
            nav.start("details").element("summary", ui.t("report.parts.summary", others.size())).start("ol");
            for (Section other : others) {
                nav.start("li").link(partLink(year, language, other.id()), other.title()).end("li");
            }
            nav.end("ol").end("details");
        } else {
            nav.start("ul").start("li").link(partLink(year, language, null), ui.t("report.parts.front")).end("li");
            if (at > 0) {
                nav.start("li").link(partLink(year, language, others.get(at - 1).id()), ui.t("report.parts.previous", others.get(at - 1).title()))
                        .end("li");
            }
            if (at + 1 < others.size()) {
                nav.start("li").link(partLink(year, language, others.get(at + 1).id()), ui.t("report.parts.next", others.get(at + 1).title()))
                        .end("li");
            }
            nav.end("ul");
        }
        return nav.end("nav");
    }

    /** The report of a year in a language as assembled for the workspace and plugins of now: once for each state of them. */
    private AssembledReport assembled(Snapshots.Loaded loaded, int year, String language) {
        return app.snapshots.made(loaded, "report " + year + " " + language, () -> {
            Workspace workspace = loaded.result().workspace();
            // as publish shows them: the plugins that fail, then each group with progress for the year but no plugin installed
            List<PluginFailure> known = new java.util.ArrayList<>(app.installed.failures());
            known.addAll(app.reports.missingPlugins(workspace, year));
            return app.reports.assemble(workspace, year, language, known);
        });
    }

    /** Bytes written in pieces of a megabyte: no buffer that doubles and is copied as it grows. */
    static final class Pieces extends java.io.OutputStream {

        static final int PIECE = 1 << 20;

        private final List<byte[]> full = new java.util.ArrayList<>();
        private byte[] current = new byte[PIECE];
        private int at;

        /** Bytes already written, as one piece of their own length (nothing is copied). */
        static Pieces wrapping(byte[] bytes) {
            Pieces pieces = new Pieces();
            pieces.current = bytes;
            pieces.at = bytes.length;
            return pieces;
        }

        @Override
        public void write(int b) {
            if (at == current.length) {
                next();
            }
            current[at++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (at == current.length) {
                    next();
                }
                int n = Math.min(length, current.length - at);
                System.arraycopy(bytes, offset, current, at, n);
                at += n;
                offset += n;
                length -= n;
            }
        }

        private void next() {
            full.add(current);
            current = new byte[PIECE];
            at = 0;
        }

        long size() {
            return (long) full.size() * PIECE + at;
        }

        /** The first piece's bytes written so far. */
        byte[] first() {
            return !full.isEmpty() ? full.get(0) : at == current.length ? current : java.util.Arrays.copyOf(current, at);
        }

        /** Copies bytes {@code from} (inclusive) to {@code to} (exclusive) into {@code into} at {@code offset}. */
        void copy(long from, long to, byte[] into, int offset) {
            if (full.isEmpty()) {
                System.arraycopy(current, (int) from, into, offset, (int) (to - from)); // one piece, of any length (wrapping)
                return;
            }
            long position = from;
            while (position < to) {
                int piece = (int) (position / PIECE);
                int within = (int) (position % PIECE);
                byte[] bytes = piece < full.size() ? full.get(piece) : current;
                int available = (piece < full.size() ? PIECE : at) - within;
                int n = (int) Math.min(available, to - position);
                System.arraycopy(bytes, within, into, offset, n);
                offset += n;
                position += n;
            }
        }

        byte[] toByteArray() {
            byte[] all = new byte[Math.toIntExact(size())];
            copy(0, size(), all, 0);
            return all;
        }
    }

    /** As {@link #withBar(byte[], int, String, List, Ui)}, on a page written in pieces (or one array): copied once. */
    static byte[] withBar(Pieces report, int year, String language, List<String> files, Ui ui) {
        return withBar(report, year, language, files, ui, null, null);
    }

    /** As {@link #withBar(Pieces, int, String, List, Ui)}, for a part of a report ({@code part}), the way through its parts after the bar. */
    static byte[] withBar(Pieces report, int year, String language, List<String> files, Ui ui, String part, HtmlWriter parts) {
        byte[] first = report.first();
        int head = indexOf(first, "</head>", 0);
        int body = indexOf(first, "<body", 0);
        int bodyEnd = -1;
        for (int i = body < 0 ? first.length : body; i < first.length; i++) {
            if (first[i] == '>') {
                bodyEnd = i;
                break;
            }
        }
        if (head < 0 || bodyEnd < 0 || head > body) {
            return withBar(new String(report.toByteArray(), StandardCharsets.UTF_8), year, language, files, ui, part, parts)
                    .getBytes(StandardCharsets.UTF_8);
        }
        byte[][] bar = barParts(year, language, files, ui, part, parts);
        byte[] link = bar[0];
        byte[] nav = bar[1];
        long size = report.size();
        // the bar after the report's skip link, so that the skip link is the first thing the keyboard reaches
        int at = afterSkipLink(new String(first, bodyEnd + 1, Math.min(first.length - bodyEnd - 1, 400), StandardCharsets.ISO_8859_1))
                + bodyEnd;
        byte[] page = new byte[Math.toIntExact(size + link.length + nav.length)];
        report.copy(0, head, page, 0);
        System.arraycopy(link, 0, page, head, link.length);
        report.copy(head, at + 1, page, head + link.length);
        System.arraycopy(nav, 0, page, at + 1 + link.length, nav.length);
        report.copy(at + 1, size, page, at + 1 + link.length + nav.length);
        return page;
    }

    /**
     * How far past the body's opening tag the report's skip link ends ({@code <a class="skip" ...>...</a>}, the
     * first element of a report's body), 0 when the body does not begin with one: the bar goes after it.
     */
    static int afterSkipLink(String afterBody) {
        int start = 0;
        while (start < afterBody.length() && Character.isWhitespace(afterBody.charAt(start))) {
            start++;
        }
        if (!afterBody.startsWith("<a class=\"skip\"", start)) {
            return 0;
        }
        int end = afterBody.indexOf("</a>", start);
        return end < 0 ? 0 : end + "</a>".length();
    }

    /** The bar's style-sheet link and its navigation, as {@link #withBar(String, int, String, List, Ui)} puts them in. */
    private static byte[][] barParts(int year, String language, List<String> files, Ui ui, String part, HtmlWriter parts) {
        String bar = withBar("<html><head></head><body></body></html>", year, language, files, ui, part, parts);
        return new byte[][] {bar.substring(bar.indexOf("<link"), bar.indexOf("</head>")).getBytes(StandardCharsets.UTF_8),
            bar.substring(bar.indexOf("<body>") + "<body>".length(), bar.lastIndexOf("</body>")).getBytes(StandardCharsets.UTF_8)};
    }

    /** A format failed to write the report: said with the format's own words about why (a plugin's, as given). */
    private static WebApp.Refusal notWritten(ReportFormat format, IOException e) {
        return new WebApp.Refusal(500, "The report could not be written", "The " + format.id() + " format failed: " + e.getMessage(),
                "No se pudo escribir el informe", "El formato " + format.id() + " falló: " + e.getMessage());
    }

    private void checkYear(int year) throws WebApp.Refusal {
        Set<Integer> years = years(app.workspace());
        if (!years.contains(year)) {
            String list = String.join(", ", years.stream().map(String::valueOf).toList());
            throw new WebApp.Refusal(404, "No report for " + year, "The workspace records no progress for " + year + "; "
                    + (years.isEmpty() ? "it records none yet." : "years with progress: " + list + "."),
                    "No hay informe de " + year, "El espacio de trabajo no registra avances de " + year + "; "
                    + (years.isEmpty() ? "todavía no registra ninguno." : "años con avances: " + list + "."));
        }
    }

    private static Set<Integer> years(Workspace workspace) {
        Set<Integer> years = new TreeSet<>();
        workspace.years().stream().map(GroupYear::year).forEach(years::add);
        workspace.reports().stream().map(AnnualReport::year).forEach(years::add);
        return years;
    }

    private Path published(int year) {
        return Published.folder(app.data, year);
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
            throw new WebApp.Refusal(500, "The file cannot be read", "The published file " + file.getFileName() + " cannot be read: " + e.getMessage(),
                    "No se puede leer el archivo", "No se puede leer el archivo publicado " + file.getFileName() + ": " + e.getMessage());
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
     * The report page with the application's bar put in after its {@code <body>} tag (back to the
     * dashboard, the other language, each format as a download; its style sheet is the bar's own), on the
     * page's bytes: a large report (a thousand groups') is not copied into a text and back.
     */
    static byte[] withBar(byte[] report, int year, String language, List<String> files, Ui ui) {
        return withBar(Pieces.wrapping(report), year, language, files, ui);
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
        return withBar(report, year, language, files, ui, null, null);
    }

    /** As {@link #withBar(String, int, String, List, Ui)}, for a part of a report: the other language's link keeps the part; {@code parts} follows the bar. */
    static String withBar(String report, int year, String language, List<String> files, Ui ui, String part, HtmlWriter parts) {
        String other = "en".equals(language) ? "es" : "en";
        HtmlWriter bar = new HtmlWriter().start("nav", "class", "mou-bar", "aria-label", ui.t("bar.label")).start("ul")
                .start("li").link("/", ui.t("bar.dashboard")).end("li")
                .start("li").link(partLink(year, other, part), ui.t("bar.language." + other), "lang", other, "hreflang", other)
                .end("li");
        for (String file : files) {
            bar.start("li").link("/report/" + year + "/" + file, ui.t("bar.download", file.substring(file.lastIndexOf('.') + 1)
                    .toUpperCase(java.util.Locale.ROOT) + (file.contains("-es.") ? " (es)" : "")), "download", file).end("li");
        }
        bar.end("ul").end("nav");
        if (parts != null) {
            bar.append(parts);
        }
        String link = "<link rel=\"stylesheet\" href=\"/static/report-bar.css\">";
        String lower = WebApp.lower(report);
        int head = lower.indexOf("</head>");
        int body = lower.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : report.indexOf('>', body);
        if (head < 0 || bodyEnd < 0 || head > body) {
            return "<!DOCTYPE html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\">" + link + "</head><body>" + bar.html()
                    + report + "</body></html>";
        }
        int at = bodyEnd + afterSkipLink(report.substring(bodyEnd + 1, Math.min(report.length(), bodyEnd + 401)));
        return report.substring(0, head) + link + report.substring(head, at + 1) + bar.html() + report.substring(at + 1);
    }
}
