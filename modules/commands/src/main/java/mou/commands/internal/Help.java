package mou.commands.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commands' usage texts: what `help` and `COMMAND --help` print. */
final class Help {

    /** The commands in the order help lists them, with a one-line summary each. */
    static final Map<String, String> SUMMARIES = new LinkedHashMap<>();

    static {
        SUMMARIES.put("report", "write the progress report for a year (HTML, Markdown, JSON)");
        SUMMARIES.put("validate", "check the workspace and list its problems");
        SUMMARIES.put("groups", "list the installed working groups, their deliverable types and report sections");
        SUMMARIES.put("install", "install a working-group plugin jar into the plugins folder");
        SUMMARIES.put("uninstall", "remove an installed working group");
        SUMMARIES.put("help", "show this list, or how to use one command: help COMMAND");
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

    static String overview(String home, String plugins) {
        return overview(home, plugins, List.of());
    }

    /** The overview, with the commands other bundles provide listed after this bundle's own. */
    static String overview(String home, String plugins, List<String> otherCommands) {
        StringBuilder b = new StringBuilder("Commands:\n");
        SUMMARIES.forEach((name, summary) -> b.append(String.format("  %-10s %s%n", name, summary)));
        if (!otherCommands.isEmpty()) {
            b.append("\nMore commands from installed bundles (COMMAND --help explains each):\n  ")
                    .append(String.join(", ", otherCommands)).append('\n');
        }
        b.append("\nThe workspace is ").append(home).append("/data unless --data DIR is given;")
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
                           [--group GROUP-ID --quarter YEAR-Qn]

                    Writes the combined progress report of every installed working group for a year.
                    The workspace is checked first: if it has errors they are printed
                    (file:line:column: ...) and nothing is written. Warnings are printed to
                    standard error and do not stop the report. Each file is written to a temporary
                    file and moved into place, and its path is printed on its own line.

                      --data DIR       the workspace folder (default: %1$s/data)
                      --year YEAR      the year reported on (default: the latest year with progress)
                      --format LIST    comma-separated format ids, e.g. html,md (default: every installed format)
                      --out DIR        where to write (default: ./out, under the current directory); never
                                       the workspace's published/ folder, which only publish writes
                      --language L     en (default) or es
                      --strict         write nothing when a plugin failed (see below)
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
                    Usage: validate [--data DIR]

                    Checks the workspace. When it has no errors, prints its warnings and one summary
                    line and exits 0; otherwise prints one line per problem,
                    file:line:column: path: message, and exits 1. Nothing is written.
                    Plugins that are installed but do not run are listed too: the data of their
                    groups is not checked against their deliverable types.

                      --data DIR       the workspace folder (default: %1$s/data)
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

                    Lists the commands, or explains one.
                    """;
            default -> throw new IllegalArgumentException(command);
        };
        return String.format(text, home) + "\n" + EXIT_STATUS + "\n";
    }
}
