package mou.commands.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.model.Activity;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.AssembledReport;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.Problem;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.WorkingGroupPlugin;
import mou.core.spi.WorkspaceStore;

/**
 * The application's commands, free of Gogo and of the framework so they can be tested with
 * plain objects: each takes the words typed after its name and returns its exit status
 * ({@link Status}).
 */
final class Commands {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final Extensions extensions;
    private final ReportService reports;
    private final WorkspaceStore store;
    private final Platform platform;
    private final ReportWriter writer;
    /** The plugin failures of the last report this instance wrote (the shell runs many), for `groups`. */
    private volatile LastReport lastReport;

    /** A report's year and the plugin failures it had. */
    private record LastReport(int year, List<PluginFailure> failures) {
    }

    Commands(Extensions extensions, ReportService reports, WorkspaceStore store, Platform platform, ReportWriter writer) {
        this.extensions = extensions;
        this.reports = reports;
        this.store = store;
        this.platform = platform;
        this.writer = writer;
    }

    /** The command names, in the order help lists them. */
    static List<String> names() {
        return List.copyOf(Help.SUMMARIES.keySet());
    }

    int run(String command, List<String> words, Io io) {
        try {
            return switch (command) {
                case "help" -> help(words, io);
                case "report" -> report(words, io);
                case "validate" -> validate(words, io);
                case "groups" -> groups(words, io);
                case "install" -> install(words, io);
                case "uninstall" -> uninstall(words, io);
                default -> throw CommandException.usage("unknown command '" + command + "'; commands: " + String.join(", ", names()));
            };
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            return e.status();
        }
    }

    // help ----------------------------------------------------------------------------------

    private int help(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("help", words, Set.of(), Set.of());
        if (options.help()) {
            return printHelp("help", io);
        }
        List<String> arguments = options.arguments();
        if (arguments.isEmpty()) {
            io.out().print(Help.overview(platform.home().toString(), platform.plugins().toString(), platform.otherCommands()));
            return Status.OK;
        }
        if (arguments.size() > 1) {
            throw CommandException.usage("help: give at most one command, e.g. help report");
        }
        String command = arguments.get(0);
        if (!Help.SUMMARIES.containsKey(command)) {
            throw CommandException.usage("help: there is no command '" + command + "'; commands: " + String.join(", ", names()));
        }
        return printHelp(command, io);
    }

    private int printHelp(String command, Io io) {
        io.out().print(Help.of(command, platform.home().toString()));
        return Status.OK;
    }

    // report --------------------------------------------------------------------------------

