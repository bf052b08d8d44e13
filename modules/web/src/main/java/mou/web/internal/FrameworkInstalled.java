package mou.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mou.core.spi.PluginFailure;
import mou.core.spi.PluginProblems;
import mou.web.api.WebContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;

/**
 * What the running framework says about the plugins: the bundle of a service, the plugins that do
 * not run (as the application's {@link PluginProblems} service finds them, the same that
 * {@code ./mou groups} and {@code validate} show) and the web contributions registered now; and a
 * generation that every change of the installed extensions and bundles advances, so that what was
 * made from the plugins of before is made again.
 */
final class FrameworkInstalled implements Installed, AutoCloseable {

    /** The extension services whose coming and going changes a page or a report. */
    static final String EXTENSIONS = "(|(objectClass=mou.core.spi.WorkingGroupPlugin)(objectClass=mou.core.spi.ReportSectionContributor)"
            + "(objectClass=mou.core.spi.ReportFormat)(objectClass=mou.core.spi.DeliverableType)(objectClass=" + WebContribution.class.getName() + "))";

    private final BundleContext context;
    private final PluginProblems problems;
    private final Supplier<List<WebContribution>> contributions;
    private final AtomicLong generation = new AtomicLong();
    private volatile long lastChange = System.nanoTime() - Snapshots.SETTLE_NANOS * 2;
    private final ServiceListener services = event -> changed();
    private final BundleListener bundles = event -> changed();

    FrameworkInstalled(BundleContext context, PluginProblems problems, Supplier<List<WebContribution>> contributions) {
        this.context = context;
        this.problems = problems;
        this.contributions = contributions;
        try {
            context.addServiceListener(services, EXTENSIONS);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        context.addBundleListener(bundles);
    }

    private void changed() {
        lastChange = System.nanoTime();
        generation.incrementAndGet();
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public long lastChange() {
        return lastChange;
    }

    @Override
    public void close() {
        try {
            context.removeServiceListener(services);
            context.removeBundleListener(bundles);
        } catch (IllegalStateException e) {
            // the web bundle is stopping: its listeners go with it
        }
    }

    @Override
    public String bundleOf(Object service) {
        Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        return bundle == null ? "" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    @Override
    public List<PluginFailure> failures() {
        List<PluginFailure> failures = new ArrayList<>(problems.now());
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
        // the model's one id rule, and short enough to be a part of an address (/panel/ID)
        return mou.core.model.Ids.valid(id) && id.length() <= 63;
    }

    @Override
    public List<Contributed> contributions() {
        return contributions.get().stream().filter(FrameworkInstalled::validId).map(c -> new Contributed(c, bundleOf(c)))
                .sorted(Comparator.comparing((Contributed c) -> c.contribution().id())).toList();
    }
}
