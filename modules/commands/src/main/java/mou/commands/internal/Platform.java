package mou.commands.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mou.core.command.CommandHelp;
import mou.core.spi.PluginFailure;

/**
 * What the commands need from the running framework and the application's folders. The real one
 * is {@link FrameworkPlatform}; tests give their own.
 */
interface Platform {

    /** The application home: {@code mou.home}, else the directory the application was started in. */
    Path home();

    /** The plugins folder: {@code mou.plugins}, else {@code plugins/} under the home. */
    Path plugins();

    /** The bundle an object's class comes from, empty outside a framework. */
    Optional<BundleInfo> bundleOf(Object object);

    /** The versions of a core API package that the running core exports; empty when it exports none. */
    List<String> exportedVersions(String packageName);

    /**
     * Reads a jar as the framework reads a bundle (identity, capabilities, requirements) without
     * keeping it installed.
     *
     * @throws PluginJar.NotAPlugin when it is no bundle, with the reason for a person
     */
    PluginJar read(Path jar) throws PluginJar.NotAPlugin;

    /**
     * Installs (or, when a bundle of the same symbolic name is installed, updates in place) and
     * starts a plugin jar, and waits a bounded time for the working groups it registers. On any
     * failure everything is put back as it was.
     *
     * @param jar the verified plugin jar
     * @param location the location to give a newly installed bundle (the jar's place in the plugins folder)
     * @param previous the jar the bundle was installed from before, to restore on failure
     * @return the bundle and the working groups it registered (at least one)
     * @throws Refused when it does not start or registers no working group, with the reason
     */
    Installed install(PluginJar jar, String location, Optional<Path> previous) throws Refused;

    /** Uninstalls a bundle. */
    void uninstall(BundleInfo bundle) throws Refused;

    /**
     * What is wrong with the plugins now: plugin bundles that are not active, and their
     * Declarative Services components that failed to activate or are not satisfied (disabled
     * ones are left out). Empty outside a framework.
     */
    default List<PluginFailure> pluginProblems() {
        return List.of();
    }

    /** The names of the {@code mou} commands that other bundles provide (e.g. the reporting cycle's), sorted. */
    default List<String> otherCommands() {
        return List.of();
    }

    /**
     * The help that other bundles give of their mou commands ({@link CommandHelp} services), in
     * the order of their groups; empty outside a framework.
     */
    default List<CommandHelp> commandHelp() {
        return List.of();
    }

    /** The version of the application, as its build gives it (an OSGi version); empty outside a framework. */
    default Optional<String> applicationVersion() {
        return Optional.empty();
    }

    /** The bundles installed from the plugins folder, by location; empty outside a framework. */
    default List<BundleInfo> installedPlugins() {
        return List.of();
    }

    /** A bundle, as the commands show it. */
    record BundleInfo(long id, String symbolicName, String version, String location) {

        String label() {
            return symbolicName + " " + version;
        }
    }

    /** A working group as a freshly installed bundle registered it. */
    record Group(String id, String name) {
    }

    /** The outcome of {@link #install}. */
    record Installed(BundleInfo bundle, List<Group> groups, boolean updated) {
    }

    /** Why the platform would not do it, for a person. */
    final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
