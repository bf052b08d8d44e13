package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `install` and `uninstall` against the real framework (one for the class) and plugins folder. */
class InstallIT {

    static InProcessApp mou;

    @TempDir
    Path dir;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @Test
    void refusesWhatIsNotAWorkingGroupPluginAndLeavesThePluginsFolderAlone() throws Exception {
        mou.reset(App.groupJar());
        App app = mou.app;
        Path text = Files.writeString(dir.resolve("notes.jar"), "just text");
        Path plain = TestJars.jar(dir.resolve("plain.jar"), Map.of("Main-Class", "x.Main"));
        Path bundle = TestJars.jar(dir.resolve("library.jar"), TestJars.bundle("org.example.library"));
        Path future = TestJars.jar(dir.resolve("group-future.jar"), TestJars.claimsGroup("mou.group-future", "[2.0,3)"));
        Path impostor = TestJars.jar(dir.resolve("core.jar"), TestJars.claimsGroup("mou.core", "[1.0,2)"));
        Map<String, String> before = App.fingerprint(app.plugins);

        App.Run notAJar = mou.run("install", text.toString());
        App.Run notABundle = mou.run("install", plain.toString());
        App.Run noGroup = mou.run("install", bundle.toString());
        App.Run otherCore = mou.run("install", future.toString());

        assertThat(notAJar.exit()).as(notAJar.toString()).isEqualTo(2);
        assertThat(notAJar.err()).contains("refused").contains("is not a jar file");
        assertThat(notABundle.exit()).as(notABundle.toString()).isEqualTo(2);
        assertThat(notABundle.err()).contains("is not an OSGi bundle").contains("Bundle-SymbolicName");
        assertThat(noGroup.exit()).as(noGroup.toString()).isEqualTo(2);
        assertThat(noGroup.err()).contains("does not provide a working group");
        assertThat(otherCore.exit()).as(otherCore.toString()).isEqualTo(2);
        assertThat(otherCore.err()).contains("needs mou.core.spi version [2.0.0,3.0.0)").contains("the installed core provides mou.core.spi 1.");
        App.Run replacesCore = mou.run("install", impostor.toString());
        assertThat(replacesCore.exit()).as(replacesCore.toString()).isEqualTo(2);
        assertThat(replacesCore.err()).contains("part of the application").contains("a plugin cannot replace it");
        assertThat(App.fingerprint(app.plugins)).isEqualTo(before);
    }

    @Test
    void refusesAHiddenJarThatThePluginsFolderWouldNeverLoad() throws Exception {
        mou.reset();
        App app = mou.app;
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(App.groupJar(), sub.resolve(".hidden.jar"));

        App.Run run = mou.runIn(dir, "install", "sub/.hidden.jar");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("install: refused: .hidden.jar is a hidden file").contains("rename it to hidden.jar");
        assertThat(run.out()).doesNotContain("installed");
        assertThat(App.names(app.plugins)).isEmpty();
        assertThat(mou.run("groups").out()).contains("No working groups are installed");
    }

    @Test
    void refusesABundleThatClaimsAWorkingGroupButRegistersNone() throws Exception {
        mou.reset();
        App app = mou.app;
        Path hollow = TestJars.jar(dir.resolve("group-hollow.jar"), TestJars.claimsGroup("mou.group-hollow", "[1.0,2)"));

        App.Run run = InProcessApp.withSystemProperty("mou.install.timeout", "1000", () -> mou.run("install", hollow.toString()));

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("registered no working group");
        assertThat(App.names(app.plugins)).isEmpty();
    }

    /** A working group has one plugin: a second one for the same id would write its chapter from the first one's data. */
    @Test
    void refusesASecondPluginForAWorkingGroupThatIsInstalled() throws Exception {
        mou.reset();
        App app = mou.app;
        assertThat(mou.run("install", App.groupJar().toString()).exit()).isZero();
        Path twin = TestPlugins.build(new TestPlugins.Plugin(App.GROUP_ID, "Air Two", "1.0.0", TestPlugins.Behaviour.WRITES), dir,
                "group-air-two-1.0.0.jar");

        App.Run run = mou.run("install", twin.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("provides the working group " + App.GROUP_ID + ", which " + App.GROUP_BUNDLE)
                .contains("already provides; a working group has one plugin").contains("it was not installed");
        assertThat(App.names(app.plugins)).containsExactly(App.groupJar().getFileName().toString());
        assertThat(mou.run("groups").out()).contains(App.GROUP_ID + "  ").doesNotContain("Air Two");
    }

    @Test
    void installsTheGroupJarThenUninstallsItById() throws Exception {
        mou.reset();
        App app = mou.app;
        Path jar = App.groupJar();

        App.Run none = mou.run("groups");
        App.Run install = mou.run("install", jar.toString());
        App.Run listed = mou.run("groups");
        App.Run again = mou.run("install", jar.toString());

        assertThat(none.out()).contains("No working groups are installed");
        assertThat(install.exit()).as(install.toString()).isZero();
        Path copy = app.plugins.resolve(jar.getFileName());
        assertThat(install.out()).startsWith("installed " + App.GROUP_ID + " (").contains(App.GROUP_BUNDLE).contains(copy.toString());
        assertThat(App.names(app.plugins)).containsExactly(jar.getFileName().toString());
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(jar));
        assertThat(listed.out()).contains(App.GROUP_ID + "  ");
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("updated " + App.GROUP_ID);
        assertThat(App.names(app.plugins)).as("an update, not a second copy").hasSize(1);

        App.Run unknown = mou.run("uninstall", "water");
        App.Run uninstall = mou.run("uninstall", App.GROUP_ID);
        App.Run after = mou.run("groups");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no working group 'water'").contains("installed groups: " + App.GROUP_ID);
        assertThat(uninstall.exit()).as(uninstall.toString()).isZero();
        assertThat(uninstall.out()).startsWith("uninstalled " + App.GROUP_ID).contains(copy.toString());
        assertThat(App.names(app.plugins)).isEmpty();
        assertThat(after.out()).contains("No working groups are installed").doesNotContain(App.GROUP_ID + "  ");
    }
}
