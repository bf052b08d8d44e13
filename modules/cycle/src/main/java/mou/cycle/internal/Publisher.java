package mou.cycle.internal;

import java.io.IOException;
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
import mou.core.cycle.Problem;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Workspace;
import mou.core.spi.AssembledReport;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.cycle.internal.Workbench.Loaded;

/**
 * Publishing a year, once every group's part of it is approved. The combined report for the year
 * is assembled through the {@link ReportService} (section time limits, plugin-failure notices) and
 * written through the {@link ReportWriter}, by default into the workspace's {@code published/YEAR/};
 * only then is each group's year marked published, and so locked.
 *
 * <p>A year whose report would miss a part (a plugin failed, or a group has progress for the year
 * but no plugin installed) is not published, unless the program office says why it publishes it
 * so ({@link Publish#allowMissing()}): the reason is then recorded in the history and printed in
 * the report where each part is missing.
 */
final class Publisher {

    private static final String COMMAND = "publish";

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
        String language = request.language() == null ? "en" : request.language();
        if (!language.equals("en") && !language.equals("es")) {
            throw Workbench.usage("language", "{language} must be en or es, not '" + language + "'");
        }
        Optional<String> allowMissing = Optional.ofNullable(request.allowMissing()).map(String::strip);
        if (allowMissing.isPresent() && allowMissing.get().isEmpty()) {
            throw Workbench.usage("allowMissing", "{allowMissing} is empty; give it a text");
        }
        List<ReportFormat> formats;
        try {
            formats = writer.formats(COMMAND, request.formats() == null || request.formats().isEmpty() ? Optional.empty()
                    : Optional.of(String.join(",", request.formats())));
        } catch (CommandException e) {
            throw stop(e, "formats");
        }
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting());
        Workspace ws = loaded.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw Workbench.usage("year", "no group has opened " + year + "; there is nothing to publish");
        }
        List<GroupYear> published = years.stream().filter(GroupYear::published).toList();
        if (published.size() == years.size()) {
            ReviewStep step = published.get(0).review().published().orElseThrow();
            throw Workbench.refused(year + " is already published (by " + step.by() + " on " + step.at()
                    + ") and locked; its report is in " + loaded.folder().resolve("published").resolve(String.valueOf(year)));
        }
        // a publication cut short (the files are saved one by one) is finished by publishing the rest
        List<String> waiting = years.stream().filter(y -> !ReviewAction.PUBLISH.allowedFrom(y.review().state()) && !y.published())
                .map(y -> y.groupId() + " (" + y.review().state().id() + ")").toList();
        if (!waiting.isEmpty()) {
            throw Workbench.refused(year + " cannot be published yet: every group's year must be approved first; not approved: "
                    + String.join(", ", waiting));
        }
        Path out = (request.out() != null ? request.out() : loaded.folder().resolve("published").resolve(String.valueOf(year)))
                .toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw Workbench.usage("out", "{out} " + out + " is a file, not a folder");
        }

        Instant now = bench.now();
        Workspace changed = ws;
        List<ReviewStep> steps = new ArrayList<>();
        for (GroupYear y : years) {
            if (y.published()) {
                continue;
            }
            ReviewStep step = new ReviewStep(ReviewAction.PUBLISH.to(), by, now, null);
            changed = Workbench.withYear(changed, y.withReview(y.review().with(step)));
            steps.add(step);
        }
        // the report is made and written before the year is locked, so a report that cannot be made locks nothing
        AssembledReport report;
        try {
            report = reports.assemble(changed, year, language, reports.missingPlugins(changed, year), allowMissing.orElse(null));
        } catch (RuntimeException e) {
            throw Workbench.refused("the report for " + year + " could not be made (" + e.getMessage() + "); nothing was published");
        }
        List<PluginFailure> missing = report.failures();
        if (!missing.isEmpty() && allowMissing.isEmpty()) {
            throw new CycleException(Kind.REFUSED, missingParts(year, missing));
        }
        String why = why(request.acting().why(), allowMissing, missing);
        List<HistoryEntry> history = new ArrayList<>();
        int next = 0;
        for (GroupYear y : years) {
            if (!y.published()) {
                history.add(new HistoryEntry(now, by, COMMAND, y.groupId(), year, null, why,
                        Plain.state(ReviewState.APPROVED.id()), Plain.step(steps.get(next++))));
            }
        }
        List<Path> written;
        try {
            written = writer.write(COMMAND, report.document(), formats, out, ReportWriter.annualStem(year, language));
        } catch (CommandException e) {
            throw stop(new CommandException(e.status(), List.of(String.join("\n", e.lines()) + "; nothing was published")),
                    "out");
        }
        try {
            bench.save(loaded, changed, history);
        } catch (CycleException | RuntimeException e) {
            // not published after all: the report must not stand in published/ for a year that is not locked
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the refusal says the year is not published; a stray report is overwritten by the next publish
                }
            }
            throw e;
        }
        List<String> notOpened = ws.plans().stream().map(p -> p.groupId()).filter(g -> ws.year(g, year).isEmpty()).toList();
        return new Published(year, years.stream().map(GroupYear::groupId).toList(), notOpened, written, missing);
    }

    /** Why a year is not published: each missing part on its own line, and what to do. */
    private static List<Problem> missingParts(int year, List<PluginFailure> missing) {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(null, year + " was not published: its report would miss "
                + (missing.size() == 1 ? "a part" : missing.size() + " parts") + ":"));
        for (PluginFailure failure : missing) {
            problems.add(new Problem(null, "  " + failure.describe()));
        }
        problems.add(new Problem("allowMissing", "nothing was locked or written; install or fix the plugins (see `groups`), or publish"
                + " without these parts, saying why: publish " + year + " {allowMissing} REASON"));
        return problems;
    }

    /** The reason recorded in the history: the request's, and the reason to publish without the missing parts. */
    private static String why(String given, Optional<String> allowMissing, List<PluginFailure> missing) {
        List<String> parts = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            parts.add(given.strip());
        }
        if (!missing.isEmpty()) {
            parts.add("published without " + who(missing) + ": " + allowMissing.orElseThrow());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
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
