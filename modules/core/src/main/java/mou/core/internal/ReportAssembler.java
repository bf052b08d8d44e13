package mou.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.report.TextMarks;
import mou.core.spi.AssembledReport;
import mou.core.spi.Extensions;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportContext;
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
 * application open), and the sections after it go on on another worker.
 *
 * <p>One worker runs the sections in turn while the caller sleeps until they are all written or
 * the running one is out of time: a report of a thousand groups has over a thousand sections,
 * and handing each to a worker and waking the caller for its result took two thread switches a
 * section, which on a busy machine each wait for a processor.
 */
@Component(service = ReportService.class)
public final class ReportAssembler implements ReportService {

    static final String TIMEOUT_PROPERTY = "mou.section.timeout";
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    static final String FAILURES_SECTION = "plugin-failures";

    private final Extensions extensions;
    private final Duration timeout;
    private final ExecutorService workers;
    private final GroupChapters chapters = new GroupChapters();

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
        return assemble(workspace, year, language, known, null);
    }

    @Override
    public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known, String missingReason) {
        String reason = missingReason == null || missingReason.isBlank() ? null : missingReason.strip();
        AssemblyContext context = AssemblyContext.of(workspace, year, language, extensions);
        List<PluginFailure> failures = new ArrayList<>(known == null ? List.of() : known);
        List<ReportSectionContributor> contributors = extensions.sections();
        Outcome[] outcomes = contributeKept(contributors, context);
        Map<ReportSectionContributor, String> owners = GroupChapters.owners(context.groups());
        java.util.Set<String> notOpenedSaid = new java.util.HashSet<>();
        List<Section> sections = new ArrayList<>();
        boolean knownShown = failures.isEmpty();
        for (int i = 0; i < contributors.size(); i++) {
            ReportSectionContributor contributor = contributors.get(i);
            if (!knownShown && order(contributor) >= ReportOrder.GROUP_CHAPTERS) {
                sections.add(knownFailures(failures, context, reason));
                knownShown = true;
            }
            String unplaceable = unplaceable(contributor);
            if (unplaceable != null) {
                // It cannot say where it goes (the registry put it last): left out, with its failure named.
                sections.addAll(failed(contributor, context, failures, PluginFailure.Kind.SECTION_FAILED, unplaceable, reason));
                continue;
            }
            List<Section> given = sections(contributor, outcomes[i], context, failures, reason);
            String owner = owners.get(contributor);
            // a group with a plan, whose chapter was written (not a failure's notice), that has no year of the report's
            if (owner != null && outcomes[i].sections() != null && !given.isEmpty() && context.plan(owner).isPresent()
                    && context.groupYear(owner).isEmpty() && notOpenedSaid.add(owner)) {
                given = withNotOpenedNotice(given, owner, context);
            }
            sections.addAll(given);
        }
        if (!knownShown) {
            sections.add(knownFailures(failures, context, reason));
        }
        sections = Overviews.link(sections);
        sections = withInferredNotice(sections, context);
        String title = title(workspace, year, context);
        ReportDocument document = new ReportDocument(title, context.labels().format("report.subtitle", String.valueOf(year)),
                language, year, sections, draft(workspace, year), publisher(workspace, context));
        return new AssembledReport(withUntranslatedNotice(document, context), failures);
    }

    @Override
    public List<Text> shownTexts(Workspace workspace, int year) {
        return ShownTexts.of(workspace, year, installedIds(extensions.groups()));
    }

    private static java.util.Set<String> installedIds(List<mou.core.spi.WorkingGroupPlugin> groups) {
        return groups.stream().map(mou.core.spi.WorkingGroupPlugin::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The sections with {@code notice} as the first block of the first. */
    private static List<Section> withNoticeFirst(List<Section> sections, Block notice) {
        List<Section> withNotice = new ArrayList<>(sections);
        Section first = sections.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks().size() + 1);
        blocks.add(notice);
        blocks.addAll(first.blocks());
        withNotice.set(0, new Section(first.id(), first.title(), blocks, first.subsections()));
        return withNotice;
    }

    /**
     * A group's chapter with a notice at its top when the group did not open the year reported on: its
     * plan is shown with no rating of that year, which a reader would otherwise take for a year with
     * nothing done.
     */
    private static List<Section> withNotOpenedNotice(List<Section> sections, String groupId, AssemblyContext context) {
        String name = context.plan(groupId).map(p -> p.name() == null ? groupId : p.name().in(context.language())).orElse(groupId);
        Block notice = new Block.Notice(Block.Severity.WARNING, context.labels().format("notice.notOpened", name, String.valueOf(context.year())));
        return withNoticeFirst(sections, notice);
    }

    /**
     * The sections with a notice at the top of the first when levels of the year reported on were
     * inferred from a narrative rather than stated by the groups (the shipped 2016 year): how many,
     * and that each is marked. Formats mark each inferred level themselves. A level carried over into
     * the year (not yet rated for it) that was inferred in the year before is not inferred from this
     * year's narrative: a second notice counts those apart, so that a 2017 report does not say that
     * its levels were inferred from a narrative of 2017.
     */
    static List<Section> withInferredNotice(List<Section> sections, AssemblyContext context) {
        int rated = 0;
        int inferred = 0;
        int carriedInferred = 0;
        for (WorkingGroupPlugin group : context.groups()) {
            WorkingGroupPlan plan = context.plan(group.id()).orElse(null);
            GroupYear groupYear = context.groupYear(group.id()).orElse(null);
            if (plan == null || groupYear == null) {
                continue;
            }
            for (mou.core.model.Activity activity : plan.activities()) {
                mou.core.model.Assessment assessment = groupYear.assessment(activity.id()).orElse(null);
                if (assessment != null && assessment.level() != null) {
                    rated++;
                    if (assessment.inferred() && assessment.carriedOver()) {
                        carriedInferred++;
                    } else if (assessment.inferred()) {
                        inferred++;
                    }
                }
            }
        }
        if (sections.isEmpty()) {
            return sections;
        }
        String year = String.valueOf(context.year());
        List<Section> with = sections;
        if (carriedInferred > 0) {
            with = withNoticeFirst(with, new Block.Notice(Block.Severity.INFO,
                    context.labels().format("notice.inferred.carried", year, rated, carriedInferred)));
        }
        if (inferred > 0) {
            with = withNoticeFirst(with, new Block.Notice(Block.Severity.INFO, inferred == rated
                    ? context.labels().format("notice.inferred.all", year, rated)
                    : context.labels().format("notice.inferred.some", year, rated, inferred)));
        }
        return with;
    }

    /**
     * The document with notices at the top of its first section when some of the workspace's texts it
     * shows have no version in its language yet (how many distinct texts, and that each is shown in
     * English with a mark; texts marked {@code asIs} are not counted), and when some of their Spanish
     * versions translate an older English (how many: each is shown as it was translated, unmarked, since
     * it is still the nearest Spanish there is; {@code validate --language es} lists them).
     */
    static ReportDocument withUntranslatedNotice(ReportDocument document, AssemblyContext context) {
        if (context.language() == null || "en".equals(context.language()) || document.sections().isEmpty()) {
            return document; // an English report shows every text in English: no marks to count (and no walk over a large report)
        }
        int untranslated = mou.core.report.TextMarks.untranslated(document).size();
        long stale = "es".equals(context.language())
                ? ShownTexts.of(context.workspace(), context.year(), installedIds(context.groups())).stream().filter(Text::spanishStale).count()
                : 0;
        List<Block> notices = new ArrayList<>();
        if (untranslated > 0) {
            notices.add(new Block.Notice(Block.Severity.WARNING, context.labels().plural("notice.untranslated", untranslated)));
        }
        if (stale > 0) {
            notices.add(new Block.Notice(Block.Severity.WARNING, context.labels().plural("notice.stale", stale)));
        }
        if (notices.isEmpty()) {
            return document;
        }
        List<Section> sections = new ArrayList<>(document.sections());
        Section first = sections.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        int at = 0;
        while (at < blocks.size() && blocks.get(at) instanceof Block.Notice) {
            at++; // after the notices already at the top (levels inferred)
        }
        blocks.addAll(at, notices);
        sections.set(0, new Section(first.id(), first.title(), blocks, first.subsections()));
        return document.withSections(sections);
    }

    /**
     * Whether the year's report is a draft: some group has the year and not every such group's
     * year is published (see {@link ReportDocument#draft()}).
     */
    static boolean draft(Workspace workspace, int year) {
        boolean any = false;
        for (GroupYear groupYear : workspace.years()) {
            if (groupYear.year() == year) {
                any = true;
                if (!groupYear.published()) {
                    return true;
                }
            }
        }
        return !any;
    }

    /** The year's report title, else the agreement's, else none. */
    private static String title(Workspace workspace, int year, AssemblyContext context) {
        AnnualReport report = workspace.report(year).orElse(null);
        if (report != null && report.title() != null) {
            return context.text(report.title());
        }
        if (workspace.agreement() != null && workspace.agreement().title() != null) {
            return context.text(workspace.agreement().title());
        }
        return "";
    }

    /**
     * Who publishes a year's report, in its language: the program office of the agreement, named by the agreement's short
     * title (its title when it has none), e.g. "Program Office, California-Mexico MOU"; not the report's title, which the
     * program office may word as it likes. Plain text: metadata show no marks.
     */
    private static String publisher(Workspace workspace, AssemblyContext context) {
        Agreement agreement = workspace.agreement();
        Text name = agreement == null ? null : agreement.shortTitle() != null && !agreement.shortTitle().en().isBlank() ? agreement.shortTitle()
                : agreement.title();
        String shown = name == null ? "" : TextMarks.plain(context.text(name)).strip();
        return shown.isEmpty() ? context.labels().get("report.publisher.office") : context.labels().format("report.publisher", shown);
    }

    /** Why a contributor cannot be placed in the report (its {@code order()} throws or is no number), or null when it can. */
    private static String unplaceable(ReportSectionContributor contributor) {
        try {
            double order = contributor.order();
            return Double.isNaN(order) ? "its place in the report (order) is not a number" : null;
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    private static double order(ReportSectionContributor contributor) {
        try {
            return contributor.order();
        } catch (RuntimeException e) {
            return ReportOrder.GROUP_CHAPTERS;
        }
    }

    @Override
    public List<PluginFailure> missingPlugins(Workspace workspace, int year) {
        List<PluginFailure> missing = new ArrayList<>();
        for (WorkingGroupPlan plan : workspace.plans()) {
            String id = plan.groupId();
            if (workspace.year(id, year).isPresent() && extensions.group(id).isEmpty()) {
                missing.add(new PluginFailure(null, id, id, PluginFailure.Kind.NOT_INSTALLED, null));
            }
        }
        return List.copyOf(missing);
    }

    @Override
    public AssembledReport assembleQuarter(Workspace workspace, String groupId, int year, int quarter, String language) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        if (workspace.plan(groupId).isEmpty() || workspace.year(groupId, year).isEmpty()) {
            throw new IllegalArgumentException("the workspace has no progress of the working group " + groupId + " for " + year);
        }
        AssemblyContext context = AssemblyContext.of(workspace, year, language, extensions);
        String[] title = new String[1];
        ReportSectionContributor part = new ReportSectionContributor() {
            @Override
            public String id() {
                return groupId + ".quarter";
            }

            @Override
            public double order() {
                return ReportOrder.GROUP_CHAPTERS;
            }

            @Override
            public List<Section> contribute(mou.core.spi.ReportContext ignored) {
                title[0] = QuarterlyReport.title(context, groupId, quarter);
                return QuarterlyReport.sections(context, groupId, quarter);
            }
        };
        Outcome outcome = contribute(List.of(part), context)[0];
        List<PluginFailure> failures = new ArrayList<>();
        List<Section> sections;
        String heading;
        if (outcome.sections() != null) {
            sections = outcome.sections();
            heading = title[0];
        } else {
            // the group's own plugin gave what failed (its name, its topic, its deliverable types)
            Optional<WorkingGroupPlugin> plugin = QuarterlyReport.plugin(context, groupId);
            Bundle bundle = plugin.map(p -> FrameworkUtil.getBundle(p.getClass())).orElse(null);
            PluginFailure failure = new PluginFailure(bundle == null ? null : bundle.getSymbolicName() + " " + bundle.getVersion(),
                    groupId, part.id(), outcome.kind(), cause(outcome, context));
            failures.add(failure);
            String who = who(context.text(workspace.plan(groupId).get().name()), failure, context);
            sections = List.of(Section.of(part.id(), part.id(), List.of(new Block.Notice(Block.Severity.ERROR,
                    context.labels().format("notice.plugin-failed", part.id(), who, failure.cause())))));
            heading = QuarterlyReport.plainTitle(context, groupId, quarter);
        }
        ReportDocument document = new ReportDocument(heading, QuarterlyReport.subtitle(context, groupId), language, year, sections);
        return new AssembledReport(document, failures);
    }

    /** The notices of the plugins that failed before the report began, where the groups' chapters begin. */
    private static Section knownFailures(List<PluginFailure> failures, AssemblyContext context, String reason) {
        List<Block> notices = new ArrayList<>();
        for (PluginFailure failure : failures) {
            String who = plugin(failure, context);
            notices.add(new Block.Notice(Block.Severity.ERROR, failure.kind() == PluginFailure.Kind.NOT_INSTALLED
                    ? context.labels().format("notice.plugin-not-installed", who)
                    : context.labels().format("notice.plugin-not-running", who, cause(failure, context))));
            if (reason != null) {
                notices.add(publishedWithout(who, reason, context));
            }
        }
        return Section.of(FAILURES_SECTION, context.labels().get("section.plugin-failures"), notices);
    }

    /** "Published without X: REASON": the program office's reason to publish the report without a part. */
    private static Block publishedWithout(String who, String reason, AssemblyContext context) {
        return new Block.Notice(Block.Severity.WARNING, context.labels().format("notice.published-without", who, reason));
    }

    /**
     * A plugin that never ran, by its bundle and, when known, its group: "org.example.group-energy
     * 1.0.0 (working group energy)"; a group without a plugin by its plan's name: "Energy Working
     * Group (working group energy)".
     */
    private static String plugin(PluginFailure failure, AssemblyContext context) {
        String name = failure.bundle() != null ? failure.bundle() : failure.part();
        if (failure.kind() == PluginFailure.Kind.NOT_INSTALLED && failure.group() != null) {
            name = context.plan(failure.group()).map(p -> context.text(p.name())).orElse(failure.group());
        }
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
     * What each contributor gave, as {@link #contribute}, a working group's sections taken as kept
     * when their group and what every chapter shares are as they were when they were last written
     * ({@link GroupChapters}): each group's sections see only their group, and those written now are kept.
     */
    private Outcome[] contributeKept(List<ReportSectionContributor> contributors, AssemblyContext context) {
        Map<ReportSectionContributor, String> owners = GroupChapters.owners(context.groups());
        GroupChapters.Round round = chapters.round(context);
        ReportContext[] contexts = new ReportContext[contributors.size()];
        GroupChapters.Inputs[] inputs = new GroupChapters.Inputs[contributors.size()];
        Outcome[] outcomes = new Outcome[contributors.size()];
        for (int i = 0; i < contributors.size(); i++) {
            ReportSectionContributor contributor = contributors.get(i);
            String group = owners.get(contributor);
            if (group == null) {
                contexts[i] = context;
                continue;
            }
            inputs[i] = new GroupChapters.Inputs(context.plans().get(group), context.groupYears(group));
            List<Section> kept = round.kept(contributor, inputs[i]);
            if (kept != null) {
                outcomes[i] = new Outcome(kept, null, null);
            } else {
                contexts[i] = GroupChapters.scoped(context, group);
            }
        }
        contribute(contributors, contexts, outcomes);
        for (int i = 0; i < outcomes.length; i++) {
            // a group's sections written now (given a context: those kept have none) and not failed
            if (inputs[i] != null && contexts[i] != null && outcomes[i].sections() != null) {
                round.keep(contributors.get(i), inputs[i], outcomes[i].sections());
            }
        }
        round.finish();
        return outcomes;
    }

    /**
     * What each contributor gave, or why it gave nothing, in their order: written on workers,
     * one after the other, each within the time limit.
     */
    private Outcome[] contribute(List<ReportSectionContributor> contributors, AssemblyContext context) {
        ReportContext[] contexts = new ReportContext[contributors.size()];
        java.util.Arrays.fill(contexts, context);
        return contribute(contributors, contexts, new Outcome[contributors.size()]);
    }

    /**
     * What each contributor without an outcome yet gave, each in its own context, or why it gave
     * nothing: written on workers, one after the other, each within the time limit.
     */
    private Outcome[] contribute(List<ReportSectionContributor> contributors, ReportContext[] contexts, Outcome[] outcomes) {
        int next = 0;
        while (next < contributors.size()) {
            if (outcomes[next] != null) {
                next++;
                continue;
            }
            Run run = new Run(contributors, next, contexts, outcomes, workers);
            try {
                workers.execute(run);
            } catch (RejectedExecutionException e) {
                outcomes[next++] = Outcome.failed(PluginFailure.Kind.SECTION_FAILED, "the report service is stopping");
                continue;
            }
            next = run.await(timeout);
        }
        return outcomes;
    }

    /** A contributor's sections, or a notice in their place when it failed (its failure is added to {@code failures}). */
    private List<Section> sections(ReportSectionContributor contributor, Outcome outcome, AssemblyContext context, List<PluginFailure> failures,
            String reason) {
        if (outcome.sections() != null) {
            return outcome.sections();
        }
        return failed(contributor, context, failures, outcome.kind(), cause(outcome, context), reason);
    }

    /** Why a contributor gave nothing, for a person. */
    private String cause(Outcome outcome, AssemblyContext context) {
        return outcome.kind() == PluginFailure.Kind.SECTION_TIMED_OUT
                ? context.labels().format("notice.cause.timed-out", seconds(timeout))
                : outcome.cause();
    }

    /** What one contributor gave: its sections, or (sections null) the kind of failure and its cause. */
    private record Outcome(List<Section> sections, PluginFailure.Kind kind, String cause) {

        static Outcome failed(PluginFailure.Kind kind, String cause) {
            return new Outcome(null, kind, cause);
        }
    }

    /**
     * Contributors run one after the other on one worker, from a given one on, each outcome
     * written to the shared array. The caller {@link #await}s the run: it sleeps until the run is
     * done or the running contributor is out of time, which it then abandons (and the run with it).
     */
    private static final class Run implements Runnable {

        private final List<ReportSectionContributor> contributors;
        private final ReportContext[] contexts;
        private final Outcome[] outcomes;
        private final ExecutorService pool;
        // guarded by this
        private int current;
        private long startedAt;
        private Thread worker;
        private boolean finished;
        private boolean abandoned;

        Run(List<ReportSectionContributor> contributors, int first, ReportContext[] contexts, Outcome[] outcomes, ExecutorService pool) {
            this.contributors = contributors;
            this.contexts = contexts;
            this.outcomes = outcomes;
            this.pool = pool;
            this.current = first;
            // a run that never gets a thread is out of time like a contributor that never returns
            this.startedAt = System.nanoTime();
        }

        @Override
        public void run() {
            int first;
            synchronized (this) {
                first = current;
            }
            for (int i = first; ; i++) {
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                    if (i == contributors.size()) {
                        finished = true;
                        notifyAll();
                        return;
                    }
                    if (outcomes[i] != null) {
                        continue; // given already (a group's sections as kept)
                    }
                    current = i;
                    startedAt = System.nanoTime();
                    worker = Thread.currentThread();
                    if (pool.isShutdown()) {
                        // as a pool refuses new tasks once it is shut down
                        outcomes[i] = Outcome.failed(PluginFailure.Kind.SECTION_FAILED, "the report service is stopping");
                        continue;
                    }
                    // as between two tasks of a pool: an interrupt one contributor left behind must not reach the next
                    Thread.interrupted();
                }
                Outcome outcome = contribute(contributors.get(i), contexts[i]);
                synchronized (this) {
                    if (abandoned) {
                        return; // too late: the caller has written it off
                    }
                    outcomes[i] = outcome;
                }
            }
        }

        private static Outcome contribute(ReportSectionContributor contributor, ReportContext context) {
            try {
                List<Section> contributed = contributor.contribute(context);
                // copied on the worker: a list the plugin keeps changing cannot stall or break the report
                return new Outcome(contributed == null ? List.of() : List.copyOf(contributed), null, null);
            } catch (Throwable e) {
                return Outcome.failed(PluginFailure.Kind.SECTION_FAILED, describe(e));
            }
        }

        /**
         * Waits until every contributor of the run has its outcome, or the running one has run
         * out of time (it is then interrupted, written off, and the run goes no further).
         *
         * @return the contributor to go on from: the end when the run finished, else the one after the abandoned one
         */
        synchronized int await(Duration limit) {
            try {
                while (!finished) {
                    long left = startedAt + limit.toNanos() - System.nanoTime();
                    if (left <= 0) {
                        abandon(Outcome.failed(PluginFailure.Kind.SECTION_TIMED_OUT, null));
                        return current + 1;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return contributors.size();
            } catch (InterruptedException e) {
                abandon(Outcome.failed(PluginFailure.Kind.SECTION_FAILED, "the report was interrupted"));
                Thread.currentThread().interrupt();
                return current + 1;
            }
        }

        private void abandon(Outcome outcome) {
            abandoned = true;
            outcomes[current] = outcome;
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    private static List<Section> failed(ReportSectionContributor contributor, AssemblyContext context, List<PluginFailure> failures,
            PluginFailure.Kind kind, String cause, String reason) {
        String id = safeId(contributor);
        Optional<WorkingGroupPlugin> owner = owner(contributor, context);
        PluginFailure failure = new PluginFailure(bundleOf(contributor), owner.map(ReportAssembler::groupId).orElse(null),
                id, kind, cause);
        failures.add(failure);
        String who = who(owner.map(g -> groupName(g, context)).orElse(null), failure, context);
        Block notice = new Block.Notice(Block.Severity.ERROR, context.labels().format("notice.plugin-failed", id, who, cause));
        List<Block> blocks = reason == null ? List.of(notice) : List.of(notice, publishedWithout(who, reason, context));
        return List.of(Section.of(id.replaceAll("[^A-Za-z0-9.-]", "-"), heading(contributor, owner, id, context), blocks));
    }

    /**
     * The heading of a failed section in the report's words, as the contents list it: a group's
     * chapter is headed as it would have been ("Cooperation on Air Quality"), another section of a
     * group by the group's name; a section of no group keeps its id, the only name it has.
     */
    private static String heading(ReportSectionContributor contributor, Optional<WorkingGroupPlugin> owner, String id, AssemblyContext context) {
        if (owner.isEmpty()) {
            return id;
        }
        WorkingGroupPlugin group = owner.get();
        try {
            List<ReportSectionContributor> sections = group.sections();
            if (!sections.isEmpty() && sections.get(0) == contributor && group.topic() != null) {
                return context.labels().format("chapter.cooperation", context.text(group.topic()));
            }
        } catch (RuntimeException e) {
            // a group that cannot describe itself is named as below
        }
        return groupName(group, context);
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
