package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.testfixtures.TestGroup;
import org.junit.jupiter.api.Test;

/** {@code version}: the application's and each plugin's version, without reading the workspace. */
class VersionCommandTest extends CommandTestBase {

    @Test
    void namesTheApplicationTheApiAndEachPluginWithItsVersionAndGroups() {
        platform.version = "1.2.0.SNAPSHOT";
        platform.exports.put("mou.core.spi", List.of("1.3.0"));
        TestGroup air = new TestGroup("air-quality", "Air Quality Working Group", List.of(), List.of());
        groups.add(air);
        Platform.BundleInfo airBundle = new Platform.BundleInfo(9, "mou.group-air-quality", "1.0.0", "file:/p/aq.jar");
        Platform.BundleInfo energy = new Platform.BundleInfo(10, "org.example.group-energy", "1.0.0", "file:/p/energy.jar");
        platform.bundles.put(air, airBundle);
        platform.pluginBundles.addAll(List.of(airBundle, energy));
        platform.problems.add(NOT_ACTIVATED);

        assertThat(run("version")).isZero();

        assertThat(captured.outLines().get(0)).startsWith("mou-progress 1.2.0-SNAPSHOT (plugin API mou.core.spi 1.3.0); Java ");
        assertThat(captured.outLines()).contains(
                "  mou.group-air-quality     1.0.0  1 working group: air-quality",
                "  org.example.group-energy  1.0.0  (installed but does not run; groups says why)");
        assertThat(store.loaded).as("no workspace is read").isEmpty();
    }

    @Test
    void saysWhenThereAreNoPlugins() {
        platform.version = "1.0.0";

        assertThat(run("version")).isZero();

        assertThat(captured.out()).contains("mou-progress 1.0.0").contains("no plugins in " + platform.plugins());
    }

    @Test
    void takesNoArguments() {
        assertThat(run("version", "now")).isEqualTo(2);
        assertThat(captured.err()).contains("version: unexpected argument 'now'");
    }

    @Test
    void aSnapshotVersionIsWrittenAsMavenWritesIt() {
        assertThat(VersionCommand.display("1.0.0.SNAPSHOT")).isEqualTo("1.0.0-SNAPSHOT");
        assertThat(VersionCommand.display("1.1.0")).isEqualTo("1.1.0");
    }
}
