package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBundleIdentityAndWhatItProvides() throws Exception {
        Path file = Jars.group("mou.group-water;singleton:=true").header("Bundle-Version", "1.2.0.SNAPSHOT")
                .write(dir.resolve("water.jar"));

        PluginJar jar = PluginJar.read(file);

        assertThat(jar.symbolicName()).isEqualTo("mou.group-water");
        assertThat(jar.version()).isEqualTo("1.2.0.SNAPSHOT");
        assertThat(jar.providesWorkingGroup()).isTrue();
        assertThat(jar.coreImports()).extracting(PluginJar.CoreImport::packageName)
                .containsExactly("mou.core.model", "mou.core.spi");
    }

    @Test
    void aBundleOfferingOtherServicesProvidesNoWorkingGroup() throws Exception {
        Path file = Jars.bundle("x").header("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"mou.core.spi.ReportFormat\"").write(dir.resolve("x.jar"));

        assertThat(PluginJar.read(file).providesWorkingGroup()).isFalse();
    }

    @Test
    void optionalCoreImportsAreNotRequirements() throws Exception {
        Path file = Jars.bundle("x").header("Import-Package", "mou.core.report;version=\"[2,3)\";resolution:=optional")
                .write(dir.resolve("x.jar"));

        assertThat(PluginJar.read(file).coreImports()).isEmpty();
    }

    @Test
    void anImportWithoutVersionAcceptsAnyVersion() throws Exception {
        Path file = Jars.bundle("x").header("Import-Package", "mou.core.spi").write(dir.resolve("x.jar"));

        PluginJar.CoreImport needed = PluginJar.read(file).coreImports().get(0);
        assertThat(needed.acceptedBy("1.0.0")).isTrue();
        assertThat(needed.acceptedBy("7.3.1")).isTrue();
    }

    @Test
    void checksTheVersionRange() {
        PluginJar.CoreImport needed = new PluginJar.CoreImport("mou.core.spi", "[1.0,2)");

        assertThat(needed.acceptedBy("1.0.0")).isTrue();
        assertThat(needed.acceptedBy("1.9.3")).isTrue();
        assertThat(needed.acceptedBy("2.0.0")).isFalse();
        assertThat(needed.acceptedBy("0.9.0")).isFalse();
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jar"), "not a jar");

        assertThatThrownBy(() -> PluginJar.read(file)).hasMessageContaining("is not a jar file");
    }

    @Test
    void refusesAJarWithoutManifestOrSymbolicName() throws IOException {
        Path zip = Jars.zipWithoutManifest(dir.resolve("zip.jar"));
        Path plain = Jars.plain().header("Main-Class", "x.Main").write(dir.resolve("plain.jar"));

        assertThatThrownBy(() -> PluginJar.read(zip)).hasMessageContaining("has no META-INF/MANIFEST.MF");
        assertThatThrownBy(() -> PluginJar.read(plain)).hasMessageContaining("has no Bundle-SymbolicName");
    }

    @Test
    void refusesAFolderOrAMissingFile() {
        assertThatThrownBy(() -> PluginJar.read(dir)).hasMessageContaining("is not a file");
        assertThatThrownBy(() -> PluginJar.read(dir.resolve("missing.jar"))).hasMessageContaining("is not a file");
    }

    @Test
    void refusesABadBundleVersion() throws IOException {
        Path file = Jars.bundle("x").header("Bundle-Version", "one").write(dir.resolve("x.jar"));

        assertThatThrownBy(() -> PluginJar.read(file)).hasMessageContaining("Bundle-Version 'one' is not a version");
    }
}
