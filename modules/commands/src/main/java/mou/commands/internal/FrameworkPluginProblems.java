package mou.commands.internal;

import java.util.List;
import mou.core.spi.PluginFailure;
import mou.core.spi.PluginProblems;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** {@link PluginProblems} as the commands find them ({@link FrameworkPlatform#pluginProblems}), offered to the other bundles (the web pages). */
@Component(service = PluginProblems.class)
public final class FrameworkPluginProblems implements PluginProblems {

    private final FrameworkPlatform platform;

    @Activate
    public FrameworkPluginProblems(@Reference ServiceComponentRuntime components, BundleContext context) {
        this.platform = new FrameworkPlatform(context, components);
    }

    @Override
    public List<PluginFailure> now() {
        return platform.pluginProblems();
    }
}
