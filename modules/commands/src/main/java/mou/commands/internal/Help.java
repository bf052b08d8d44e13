package mou.commands.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.CommandHelp;

/** The commands' usage texts: what `help` and `COMMAND --help` print. */
final class Help {

    /** This bundle's commands in groups, as help lists them; the reporting cycle's bundle adds its own group between them. */
    static final List<CommandHelp.Topic> TOPICS = List.of(
            new CommandHelp.Topic("The report and the workspace", 100, ordered(
                    "report", "write the progress report of a year (HTML, Markdown, JSON; PDF on request)",
                    "validate", "check the workspace and list its problems",
                    "plan", "list a group's goals, activities and deliverables with their ids",
                    "version", "show the version of mou-progress and of each installed plugin",
                    "help", "list the commands, or explain one: help COMMAND"), null),
            new CommandHelp.Topic("Plugins", 300, ordered(
                    "groups", "list the installed working groups, their deliverable types and sections",
                    "install", "install a working-group plugin jar into the plugins folder",
                    "uninstall", "remove an installed working group"), null));

    /** This bundle's commands in the order help lists them, with a one-line summary each. */
    static final Map<String, String> SUMMARIES = new LinkedHashMap<>();

    static {
        TOPICS.forEach(topic -> SUMMARIES.putAll(topic.summaries()));
    }

    static final String EXIT_STATUS = """
            Exit status: 0 done, 1 the workspace has errors (nothing written),
                         2 usage error (unknown option, bad value, refused plugin),
                         3 could not be done (a file could not be written, a format failed),
                         4 report written, but some plugins failed: their parts are missing and a
                           notice in the report names each plugin and the cause (with --strict:
                           nothing written).""";

    private Help() {
    }

