package mou.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * {@code java -cp bench-classes:felix.jar mou.bench.Floor [--jvm-only | BUNDLE.jar...]}: the floor
 * under every {@code ./mou} run, measured by the end-to-end benchmark. With {@code --jvm-only} it
 * returns at once (a JVM's start and exit); otherwise it starts Felix as the launcher does (fresh
 * storage in memory-backed {@code /dev/shm} where there is one, the jars installed in place and
 * resolved in one pass, then started), stops it and removes the storage. Exits 1 when a bundle
 * did not become active, so that a floor that did less than it claims is not timed.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException, BundleException, InterruptedException {
        if (args.length == 1 && args[0].equals("--jvm-only")) {
            return;
        }
        Path shm = Path.of("/dev/shm");
        Path storage = Files.createTempDirectory(Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir")), "mou-floor-");
        try {
            Map<String, String> properties = new HashMap<>();
            properties.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            properties.put("felix.log.level", "1");
            Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties);
            framework.init();
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String jar : args) {
                bundles.add(context.installBundle("reference:" + Path.of(jar).toAbsolutePath().toUri()));
            }
            framework.start();
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            for (Bundle bundle : bundles) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();
                }
            }
            int status = 0;
            for (Bundle bundle : bundles) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && bundle.getState() != Bundle.ACTIVE) {
                    System.err.println("floor: " + bundle.getSymbolicName() + " is not active");
                    status = 1;
                }
            }
            framework.stop();
            framework.waitForStop(10_000);
            if (status != 0) {
                System.exit(status);
            }
        } finally {
            delete(storage);
        }
    }

    /** Removes the storage as the launcher does; only the JDK is used, since only the framework is on the class path. */
    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
