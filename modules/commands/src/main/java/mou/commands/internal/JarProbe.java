package mou.commands.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.bundle.CollisionHook;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Reads a plugin jar as the framework reads it, before anything is installed for good: the jar is
 * installed under a probe location (never resolved, never started), its {@link BundleRevision}
 * gives its identity, capabilities and requirements, and it is uninstalled again at once. So the
 * manifest's headers (clauses, attributes, directives, typed attributes) are parsed by the
 * framework, never by us. A jar of the same symbolic name and version as an installed bundle may
 * be probed too: a {@link CollisionHook} lets the probe's own install through, and only it.
 */
final class JarProbe {

    private static final ThreadLocal<Boolean> PROBING = ThreadLocal.withInitial(() -> false);

    private final BundleContext context;

    JarProbe(BundleContext context) {
        this.context = context;
    }

    PluginJar read(Path path) throws PluginJar.NotAPlugin {
        if (!Files.exists(path)) {
            throw new PluginJar.NotAPlugin("there is no file " + path + " (check the path)");
        }
        if (!Files.isRegularFile(path)) {
            throw new PluginJar.NotAPlugin(path + " is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new PluginJar.NotAPlugin(path + " cannot be read (check its permissions)");
        }
        // Only to tell a person what is wrong before the framework sees it: a zip, with a manifest.
        try (JarFile jar = new JarFile(path.toFile())) {
            if (jar.getManifest() == null) {
                throw new PluginJar.NotAPlugin(path + " is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
            }
        } catch (ZipException e) {
            throw new PluginJar.NotAPlugin(path + " is not a jar file (it cannot be opened as a zip archive)");
        } catch (IOException | SecurityException e) {
            throw new PluginJar.NotAPlugin(path + " cannot be read as a jar: " + e.getMessage());
        }
        ServiceRegistration<CollisionHook> hook = context.registerService(CollisionHook.class, JarProbe::letTheProbeThrough, null);
        Bundle probe = null;
        PROBING.set(true);
        try (InputStream in = Files.newInputStream(path)) {
            probe = context.installBundle("probe:" + path.toUri(), in);
            PROBING.set(false);
            return describe(path, probe.adapt(BundleRevision.class));
        } catch (IOException e) {
            throw new PluginJar.NotAPlugin(path + " cannot be read: " + Words.describe(e));
        } catch (BundleException e) {
            throw new PluginJar.NotAPlugin(path + " is not a valid OSGi bundle: the framework refuses its manifest (" + innermost(e) + ")");
        } finally {
            PROBING.set(false);
            hook.unregister();
            if (probe != null) {
                undo(probe);
            }
        }
    }

    /** The framework wraps the reason (e.g. a malformed version) in "could not create bundle object". */
    private static String innermost(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != e; e = cause, cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private static void letTheProbeThrough(int operation, Bundle target, java.util.Collection<Bundle> collisions) {
        if (operation == CollisionHook.INSTALLING && PROBING.get()) {
            collisions.clear();
        }
    }

    private static PluginJar describe(Path path, BundleRevision revision) throws PluginJar.NotAPlugin {
        if (revision.getSymbolicName() == null) {
            throw new PluginJar.NotAPlugin(path + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        boolean providesGroup = revision.getDeclaredCapabilities("osgi.service").stream()
                .map(c -> c.getAttributes().get("objectClass"))
                .anyMatch(names -> names instanceof List<?> list ? list.contains(PluginJar.WORKING_GROUP) : PluginJar.WORKING_GROUP.equals(names));
        List<PluginJar.CoreImport> coreImports = revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .filter(r -> !PackageNamespace.RESOLUTION_OPTIONAL.equals(r.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE)))
                .map(r -> PluginJar.CoreImport.of(r.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE)))
                .filter(i -> i.packageName().equals(PluginJar.CORE_PACKAGES) || i.packageName().startsWith(PluginJar.CORE_PACKAGES + "."))
                .toList();
        return new PluginJar(path, revision.getSymbolicName(), revision.getVersion().toString(), providesGroup, coreImports);
    }

    /** Uninstalls the probe and lets the framework drop it, so that nothing of it stays behind. */
    private void undo(Bundle probe) {
        try {
            probe.uninstall();
        } catch (BundleException | IllegalStateException e) {
            return;
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring != null && wiring.getRemovalPendingBundles().contains(probe)) {
            wiring.refreshBundles(List.of(probe));
        }
    }
}
