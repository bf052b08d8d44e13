package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;

// the tests' one OSGi framework (TestFramework) is shared: a class that installs into it or counts its bundles does not
// run beside another that does (the test classes run two at a time)
@ResourceLock(TestFramework.LOCK)
class JarProbeTest {

    @TempDir
    Path dir;

    final BundleContext context = TestFramework.context();
    final JarProbe probe = new JarProbe(context);

    @Test
    void readsTheBundleIdentityAndWhatItProvides() throws Exception {
        Path file = Jars.group("mou.group-water;singleton:=true").header("Bundle-Version", "1.2.0.SNAPSHOT")
                .write(dir.resolve("water.jar"));

        PluginJar jar = probe.read(file);

        assertThat(jar.symbolicName()).isEqualTo("mou.group-water");
        assertThat(jar.version()).isEqualTo("1.2.0.SNAPSHOT");
        assertThat(jar.providesWorkingGroup()).isTrue();
        assertThat(jar.coreImports()).extracting(PluginJar.CoreImport::packageName)
                .containsExactly("mou.core.model", "mou.core.spi");
        assertThat(jar.coreImports()).extracting(PluginJar.CoreImport::range).containsOnly("[1.0.0,2.0.0)");
    }

    @Test
    void leavesNothingInstalledAndCanReadAJarOfAnInstalledBundle() throws Exception {
        Path file = Jars.group("mou.group-air").write(dir.resolve("air.jar"));
        Bundle installed = context.installBundle(file.toUri().toString());
        try {
            int before = context.getBundles().length;

            assertThat(probe.read(file).label()).as("the same name and version as an installed bundle")
                    .isEqualTo("mou.group-air 1.0.0");

            assertThat(context.getBundles()).hasSize(before);
            assertThat(Arrays.stream(context.getBundles()).map(Bundle::getLocation)).noneMatch(l -> l.startsWith("probe:"));
            assertThat(context.getBundle(0).adapt(FrameworkWiring.class).getRemovalPendingBundles()).isEmpty();
        } finally {
            installed.uninstall();
        }
    }

    @Test
    void aBundleOfferingOtherServicesProvidesNoWorkingGroup() throws Exception {
        Path file = Jars.bundle("x").header("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"mou.core.spi.ReportFormat\"").write(dir.resolve("x.jar"));

        assertThat(probe.read(file).providesWorkingGroup()).isFalse();
    }

    @Test
    void aWorkingGroupAmongOtherServicesIsFound() throws Exception {
        Path file = Jars.bundle("x").header("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"mou.core.spi.ReportFormat,mou.core.spi.WorkingGroupPlugin\"").write(dir.resolve("x.jar"));

        assertThat(probe.read(file).providesWorkingGroup()).isTrue();
    }

    @Test
    void optionalCoreImportsAreNotRequirementsAndOtherPackagesAreNotCore() throws Exception {
        Path file = Jars.bundle("x").header("Import-Package",
                "mou.core.report;version=\"[2,3)\";resolution:=optional,mou.corex;version=2,org.osgi.framework").write(dir.resolve("x.jar"));

        assertThat(probe.read(file).coreImports()).isEmpty();
    }

    @Test
    void anImportWithoutVersionAcceptsAnyVersion() throws Exception {
        Path file = Jars.bundle("x").header("Import-Package", "mou.core.spi").write(dir.resolve("x.jar"));

        PluginJar.CoreImport needed = probe.read(file).coreImports().get(0);
        assertThat(needed.acceptedBy("1.0.0")).isTrue();
        assertThat(needed.acceptedBy("7.3.1")).isTrue();
    }

    @Test
    void checksTheVersionRangeAsTheFrameworkStatesIt() throws Exception {
        Path file = Jars.bundle("x").header("Import-Package", "mou.core.spi;version=\"[1.0,2)\"").write(dir.resolve("x.jar"));

        PluginJar.CoreImport needed = probe.read(file).coreImports().get(0);

        assertThat(needed.range()).isEqualTo("[1.0.0,2.0.0)");
        assertThat(needed.acceptedBy("1.0.0")).isTrue();
        assertThat(needed.acceptedBy("1.9.3")).isTrue();
        assertThat(needed.acceptedBy("2.0.0")).isFalse();
        assertThat(needed.acceptedBy("0.9.0")).isFalse();
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jar"), "not a jar");

        assertThatThrownBy(() -> probe.read(file)).hasMessageContaining("is not a jar file");
    }

    @Test
    void refusesAJarWithoutManifestOrSymbolicName() throws IOException {
        Path zip = Jars.zipWithoutManifest(dir.resolve("zip.jar"));
        Path plain = Jars.plain().header("Main-Class", "x.Main").write(dir.resolve("plain.jar"));

        assertThatThrownBy(() -> probe.read(zip)).hasMessageContaining("has no META-INF/MANIFEST.MF");
        assertThatThrownBy(() -> probe.read(plain)).hasMessageContaining("has no Bundle-SymbolicName");
        assertThat(context.getBundles()).hasSize(1);
    }

    @Test
    void refusesAFolderOrAMissingFile() {
        assertThatThrownBy(() -> probe.read(dir)).hasMessageContaining("is not a file");
        assertThatThrownBy(() -> probe.read(dir.resolve("missing.jar"))).hasMessageContaining("there is no file " + dir.resolve("missing.jar") + " (check the path)");
    }

    @Test
    void refusesABadBundleVersionOrImportRange() throws IOException {
        Path version = Jars.bundle("x").header("Bundle-Version", "one").write(dir.resolve("x.jar"));
        Path range = Jars.bundle("y").header("Import-Package", "mou.core.spi;version=\"[2,1\"").write(dir.resolve("y.jar"));

        assertThatThrownBy(() -> probe.read(version)).hasMessageContaining("is not a valid OSGi bundle").hasMessageContaining("one");
        assertThatThrownBy(() -> probe.read(range)).hasMessageContaining("is not a valid OSGi bundle");
        assertThat(context.getBundles()).hasSize(1);
    }
}
