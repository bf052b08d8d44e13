package mou.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.model.AnnualReport;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.AssembledReport;
import mou.core.spi.Extensions;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Assembles the combined report from whatever sections the installed bundles contribute, in
 * their order. The core names no working group: chapters exist because plugins contribute them.
 *
 * <p>A plugin's section runs on a worker thread and is given a time limit (the framework
 * property {@value #TIMEOUT_PROPERTY}, milliseconds, default {@value #DEFAULT_TIMEOUT_MILLIS}):
 * one that throws or does not finish in time is replaced by a notice naming its plugin and the
 * cause, so one broken plugin never takes the program office's report down. Sections run one
 * after the other, so the report is the same whatever the threads do; a section that timed out
 * is interrupted and its thread abandoned (worker threads are daemons, they never hold the
 * application open).
 */
@Component(service = ReportService.class)
public final class ReportAssembler implements ReportService {

    static final String TIMEOUT_PROPERTY = "mou.section.timeout";
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    static final String FAILURES_SECTION = "plugin-failures";

    private final Extensions extensions;
    private final Duration timeout;
    private final ExecutorService workers;

    @Activate
    public ReportAssembler(@Reference Extensions extensions, BundleContext context) {
        this(extensions, timeout(context == null ? null : context.getProperty(TIMEOUT_PROPERTY)), null);
    }

    /** With the default time limit, for use outside a framework. */
    public ReportAssembler(Extensions extensions) {
        this(extensions, Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS), null);
    }

    /** With a time limit of its own; the last parameter only keeps the constructors' shapes apart. */
    ReportAssembler(Extensions extensions, Duration timeout, Void unused) {
        this.extensions = extensions;
        this.timeout = timeout;
        this.workers = Executors.newCachedThreadPool(new Workers());
    }

    /** The time limit given as milliseconds; the default when it is missing or not a positive whole number. */
    static Duration timeout(String millis) {
        if (millis != null) {
            try {
                long value = Long.parseLong(millis.trim());
                if (value > 0) {
                    return Duration.ofMillis(value);
                }
            } catch (NumberFormatException e) {
                // a mistyped property must not stop the report: the default applies
            }
        }
        return Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);
    }

    Duration timeout() {
        return timeout;
    }

    @Deactivate
    void deactivate() {
        workers.shutdownNow();
    }

    @Override
    public ReportDocument assemble(Workspace workspace, int year, String language) {
        return assemble(workspace, year, language, List.of()).document();
    }

    @Override
    public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known) {
        AssemblyContext context = AssemblyContext.of(workspace, year, language, extensions);
        List<PluginFailure> failures = new ArrayList<>(known == null ? List.of() : known);
        List<Section> sections = new ArrayList<>();
        boolean knownShown = failures.isEmpty();
        for (ReportSectionContributor contributor : extensions.sections()) {
            if (!knownShown && order(contributor) >= ReportOrder.GROUP_CHAPTERS) {
                sections.add(knownFailures(failures, context));
                knownShown = true;
            }
            sections.addAll(contribute(contributor, context, failures));
        }
        if (!knownShown) {
            sections.add(knownFailures(failures, context));
        }
        String title = workspace.report(year).map(AnnualReport::title)
                .or(() -> Optional.ofNullable(workspace.agreement()).map(a -> a.title()))
                .map(context::text)
                .orElse("");
        ReportDocument document = new ReportDocument(title, context.labels().format("report.subtitle", String.valueOf(year)),
                language, year, sections);
        return new AssembledReport(document, failures);
    }

    private static double order(ReportSectionContributor contributor) {
        try {
            return contributor.order();
        } catch (RuntimeException e) {
            return ReportOrder.GROUP_CHAPTERS;
        }
    }

    /** The notices of the plugins that failed before the report began, where the groups' chapters begin. */
    private static Section knownFailures(List<PluginFailure> failures, AssemblyContext context) {
        List<Block> notices = new ArrayList<>();
        for (PluginFailure failure : failures) {
            notices.add(new Block.Notice(Block.Severity.ERROR, context.labels().format("notice.plugin-not-running",
                    plugin(failure, context), cause(failure, context))));
        }
        return Section.of(FAILURES_SECTION, context.labels().get("section.plugin-failures"), notices);
    }

    /** A plugin that never ran, by its bundle and, when known, its group: "org.example.group-energy 1.0.0 (working group energy)". */
    private static String plugin(PluginFailure failure, AssemblyContext context) {
        String name = failure.bundle() != null ? failure.bundle() : failure.part();
        return failure.group() == null ? name : context.labels().format("notice.who.group", name, failure.group());
    }

    private static String cause(PluginFailure failure, AssemblyContext context) {
        String why = failure.cause() == null ? "" : failure.cause();
        return switch (failure.kind()) {
            case NOT_ACTIVATED -> context.labels().format("notice.cause.not-activated", failure.part(), why);
            case UNSATISFIED -> context.labels().format("notice.cause.unsatisfied", failure.part(), why);
            default -> why;
        };
    }

    /**
     * One contributor's sections, written on a worker within the time limit; a contributor that
     * throws or times out leaves a notice instead, and its failure is added to {@code failures}.
     */
    private List<Section> contribute(ReportSectionContributor contributor, AssemblyContext context, List<PluginFailure> failures) {
        Future<List<Section>> result;
        try {
            result = workers.submit(() -> {
                List<Section> contributed = contributor.contribute(context);
                // copied on the worker: a list the plugin keeps changing cannot stall or break the report
                return contributed == null ? List.of() : List.copyOf(contributed);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return failed(contributor, context, failures, PluginFailure.Kind.SECTION_FAILED,
                    "the report service is stopping");
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return failed(contributor, context, failures, PluginFailure.Kind.SECTION_TIMED_OUT,
                    context.labels().format("notice.cause.timed-out", seconds(timeout)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return failed(contributor, context, failures, PluginFailure.Kind.SECTION_FAILED, describe(cause));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            return failed(contributor, context, failures, PluginFailure.Kind.SECTION_FAILED, "the report was interrupted");
        }
    }

    private static List<Section> failed(ReportSectionContributor contributor, AssemblyContext context, List<PluginFailure> failures,
            PluginFailure.Kind kind, String cause) {
        String id = safeId(contributor);
        Optional<WorkingGroupPlugin> owner = owner(contributor, context);
        PluginFailure failure = new PluginFailure(bundleOf(contributor), owner.map(ReportAssembler::groupId).orElse(null),
                id, kind, cause);
        failures.add(failure);
        String who = who(owner.map(g -> groupName(g, context)).orElse(null), failure, context);
        Block notice = new Block.Notice(Block.Severity.ERROR, context.labels().format("notice.plugin-failed", id, who, cause));
        return List.of(Section.of(id.replaceAll("[^A-Za-z0-9.-]", "-"), id, List.of(notice)));
    }

    /** Who failed, in the report's words: the group's name, its plugin's bundle and the group's id, as far as known. */
    private static String who(String groupName, PluginFailure failure, AssemblyContext context) {
        String bundle = failure.bundle();
        String group = failure.group();
        if (groupName != null && group != null) {
            return bundle != null
                    ? context.labels().format("notice.who.group-bundle", groupName, bundle, group)
                    : context.labels().format("notice.who.group", groupName, group);
        }
        if (bundle != null) {
            return group != null
                    ? context.labels().format("notice.who.bundle-group", bundle, group)
                    : context.labels().format("notice.who.bundle", bundle);
        }
        return group != null ? context.labels().format("notice.who.group-id", group) : failure.part();
    }

    /** "IllegalStateException: the data source is down": the kind of failure and its message. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    private static String safeId(ReportSectionContributor contributor) {
        try {
            String id = contributor.id();
            return id == null || id.isBlank() ? contributor.getClass().getName() : id;
        } catch (RuntimeException e) {
            return contributor.getClass().getName();
        }
    }

    /** The bundle a contributor's class comes from, as "symbolic-name version"; null outside a framework. */
    private static String bundleOf(ReportSectionContributor contributor) {
        Bundle bundle = FrameworkUtil.getBundle(contributor.getClass());
        return bundle == null ? null : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static Optional<WorkingGroupPlugin> owner(ReportSectionContributor contributor, AssemblyContext context) {
        return context.groups().stream()
                .filter(g -> {
                    try {
                        return g.sections().contains(contributor);
                    } catch (RuntimeException e) {
                        return false;
                    }
                })
                .findFirst();
    }

    private static String groupId(WorkingGroupPlugin group) {
        try {
            return group.id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String groupName(WorkingGroupPlugin group, AssemblyContext context) {
        try {
            return context.text(group.name());
        } catch (RuntimeException e) {
            return String.valueOf(groupId(group));
        }
    }

    /** Daemon threads, so that an abandoned section never keeps the application from exiting. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "mou-report-section-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
