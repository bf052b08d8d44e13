package mou.cycle.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.util.Comparator;
import java.util.stream.Stream;
import mou.core.command.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mou.core.command.CommandException;
import mou.core.command.Status;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.CycleException;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Labels;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.AssembledReport;
import mou.core.spi.PluginFailure;
import mou.core.spi.RenderOptions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.TextPlace;
import mou.cycle.internal.Workbench.Loaded;

/**
 * Publishing a year, once every group's part of it is approved. The combined report for the year,
 * in English and in Spanish (or the one language asked for), in every installed format (the PDF
 * among them when its bundle is installed) or those asked for,
 * is assembled through the {@link ReportService} (section time limits, plugin-failure notices) and
 * written through the {@link ReportWriter} into a staging folder beside the workspace's
 * {@code published/YEAR/} and checked (each file there, not empty, reading back); with {@code --out}
 * a copy goes there too. Only then, in one transaction of the store, is each group's year marked
 * published (and so locked), the report moved into {@code published/YEAR/} and the history
 * recorded: a kill at any instant leaves the year either published with its report and history, or
 * not published with no report there. A locked year whose report went missing (in a language) gets it
 * written again from its locked data by publishing it again.
 *
 * <p>A year whose report would miss a part (a plugin failed, or a group has progress for the year
 * but no plugin installed) is not published, unless the program office says why it publishes it
 * so ({@link Publish#allowMissing()}): the reason is then recorded in the history and printed in
 * the report where each part is missing.
 */
final class Publisher {

    static final String COMMAND = "publish";

    /** The languages of the publication, written all unless the request names one. */
    static final List<String> LANGUAGES = Text.LANGUAGES;

    private final Workbench bench;
    private final ReportService reports;
    private final ReportWriter writer;

    Publisher(Workbench bench, ReportService reports, ReportWriter writer) {
        this.bench = bench;
        this.reports = reports;
        this.writer = writer;
    }

