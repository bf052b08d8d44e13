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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mou.core.command.CommandHelp;
import mou.core.spi.PluginFailure;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The commands' view of the running OSGi framework. The launcher sets {@code mou.home} and
 * {@code mou.plugins} as framework properties; {@code mou.install.timeout} (milliseconds, default
 * 10000) bounds the wait for a newly installed plugin's working group.
 */
final class FrameworkPlatform implements Platform {

    private static final long DEFAULT_WAIT_MILLIS = 10_000;
    /** How often the wait for a started bundle's working groups looks at its components again. */
    private static final long POLL_MILLIS = 50;

    /** A component property naming the working group a plugin's component provides, so that a failure can name it. */
    static final String GROUP_PROPERTY = "mou.group";

    private final BundleContext context;
    private final ServiceComponentRuntime components;

    FrameworkPlatform(BundleContext context, ServiceComponentRuntime components) {
        this.context = context;
        this.components = components;
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
    public PluginJar read(Path jar) throws PluginJar.NotAPlugin {
        return new JarProbe(context).read(jar);
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
        Bundle bundle;
        boolean updated = !same.isEmpty();
        try (InputStream in = Files.newInputStream(jar.path())) {
            if (updated) {
                // Updating in place keeps the bundle's id and location, so FileInstall (in the
                // shell) keeps treating it as the jar it watches.
                bundle = same.get(0);
                bundle.update(in);
                for (Bundle extra : same.subList(1, same.size())) {
                    extra.uninstall();
                }
            } else {
                bundle = context.installBundle(location, in);
            }
        } catch (IOException e) {
            throw new Refused("cannot read " + jar.path() + "; check that it is there and that you may read it");
        } catch (BundleException | IllegalStateException | SecurityException e) {
            throw new Refused("the framework would not install " + jar.label() + ": " + e.getMessage());
        }
        // the working groups this bundle registers, tracked from before its start
        ServiceTracker<WorkingGroupPlugin, WorkingGroupPlugin> registered;
        try {
            registered = new ServiceTracker<>(context, context.createFilter("(&(" + Constants.OBJECTCLASS + "="
                    + WorkingGroupPlugin.class.getName() + ")(" + Constants.SERVICE_BUNDLEID + "=" + bundle.getBundleId() + "))"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        registered.open();
        try {
            FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
            if (!wiring.resolveBundles(List.of(bundle))) {
                String why = whyNotActive(bundle);
                putBack(bundle, updated, previous);
                throw new Refused(jar.label() + " cannot run with this core: " + why + "; it was not installed");
            }
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException | SecurityException e) {
                putBack(bundle, updated, previous);
                throw new Refused(jar.label() + " does not start: " + e.getMessage());
            }
            List<Group> groups = groupsOf(bundle);
            if (groups.isEmpty()) {
                groups = awaitGroups(bundle, registered);
            }
            if (groups.isEmpty()) {
                List<PluginFailure> problems = componentProblems(bundle);
                putBack(bundle, updated, previous);
                if (!problems.isEmpty()) {
                    throw new Refused(jar.label() + " started but registered no working group: "
                            + String.join("; ", problems.stream().map(FrameworkPlatform::withoutPlugin).toList())
                            + "; it was not installed");
                }
                throw new Refused(jar.label() + " started but registered no working group within "
                        + waitMillis() / 1000.0 + " s (its WorkingGroupPlugin component is probably unsatisfied or failed:"
                        + " run `mou shell` and `scr:info` to see why); it was not installed");
            }
            // a working group's id is its data's key (groups/ID/): a second plugin for the same id would write its chapter
            // from the first one's data under its own name, and uninstalling by id could take away either
            for (Group group : groups) {
                Optional<Bundle> other = bundleOfGroup(group.id(), bundle);
                if (other.isPresent()) {
                    putBack(bundle, updated, previous);
                    throw new Refused(jar.label() + " provides the working group " + group.id() + ", which " + other.get().getSymbolicName() + " "
                            + other.get().getVersion() + " already provides; a working group has one plugin. Give the new plugin its own"
                            + " group id, or uninstall " + group.id() + " first if it replaces that plugin; it was not installed");
                }
            }
            return new Installed(info(bundle), groups, updated);
        } finally {
            registered.close();
        }
    }

    /** The bundle other than {@code except} that provides the working group {@code id}, if one does. */
    private Optional<Bundle> bundleOfGroup(String id, Bundle except) {
        for (Bundle b : context.getBundles()) {
            if (b != except && b.getState() == Bundle.ACTIVE && groupsOf(b).stream().anyMatch(g -> g.id().equals(id))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
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

    /**
     * Waits up to {@code mou.install.timeout} for the bundle's working groups. A component that failed to activate does
     * not try again by itself, so the wait ends as soon as one of the bundle's components is in that state: the broken
     * plugin is refused at once rather than after the whole wait (an unsatisfied component may still be satisfied, and is
     * waited for).
     */
    private List<Group> awaitGroups(Bundle bundle, ServiceTracker<WorkingGroupPlugin, WorkingGroupPlugin> registered) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis());
        List<Group> groups = List.of();
        try {
            while (groups.isEmpty() && !failedToActivate(bundle)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                registered.waitForService(Math.min(left, POLL_MILLIS));
                groups = groupsOf(bundle);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return groups.isEmpty() ? groupsOf(bundle) : groups;
    }

    private boolean failedToActivate(Bundle bundle) {
        return componentProblems(bundle).stream().anyMatch(p -> p.kind() == PluginFailure.Kind.NOT_ACTIVATED);
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
    public List<PluginFailure> pluginProblems() {
        List<PluginFailure> problems = new ArrayList<>();
        List<Bundle> plugins = Arrays.stream(context.getBundles())
                .filter(b -> inPlugins(b.getLocation()))
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .sorted(Comparator.comparing(Bundle::getLocation))
                .toList();
        for (Bundle bundle : plugins) {
            if (bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                problems.addAll(componentProblems(bundle));
            } else if (bundle.getState() != Bundle.UNINSTALLED) {
                problems.add(new PluginFailure(label(bundle), null, String.valueOf(bundle.getSymbolicName()),
                        PluginFailure.Kind.NOT_ACTIVE, whyNotActive(bundle)));
            }
        }
        return problems;
    }

    /** The components of a bundle that failed to activate or wait for something, each with the reason. */
    private List<PluginFailure> componentProblems(Bundle bundle) {
        List<PluginFailure> problems = new ArrayList<>();
        if (components == null) {
            return problems;
        }
        List<ComponentDescriptionDTO> descriptions = new ArrayList<>(components.getComponentDescriptionDTOs(bundle));
        descriptions.sort(Comparator.comparing(d -> String.valueOf(d.name)));
        for (ComponentDescriptionDTO description : descriptions) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            Object group = description.properties == null ? null : description.properties.get(GROUP_PROPERTY);
            String groupId = group == null ? null : String.valueOf(group);
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(new PluginFailure(label(bundle), groupId,
                            description.name, PluginFailure.Kind.NOT_ACTIVATED, rootCause(configuration.failure)));
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> problems.add(new PluginFailure(label(bundle), groupId,
                            description.name, PluginFailure.Kind.UNSATISFIED, "it needs " + String.join(" and ",
                                    Arrays.stream(configuration.unsatisfiedReferences == null
                                            ? new UnsatisfiedReferenceDTO[0] : configuration.unsatisfiedReferences)
                                            .map(r -> "a " + interfaceOf(description, r.name) + " service")
                                            .toList())));
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> problems.add(new PluginFailure(label(bundle), groupId,
                            description.name, PluginFailure.Kind.UNSATISFIED, "it needs a configuration, and none is given"));
                    default -> {
                        // satisfied or active: nothing to say
                    }
                }
            }
            if ("require".equals(description.configurationPolicy)
                    && components.getComponentConfigurationDTOs(description).isEmpty()) {
                problems.add(new PluginFailure(label(bundle), groupId, description.name, PluginFailure.Kind.UNSATISFIED,
                        "it needs a configuration, and none is given"));
            }
        }
        return problems;
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String reference) {
        if (description.references != null) {
            for (var r : description.references) {
                if (reference.equals(r.name)) {
                    return r.interfaceName;
                }
            }
        }
        return reference;
    }

    /**
     * The root cause of a failure as SCR records it (a stack trace): "IllegalStateException: no
     * licence", the innermost exception's simple class name and message.
     */
    static String rootCause(String trace) {
        if (trace == null || trace.isBlank()) {
            return "no reason was given";
        }
        List<String> lines = trace.lines().map(String::strip).toList();
        String cause = lines.get(0);
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        int colon = cause.indexOf(':');
        String type = colon < 0 ? cause : cause.substring(0, colon);
        if (type.matches("[\\w$.]+")) {
            cause = type.substring(type.lastIndexOf('.') + 1) + (colon < 0 ? "" : cause.substring(colon));
        }
        return cause;
    }

    /**
     * Why a plugin bundle is not active, as far as the framework tells: the package imports that no
     * installed bundle exports in a version they accept (the framework's own reading of the
     * manifest: the revision's requirements and the other bundles' capabilities), or its state.
     */
    private String whyNotActive(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (bundle.getState() == Bundle.INSTALLED && revision != null) {
            List<BundleCapability> exports = Arrays.stream(context.getBundles())
                    .map(b -> b.adapt(BundleRevision.class)).filter(r -> r != null && r != revision)
                    .flatMap(r -> r.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE).stream()).toList();
            List<String> missing = new ArrayList<>();
            for (BundleRequirement requirement : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
                if (PackageNamespace.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                        || exports.stream().anyMatch(requirement::matches)) {
                    continue;
                }
                String filter = requirement.getDirectives().getOrDefault(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE, "");
                String name = find(filter, "\\(" + PackageNamespace.PACKAGE_NAMESPACE + "=([^)]+)\\)", "?");
                List<String> exported = exports.stream().filter(c -> name.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
                        .map(c -> String.valueOf(c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))).distinct().sorted().toList();
                missing.add(name + " " + range(filter) + (exported.isEmpty()
                        ? " (no bundle exports it)" : " (installed: " + String.join(", ", exported) + ")"));
            }
            return missing.isEmpty()
                    ? "its bundle is installed but not resolved"
                    : "its bundle is not resolved: it needs " + String.join(", ", missing)
                            + "; use a build of the plugin made for this core";
        }
        return "its bundle is " + (bundle.getState() == Bundle.RESOLVED ? "resolved but not started (its start failed)"
                : bundle.getState() == Bundle.STOPPING ? "stopping" : "not active");
    }

    /**
     * The version range of a package requirement's filter as the framework writes it, e.g.
     * {@code (&(osgi.wiring.package=p)(version>=1.0.0)(!(version>=2.0.0)))} is {@code [1.0.0,2.0.0)}.
     */
    static String range(String filter) {
        String floor = find(filter, "\\(version>=([^)]+)\\)", null);
        String above = find(filter, "\\(version>([^=)][^)]*)\\)", null);
        String ceiling = find(filter, "\\(!\\(version>=([^)]+)\\)\\)", null);
        String atMost = find(filter, "\\(version<=([^)]+)\\)", null);
        String low = floor != null && !filter.contains("(!(version>=" + floor + "))") ? "[" + floor : above != null ? "(" + above : "[0.0.0";
        return ceiling != null ? low + "," + ceiling + ")" : atMost != null ? low + "," + atMost + "]" : low.substring(1);
    }

    static String find(String text, String pattern, String otherwise) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    private static String label(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    /** A failure's words without the plugin's name, for a message that names the plugin already. */
    private static String withoutPlugin(PluginFailure failure) {
        String line = failure.describe();
        String plugin = failure.plugin() + ": ";
        return line.startsWith(plugin) ? line.substring(plugin.length()) : line;
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

    @Override
    public List<String> otherCommands() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        try {
            org.osgi.framework.ServiceReference<?>[] references = context.getServiceReferences((String) null, "(osgi.command.scope=mou)");
            for (org.osgi.framework.ServiceReference<?> reference : references == null ? new org.osgi.framework.ServiceReference<?>[0] : references) {
                if (reference.getBundle() != null && reference.getBundle().getBundleId() == context.getBundle().getBundleId()) {
                    continue;
                }
                for (String name : CommandLine.functions(reference.getProperty("osgi.command.function"))) {
                    names.add(name.startsWith("_") ? name.substring(1) : name);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }

    @Override
    public List<CommandHelp> commandHelp() {
        Collection<ServiceReference<CommandHelp>> references;
        try {
            references = context.getServiceReferences(CommandHelp.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<CommandHelp> helps = new ArrayList<>();
        for (ServiceReference<CommandHelp> reference : references) {
            CommandHelp help = context.getService(reference);
            if (help == null) {
                continue;
            }
            try {
                helps.add(Snapshot.of(help));
            } catch (RuntimeException e) {
                // a bundle whose help fails gives none: its commands are still listed by name
            } finally {
                context.ungetService(reference);
            }
        }
        helps.sort(Comparator.comparingInt(h -> h.topics().stream().mapToInt(CommandHelp.Topic::order).min().orElse(Integer.MAX_VALUE)));
        return helps;
    }

    /** What a bundle's help says, read once, so that the service is not held. */
    private record Snapshot(List<CommandHelp.Topic> topics, java.util.Map<String, String> usages) implements CommandHelp {

        static Snapshot of(CommandHelp help) {
            List<CommandHelp.Topic> topics = List.copyOf(help.topics());
            java.util.Map<String, String> usages = new java.util.LinkedHashMap<>();
            topics.forEach(t -> t.summaries().keySet().forEach(c -> help.usage(c).ifPresent(u -> usages.put(c, u))));
            return new Snapshot(topics, usages);
        }

        @Override
        public Optional<String> usage(String command) {
            return Optional.ofNullable(usages.get(command));
        }
    }

    /** The application's version: the commands bundle's, which is the build's (the core's follows its API's). */
    @Override
    public Optional<String> applicationVersion() {
        return Optional.of(context.getBundle().getVersion().toString());
    }

    @Override
    public List<BundleInfo> installedPlugins() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != Bundle.UNINSTALLED && inPlugins(b.getLocation()))
                .sorted(Comparator.comparing(Bundle::getLocation))
                .map(FrameworkPlatform::info)
                .toList();
    }
}
