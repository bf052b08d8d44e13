package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code install} through the commands as the shell runs them. */
class InstallCommandTest extends CommandTestBase {

    @Test
    void refusesWhatIsNotAWorkingGroupPluginAndChangesNothing() throws IOException {
        Path text = Files.writeString(cwd.resolve("notes.jar"), "hello");
        Jars.plain().write(cwd.resolve("plain.jar"));
        Jars.bundle("mou.format-pdf").write(cwd.resolve("pdf.jar"));

        assertThat(run("install", "notes.jar")).isEqualTo(2);
        assertThat(captured.err()).contains("not a jar file");
        assertThat(run("install", "plain.jar")).isEqualTo(2);
        assertThat(captured.err()).contains("not an OSGi bundle");
        assertThat(run("install", "pdf.jar")).isEqualTo(2);
        assertThat(captured.err()).contains("does not provide a working group");
        assertThat(run("install", "missing.jar")).isEqualTo(2);
        assertThat(run("install")).isEqualTo(2);
        assertThat(captured.err()).contains("give one plugin jar");

        assertThat(platform.installs).isEmpty();
        assertThat(names(platform.plugins())).isEmpty();
        assertThat(text).exists();
    }

    @Test
    void refusesAPluginBuiltForAnotherCoreVersionSayingWhichItNeeds() throws IOException {
        Jars.group("mou.group-water").header("Import-Package", "mou.core.spi;version=\"[2.0,3)\"").write(cwd.resolve("water.jar"));

        assertThat(run("install", "water.jar")).isEqualTo(2);

        assertThat(captured.err()).contains("needs mou.core.spi version [2.0.0,3.0.0)")
                .contains("the installed core provides mou.core.spi 1.0.0");
        assertThat(platform.installs).isEmpty();
    }

    @Test
    void installsStartsAndCopiesIntoThePluginsFolder() throws IOException {
        Path jar = Jars.group("mou.group-water").write(cwd.resolve("dist/group-water-1.0.0.jar"));

        assertThat(run("install", "dist/group-water-1.0.0.jar")).isZero();

        Path target = platform.plugins().resolve("group-water-1.0.0.jar");
        assertThat(platform.installs).containsExactly("mou.group-water at " + target.toUri());
        assertThat(names(platform.plugins())).containsExactly("group-water-1.0.0.jar");
        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(jar));
        assertThat(captured.outLines()).containsExactly(
                "installed water (Water Working Group) mou.group-water 1.0.0 as " + target);
    }

    @Test
    void aNewerBuildOfTheSameBundleReplacesTheEarlierJarAndIsNamedForItsVersion() throws Exception {
        Path earlier = Jars.group("mou.group-water").write(platform.plugins().resolve("group-water-1.0.0.jar"));
        Jars.group("mou.group-other").write(platform.plugins().resolve("group-other.jar"));
        Path newer = Jars.group("mou.group-water").header("Bundle-Version", "1.1.0").write(cwd.resolve("group-water-1.1.0.jar"));
        Path target = platform.plugins().resolve("group-water-1.1.0.jar");

        assertThat(run("install", newer.toString())).isZero();

        assertThat(platform.installs).containsExactly(
                "mou.group-water at " + target.toUri() + " replacing group-water-1.0.0.jar");
        assertThat(names(platform.plugins())).as("no second copy, no temporary file").containsExactly("group-other.jar", "group-water-1.1.0.jar");
        assertThat(platform.read(target).version()).isEqualTo("1.1.0");
        assertThat(earlier).doesNotExist();
        assertThat(captured.out()).startsWith("updated water").endsWith(" as " + target + System.lineSeparator());
    }

    @Test
    void theSameVersionInstalledAgainKeepsItsName() throws Exception {
        Jars.group("mou.group-water").write(platform.plugins().resolve("group-water-1.0.0.jar"));
        Jars.group("mou.group-water").write(cwd.resolve("group-water-1.0.0.jar"));

        assertThat(run("install", "group-water-1.0.0.jar")).isZero();

        assertThat(names(platform.plugins())).containsExactly("group-water-1.0.0.jar");
    }

    @Test
    void anOlderVersionIsRefusedUnlessDowngradeIsGiven() throws Exception {
        Path newer = Jars.group("mou.group-water").header("Bundle-Version", "1.1.0").write(platform.plugins().resolve("group-water-1.1.0.jar"));
        Jars.group("mou.group-water").write(cwd.resolve("group-water-1.0.0.jar"));

        int refused = run("install", "group-water-1.0.0.jar");
        String refusal = captured.err();

        assertThat(refused).isEqualTo(2);
        assertThat(refusal.strip()).isEqualTo("install: refused: group-water-1.0.0.jar (mou.group-water 1.0.0) is older than the installed"
                + " mou.group-water 1.1.0 (group-water-1.1.0.jar); to go back to it, run: install group-water-1.0.0.jar --downgrade");
        assertThat(platform.installs).isEmpty();
        assertThat(names(platform.plugins())).containsExactly("group-water-1.1.0.jar");

        assertThat(run("install", "group-water-1.0.0.jar", "--downgrade")).isZero();

        assertThat(names(platform.plugins())).containsExactly("group-water-1.0.0.jar");
        assertThat(newer).doesNotExist();
        assertThat(platform.read(platform.plugins().resolve("group-water-1.0.0.jar")).version()).isEqualTo("1.0.0");
        assertThat(captured.out()).startsWith("downgraded water (Water Working Group)");
    }

    @Test
    void aJarThePlatformRefusesLeavesThePluginsFolderAlone() throws IOException {
        Jars.group("mou.group-water").write(cwd.resolve("water.jar"));
        platform.refusal = "mou.group-water 1.0.0 started but registered no working group within 10.0 s";

        assertThat(run("install", "water.jar")).isEqualTo(2);

        assertThat(captured.err()).contains("install: refused: mou.group-water 1.0.0 started but registered no working group");
        assertThat(names(platform.plugins())).isEmpty();
    }

    @Test
    void refusesToOverwriteAnotherPluginsJarOfTheSameName() throws Exception {
        Jars.group("mou.group-other").write(platform.plugins().resolve("group.jar"));
        Jars.group("mou.group-water").write(cwd.resolve("group.jar"));

        assertThat(run("install", "group.jar")).isEqualTo(2);

        assertThat(captured.err()).contains("already has another file named group.jar");
        assertThat(platform.read(platform.plugins().resolve("group.jar")).symbolicName()).isEqualTo("mou.group-other");
        assertThat(platform.installs).isEmpty();
    }
}
