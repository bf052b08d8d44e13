package mou.web.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mou.core.command.CommandException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs Bouncy Castle (the password hashes) into the running framework when a command needs it:
 * {@code user}. It lies with the HTTP server's bundles in the {@code http/} folder beside the
 * platform bundles, which {@code serve} installs whole; every other command starts without it
 * (it is a large bundle and would slow each start). The web bundle imports its packages
 * dynamically, so they wire as soon as it is resolved.
 */
final class BouncyCastle {

    static final String SYMBOLIC_NAME = "bcprov";

    private BouncyCastle() {
    }

    /** Installs, resolves and starts the bundle unless it is already there. */
    static void ensure(BundleContext context) throws CommandException {
        if (Arrays.stream(context.getBundles()).anyMatch(b -> SYMBOLIC_NAME.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED)) {
            return;
        }
        Path folder = folder(context);
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().matches("bcprov-[^/]*\\.jar")).sorted().toList();
        } catch (IOException e) {
            jars = List.of();
        }
        if (jars.isEmpty()) {
            throw CommandException.refused("user: the password library (bcprov-*.jar) is missing from " + folder
                    + "; build the application again with `mvn install`; nothing was changed");
        }
        try {
            Bundle bundle = context.installBundle("reference:" + jars.get(jars.size() - 1).toUri());
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            bundle.start();
        } catch (BundleException e) {
            throw CommandException.refused("user: the password library cannot be installed: " + e.getMessage() + "; nothing was changed");
        }
    }

    /**
     * The {@code http/} folder beside the jar this bundle was installed from (the HTTP server's and the
     * password library's bundles, installed only by {@code serve} and {@code user}), or the framework
     * property {@code mou.http.bundles}.
     */
    static Path folder(BundleContext context) {
        String given = context.getProperty("mou.http.bundles");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String location = context.getBundle().getLocation().replaceFirst("^reference:", "");
        try {
            return Path.of(URI.create(location)).getParent().resolve("http");
        } catch (RuntimeException e) {
            return Path.of("http");
        }
    }
}
