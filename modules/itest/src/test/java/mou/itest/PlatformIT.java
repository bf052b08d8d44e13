package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mou.launcher.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real framework in this JVM through the launcher, with the built platform bundles and
 * the built air-quality plugin, and checks that everything came up: every bundle active and every
 * Declarative Services component satisfied.
 */
class PlatformIT {

    private static final String SCR = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    private static final int SATISFIED = 4;
    private static final int ACTIVE = 8;

    @TempDir
    Path dir;

    private Launcher start(App app, Launcher.Mode mode, ByteArrayOutputStream problems) throws Exception {
        return Launcher.start(new Launcher.Settings(App.BUNDLES, app.home, app.plugins, mode, Duration.ofSeconds(60),
                new PrintStream(problems, true, StandardCharsets.UTF_8)));
    }

    @Test
    void everyBundleIsActiveAndEveryComponentSatisfiedWithThePluginsFolderWatched() throws Exception {
        App app = App.withGroup(dir);
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        try (Launcher launcher = start(app, Launcher.Mode.WATCH, problems)) {
            BundleContext context = launcher.framework().getBundleContext();
            Bundle group = awaitActive(context, App.GROUP_BUNDLE);

            assertThat(group.getLocation()).endsWith(App.groupJar().getFileName().toString());
            assertThat(notActive(context)).as("bundles not active").isEmpty();
            Map<String, String> components = components(context);
            assertThat(components).as("DS components and their states")
                    .containsKey("mou.commands.internal.MouCommands")
                    .containsKey("mou.store.json.internal.JsonWorkspaceStore")
                    .allSatisfy((name, state) -> assertThat(state).as(name).matches("satisfied(; satisfied)*"));
            assertThat(components.keySet()).as("the plugin's components")
                    .anyMatch(name -> name.startsWith("mou.group.airquality."));
            assertThat(bundleNames(context)).contains("mou.core", "mou.store-json", "mou.format-support", "mou.format-html", "mou.format-markdown",
                    "mou.format-json", "mou.commands", "org.apache.felix.scr", "org.apache.felix.fileinstall",
                    "org.apache.felix.gogo.runtime", "org.apache.felix.gogo.command", "org.apache.felix.gogo.shell");
        }
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aCommandRunStartsEverythingButWhatServesOnlyTheShellAndReturnsTheCommandsStatus() throws Exception {
        App app = App.withGroup(dir);
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        try (Launcher launcher = start(app, Launcher.Mode.COMMAND, problems)) {
            BundleContext context = launcher.framework().getBundleContext();

            // the folder watcher, the console and its commands are installed but left stopped
            assertThat(notActive(context)).containsExactlyInAnyOrder("org.apache.felix.fileinstall",
                    "org.apache.felix.gogo.shell", "org.apache.felix.gogo.command");
            assertThat(components(context)).allSatisfy((name, state) -> assertThat(state).as(name).matches("satisfied(; satisfied)*"));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = launcher.run("groups", List.of(), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(App.GROUP_ID + "  ").contains(App.GROUP_BUNDLE);

            int unknownOption = launcher.run("validate", List.of("--strict"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(unknownOption).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--strict'");
        }
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static Bundle awaitActive(BundleContext context, String symbolicName) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (Bundle bundle : context.getBundles()) {
                if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                    return bundle;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(symbolicName + " did not become active within 30 s; bundles: " + bundleNames(context));
    }

    private static List<String> bundleNames(BundleContext context) {
        return Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).toList();
    }

    private static List<String> notActive(BundleContext context) {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(Bundle::getSymbolicName)
                .toList();
    }

    /**
     * Every component description with the states of its configurations ("satisfied" for
     * SATISFIED or ACTIVE, else the state and the unsatisfied references), read from SCR's
     * ServiceComponentRuntime by reflection: its classes live inside the framework.
     */
    private static Map<String, String> components(BundleContext context) throws Exception {
        ServiceReference<?>[] references = context.getAllServiceReferences(SCR, null);
        assertThat(references).as("ServiceComponentRuntime service").isNotEmpty();
        Object runtime = context.getService(references[0]);
        Class<?> type = references[0].getBundle().loadClass(SCR);
        Class<?> descriptionType = references[0].getBundle().loadClass("org.osgi.service.component.runtime.dto.ComponentDescriptionDTO");
        Method descriptions = type.getMethod("getComponentDescriptionDTOs", Bundle[].class);
        Method configurations = type.getMethod("getComponentConfigurationDTOs", descriptionType);
        Method enabled = type.getMethod("isComponentEnabled", descriptionType);

        Map<String, String> states = new TreeMap<>();
        for (Object description : (Collection<?>) descriptions.invoke(runtime, (Object) new Bundle[0])) {
            String name = (String) description.getClass().getField("name").get(description);
            if (!(Boolean) enabled.invoke(runtime, description)) {
                states.put(name, "disabled");
                continue;
            }
            List<String> each = new ArrayList<>();
            for (Object configuration : (Collection<?>) configurations.invoke(runtime, description)) {
                int state = configuration.getClass().getField("state").getInt(configuration);
                if (state == SATISFIED || state == ACTIVE) {
                    each.add("satisfied");
                } else {
                    Object unsatisfied = configuration.getClass().getField("unsatisfiedReferences").get(configuration);
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; unsatisfied != null && i < Array.getLength(unsatisfied); i++) {
                        Object reference = Array.get(unsatisfied, i);
                        missing.add((String) reference.getClass().getField("name").get(reference));
                    }
                    each.add("state " + state + " missing " + missing);
                }
            }
            states.put(name, each.isEmpty() ? "no configuration" : String.join("; ", each));
        }
        context.ungetService(references[0]);
        return states;
    }
}
