package mou.bench;

import java.util.ArrayList;
import java.util.List;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The synthetic groups ({@link SyntheticGroup}, {@code g0001}...) as a plugin bundle that a launched
 * {@code ./mou serve} installs from its plugins folder: its activator registers one
 * {@link WorkingGroupPlugin} service per group, as many as its manifest's {@value #HEADER} header
 * says. {@link WebBench} makes the jar from this module's compiled classes, so that it measures a
 * 1,000-group workspace under the real server.
 */
public final class SyntheticPlugin implements BundleActivator {

    /** The manifest header with the number of synthetic groups. */
    public static final String HEADER = "Mou-Synthetic-Groups";

    private final List<ServiceRegistration<WorkingGroupPlugin>> registered = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        int groups = Integer.parseInt(context.getBundle().getHeaders().get(HEADER).strip());
        for (int n = 1; n <= groups; n++) {
            registered.add(context.registerService(WorkingGroupPlugin.class, new SyntheticGroup(n, groups), null));
        }
    }

    @Override
    public void stop(BundleContext context) {
        registered.forEach(ServiceRegistration::unregister);
        registered.clear();
    }
}
