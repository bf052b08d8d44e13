package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mou.testfixtures.CapturedIo;
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
        assertThat(captured.err()).contains("install: refused: there is no file " + cwd.resolve("missing.jar") + " (check the path)");
        // a file that is no plugin, or no file, is said so: renaming it would not help
        Files.writeString(cwd.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        captured = new CapturedIo();
        assertThat(run("install", "passwd")).isEqualTo(2);
        assertThat(captured.err()).contains("passwd is not a jar file").doesNotContain("rename");
        captured = new CapturedIo();
        assertThat(run("install", "group-watr")).isEqualTo(2);
        assertThat(captured.err()).contains("there is no file " + cwd.resolve("group-watr")).doesNotContain("rename");
        captured = new CapturedIo();
        Files.writeString(cwd.resolve("bad\u0001name"), "not a jar");
        assertThat(run("install", "bad\u0001name")).isEqualTo(2);
        assertThat(captured.err()).contains("the file name 'bad<U+0001>name' holds a control or invisible character")
                .doesNotContain("\u0001");
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

    @Test
    void aHiddenJarInAFolderIsRefusedBecauseThePluginsFolderWouldSkipIt() throws IOException {
        Jars.group("mou.group-water").write(cwd.resolve("sub/.hidden.jar"));

        assertThat(run("install", "sub/.hidden.jar")).isEqualTo(2);

        assertThat(captured.err().strip()).isEqualTo("install: refused: .hidden.jar is a hidden file (its name starts with '.'), and the "
                + "plugins folder skips hidden files, so the plugin would never load; rename it to hidden.jar and install it again");
        assertThat(captured.out()).doesNotContain("installed");
        assertThat(platform.installs).isEmpty();
        assertThat(names(platform.plugins())).isEmpty();
    }

    @Test
    void aFileNameThePluginsFolderWouldNotLoadIsRefusedWithHowToRenameIt() throws IOException {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("group-water.JAR", "group-water.JAR does not end in .jar, and the plugins folder loads only files named *.jar, "
                + "so the plugin would never load; rename it to group-water.jar and install it again");
        refusals.put("group-water.zip", "rename it to group-water.zip.jar");
        refusals.put("group-water", "group-water does not end in .jar");
        refusals.put(".jar", "rename it to group-water-1.0.0.jar");
        refusals.put("group\nwater.jar", "the file name 'group<U+000A>water.jar' holds a control or invisible character");
        refusals.put("group\u0001water.jar", "the file name 'group<U+0001>water.jar' holds a control or invisible character");
        refusals.put("group-water.jar\u200B", "the file name 'group-water.jar<U+200B>' holds a control or invisible character");
        for (Map.Entry<String, String> e : refusals.entrySet()) {
            Jars.group("mou.group-water").write(cwd.resolve(e.getKey()));
            captured = new CapturedIo();

            assertThat(run("install", e.getKey())).as(e.getKey()).isEqualTo(2);

            assertThat(captured.err()).as(e.getKey()).startsWith("install: refused: ").contains(e.getValue())
                    .doesNotContainPattern("[\\p{Cc}&&[^\\n]]|\u200B");
        }
        Files.createDirectories(cwd.resolve("dist"));
        assertThat(run("install", "dist/")).isEqualTo(2);
        assertThat(captured.err()).contains(cwd.resolve("dist") + " is a folder; give the plugin's jar file in it, "
                + "e.g. install dist/group-water-1.0.0.jar");

        assertThat(platform.installs).isEmpty();
        assertThat(names(platform.plugins())).isEmpty();
    }

    @Test
    void aPluginsFolderThatIsALinkOutOfItsPlaceIsRefused() throws IOException {
        Path outside = Files.createDirectories(home.getParent().resolve(home.getFileName() + "-elsewhere"));
        try {
            Files.createSymbolicLink(platform.plugins(), outside);
            Jars.group("mou.group-water").write(cwd.resolve("group-water-1.0.0.jar"));

            assertThat(run("install", "group-water-1.0.0.jar")).isEqualTo(2);

            assertThat(captured.err().strip()).isEqualTo("install: refused: the plugins folder " + platform.plugins()
                    + " is a symbolic link to " + outside.toRealPath() + ", outside " + home + "; mou adds and removes plugins only in a "
                    + "folder in its place: replace the link by a folder, or start mou with --plugins " + outside.toRealPath());
            assertThat(platform.installs).isEmpty();
            assertThat(names(outside)).isEmpty();
        } finally {
            Files.deleteIfExists(platform.plugins());
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aPluginsFolderLinkedToAFolderBesideItIsUsed() throws IOException {
        Path real = Files.createDirectories(home.resolve("plugins-2017"));
        Files.createSymbolicLink(platform.plugins(), real);
        Jars.group("mou.group-water").write(cwd.resolve("group-water-1.0.0.jar"));

        assertThat(run("install", "group-water-1.0.0.jar")).isZero();

        assertThat(names(real)).containsExactly("group-water-1.0.0.jar");
    }

    @Test
    void aJarNameInThePluginsFolderThatIsASymbolicLinkIsRefused() throws IOException {
        Path elsewhere = Files.writeString(home.resolve("keep.jar"), "not a plugin");
        Files.createDirectories(platform.plugins());
        Path link = Files.createSymbolicLink(platform.plugins().resolve("group-water-1.0.0.jar"), elsewhere);
        Jars.group("mou.group-water").write(cwd.resolve("group-water-1.0.0.jar"));

        assertThat(run("install", "group-water-1.0.0.jar")).isEqualTo(2);

        assertThat(captured.err().strip()).isEqualTo("install: refused: " + link + " in the plugins folder is a symbolic link (to "
                + elsewhere + "); install copies a plugin into the folder and never writes through a link: remove the link and install again");
        assertThat(platform.installs).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("not a plugin");
    }
}
