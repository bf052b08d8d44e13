package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
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
 * {@code publish YEAR}: the program office publishes a year once every group's part of it is
 * approved. The combined report for the year is assembled through the {@link ReportService}
 * (section time limits, plugin-failure notices) and written through the {@link ReportWriter}, by
 * default into the workspace's {@code published/YEAR/}; only then is each group's year marked
 * published, and so locked.
 *
 * <p>A year whose report would miss a part (a plugin failed, or a group has progress for the year
 * but no plugin installed) is not published, unless the program office says why it publishes it
 * so ({@code --allow-missing REASON}): the reason is then recorded in the history and printed in
 * the report where each part is missing.
 */
final class Publisher {

    static final String ALLOW_MISSING = "--allow-missing";

    private final Workbench bench;
    private final ReportService reports;
    private final ReportWriter writer;

    Publisher(Workbench bench, ReportService reports, ReportWriter writer) {
        this.bench = bench;
        this.reports = reports;
        this.writer = writer;
    }

    void publish(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("publish", words, Set.of("--out", "--format", "--language", "--data", "--by", "--why", ALLOW_MISSING),
                Set.of(), Set.of());
        if (args.help()) {
            io.out().print(CycleHelp.of("publish"));
            return;
        }
        List<String> a = args.expect(1, "publish YEAR [--out DIR] [--format html,md,json] [--allow-missing REASON]");
        int year = Workbench.year(a.get(0), "publish");
        String language = args.value("--language").orElse("en");
        if (!language.equals("en") && !language.equals("es")) {
            throw CommandException.usage("publish: --language must be en or es, not '" + language + "'");
        }
        Optional<String> allowMissing = args.text(ALLOW_MISSING);
        List<ReportFormat> formats;
        try {
            formats = writer.formats("publish", args.value("--format"));
        } catch (mou.core.command.CommandException e) {
            throw stop(e);
        }
        String by = bench.actor(args, "publish");
        Loaded loaded = bench.load(bench.data(args, io, "publish"), "publish");
        Workspace ws = loaded.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw CommandException.usage("publish: no group has opened " + year + "; there is nothing to publish");
        }
        List<GroupYear> published = years.stream().filter(GroupYear::published).toList();
        if (published.size() == years.size()) {
            ReviewStep step = published.get(0).review().published().orElseThrow();
            throw CommandException.refused("publish: " + year + " is already published (by " + step.by() + " on " + step.at()
                    + ") and locked; its report is in " + loaded.folder().resolve("published").resolve(String.valueOf(year)));
        }
        // a publication cut short (the files are saved one by one) is finished by publishing the rest
        List<String> waiting = years.stream().filter(y -> y.review().state() != ReviewState.APPROVED && !y.published())
                .map(y -> y.groupId() + " (" + y.review().state().id() + ")").toList();
        if (!waiting.isEmpty()) {
            throw CommandException.refused("publish: " + year + " cannot be published yet: every group's year must be approved first; not approved: "
                    + String.join(", ", waiting));
        }
        Path out = args.value("--out").map(o -> io.cwd().resolve(o)).orElse(loaded.folder().resolve("published").resolve(String.valueOf(year)))
                .toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandException.usage("publish: --out " + out + " is a file, not a folder");
        }

        Instant now = bench.now();
        Workspace changed = ws;
        List<ReviewStep> steps = new ArrayList<>();
        for (GroupYear y : years) {
            if (y.published()) {
                continue;
            }
            ReviewStep step = new ReviewStep(ReviewState.PUBLISHED, by, now, null);
            changed = Workbench.withYear(changed, y.withReview(y.review().with(step)));
            steps.add(step);
        }
        // the report is made and written before the year is locked, so a report that cannot be made locks nothing
        AssembledReport report;
        try {
            report = reports.assemble(changed, year, language, reports.missingPlugins(changed, year), allowMissing.orElse(null));
        } catch (RuntimeException e) {
            throw CommandException.refused("publish: the report for " + year + " could not be made (" + e.getMessage()
                    + "); nothing was published");
        }
        List<PluginFailure> missing = report.failures();
        if (!missing.isEmpty() && allowMissing.isEmpty()) {
            throw CommandException.refused(missingParts(year, missing));
        }
        String why = why(args.text("--why"), allowMissing, missing);
        List<HistoryEntry> history = new ArrayList<>();
        int next = 0;
        for (GroupYear y : years) {
            if (!y.published()) {
                history.add(new HistoryEntry(now, by, "publish", y.groupId(), year, null, why,
                        Plain.state(ReviewState.APPROVED.id()), Plain.step(steps.get(next++))));
            }
        }
        List<Path> written;
        try {
            written = writer.write("publish", report.document(), formats, out, ReportWriter.annualStem(year, language));
        } catch (mou.core.command.CommandException e) {
            throw stop(new mou.core.command.CommandException(e.status(), List.of(String.join("\n", e.lines())
                    + "; nothing was published")));
        }
        try {
            bench.save(loaded, changed, history, "publish");
        } catch (CommandException | RuntimeException e) {
            // not published after all: the report must not stand in published/ for a year that is not locked
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the message below says the year is not published; a stray report is overwritten by the next publish
                }
            }
            throw e;
        }
        io.err().println("publish: " + year + " published by " + by + ": " + years.stream().map(GroupYear::groupId).collect(Collectors.joining(", "))
                + "; these years are now locked");
        if (!missing.isEmpty()) {
            io.err().println("publish: published without " + who(missing) + ": " + allowMissing.get()
                    + " (recorded in the history and in the report)");
        } else if (allowMissing.isPresent()) {
            io.err().println("publish: " + ALLOW_MISSING + " was not needed: no part of the report is missing");
        }
        Workspace before = ws;
        before.plans().stream().filter(p -> before.year(p.groupId(), year).isEmpty())
                .forEach(p -> io.err().println("publish: " + p.groupId() + " did not open " + year + " and is not in the report"));
        written.forEach(p -> io.out().println(p));
    }

    /** Why a year is not published: each missing part on its own line, and what to do. */
    private static String missingParts(int year, List<PluginFailure> missing) {
        StringBuilder message = new StringBuilder("publish: " + year + " was not published: its report would miss "
                + (missing.size() == 1 ? "a part" : missing.size() + " parts") + ":");
        for (PluginFailure failure : missing) {
            message.append("\npublish:   ").append(failure.describe());
        }
        return message.append("\npublish: nothing was locked or written; install or fix the plugins (see `groups`), or publish"
                + " without these parts, saying why: publish " + year + " " + ALLOW_MISSING + " REASON").toString();
    }

    /** The reason recorded in the history: --why, and the reason to publish without the missing parts. */
    private static String why(Optional<String> given, Optional<String> allowMissing, List<PluginFailure> missing) {
        List<String> parts = new ArrayList<>();
        given.ifPresent(parts::add);
        if (!missing.isEmpty()) {
            parts.add("published without " + who(missing) + ": " + allowMissing.orElseThrow());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String who(List<PluginFailure> missing) {
        return missing.stream().map(PluginFailure::plugin).distinct().collect(Collectors.joining(", "));
    }

    /** A stop of the shared command contract as this module's, with the same status where it has one. */
    private static CommandException stop(mou.core.command.CommandException e) {
        String message = String.join("\n", e.lines());
        return switch (e.status()) {
            case mou.core.command.Status.USAGE -> CommandException.usage(message);
            case mou.core.command.Status.INVALID_DATA -> CommandException.invalid(e.lines());
            default -> CommandException.refused(message);
        };
    }
}
