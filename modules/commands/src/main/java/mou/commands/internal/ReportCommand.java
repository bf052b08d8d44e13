package mou.commands.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.command.Args;
import mou.core.command.AtomicFiles;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.cycle.Published;
import mou.core.model.Quarter;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Years;
import mou.core.model.Workspace;
import mou.core.spi.AssembledReport;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.RenderOptions;
import mou.core.spi.RenderOptions.PageSize;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.WorkspaceStore;

/**
 * {@code report}: the combined progress report of a year, or ({@code --group G --quarter YEAR-Qn})
 * a working group's internal report for a quarter; assembled by the {@link ReportService} and
 * written by the {@link ReportWriter}.
 */
final class ReportCommand implements Command {

    /** The languages a report is written in: every text's. */
    static final List<String> LANGUAGES = Text.LANGUAGES;

    private final ReportService reports;
    private final WorkspaceStore store;
    private final Platform platform;
    private final ReportWriter writer;
    private final LastReport lastReport;

    ReportCommand(ReportService reports, WorkspaceStore store, Platform platform, ReportWriter writer, LastReport lastReport) {
        this.reports = reports;
        this.store = store;
        this.platform = platform;
        this.writer = writer;
        this.lastReport = lastReport;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("report", words, Set.of("--data", "--year", "--format", "--out", "--language", "--group", "--quarter", "--paper"),
                Set.of("--strict"));
        if (options.help()) {
            return Help.print("report", platform, io);
        }
        options.expectNone();
        String language = options.value("--language").orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw CommandException.usage("report: --language must be en or es, not '" + language + "'");
        }
        OptionalInt wantedYear = year(options.value("--year"));
        PageSize paper = paper(options.value("--paper"));
        List<ReportFormat> formats = writer.formats("report", options.value("--format"));
        if (options.value("--format").isEmpty()) {
            // without --format, the formats written in a moment; the PDF publication when asked for (and by publish)
            List<ReportFormat> quick = formats.stream().filter(ReportFormat::writtenByDefault).toList();
            formats = quick.isEmpty() ? formats : quick;
        }
        Path data = Workspaces.dataFolder(platform, options, io, "report");
        RenderOptions rendering = new RenderOptions(paper, data);
        Path out = io.cwd().resolve(options.value("--out").orElse("out")).toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandException.usage("report: --out " + out + " is a file, not a folder");
        }

        if (insidePublished(out, data)) {
            throw CommandException.usage("report: --out " + out + " is inside the workspace's published/ folder, which holds the"
                    + " published reports of locked years; only publish writes there (publish YEAR writes a published year's"
                    + " report again when it is missing). Choose another folder");
        }

        LoadResult loaded = store.load(data);
        if (loaded.hasErrors()) {
            loaded.problems().forEach(p -> io.err().println(p.format()));
            io.err().println("report: the workspace has " + Words.plural(loaded.errors().size(), "error")
                    + "; nothing was written (fix " + (loaded.errors().size() == 1 ? "it" : "them") + " and run validate)");
            return Status.INVALID_DATA;
        }
        loaded.problems().forEach(p -> io.err().println(p.format()));
        Workspace workspace = loaded.workspace();
        if (options.value("--group").isPresent() || options.value("--quarter").isPresent()) {
            return quarterly(options, workspace, formats, out, language, rendering, io);
        }

        int year;
        Set<Integer> years = Workspaces.years(workspace);
        if (wantedYear.isPresent()) {
            year = wantedYear.getAsInt();
            if (!years.contains(year)) {
                throw CommandException.usage("report: the workspace records no progress for " + year + "; "
                        + (years.isEmpty() ? "it records none yet" : "years with progress: " + Words.join(years)));
            }
        } else {
            OptionalInt latest = workspace.latestYear();
            if (latest.isEmpty()) {
                io.err().println("report: the workspace records no progress for any year yet;"
                        + " add groups/GROUP-ID/YEAR.json files (see docs/workspace-format.md)");
                return Status.INVALID_DATA;
            }
            year = latest.getAsInt();
        }

        AssembledReport assembled;
        try {
            assembled = reports.assemble(workspace, year, language, platform.pluginProblems());
        } catch (RuntimeException e) {
            io.err().println("report: the report could not be assembled: " + Words.describe(e)
                    + " (a report section of an installed plugin failed; see `groups`)");
            return Status.FAILED;
        }
        return writeReport(assembled, options.flag("--strict"), formats, out, year, ReportWriter.annualStem(year, language), rendering, io);
    }

    /** The page size of --paper (letter or a4); letter when not given. */
    private static PageSize paper(Optional<String> text) throws CommandException {
        if (text.isEmpty()) {
            return PageSize.LETTER;
        }
        return PageSize.named(text.get()).orElseThrow(() -> CommandException.usage(
                "report: --paper must be letter or a4, not '" + text.get() + "'"));
    }

    /**
     * Writes an assembled report, unless a plugin failed and {@code strict} is set. Every plugin
     * failure is printed on its own line; the status says whether the report is whole.
     */
    private int writeReport(AssembledReport assembled, boolean strict, List<ReportFormat> formats, Path out, int year,
            String stem, RenderOptions rendering, Io io) throws CommandException {
        List<PluginFailure> failures = assembled.failures();
        lastReport.remember(year, failures);
        failures.forEach(f -> io.err().println("report: plugin failure: " + f.describe()));
        if (!failures.isEmpty() && strict) {
            io.err().println("report: --strict: " + Words.plural(failures.size(), "plugin failure") + ", so nothing was written");
            return Status.PLUGIN_FAILED;
        }
        writer.write("report", assembled.document(), formats, out, stem, rendering).forEach(io.out()::println);
        if (!failures.isEmpty()) {
            io.err().println("report: the report was written, but " + Words.plural(failures.size(), "plugin failure")
                    + " left parts of it missing; a notice in the report names each (see `groups`, or use --strict"
                    + " to write no report then)");
            return Status.PLUGIN_FAILED;
        }
        return Status.OK;
    }

    private static OptionalInt year(Optional<String> text) throws CommandException {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt year = Years.parse(text.get());
        if (year.isEmpty()) {
            throw CommandException.usage("report: --year must be a year, " + Years.RULE + ", not '" + text.get() + "'");
        }
        return year;
    }

    /**
     * {@code report --group GROUP-ID --quarter YEAR-Qn}: a working group's internal report for one quarter,
     * written as quarterly-report-GROUP-YEAR-Qn.EXT.
     */
    private int quarterly(Args options, Workspace workspace, List<ReportFormat> formats, Path out, String language,
            RenderOptions rendering, Io io)
            throws CommandException {
        Optional<String> quarter = options.value("--quarter");
        String group = options.value("--group").orElseThrow(() -> CommandException.usage(
                "report: --quarter needs --group GROUP-ID: a quarterly report is one working group's"));
        if (quarter.isEmpty()) {
            throw CommandException.usage("report: --group needs --quarter YEAR-Qn, e.g. --quarter 2016-Q3 (the combined report covers every group)");
        }
        if (options.value("--year").isPresent()) {
            throw CommandException.usage("report: --quarter names the year already; leave --year out");
        }
        Quarter yearAndQuarter;
        try {
            yearAndQuarter = Quarter.parse(quarter.get());
        } catch (IllegalArgumentException e) {
            throw CommandException.usage("report: --quarter " + e.getMessage());
        }
        int year = yearAndQuarter.year();
        if (workspace.plan(group).isEmpty()) {
            throw CommandException.usage("report: there is no working group '" + group + "' in the workspace; groups: "
                    + workspace.plans().stream().map(WorkingGroupPlan::groupId).collect(Collectors.joining(", ")));
        }
        if (workspace.year(group, year).isEmpty()) {
            throw CommandException.usage("report: " + group + " records no progress for " + year + "; open the year first (year open "
                    + year + " --group " + group + ")");
        }
        AssembledReport assembled;
        try {
            assembled = reports.assembleQuarter(workspace, group, year, yearAndQuarter.quarter(), language);
        } catch (RuntimeException e) {
            io.err().println("report: the quarterly report could not be assembled: " + Words.describe(e));
            return Status.FAILED;
        }
        return writeReport(assembled, options.flag("--strict"), formats, out, year,
                ReportWriter.quarterlyStem(group, year, yearAndQuarter.quarter(), language), rendering, io);
    }

    /** Whether a folder is, or would be made, inside the workspace's published/ folder, links followed. */
    static boolean insidePublished(Path out, Path data) {
        return AtomicFiles.isInside(out, data.resolve(Published.FOLDER));
    }
}