    Published publish(Publish request) throws CycleException {
        int year = request.year();
        // the publication is bilingual: without a language, the report is written in English and in Spanish
        List<String> requested = request.language() == null ? LANGUAGES : List.of(request.language());
        if (!LANGUAGES.containsAll(requested)) {
            throw Workbench.usage(Problem.said("language", "{language} must be en or es, not '" + request.language() + "'",
                    "{language} debe ser en o es, no '" + request.language() + "'"));
        }
        Optional<String> allowMissing = Optional.ofNullable(request.allowMissing()).map(String::strip);
        if (allowMissing.isPresent() && allowMissing.get().isEmpty()) {
            throw Workbench.usage(Problem.said("allowMissing", "{allowMissing} is empty; give it a text", "{allowMissing} está vacío; escriba un texto"));
        }
        Optional<String> allowUntranslated = Optional.ofNullable(request.allowUntranslated()).map(String::strip);
        if (allowUntranslated.isPresent() && allowUntranslated.get().isEmpty()) {
            throw Workbench.usage(Problem.said("allowUntranslated", "{allowUntranslated} is empty; give it a text",
                    "{allowUntranslated} está vacío; escriba un texto"));
        }
        List<ReportFormat> formats;
        try {
            formats = writer.formats(COMMAND, request.formats() == null || request.formats().isEmpty() ? Optional.empty()
                    : Optional.of(String.join(",", request.formats())));
        } catch (CommandException e) {
            throw stop(e, "formats");
        }
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting(), true); // with the places of its texts, for the translations' rule
        Workspace ws = loaded.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (request.acting().readAt() != null && !request.acting().readAt().equals(PartVersion.ofYear(years))) {
            // the year as the program office read it (the review page's version): its groups' years as they are in what is published;
            // unless it is the very publication sent again (a double click, a form sent again after a slow answer): published
            // already by the same person for the same reasons, its report there in every language asked for, it is done
            Optional<ReviewStep> step = years.isEmpty() || !years.stream().allMatch(GroupYear::published) ? Optional.empty()
                    : years.get(0).review().published();
            Path official = Published.folder(loaded.folder(), year);
            if (step.isPresent() && by.equals(step.get().by()) && (step.get().incomplete() == null || allowMissing.isPresent()
                    && step.get().incomplete().equals(allowMissing.get())) && (step.get().untranslated() == null
                    || allowUntranslated.isPresent() && step.get().untranslated().equals(allowUntranslated.get()))
                    && requested.stream().allMatch(l -> hasReport(official, year, l))) {
                List<String> notOpened = ws.plans().stream().map(p -> p.groupId()).filter(g -> ws.year(g, year).isEmpty()).toList();
                return new Published(year, List.of(), notOpened, List.of(), List.of(), List.of(), List.of());
            }
            Workbench.stillAt(request.acting(), Problem.of(null, "conflict.publish", year), PartVersion.ofYear(years));
        }
        if (years.isEmpty()) {
            throw Workbench.usage(Problem.said("year", "no group has opened " + year + "; there is nothing to publish",
                    "ningún grupo ha abierto " + year + "; no hay nada que publicar"));
        }
        List<GroupYear> published = years.stream().filter(GroupYear::published).toList();
        String target = Published.FOLDER + "/" + year;
        Path official = Published.folder(loaded.folder(), year);
        boolean rewrite = published.size() == years.size();
        // what the year misses (activities not rated for it, empty narrative parts, the introduction): the model's rule
        List<Gap> gaps = rewrite ? List.of() : Gaps.ofYear(ws, year, years);
        // the texts the report shows without a current Spanish version (the report is binational): the same rule for every door
        // the reasons a locked year was published incomplete and untranslated, for its report written again
        String incomplete = rewrite ? published.get(0).review().published().map(ReviewStep::incomplete).orElse(null) : null;
        String untranslatedReason = rewrite ? published.get(0).review().published().map(ReviewStep::untranslated).orElse(null)
                : allowUntranslated.orElse(null);
        List<TextPlace> untranslated = rewrite && untranslatedReason == null ? List.of()
                : Translations.missing(reports.shownTexts(ws, year), loaded.basis());
        List<String> languages = requested;
        if (rewrite) {
            ReviewStep step = published.get(0).review().published().orElseThrow();
            languages = requested.stream().filter(l -> !hasReport(official, year, l)).toList();
            if (languages.isEmpty()) {
                // the folder is the command line's to name; a page says where its readers find the report (its words' code)
                throw Workbench.refused(Problem.of(null, "publish.published", year, step.by(), step.at(), official));
            }
            // the record of a locked year is its report: one that went missing (in a language) is written again from
            // the locked data (which cannot have changed), by this command only, never silently by another; the
            // report in the other language, still there, is left as it is
        } else {
            // a publication cut short (the files are saved one by one) is finished by publishing the rest
            List<GroupYear> waiting = years.stream().filter(y -> !ReviewAction.PUBLISH.allowedFrom(y.review().state()) && !y.published())
                    .toList();
            if (!waiting.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                problems.add(Problem.said(null, year + " cannot be published yet: every group's year must be approved first; not approved: "
                        + states(waiting, "en"), year + " aún no se puede publicar: primero se debe aprobar el año de cada grupo;"
                        + " sin aprobar: " + states(waiting, "es")));
                if (!gaps.isEmpty()) {
                    problems.add(Problem.said(null, "and " + year + " still misses:", "y a " + year + " aún le falta:"));
                    problems.addAll(Gaps.problems(gaps));
                }
                throw new CycleException(Kind.REFUSED, problems);
            }
            if (!gaps.isEmpty() && allowMissing.isPresent()) {
                incomplete = allowMissing.get();
            }
        }
        Path out = request.out() == null ? null : request.out().toAbsolutePath().normalize();
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw Workbench.usage(Problem.said("out", "{out} " + out + " is a file, not a folder", "{out} " + out + " es un archivo, no una carpeta"));
        }
        if (out != null && AtomicFiles.isInside(out, official) && AtomicFiles.isInside(official, out)) {
            out = null; // the report goes there anyway, in the transaction
        } else if (out != null && AtomicFiles.isInside(out, loaded.folder().resolve(Published.FOLDER))) {
            throw Workbench.usage(Problem.said("out", "{out} " + out + " is inside the workspace's published/ folder, where only the year's own"
                    + " report goes (into published/" + year + "/, without {out}); choose a folder outside it", "{out} " + out + " está dentro de la"
                    + " carpeta published/ del espacio de trabajo, donde solo va el informe del propio año (en published/" + year + "/, sin {out});"
                    + " elija una carpeta fuera de ella"));
        }

        Instant now = bench.now();
        Workspace changed = ws;
        List<ReviewStep> steps = new ArrayList<>();
        for (GroupYear y : years) {
            if (y.published()) {
                continue;
            }
            ReviewStep step = new ReviewStep(ReviewAction.PUBLISH.to(), by, now, null, incomplete,
                    untranslated.isEmpty() ? null : untranslatedReason);
            changed = Workbench.withYear(changed, y.withReview(y.review().with(step)));
            steps.add(step);
        }
        // the report is made and written before the year is locked, so a report that cannot be made locks nothing
        List<ReportDocument> documents = new ArrayList<>();
        List<PluginFailure> missing = new ArrayList<>();
        for (String language : languages) {
            AssembledReport report;
            try {
                report = reports.assemble(changed, year, language, reports.missingPlugins(changed, year), allowMissing.orElse(null));
            } catch (RuntimeException e) {
                throw Workbench.refused(Problem.said(null, "the report for " + year + " could not be made (" + e.getMessage() + "); nothing was published",
                        "no se pudo hacer el informe de " + year + " (" + e.getMessage() + "); no se publicó nada"));
            }
            report.failures().stream().filter(f -> !missing.contains(f)).forEach(missing::add);
            documents.add(incomplete == null ? report.document() : withNotice(report.document(), gaps, incomplete, language));
        }
        List<Problem> refusal = new ArrayList<>();
        if (!untranslated.isEmpty() && untranslatedReason == null) {
            refusal.addAll(Translations.refusal(year, untranslated, ws));
        }
        if ((!missing.isEmpty() || !gaps.isEmpty()) && allowMissing.isEmpty()) {
            refusal.addAll(missingParts(year, missing, gaps));
        }
        if (!refusal.isEmpty()) {
            throw new CycleException(Kind.REFUSED, refusal);
        }
        if (!untranslated.isEmpty()) {
            for (int i = 0; i < documents.size(); i++) {
                documents.set(i, Translations.withNotice(documents.get(i), untranslated, untranslatedReason, languages.get(i)));
            }
        }
        String why = why(request.acting().why(), allowMissing, missing, gaps);
        if (!untranslated.isEmpty() && !rewrite) {
            why = (why == null ? "" : why + "; ") + Translations.why(untranslated, untranslatedReason);
        }
        List<HistoryEntry> history = new ArrayList<>();
        int next = 0;
        for (GroupYear y : years) {
            if (!y.published()) {
                history.add(new HistoryEntry(now, by, COMMAND, y.groupId(), year, null, why,
                        Plain.state(ReviewState.APPROVED.id()), Plain.step(steps.get(next++))));
            }
        }
        List<Path> written = new ArrayList<>();
        List<Path> copies = new ArrayList<>();
        Path staging;
        try {
            staging = bench.store().stage(loaded.folder(), target);
        } catch (IOException e) {
            throw Workbench.refused(Problem.said(null, e.getMessage() + " (nothing was published)", (e instanceof mou.core.spi.StoreException s
                    ? s.message("es") : e.getMessage()) + " (no se publicó nada)"));
        }
        boolean done = false;
        try {
            // 1. the report into a staging folder beside published/YEAR, checked file by file
            List<Path> staged = new ArrayList<>();
            for (int i = 0; i < languages.size(); i++) {
                try {
                    // the workspace goes with the options: the PDF's cover takes its images from it
                    staged.addAll(writer.write(COMMAND, documents.get(i), formats, staging, ReportWriter.annualStem(year, languages.get(i)),
                            new RenderOptions(request.paper(), request.acting().workspace())));
                } catch (CommandException e) {
                    throw stop(new CommandException(e.status(), List.of(String.join("\n", e.lines()) + "; nothing was published")),
                            "out");
                }
            }
            for (Path file : staged) {
                check(file);
            }
            // 2. a copy where --out says, before anything is locked
            if (out != null) {
                for (Path file : staged) {
                    Path copy = out.resolve(file.getFileName().toString());
                    try {
                        AtomicFiles files = new AtomicFiles();
                        files.write(copy, Files.readAllBytes(file));
                    } catch (IOException e) {
                        throw Workbench.refused(Problem.said(null, "could not write into " + out + ": " + AtomicFiles.describe(copy, e)
                                + "; nothing was published", "no se pudo escribir en " + out + ": " + AtomicFiles.describe(copy, e) + "; no se publicó nada"));
                    }
                    copies.add(copy);
                }
            }
            CrashPoint.at("publish-staged");
            // 3. one transaction: the groups' years locked, the report moved into published/YEAR, the history
            bench.save(loaded, changed, history, staging, target);
            for (Path file : staged) {
                written.add(official.resolve(file.getFileName().toString()));
            }
            written.addAll(copies);
            done = true;
        } finally {
            if (!done) {
                // not published: neither the staged report nor the copies may stand for a year that is not locked
                deleteQuietly(staging);
                copies.forEach(Publisher::deleteQuietly);
                try {
                    Files.deleteIfExists(staging.getParent()); // published/, when staging made it and nothing else is in it
                } catch (IOException e) {
                    // it holds other years' reports
                }
            }
        }
        List<String> notOpened = ws.plans().stream().map(p -> p.groupId()).filter(g -> ws.year(g, year).isEmpty()).toList();
        return new Published(year, years.stream().filter(y -> !y.published()).map(GroupYear::groupId).toList(), notOpened,
                List.copyOf(written), missing, gaps, rewrite ? List.of() : untranslated); // a locked year's report written again publishes nothing new
    }

    /** Whether a published year's folder holds its report in a language: a non-empty file of it in some format. */
    static boolean hasReport(Path folder, int year, String language) {
        String stem = ReportWriter.annualStem(year, language);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> {
                String name = f.getFileName().toString();
                try {
                    return name.startsWith(stem + ".") && Files.isRegularFile(f) && Files.size(f) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** A staged report file must be there, hold something and read back: text as UTF-8, JSON as JSON. */
    private static void check(Path file) throws CycleException {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw Workbench.refused(Problem.said(null, "the report file " + name + " came out empty; nothing was published",
                        "el archivo del informe " + name + " salió vacío; no se publicó nada"));
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (TEXT.contains(extension)) {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            }
            if (extension.equals("json")) {
                new ObjectMapper().readTree(bytes);
            }
            if (extension.equals("pdf") && !isPdf(bytes)) {
                throw Workbench.refused(Problem.said(null, "the report file " + name + " is not a whole PDF (it must begin with %PDF- and end"
                        + " with %%EOF); nothing was published", "el archivo del informe " + name + " no es un PDF completo (debe empezar con %PDF-"
                        + " y terminar con %%EOF); no se publicó nada"));
            }
        } catch (IOException e) {
            throw Workbench.refused(Problem.said(null, "the report file " + name + " does not read back (" + reason(e) + "); nothing was published",
                    "el archivo del informe " + name + " no se puede volver a leer (" + reason(e) + "); no se publicó nada"));
        }
    }

    /** A whole PDF file: its header first, its end-of-file marker in its last bytes (a cut-off file has none). */
    static boolean isPdf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.equals("%PDF-") && tail.contains("%%EOF");
    }

    private static final java.util.Set<String> TEXT = java.util.Set.of("html", "md", "json", "txt", "csv", "xml");

    /** Why a staged report file does not read back: not UTF-8, not JSON, or why it could not be read at all. */
    static String reason(IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "it is not valid UTF-8";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return "it is not valid JSON";
        }
        return Tables.reason(e);
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> all = Files.walk(path)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a stray staging folder is removed by the store's recovery at the next command
        }
    }

    /** The groups' years with their review states in a language: {@code air-quality (draft), wildfires (returned)}. */
    private static String states(List<GroupYear> years, String language) {
        Labels labels = Labels.forLanguage(language);
        return years.stream().map(y -> y.groupId() + " (" + labels.state(y.review().state()) + ")").collect(Collectors.joining(", "));
    }

    /** Why a year is not published: each missing part on its own line, and what to do. */
    private static List<Problem> missingParts(int year, List<PluginFailure> missing, List<Gap> gaps) {
        List<Problem> problems = new ArrayList<>();
        int parts = missing.size() + gaps.size();
        problems.add(Problem.said(null, year + " was not published: its report would miss " + (parts == 1 ? "a part" : parts + " parts") + ":",
                year + " no se publicó: a su informe le faltaría" + (parts == 1 ? " una parte" : "n " + parts + " partes") + ":"));
        for (PluginFailure failure : missing) {
            problems.add(Problem.said(null, "  " + failure.describe(), "  " + failure.describe("es")));
        }
        problems.addAll(Gaps.problems(gaps));
        // what to do, said by a code: each front door says it its own way (the commands name the commands, a page its forms)
        boolean groups = gaps.stream().anyMatch(g -> g.groupId() != null);
        problems.add(Problem.of("allowMissing", missing.isEmpty() ? (groups ? "publish.missing.complete" : "publish.missing.introduction")
                : gaps.isEmpty() ? "publish.missing.plugins" : groups ? "publish.missing.pluginsAndComplete" : "publish.missing.pluginsAndIntroduction",
                year));
        return problems;
    }

    /** The reason recorded in the history: the request's, and the reason to publish without the missing parts. */
    static String why(String given, Optional<String> allowMissing, List<PluginFailure> missing, List<Gap> gaps) {
        List<String> parts = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            parts.add(given.strip());
        }
        if (!missing.isEmpty()) {
            parts.add("published without " + who(missing) + ": " + allowMissing.orElseThrow());
        }
        if (!gaps.isEmpty()) {
            parts.add("published incomplete (" + gaps.stream().map(Gap::describe).collect(Collectors.joining("; ")) + "): "
                    + allowMissing.orElseThrow());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The section that opens a report published with parts of the year missing: what misses, and the program office's reason. */
    static final String INCOMPLETE_SECTION = "published-incomplete";

    /**
     * The report with a notice first, saying that the year was published with parts missing, which
     * (when known: a report written again from a locked year says only that it was) and the
     * program office's reason.
     */
    static ReportDocument withNotice(ReportDocument document, List<Gap> gaps, String reason, String language) {
        boolean es = "es".equals(language);
        StringBuilder text = new StringBuilder(es ? "Este informe se publicó incompleto por decisión de la oficina del programa"
                : "This report was published incomplete by decision of the program office");
        if (!gaps.isEmpty()) {
            // each gap in the report's language (its words are the problems' "missing.*"), after its group
            text.append(es ? ". Falta: " : ". Missing: ").append(gaps.stream().map(g -> (g.groupId() == null ? "" : g.groupId() + ": ")
                    + Problem.missing(new Gap(null, g.year(), g.kind(), g.subjects(), g.of())).message(language))
                    .collect(Collectors.joining("; ")));
        }
        text.append(es ? ". Motivo: " : ". Reason: ").append(reason);
        Section notice = Section.of(INCOMPLETE_SECTION, es ? "Aviso" : "Notice",
                List.of(new Block.Notice(Block.Severity.WARNING, text.toString())));
        List<Section> sections = new ArrayList<>();
        sections.add(notice);
        sections.addAll(document.sections());
        return document.withSections(sections);
    }

    /** The plugins a report misses, as a person reads them: {@code group air-quality, group wildfires}. */
    static String who(List<PluginFailure> missing) {
        return missing.stream().map(PluginFailure::plugin).distinct().collect(Collectors.joining(", "));
    }

    /** The report writer's stop as the service's: its lines without the command's name, the field it is about. */
    private static CycleException stop(CommandException e, String field) {
        List<Problem> problems = new ArrayList<>();
        for (String line : e.lines()) {
            for (String part : line.split("\n")) {
                problems.add(new Problem(field, part.startsWith(COMMAND + ": ") ? part.substring(COMMAND.length() + 2) : part));
            }
        }
        return new CycleException(e.status() == Status.USAGE ? Kind.USAGE : Kind.REFUSED, problems);
    }
}
