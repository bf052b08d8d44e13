package mou.commands.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/** {@code groups}: the installed working groups, their deliverable types and report sections, and what does not run. */
final class GroupsCommand implements Command {

    private final Extensions extensions;
    private final Platform platform;
    private final LastReport lastReport;

    GroupsCommand(Extensions extensions, Platform platform, LastReport lastReport) {
        this.extensions = extensions;
        this.platform = platform;
        this.lastReport = lastReport;
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("groups", words, Set.of(), Set.of());
        if (options.help()) {
            return Help.print("groups", platform, io);
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
                io.out().println("  (this plugin failed while describing itself: " + Words.describe(e) + ")");
            }
        }
        // e.g. two groups with the same chapter order: each plugin is fine, the two together are not
        extensions.warnings().forEach(warning -> io.out().println("warning: " + warning));
        List<DeliverableType> common = extensions.deliverableTypes().stream()
                .filter(t -> extensions.ownerOf(t).isEmpty())
                .toList();
        io.out().println("common deliverable types (core):" + (common.isEmpty() ? " none" : ""));
        common.forEach(type -> io.out().println("    " + describe(type)));
        io.out().println("(* marks a required attribute)");
        Words.printPluginProblems(platform.pluginProblems(), io);
        LastReport.Failures last = lastReport.last().orElse(null);
        if (last != null && !last.failures().isEmpty()) {
            io.out().println("failed in the last report (" + last.year() + "):");
            last.failures().forEach(f -> io.out().println("  " + f.describe()));
        }
        return Status.OK;
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
}
