package mou.commands.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import org.osgi.framework.Version;

/** {@code install FILE.jar}: checks a working-group plugin jar, starts it, and copies it into the plugins folder. */
final class InstallCommand implements Command {

    private final Platform platform;

    InstallCommand(Platform platform) {
        this.platform = platform;
    }

    static final String DOWNGRADE = "--downgrade";

    @Override
    public String name() {
        return "install";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("install", words, Set.of(), Set.of(DOWNGRADE));
        if (options.help()) {
            return Help.print("install", platform, io);
        }
        if (options.arguments().size() != 1) {
            throw CommandException.usage("install: give one plugin jar, e.g. install group-water-1.0.0.jar");
        }
        Path file = io.cwd().resolve(options.arguments().get(0)).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw CommandException.usage("install: refused: " + file + " is a folder; give the plugin's jar file in it, "
                    + "e.g. install " + options.arguments().get(0).replaceAll("/+$", "") + "/group-water-1.0.0.jar");
        }
        String name = file.getFileName().toString();
        Optional<String> badName = PluginFolder.unloadableName(name);
        if (badName.isPresent() && !PluginFolder.showable(name)) {
            // refused before anything else, so that no message prints the name as it is
            throw CommandException.usage("install: refused: " + badName.get());
        }
        PluginJar jar;
        try {
            jar = platform.read(file);
        } catch (PluginJar.NotAPlugin e) {
            // what is missing or no plugin at all is said so before its name is judged: renaming it would not help
            throw CommandException.usage("install: refused: " + e.getMessage());
        }
        if (badName.isPresent()) {
            throw CommandException.usage("install: refused: " + badName.get());
        }
        if (!jar.providesWorkingGroup()) {
            throw CommandException.usage("install: refused: " + file.getFileName() + " (" + jar.label()
                    + ") does not provide a working group: its manifest declares no osgi.service capability for "
                    + PluginJar.WORKING_GROUP + " (a plugin registers one with a DS @Component)");
        }
        checkCoreVersions(jar, file);

        Path plugins = platform.plugins();
        Optional<String> misplaced = PluginFolder.misplaced(plugins);
        if (misplaced.isPresent()) {
            throw CommandException.usage("install: refused: " + misplaced.get());
        }
        List<PluginJar> earlier = PluginFolder.jars(platform).stream()
                .filter(p -> p.symbolicName().equals(jar.symbolicName()))
                .toList();
        Optional<PluginJar> newest = earlier.stream().max(Comparator.comparing(p -> Version.parseVersion(p.version())));
        boolean downgrade = newest.isPresent() && Version.parseVersion(jar.version()).compareTo(Version.parseVersion(newest.get().version())) < 0;
        if (downgrade && !options.flag(DOWNGRADE)) {
            throw CommandException.usage("install: refused: " + file.getFileName() + " (" + jar.label() + ") is older than the installed "
                    + newest.get().label() + " (" + newest.get().path().getFileName() + "); to go back to it, run: install "
                    + options.arguments().get(0) + " " + DOWNGRADE);
        }
        // The jar keeps the name it was given (group-x-1.1.0.jar), so the folder names the version
        // it holds; an earlier jar of the same bundle makes way for it, so there is never a second copy.
        Path target = plugins.resolve(file.getFileName());
        if (Files.isSymbolicLink(target)) {
            throw CommandException.usage("install: refused: " + target + " in the plugins folder is a symbolic link" + linkTo(target)
                    + "; install copies a plugin into the folder and never writes through a link: remove the link and install again");
        }
        Optional<PluginJar> replaced = earlier.stream().filter(p -> p.path().equals(target)).findFirst()
                .or(() -> earlier.stream().findFirst());
        if (Files.exists(target) && !PluginFolder.sameFile(target, file) && earlier.stream().noneMatch(p -> p.path().equals(target))) {
            throw CommandException.usage("install: refused: the plugins folder already has another file named "
                    + target.getFileName() + "; rename " + file.getFileName() + " and install it again");
        }

        Platform.Installed installed;
        try {
            installed = platform.install(jar, target.toUri().toString(), replaced.map(PluginJar::path));
        } catch (Platform.Refused e) {
            throw CommandException.usage("install: refused: " + e.getMessage());
        }
        try {
            if (!PluginFolder.sameFile(file, target)) {
                PluginFolder.copyAtomically(file, target, replaced.map(PluginJar::path));
            }
            for (PluginJar other : earlier) {
                if (!other.path().equals(target)) {
                    Files.deleteIfExists(other.path());
                }
            }
        } catch (IOException e) {
            io.err().println("install: " + jar.label() + " runs now, but could not be copied into " + plugins
                    + ": " + Words.describe(e) + "; it will be gone at the next start");
            return Status.FAILED;
        }
        for (Platform.Group group : installed.groups()) {
            io.out().println((downgrade ? "downgraded " : installed.updated() ? "updated " : "installed ") + group.id() + " (" + group.name() + ") "
                    + installed.bundle().label() + " as " + target);
        }
        return Status.OK;
    }

    private static String linkTo(Path link) {
        try {
            return " (to " + Files.readSymbolicLink(link) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private void checkCoreVersions(PluginJar jar, Path file) throws CommandException {
        for (PluginJar.CoreImport needed : jar.coreImports()) {
            List<String> provided = platform.exportedVersions(needed.packageName());
            if (provided.isEmpty()) {
                throw CommandException.usage("install: refused: " + file.getFileName() + " needs the package "
                        + needed.packageName() + ", which the installed core does not provide");
            }
            if (provided.stream().noneMatch(needed::acceptedBy)) {
                throw CommandException.usage("install: refused: " + file.getFileName() + " (" + jar.label() + ") needs "
                        + needed.packageName() + " version " + needed.range() + ", but the installed core provides "
                        + needed.packageName() + " " + String.join(", ", provided)
                        + "; use a build of the plugin made for this core");
            }
        }
    }
}
