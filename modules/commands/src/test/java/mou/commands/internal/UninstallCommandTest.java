package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import mou.testfixtures.TestGroup;

/** {@code uninstall} through the commands as the shell runs them. */
class UninstallCommandTest extends CommandTestBase {

    TestGroup water;

    @BeforeEach
    void installWater() throws IOException {
        water = new TestGroup("water", "Water Working Group", List.of(), List.of());
        groups.add(water);
        Path jar = Jars.group("mou.group-water").write(platform.plugins().resolve("group-water.jar"));
        platform.bundles.put(water, new Platform.BundleInfo(12, "mou.group-water", "1.0.0", jar.toUri().toString()));
    }

    @Test
    void deletesTheJarAndUninstallsTheBundle() throws IOException {
        Jars.group("mou.group-other").write(platform.plugins().resolve("other.jar"));

        assertThat(run("uninstall", "water")).isZero();

        assertThat(names(platform.plugins())).containsExactly("other.jar");
        assertThat(platform.uninstalled).extracting(Platform.BundleInfo::id).containsExactly(12L);
        assertThat(captured.out()).startsWith("uninstalled water (Water Working Group)");
    }

    @Test
    void anUnknownIdIsAUsageErrorListingTheInstalledOnes() throws IOException {
        assertThat(run("uninstall", "fire")).isEqualTo(2);

        assertThat(captured.err()).contains("no working group 'fire' is installed").contains("installed groups: water");
        assertThat(names(platform.plugins())).containsExactly("group-water.jar");
        assertThat(platform.uninstalled).isEmpty();
    }

    @Test
    void aGroupFromOutsideThePluginsFolderIsNotRemoved() throws IOException {
        Files.delete(platform.plugins().resolve("group-water.jar"));

        assertThat(run("uninstall", "water")).isEqualTo(2);

        assertThat(captured.err()).contains("not from a jar in the plugins folder");
        assertThat(platform.uninstalled).isEmpty();
    }

    @Test
    void needsExactlyOneId() {
        assertThat(run("uninstall")).isEqualTo(2);
        assertThat(captured.err()).contains("give the id of one working group").contains("installed groups: water");
    }

    @Test
    void aPluginsFolderThatIsALinkOutOfItsPlaceIsRefusedAndNothingIsDeleted() throws IOException {
        Path outside = home.getParent().resolve(home.getFileName() + "-elsewhere");
        Files.move(platform.plugins(), outside);
        try {
            Files.createSymbolicLink(platform.plugins(), outside);

            assertThat(run("uninstall", "water")).isEqualTo(2);

            assertThat(captured.err()).startsWith("uninstall: refused: the plugins folder " + platform.plugins() + " is a symbolic link to ")
                    .contains("nothing was removed");
            assertThat(names(outside)).containsExactly("group-water.jar");
            assertThat(platform.uninstalled).isEmpty();
        } finally {
            Files.deleteIfExists(platform.plugins());
            Files.deleteIfExists(outside.resolve("group-water.jar"));
            Files.deleteIfExists(outside);
        }
    }
}
