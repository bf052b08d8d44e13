package mou.commands.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.spi.PluginFailure;

/**
 * The platform the commands' tests run them on. The plugins, store and captured output they use
 * are the shared ones of test-fixtures ({@code mou.testfixtures}); the core's provider types
 * (Extensions, ReportService) are the core's own ({@code Extensions.forTest}, {@code ReportService.forTest}).
 */
final class Fakes {

    private Fakes() {
    }

    static final class FakePlatform implements Platform {
        final Path home;
        final Path plugins;
        final Map<Object, BundleInfo> bundles = new IdentityHashMap<>();
        final Map<String, List<String>> exports = new HashMap<>(Map.of(
                "mou.core.model", List.of("1.0.0"), "mou.core.spi", List.of("1.0.0"), "mou.core.report", List.of("1.0.0")));
        final List<String> installs = new ArrayList<>();
        final List<BundleInfo> uninstalled = new ArrayList<>();
        final List<PluginFailure> problems = new ArrayList<>();
        final List<mou.core.command.CommandHelp> helps = new ArrayList<>();
        final List<String> otherCommands = new ArrayList<>();
        final List<BundleInfo> pluginBundles = new ArrayList<>();
        String version;
        String refusal;

        FakePlatform(Path home) {
            this.home = home;
            this.plugins = home.resolve("plugins");
        }

        @Override
        public Path home() {
            return home;
        }

        @Override
        public Path plugins() {
            return plugins;
        }

        @Override
        public Optional<BundleInfo> bundleOf(Object object) {
            return Optional.ofNullable(bundles.get(object));
        }

        @Override
        public List<String> exportedVersions(String packageName) {
            return exports.getOrDefault(packageName, List.of());
        }

        /** Read by the real {@link JarProbe}, in a framework of the tests' own. */
        @Override
        public PluginJar read(Path jar) throws PluginJar.NotAPlugin {
            return new JarProbe(TestFramework.context()).read(jar);
        }

        @Override
        public Installed install(PluginJar jar, String location, Optional<Path> previous) throws Refused {
            installs.add(jar.symbolicName() + " at " + location + previous.map(p -> " replacing " + p.getFileName()).orElse(""));
            if (refusal != null) {
                throw new Refused(refusal);
            }
            return new Installed(new BundleInfo(42, jar.symbolicName(), jar.version(), location),
                    List.of(new Group("water", "Water Working Group")), previous.isPresent());
        }

        @Override
        public void uninstall(BundleInfo bundle) {
            uninstalled.add(bundle);
        }

        @Override
        public List<PluginFailure> pluginProblems() {
            return List.copyOf(problems);
        }

        @Override
        public List<mou.core.command.CommandHelp> commandHelp() {
            return List.copyOf(helps);
        }

        @Override
        public List<String> otherCommands() {
            return List.copyOf(otherCommands);
        }

        @Override
        public Optional<String> applicationVersion() {
            return Optional.ofNullable(version);
        }

        @Override
        public List<BundleInfo> installedPlugins() {
            return List.copyOf(pluginBundles);
        }
    }
}
