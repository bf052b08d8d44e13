package mou.commands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.spi.Extensions;
import mou.core.spi.PluginFailure;
import mou.core.spi.WorkingGroupPlugin;

/**
 * {@code version} (and {@code mou --version}, {@code mou -V}): the application's version, the API
 * version its plugins build against, and each plugin of the plugins folder with its version and
 * the working groups it provides. Reads no workspace and assembles no report.
 */
final class VersionCommand implements Command {

    /** The API package a working-group plugin imports; its version says which plugins fit. */
    static final String PLUGIN_API = "mou.core.spi";

    private final Extensions extensions;
    private final Platform platform;

    VersionCommand(Extensions extensions, Platform platform) {
        this.extensions = extensions;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("version", words, Set.of(), Set.of());
        if (options.help()) {
            return Help.print("version", platform, io);
        }
        options.expectNone();
        List<String> api = platform.exportedVersions(PLUGIN_API);
        io.out().println("mou-progress " + platform.applicationVersion().map(VersionCommand::display).orElse("(version unknown)")
                + (api.isEmpty() ? "" : " (plugin API " + PLUGIN_API + " " + String.join(", ", api) + ")")
                + "; Java " + Runtime.version().feature() + " (" + System.getProperty("java.version") + ")");
        List<Platform.BundleInfo> plugins = platform.installedPlugins();
        if (plugins.isEmpty()) {
            io.out().println("no plugins in " + platform.plugins() + " (install FILE.jar adds one)");
            return Status.OK;
        }
        io.out().println("plugins in " + platform.plugins() + ":");
        List<PluginFailure> problems = platform.pluginProblems();
        int width = plugins.stream().mapToInt(p -> p.symbolicName().length()).max().orElse(0);
        for (Platform.BundleInfo plugin : plugins) {
            List<String> groups = new ArrayList<>();
            for (WorkingGroupPlugin group : extensions.groups()) {
                if (platform.bundleOf(group).filter(b -> b.id() == plugin.id()).isPresent()) {
                    groups.add(id(group));
                }
            }
            boolean failing = problems.stream().anyMatch(p -> plugin.label().equals(p.bundle()));
            io.out().println(String.format("  %-" + width + "s  %s", plugin.symbolicName(), display(plugin.version()))
                    + (groups.isEmpty() ? "" : "  " + Words.plural(groups.size(), "working group") + ": " + String.join(", ", groups))
                    + (failing ? "  (installed but does not run; groups says why)" : ""));
        }
        return Status.OK;
    }

    private static String id(WorkingGroupPlugin group) {
        try {
            return group.id();
        } catch (RuntimeException e) {
            return "(a group that cannot say its id)";
        }
    }

    /** An OSGi version as Maven writes it: {@code 1.0.0.SNAPSHOT} is {@code 1.0.0-SNAPSHOT}. */
    static String display(String version) {
        return version.endsWith(".SNAPSHOT") ? version.substring(0, version.length() - ".SNAPSHOT".length()) + "-SNAPSHOT" : version;
    }
}
