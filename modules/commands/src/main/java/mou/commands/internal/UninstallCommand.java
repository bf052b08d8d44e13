package mou.commands.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.spi.Extensions;
import mou.core.spi.WorkingGroupPlugin;

/** {@code uninstall GROUP-ID}: removes a working group's jar from the plugins folder and uninstalls its bundle. */
final class UninstallCommand implements Command {

    private final Extensions extensions;
    private final Platform platform;

    UninstallCommand(Extensions extensions, Platform platform) {
        this.extensions = extensions;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("uninstall", words, Set.of(), Set.of());
        if (options.help()) {
            return Help.print("uninstall", platform, io);
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
        Optional<String> misplaced = PluginFolder.misplaced(plugins);
        if (misplaced.isPresent()) {
            throw CommandException.usage("uninstall: refused: " + misplaced.get() + "; nothing was removed");
        }
        List<PluginJar> jars = PluginFolder.jars(platform).stream()
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
            io.err().println("uninstall: " + Words.describe(e));
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
}
