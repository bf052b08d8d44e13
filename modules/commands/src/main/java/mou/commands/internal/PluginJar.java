package mou.commands.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;

/**
 * What the framework reads from a plugin jar before it is installed for good ({@link JarProbe}):
 * its bundle identity, whether it offers a working group and which core API versions it needs.
 *
 * @param path the jar
 * @param symbolicName its Bundle-SymbolicName (without directives)
 * @param version its Bundle-Version, "0.0.0" when absent
 * @param providesWorkingGroup whether it declares an {@code osgi.service} capability for {@link #WORKING_GROUP}
 * @param coreImports the core API packages it cannot do without (optional imports left out)
 */
record PluginJar(Path path, String symbolicName, String version, boolean providesWorkingGroup, List<CoreImport> coreImports) {

    /** The service interface a working-group plugin registers; bnd writes it into Provide-Capability. */
    static final String WORKING_GROUP = "mou.core.spi.WorkingGroupPlugin";
    static final String CORE_PACKAGES = "mou.core";

    /**
     * A package of the core API that the plugin imports: the framework's requirement filter and the
     * version range it reads as, for a person.
     */
    record CoreImport(String packageName, String range, String filter) {

        /** The import as the framework states it, e.g. {@code (&(osgi.wiring.package=p)(version>=1.0.0)(!(version>=2.0.0)))}. */
        static CoreImport of(String filter) {
            return new CoreImport(FrameworkPlatform.find(filter, "\\(" + PackageNamespace.PACKAGE_NAMESPACE + "=([^)]+)\\)", "?"),
                    FrameworkPlatform.range(filter), filter);
        }

        /** Whether the package exported at this version satisfies the requirement, by the framework's filter. */
        boolean acceptedBy(String version) {
            try {
                return FrameworkUtil.createFilter(filter).matches(Map.of(PackageNamespace.PACKAGE_NAMESPACE, packageName,
                        PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE, Version.parseVersion(version)));
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** Why a file cannot be a plugin, for a person. */
    static final class NotAPlugin extends Exception {

        private static final long serialVersionUID = 1L;

        NotAPlugin(String message) {
            super(message);
        }
    }

    String label() {
        return symbolicName + " " + version;
    }
}
