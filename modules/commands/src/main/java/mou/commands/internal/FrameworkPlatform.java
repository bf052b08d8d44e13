package mou.commands.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The commands' view of the running OSGi framework. The launcher sets {@code mou.home} and
 * {@code mou.plugins} as framework properties; {@code mou.install.timeout} (milliseconds, default
 * 10000) bounds the wait for a newly installed plugin's working group.
 */
final class FrameworkPlatform implements Platform {

    private static final long DEFAULT_WAIT_MILLIS = 10_000;

    private final BundleContext context;

    FrameworkPlatform(BundleContext context) {
        this.context = context;
    }

    @Override
    public Path home() {
        String home = context.getProperty("mou.home");
        return Paths.get(home == null || home.isBlank() ? System.getProperty("user.dir") : home).toAbsolutePath().normalize();
    }

    @Override
    public Path plugins() {
        String plugins = context.getProperty("mou.plugins");
        return plugins == null || plugins.isBlank() ? home().resolve("plugins") : Paths.get(plugins).toAbsolutePath().normalize();
    }

    @Override
    public Optional<BundleInfo> bundleOf(Object object) {
        return Optional.ofNullable(FrameworkUtil.getBundle(object.getClass())).map(FrameworkPlatform::info);
    }

    private static BundleInfo info(Bundle bundle) {
        return new BundleInfo(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()),
                bundle.getVersion().toString(), bundle.getLocation());
    }

    @Override
    public List<String> exportedVersions(String packageName) {
        // The core our own WorkingGroupPlugin class comes from is the one a plugin must wire to.
        Bundle core = FrameworkUtil.getBundle(WorkingGroupPlugin.class);
        if (core == null) {
            return List.of();
        }
        BundleRevision revision = core.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<String> versions = new ArrayList<>();
        for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (packageName.equals(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                versions.add(String.valueOf(capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)));
            }
        }
        return versions;
    }

    @Override
    public Installed install(PluginJar jar, String location, Optional<Path> previous) throws Refused {
        List<Bundle> same = Arrays.stream(context.getBundles())
                .filter(b -> jar.symbolicName().equals(b.getSymbolicName()))
                .toList();
        for (Bundle other : same) {
            if (!inPlugins(other.getLocation())) {
                throw new Refused(jar.label() + " has the symbolic name of " + other.getSymbolicName() + " " + other.getVersion()
                        + ", which is part of the application (" + other.getLocation() + "), not a plugin; a plugin cannot replace it");
            }
        }
        CountDownLatch registered = new CountDownLatch(1);
        Bundle[] target = new Bundle[1];
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED && event.getServiceReference().getBundle() == target[0]) {
                registered.countDown();
            }
        };
        try {
            context.addServiceListener(listener, "(objectClass=" + WorkingGroupPlugin.class.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Bundle bundle = null;
        boolean updated = !same.isEmpty();
        try {
            try (InputStream in = Files.newInputStream(jar.path())) {
                if (updated) {
                    // Updating in place keeps the bundle's id and location, so FileInstall (in the
                    // shell) keeps treating it as the jar it watches.
                    bundle = same.get(0);
                    target[0] = bundle;
                    bundle.update(in);
                    for (Bundle extra : same.subList(1, same.size())) {
                        extra.uninstall();
                    }
                } else {
                    bundle = context.installBundle(location, in);
                    target[0] = bundle;
                }
            } catch (IOException e) {
                throw new Refused("cannot read " + jar.path() + ": " + e.getMessage());
            } catch (BundleException | IllegalStateException | SecurityException e) {
                throw new Refused("the framework would not install " + jar.label() + ": " + e.getMessage());
            }
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException | SecurityException e) {
                putBack(bundle, updated, previous);
                throw new Refused(jar.label() + " does not start: " + e.getMessage());
            }
            List<Group> groups = groupsOf(bundle);
            if (groups.isEmpty()) {
                long wait = waitMillis();
                try {
                    registered.await(wait, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                groups = groupsOf(bundle);
            }
            if (groups.isEmpty()) {
                putBack(bundle, updated, previous);
                throw new Refused(jar.label() + " started but registered no working group within "
                        + waitMillis() / 1000.0 + " s (its WorkingGroupPlugin component is probably unsatisfied or failed:"
                        + " run `mou shell` and `scr:info` to see why); it was not installed");
            }
            return new Installed(info(bundle), groups, updated);
        } finally {
            context.removeServiceListener(listener);
        }
    }

    /** Whether a bundle location is a file in the plugins folder, whatever form of file URI it uses. */
    private boolean inPlugins(String location) {
        try {
            URI uri = new URI(location);
            return "file".equals(uri.getScheme()) && Paths.get(uri).toAbsolutePath().normalize().startsWith(plugins());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private long waitMillis() {
        String value = context.getProperty("mou.install.timeout");
        try {
            return value == null ? DEFAULT_WAIT_MILLIS : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT_MILLIS;
        }
    }

    private List<Group> groupsOf(Bundle bundle) {
        Collection<ServiceReference<WorkingGroupPlugin>> references;
        try {
            references = context.getServiceReferences(WorkingGroupPlugin.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Group> groups = new ArrayList<>();
        for (ServiceReference<WorkingGroupPlugin> reference : references) {
            if (reference.getBundle() != bundle) {
                continue;
            }
            WorkingGroupPlugin plugin = context.getService(reference);
            if (plugin == null) {
                continue;
            }
            try {
                groups.add(new Group(plugin.id(), plugin.name() == null ? plugin.id() : plugin.name().en()));
            } catch (RuntimeException e) {
                // A plugin whose id() or name() throws is not a working group we can use.
            } finally {
                context.ungetService(reference);
            }
        }
        return groups;
    }

    /** Undoes a failed install: the previous jar back in place, or the new bundle gone. */
    private static void putBack(Bundle bundle, boolean updated, Optional<Path> previous) {
        try {
            if (updated && previous.isPresent() && Files.isReadable(previous.get())) {
                try (InputStream in = Files.newInputStream(previous.get())) {
                    bundle.update(in);
                }
                bundle.start();
            } else {
                bundle.uninstall();
            }
        } catch (IOException | BundleException | IllegalStateException e) {
            // Best effort: the next start of the application installs what the plugins folder holds.
        }
    }

    @Override
    public void uninstall(BundleInfo info) throws Refused {
        Bundle bundle = context.getBundle(info.id());
        if (bundle == null) {
            return;
        }
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            throw new Refused("the framework would not uninstall " + info.label() + ": " + e.getMessage());
        }
    }
}