    private int report(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("report", words, Set.of("--data", "--year", "--format", "--out", "--language", "--group", "--quarter"),
                Set.of("--strict"));
        if (options.help()) {
            return printHelp("report", io);
        }
        options.expectNone();
        String language = options.value("--language").orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw CommandException.usage("report: --language must be en or es, not '" + language + "'");
        }
        OptionalInt wantedYear = year(options.value("--year"));
        List<ReportFormat> formats = writer.formats("report", options.value("--format"));
        Path data = dataFolder(options, io, "report");
        Path out = io.cwd().resolve(options.value("--out").orElse("out")).toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandException.usage("report: --out " + out + " is a file, not a folder");
        }

        LoadResult loaded = store.load(data);
        if (loaded.hasErrors()) {
            loaded.problems().forEach(p -> io.err().println(p.format()));
            io.err().println("report: the workspace has " + plural(loaded.errors().size(), "error")
                    + "; nothing was written (fix them and run validate)");
            return Status.INVALID_DATA;
        }
        loaded.problems().forEach(p -> io.err().println(p.format()));
        Workspace workspace = loaded.workspace();
        if (options.value("--group").isPresent() || options.value("--quarter").isPresent()) {
            return quarterly(options, workspace, formats, out, language, io);
        }

        int year;
        Set<Integer> years = years(workspace);
        if (wantedYear.isPresent()) {
            year = wantedYear.getAsInt();
            if (!years.contains(year)) {
                throw CommandException.usage("report: the workspace records no progress for " + year + "; "
                        + (years.isEmpty() ? "it records none yet" : "years with progress: " + join(years)));
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
            io.err().println("report: the report could not be assembled: " + describe(e)
                    + " (a report section of an installed plugin failed; see `groups`)");
            return Status.FAILED;
        }
        return writeReport(assembled, options.flag("--strict"), formats, out, year, ReportWriter.annualStem(year, language), io);
    }

    /**
     * Writes an assembled report, unless a plugin failed and {@code strict} is set. Every plugin
     * failure is printed on its own line; the status says whether the report is whole.
     */
    private int writeReport(AssembledReport assembled, boolean strict, List<ReportFormat> formats, Path out, int year,
            String stem, Io io) throws CommandException {
        List<PluginFailure> failures = assembled.failures();
        lastReport = new LastReport(year, failures);
        failures.forEach(f -> io.err().println("report: plugin failure: " + f.describe()));
        if (!failures.isEmpty() && strict) {
            io.err().println("report: --strict: " + plural(failures.size(), "plugin failure") + ", so nothing was written");
            return Status.PLUGIN_FAILED;
        }
        writer.write("report", assembled.document(), formats, out, stem).forEach(io.out()::println);
        if (!failures.isEmpty()) {
            io.err().println("report: the report was written, but " + plural(failures.size(), "plugin failure")
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
        String value = text.get().trim();
        if (!value.matches("\\d{4}")) {
            throw CommandException.usage("report: --year must be a year such as 2016, not '" + text.get() + "'");
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private Path dataFolder(Args options, Io io, String command) throws CommandException {
        Optional<String> given = options.value("--data");
        Path data = given.map(d -> io.cwd().resolve(d)).orElse(platform.home().resolve("data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw CommandException.usage(command + ": there is no workspace folder at " + data
                    + (given.isPresent() ? "" : " (give one with --data DIR)"));
        }
        return data;
    }

    private static Set<Integer> years(Workspace workspace) {
        Set<Integer> years = new TreeSet<>();
        workspace.years().stream().map(GroupYear::year).forEach(years::add);
        workspace.reports().stream().map(AnnualReport::year).forEach(years::add);
        return years;
    }

    /**
     * {@code report --group GROUP-ID --quarter YEAR-Qn}: a working group's internal report for one quarter,
     * written as quarterly-report-GROUP-YEAR-Qn.EXT.
     */
    private int quarterly(Args options, Workspace workspace, List<ReportFormat> formats, Path out, String language, Io io)
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
        int[] yearAndQuarter = parseQuarter(quarter.get()).orElseThrow(() -> CommandException.usage(
                "report: --quarter must be a quarter such as 2016-Q3 (the year, -Q, and 1 to 4), not '" + quarter.get() + "'"));
        int year = yearAndQuarter[0];
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
            assembled = reports.assembleQuarter(workspace, group, year, yearAndQuarter[1], language);
        } catch (RuntimeException e) {
            io.err().println("report: the quarterly report could not be assembled: " + describe(e));
            return Status.FAILED;
        }
        return writeReport(assembled, options.flag("--strict"), formats, out, year,
                ReportWriter.quarterlyStem(group, year, yearAndQuarter[1], language), io);
    }

    /** A quarter as typed, {@code 2016-Q3}: the year and the quarter, or empty when it is not one. */
    static Optional<int[]> parseQuarter(String text) {
        if (text == null || !text.strip().matches("\\d{4}-[Qq][1-4]")) {
            return Optional.empty();
        }
        String t = text.strip();
        return Optional.of(new int[] {Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0'});
    }

    // validate ------------------------------------------------------------------------------

    private int validate(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("validate", words, Set.of("--data"), Set.of());
        if (options.help()) {
            return printHelp("validate", io);
        }
        options.expectNone();
        Path data = dataFolder(options, io, "validate");
        LoadResult loaded = store.load(data);
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        long warnings = loaded.problems().size() - errors;
        List<PluginFailure> pluginProblems = platform.pluginProblems();
        String counts = plural(errors, "error") + ", " + plural(warnings, "warning")
                + (pluginProblems.isEmpty() ? "" : ", " + plural(pluginProblems.size(), "plugin problem"));
        String summary = display(data, io) + ": "
                + (loaded.workspace() == null ? "could not be read" : contents(loaded.workspace())) + "; " + counts;
        loaded.problems().forEach(p -> io.out().println(p.format()));
        // the data of a group whose plugin does not run is not checked against its deliverable types
        printPluginProblems(pluginProblems, io);
        if (!loaded.hasErrors()) {
            io.out().println(summary);
            return Status.OK;
        }
        io.err().println(summary);
        return Status.INVALID_DATA;
    }

    private static String contents(Workspace workspace) {
        List<WorkingGroupPlan> plans = workspace.plans();
        List<OverarchingGoal> goals = plans.stream().flatMap(p -> p.goals().stream()).toList();
        List<Activity> activities = goals.stream().flatMap(g -> g.activities().stream()).toList();
        long deliverables = activities.stream().mapToLong(a -> a.deliverables().size()).sum();
        Set<Integer> years = years(workspace);
        return plural(plans.size(), "working group") + ", " + plural(goals.size(), "goal") + ", "
                + plural(activities.size(), "activity", "activities") + ", " + plural(deliverables, "deliverable") + ", "
                + (years.isEmpty() ? "no progress recorded" : "progress for " + join(years));
    }

    // groups --------------------------------------------------------------------------------

    private int groups(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("groups", words, Set.of(), Set.of());
        if (options.help()) {
            return printHelp("groups", io);
        }
        options.expectNone();
        List<WorkingGroupPlugin> groups = extensions.groups();
        if (groups.isEmpty()) {
            io.out().println("No working groups are installed; put a group's jar into " + platform.plugins()
                    + " or run: install FILE.jar");
        }
        for (WorkingGroupPlugin group : groups) {
            try {
                io.out().println(group.id() + "  " + group.name().en());
                io.out().println("  bundle: " + platform.bundleOf(group).map(Platform.BundleInfo::label).orElse("(not from a bundle)"));
                List<DeliverableType> types = group.deliverableTypes();
                io.out().println("  deliverable types:" + (types.isEmpty() ? " none beyond the common ones" : ""));
                types.forEach(type -> io.out().println("    " + describe(type)));
                List<ReportSectionContributor> sections = group.sections();
                io.out().println("  report sections:" + (sections.isEmpty() ? " none" : ""));
                sections.forEach(s -> io.out().println("    " + s.id() + "  (order " + number(s.order()) + ")"));
            } catch (RuntimeException e) {
                io.out().println("  (this plugin failed while describing itself: " + describe(e) + ")");
            }
        }
        List<DeliverableType> common = extensions.deliverableTypes().stream()
                .filter(t -> extensions.ownerOf(t).isEmpty())
                .toList();
        io.out().println("common deliverable types (core):" + (common.isEmpty() ? " none" : ""));
        common.forEach(type -> io.out().println("    " + describe(type)));
        io.out().println("(* marks a required attribute)");
        printPluginProblems(platform.pluginProblems(), io);
        LastReport last = lastReport;
        if (last != null && !last.failures().isEmpty()) {
            io.out().println("failed in the last report (" + last.year() + "):");
            last.failures().forEach(f -> io.out().println("  " + f.describe()));
        }
        return Status.OK;
    }

    /** Plugins that are installed but do not run (bundle not active, component failed or unsatisfied), one per line. */
    private static void printPluginProblems(List<PluginFailure> problems, Io io) {
        if (!problems.isEmpty()) {
            io.out().println("plugin problems (these plugins are installed but do not run):");
            problems.forEach(p -> io.out().println("  " + p.describe()));
        }
    }

    private static String describe(DeliverableType type) {
        String attributes = type.attributes().stream()
                .map(a -> a.name() + (a.required() ? "*" : ""))
                .collect(Collectors.joining(", "));
        return type.id() + "  " + (type.label() == null ? "" : type.label().en())
                + (attributes.isEmpty() ? "" : ": " + attributes);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    // install / uninstall -------------------------------------------------------------------

    private int install(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("install", words, Set.of(), Set.of());
        if (options.help()) {
            return printHelp("install", io);
        }
        if (options.arguments().size() != 1) {
            throw CommandException.usage("install: give one plugin jar, e.g. install group-water-1.0.0.jar");
        }
        Path file = io.cwd().resolve(options.arguments().get(0)).toAbsolutePath().normalize();
        PluginJar jar;
        try {
            jar = PluginJar.read(file);
        } catch (PluginJar.NotAPlugin e) {
            throw CommandException.usage("install: refused: " + e.getMessage());
        }
        if (!jar.providesWorkingGroup()) {
            throw CommandException.usage("install: refused: " + file.getFileName() + " (" + jar.label()
                    + ") does not provide a working group: its manifest declares no osgi.service capability for "
                    + PluginJar.WORKING_GROUP + " (a plugin registers one with a DS @Component)");
        }
        checkCoreVersions(jar, file);

        Path plugins = platform.plugins();
        List<PluginJar> earlier = pluginJars(plugins).stream()
                .filter(p -> p.symbolicName().equals(jar.symbolicName()))
                .toList();
        // An update keeps the earlier jar's file name, so the folder never holds two copies and
        // the shell's folder watcher sees a changed file rather than a new bundle.
        Path target = earlier.isEmpty() ? plugins.resolve(file.getFileName()) : earlier.get(0).path();
        if (earlier.isEmpty() && Files.exists(target) && !sameFile(target, file)) {
            throw CommandException.usage("install: refused: the plugins folder already has another file named "
                    + target.getFileName() + "; rename " + file.getFileName() + " and install it again");
        }

        Platform.Installed installed;
        try {
            installed = platform.install(jar, target.toUri().toString(),
                    earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(0).path()));
        } catch (Platform.Refused e) {
            throw CommandException.usage("install: refused: " + e.getMessage());
        }
        try {
            if (!sameFile(file, target)) {
                copyAtomically(file, target);
            }
            for (PluginJar other : earlier) {
                if (!other.path().equals(target)) {
                    Files.deleteIfExists(other.path());
                }
            }
        } catch (IOException e) {
            io.err().println("install: " + jar.label() + " runs now, but could not be copied into " + plugins
                    + ": " + describe(e) + "; it will be gone at the next start");
            return Status.FAILED;
        }
        for (Platform.Group group : installed.groups()) {
            io.out().println((installed.updated() ? "updated " : "installed ") + group.id() + " (" + group.name() + ") "
                    + installed.bundle().label() + " as " + target);
        }
        return Status.OK;
    }

    private void checkCoreVersions(PluginJar jar, Path file) throws CommandException {
        for (PluginJar.CoreImport needed : jar.coreImports()) {
            List<String> provided = platform.exportedVersions(needed.packageName());
            if (provided.isEmpty()) {
                throw CommandException.usage("install: refused: " + file.getFileName() + " needs the package "
                        + needed.packageName() + ", which the installed core does not provide");
            }
            boolean fits;
            try {
                fits = provided.stream().anyMatch(needed::acceptedBy);
            } catch (IllegalArgumentException e) {
                throw CommandException.usage("install: refused: " + file.getFileName() + " imports " + needed.packageName()
                        + " with a malformed version range '" + needed.range() + "'");
            }
            if (!fits) {
                throw CommandException.usage("install: refused: " + file.getFileName() + " (" + jar.label() + ") needs "
                        + needed.packageName() + " version " + needed.range() + ", but the installed core provides "
                        + needed.packageName() + " " + String.join(", ", provided)
                        + "; use a build of the plugin made for this core");
            }
        }
    }

    private int uninstall(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("uninstall", words, Set.of(), Set.of());
        if (options.help()) {
            return printHelp("uninstall", io);
        }
        if (options.arguments().size() != 1) {
            throw CommandException.usage("uninstall: give the id of one working group, e.g. uninstall air-quality; "
                    + installedIds());
        }
        String id = options.arguments().get(0);
        WorkingGroupPlugin group = extensions.group(id).orElseThrow(() ->
                CommandException.usage("uninstall: no working group '" + id + "' is installed; " + installedIds()));
        Optional<Platform.BundleInfo> bundle = platform.bundleOf(group);
        if (bundle.isEmpty()) {
            io.err().println("uninstall: the working group '" + id + "' does not come from a bundle; nothing was removed");
            return Status.FAILED;
        }
        Path plugins = platform.plugins();
        List<PluginJar> jars = pluginJars(plugins).stream()
                .filter(p -> p.symbolicName().equals(bundle.get().symbolicName()))
                .toList();
        if (jars.isEmpty()) {
            throw CommandException.usage("uninstall: the working group '" + id + "' comes from " + bundle.get().label()
                    + " at " + bundle.get().location() + ", not from a jar in the plugins folder " + plugins
                    + "; nothing was removed");
        }
        try {
            for (PluginJar jar : jars) {
                Files.deleteIfExists(jar.path());
            }
            platform.uninstall(bundle.get());
        } catch (IOException | Platform.Refused e) {
            io.err().println("uninstall: " + describe(e));
            return Status.FAILED;
        }
        for (PluginJar jar : jars) {
            io.out().println("uninstalled " + id + " (" + group.name().en() + ") " + bundle.get().label() + ": removed " + jar.path());
        }
        return Status.OK;
    }

    private String installedIds() {
        List<String> ids = extensions.groups().stream().map(WorkingGroupPlugin::id).toList();
        return ids.isEmpty() ? "no working group is installed" : "installed groups: " + String.join(", ", ids);
    }

    /** The plugin jars in the plugins folder; files that are not bundles are left out. */
    static List<PluginJar> pluginJars(Path plugins) {
        List<PluginJar> jars = new ArrayList<>();
        if (!Files.isDirectory(plugins)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plugins, "*.jar")) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    jars.add(PluginJar.read(file));
                } catch (PluginJar.NotAPlugin e) {
                    // not a bundle: the launcher reports it when it tries to install it
                }
            }
        } catch (IOException e) {
            return jars;
        }
        jars.sort((a, b) -> a.path().compareTo(b.path()));
        return jars;
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyAtomically(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    // wording -------------------------------------------------------------------------------

    private static String display(Path path, Io io) {
        Path cwd = io.cwd().toAbsolutePath().normalize();
        if (path.startsWith(cwd)) {
            String relative = cwd.relativize(path).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }

    static String plural(long count, String singular) {
        return plural(count, singular, singular + "s");
    }

    static String plural(long count, String singular, String pluralForm) {
        return count + " " + (count == 1 ? singular : pluralForm);
    }

    private static String join(Set<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // file-system exceptions carry only the path as their message
        return message.contains(" ") ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
