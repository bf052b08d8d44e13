package mou.commands.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * An empty OSGi framework for the tests that read jars as the framework does: started once per
 * test JVM (a few hundred milliseconds), stopped and its storage deleted when the JVM ends.
 */
final class TestFramework {

    /** The resource lock of the test classes that use this framework ({@code @ResourceLock}). */
    static final String LOCK = "mou.commands.TestFramework";

    private static Framework framework;

    private TestFramework() {
    }

    static synchronized BundleContext context() {
        if (framework == null) {
            try {
                Path storage = Files.createTempDirectory("mou-test-framework");
                Framework started = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, storage)));
                framework = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return framework.getBundleContext();
    }

    private static void stop(Framework framework, Path storage) {
        try {
            framework.stop();
            framework.waitForStop(5_000);
        } catch (BundleException | InterruptedException e) {
            // the JVM ends anyway
        }
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }
}
