package mou.commands.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.osgi.framework.VersionRange;

/**
 * What a plugin jar's manifest says about it, read before anything is installed: its bundle
 * identity, whether it offers a working group and which core API versions it needs.
 *
 * @param path the jar
 * @param symbolicName its Bundle-SymbolicName (without directives)
 * @param version its Bundle-Version, "0.0.0" when absent
 * @param imports its Import-Package clauses
 * @param capabilities its Provide-Capability clauses
 */
record PluginJar(Path path, String symbolicName, String version, List<Headers.Clause> imports, List<Headers.Clause> capabilities) {

    /** The service interface a working-group plugin registers; bnd writes it into Provide-Capability. */
    static final String WORKING_GROUP = "mou.core.spi.WorkingGroupPlugin";
    static final String CORE_PACKAGES = "mou.core";

    /** A package of the core API that the plugin imports, with the versions it accepts. */
    record CoreImport(String packageName, String range) {

        boolean acceptedBy(String version) {
            return new VersionRange(range).includes(org.osgi.framework.Version.parseVersion(version));
        }
    }

    /** Why a file cannot be a plugin, for a person. */
    static final class NotAPlugin extends Exception {

        private static final long serialVersionUID = 1L;

        NotAPlugin(String message) {
            super(message);
        }
    }

    static PluginJar read(Path path) throws NotAPlugin {
        if (!Files.isRegularFile(path)) {
            throw new NotAPlugin(path + " is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new NotAPlugin(path + " cannot be read (check its permissions)");
        }
        Manifest manifest;
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
        } catch (ZipException e) {
            throw new NotAPlugin(path + " is not a jar file (it cannot be opened as a zip archive)");
        } catch (IOException | SecurityException e) {
            throw new NotAPlugin(path + " cannot be read as a jar; check that it is there, that you may read it and that it "
                    + "is whole (copy it again)");
        }
        if (manifest == null) {
            throw new NotAPlugin(path + " is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new NotAPlugin(path + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        List<Headers.Clause> bsn = Headers.parse(symbolicName);
        String name = bsn.isEmpty() || bsn.get(0).names().isEmpty() ? symbolicName.trim() : bsn.get(0).names().get(0);
        String version = main.getValue("Bundle-Version");
        try {
            version = org.osgi.framework.Version.parseVersion(version == null ? null : version.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new NotAPlugin(path + " is not a valid OSGi bundle: its Bundle-Version '" + version + "' is not a version");
        }
        return new PluginJar(path, name, version,
                Headers.parse(main.getValue("Import-Package")),
                Headers.parse(main.getValue("Provide-Capability")));
    }

    /** Whether the manifest declares an {@code osgi.service} capability for {@link #WORKING_GROUP}. */
    boolean providesWorkingGroup() {
        return capabilities.stream()
                .filter(c -> c.names().contains("osgi.service"))
                .anyMatch(c -> Headers.listValue(c.attribute("objectClass")).contains(WORKING_GROUP));
    }

    /** The core API packages it cannot do without (optional imports left out). */
    List<CoreImport> coreImports() {
        return imports.stream()
                .filter(c -> !"optional".equals(c.directive("resolution")))
                .flatMap(c -> c.names().stream()
                        .filter(n -> n.equals(CORE_PACKAGES) || n.startsWith(CORE_PACKAGES + "."))
                        .map(n -> new CoreImport(n, c.attribute("version") == null ? "0.0.0" : c.attribute("version"))))
                .toList();
    }

    String label() {
        return symbolicName + " " + version;
    }
}