    private static Map<String, String> ordered(String... namesAndSummaries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSummaries.length; i += 2) {
            map.put(namesAndSummaries[i], namesAndSummaries[i + 1]);
        }
        return map;
    }

    /**
     * The overview: every command with one line, grouped, this bundle's groups and those of the
     * other bundles' {@link CommandHelp} in their order; then the commands of other bundles that
     * give no help of their own.
     *
     * @param others the help other bundles give
     * @param otherCommands the commands other bundles provide
     */
    static String overview(Path home, String plugins, List<CommandHelp> others, List<String> otherCommands) {
        List<CommandHelp.Topic> topics = new ArrayList<>(TOPICS);
        others.forEach(help -> topics.addAll(help.topics()));
        topics.sort(java.util.Comparator.comparingInt(CommandHelp.Topic::order));
        int width = topics.stream().flatMap(t -> t.summaries().keySet().stream()).mapToInt(String::length).max().orElse(8);
        StringBuilder b = new StringBuilder();
        java.util.Set<String> described = new java.util.HashSet<>();
        for (CommandHelp.Topic topic : topics) {
            b.append(topic.title());
            if (topic.guide() != null) {
                Path guide = home.resolve(topic.guide());
                b.append(" (a walk-through: ").append(java.nio.file.Files.exists(guide) ? guide.toString() : topic.guide()).append(')');
            }
            b.append(":\n");
            topic.summaries().forEach((name, summary) -> b.append(String.format("  %-" + width + "s  %s%n", name, summary)));
            b.append('\n');
            described.addAll(topic.summaries().keySet());
        }
        List<String> undescribed = otherCommands.stream().filter(c -> !described.contains(c)).toList();
        if (!undescribed.isEmpty()) {
            b.append("More commands from installed bundles (COMMAND --help explains each):\n  ")
                    .append(String.join(", ", undescribed)).append("\n\n");
        }
        b.append("The workspace is ").append(home).append("/data unless --data DIR is given;")
                .append("\nrelative paths are relative to the current directory.")
                .append("\nPlugins folder: ").append(plugins)
                .append("\nRun `help COMMAND` or `COMMAND --help` for a command's options.\n\n")
                .append(EXIT_STATUS).append('\n');
        return b.toString();
    }

    /** Prints a command's usage text. */
    static int print(String command, Platform platform, mou.core.command.Io io) {
        io.out().print(of(command, platform.home().toString()));
        return mou.core.command.Status.OK;
    }

    static String of(String command, String home) {
        String text = switch (command) {
            case "report" -> """
                    Usage: report [--data DIR] [--year YEAR] [--format LIST] [--out DIR] [--language en|es] [--strict]
                           [--paper letter|a4] [--group GROUP-ID --quarter YEAR-Qn]

                    Writes the combined progress report of every installed working group for a year.
                    The workspace is checked first: if it has errors they are printed
                    (file:line:column: ...) and nothing is written. Warnings are printed to
                    standard error and do not stop the report. Each file is written to a temporary
                    file and moved into place, and its path is printed on its own line.

                      --data DIR       the workspace folder (default: %1$s/data)
                      --year YEAR      the year reported on (default: the latest year with progress)
                      --format LIST    comma-separated format ids, e.g. html,md,pdf (default: every installed format
                                       but the PDF, which takes seconds: --format pdf writes it, publish always does)
                      --out DIR        where to write (default: ./out, under the current directory); never
                                       the workspace's published/ folder, which only publish writes
                      --language L     en (default) or es
                      --strict         write nothing when a plugin failed (see below)
                      --paper SIZE     the page size of the PDF: letter (default) or a4
                      --group GROUP-ID --quarter YEAR-Qn
                                       instead, a working group's internal report for one quarter, e.g.
                                       --group air-quality --quarter 2016-Q3: the quarter's update, its
                                       figures and events, and the group's levels as recorded for the year;
                                       written as quarterly-report-GROUP-YEAR-Qn.EXT
                    Files are named progress-report-YEAR.EXT (progress-report-YEAR-es.EXT in Spanish).

                    A plugin that failed does not stop the report: a working group whose component
                    did not start, or a section that threw or did not finish within the time limit
                    (the property mou.section.timeout, in milliseconds; default 30000), leaves a
                    notice naming the plugin (bundle and group) and the cause where its part would
                    be. Each failure is printed to standard error and the exit status is 4.
                    """;
            case "validate" -> """
                    Usage: validate [--data DIR] [--language es]

                    Checks the workspace. When it has no errors, prints its warnings and one summary
                    line and exits 0; otherwise prints one line per problem,
                    file:line:column: path: message, and exits 1. Nothing is written.
                    Plugins that are installed but do not run are listed too: the data of their
                    groups is not checked against their deliverable types.
                    With --language es, every text without its Spanish version (proper names and
                    English-only titles marked "asIs" aside) and every Spanish text older than its
                    English (the English changed after it was translated) is an error too, in its
                    file: publish refuses a year whose report shows one.

                      --data DIR       the workspace folder (default: %1$s/data)
                      --language es    also check that every text has a current Spanish version
                    """;
            case "groups" -> """
                    Usage: groups

                    Lists each installed working group: its id and name, the bundle it comes from,
                    its deliverable types (with their attributes; * marks a required one) and its
                    report sections (with their order); then the core's common deliverable types;
                    then the plugins that are installed but do not run (a bundle that is not
                    active, a component that failed to activate or waits for a service), and the
                    sections that failed in the last report written in this session.
                    """;
            case "install" -> """
                    Usage: install FILE.jar [--downgrade]

                    Installs a working-group plugin: checks that FILE.jar is an OSGi bundle that offers
                    a WorkingGroupPlugin service and fits the installed core's API version, starts it,
                    waits for its working group, then copies it into the plugins folder under its own
                    name (e.g. group-water-1.1.0.jar), removing the jar of an earlier version of the
                    same bundle (e.g. group-water-1.0.0.jar): the folder always holds one of the two.
                    A refused jar changes nothing.

                      --downgrade      install a version older than the one installed; without it,
                                       installing an older version is refused
                    """;
            case "uninstall" -> """
                    Usage: uninstall GROUP-ID

                    Removes the working group GROUP-ID (see `groups`): deletes its bundle's jar from
                    the plugins folder and uninstalls the bundle. The workspace data is kept.
                    """;
            case "help" -> """
                    Usage: help [COMMAND]

                    Lists the commands, each with one line, in groups (the report and the workspace, the
                    yearly reporting cycle, plugins), or explains one command: help rate is rate --help.
                    """;
            case "plan" -> """
                    Usage: plan GROUP-ID [--year YEAR] [--data DIR]

                    Lists a working group's plan: each overarching goal, its activities and their
                    deliverables, with the ids that other commands take (rate ACTIVITY-ID LEVEL ...,
                    --activity ACTIVITY-ID), and the level of each activity in the year: the group's
                    latest year (the one rate rates by default) unless --year is given; a level carried
                    over from the year before is marked as not rated for the year yet. Nothing is
                    written. `groups` lists the installed working groups' ids.

                      --year YEAR      the year whose levels are shown (default: the group's latest year)
                      --data DIR       the workspace folder (default: %1$s/data)
                    """;
            case "version" -> """
                    Usage: version      (or mou --version, mou -V)

                    Shows the version of mou-progress, of the API its plugins build against, and
                    of each plugin in the plugins folder with the working groups it provides.
                    Nothing is read from the workspace.
                    """;
            default -> throw new IllegalArgumentException(command);
        };
        return String.format(text, home) + "\n" + EXIT_STATUS + "\n";
    }
}
