package mou.web.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import mou.core.spi.PluginFailure;
import mou.web.api.WebContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * What the running framework says about the plugins: the bundle of a service, the plugins of the
 * plugins folder that do not run (a bundle not active, a component that failed to activate or
 * waits for a service), and the web contributions registered now.
 */
final class FrameworkInstalled implements Installed {

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final Supplier<List<WebContribution>> contributions;
    private final Path plugins;

    FrameworkInstalled(BundleContext context, ServiceComponentRuntime components, Supplier<List<WebContribution>> contributions) {
        this.context = context;
        this.components = components;
        this.contributions = contributions;
        String folder = context.getProperty("mou.plugins");
        this.plugins = folder == null || folder.isBlank() ? null : Path.of(folder).toAbsolutePath().normalize();
    }

    @Override
    public String bundleOf(Object service) {
        Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        return bundle == null ? "" : label(bundle);
    }

    private static String label(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    @Override
    public List<PluginFailure> failures() {
        List<PluginFailure> failures = new ArrayList<>();
        List<Bundle> bundles = Arrays.stream(context.getBundles()).filter(this::inPlugins)
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null).sorted(Comparator.comparing(Bundle::getLocation)).toList();
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
                failures.add(new PluginFailure(label(bundle), null, bundle.getSymbolicName(), PluginFailure.Kind.NOT_ACTIVE,
                        bundle.getState() == Bundle.INSTALLED ? "it cannot be resolved (a package or service it needs is missing)" : "it is not started"));
                continue;
            }
            for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
                Object group = description.properties == null ? null : description.properties.get("mou.group");
                for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        failures.add(new PluginFailure(label(bundle), group == null ? null : String.valueOf(group), description.name,
                                PluginFailure.Kind.NOT_ACTIVATED, configuration.failure == null ? "" : firstLine(configuration.failure)));
                    } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                        failures.add(new PluginFailure(label(bundle), group == null ? null : String.valueOf(group), description.name,
                                PluginFailure.Kind.UNSATISFIED, "it waits for a service that is not there"));
                    }
                }
            }
        }
        for (WebContribution c : contributions.get()) {
            if (!validId(c)) {
                failures.add(new PluginFailure(bundleOf(c), null, "web contribution", PluginFailure.Kind.NOT_ACTIVATED,
                        "its id '" + c.id() + "' is not lower-case letters, digits and hyphens, so it is not shown"));
            }
        }
        return failures;
    }

    static boolean validId(WebContribution contribution) {
        String id = contribution.id();
        return id != null && id.matches("[a-z0-9][a-z0-9-]{0,62}");
    }

    private static String firstLine(String failure) {
        String line = failure.lines().findFirst().orElse("");
        return line.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }

    private boolean inPlugins(Bundle bundle) {
        if (plugins == null) {
            return false;
        }
        try {
            String location = bundle.getLocation().replaceFirst("^reference:", "");
            return location.startsWith("file:") && Path.of(URI.create(location)).toAbsolutePath().normalize().startsWith(plugins);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<Contributed> contributions() {
        return contributions.get().stream().filter(FrameworkInstalled::validId).map(c -> new Contributed(c, bundleOf(c)))
                .sorted(Comparator.comparing((Contributed c) -> c.contribution().id())).toList();
    }
}
