package mou.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a workspace holds: the agreement, the organizations, the related agreements, each
 * group's plan, each group's years, the program office's yearly report texts and the reporting
 * calendar ({@link ReportingCalendar#NONE} when the workspace has none; since 1.5).
 */
public record Workspace(
        Agreement agreement,
        List<Organization> organizations,
        List<RelatedAgreement> relatedAgreements,
        List<WorkingGroupPlan> plans,
        List<GroupYear> years,
        List<AnnualReport> reports,
        ReportingCalendar calendar) {

    public Workspace {
        calendar = calendar == null ? ReportingCalendar.NONE : calendar;
        organizations = List.copyOf(organizations);
        relatedAgreements = List.copyOf(relatedAgreements);
        plans = List.copyOf(plans);
        years = List.copyOf(years);
        reports = List.copyOf(reports);
    }

    /** A workspace without a reporting calendar. */
    public Workspace(Agreement agreement, List<Organization> organizations, List<RelatedAgreement> relatedAgreements,
            List<WorkingGroupPlan> plans, List<GroupYear> years, List<AnnualReport> reports) {
        this(agreement, organizations, relatedAgreements, plans, years, reports, ReportingCalendar.NONE);
    }

    /**
     * The same workspace with these years and reports, its calendar kept.
     *
     * @since 1.5
     */
    public Workspace with(List<GroupYear> years, List<AnnualReport> reports) {
        return new Workspace(agreement, organizations, relatedAgreements, plans, years, reports, calendar);
    }

    // Plain scans, and for a large workspace an index of the last one asked: a report indexes the workspace once (its context).

    public Optional<Organization> organization(String id) {
        for (Organization organization : organizations) {
            if (organization.id().equals(id)) {
                return Optional.of(organization);
            }
        }
        return Optional.empty();
    }

    public Optional<WorkingGroupPlan> plan(String groupId) {
        if (plans.size() > Index.FROM) {
            return Optional.ofNullable(Index.of(this).plans.get(groupId));
        }
        for (WorkingGroupPlan plan : plans) {
            if (plan.groupId().equals(groupId)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    public Optional<GroupYear> year(String groupId, int year) {
        if (years.size() > Index.FROM) {
            java.util.Map<Integer, GroupYear> byYear = Index.of(this).years.get(groupId);
            return Optional.ofNullable(byYear == null ? null : byYear.get(year));
        }
        for (GroupYear groupYear : years) {
            if (groupYear.groupId().equals(groupId) && groupYear.year() == year) {
                return Optional.of(groupYear);
            }
        }
        return Optional.empty();
    }

    /**
     * The plans and years of the workspace last asked, by group and year, and its latest year: pages and
     * commands ask {@link #plan} and {@link #year} once for each group (and the dashboard {@link #latestYear} at
     * every request), and with a thousand groups and ten years
     * each a scan made that a hundred million comparisons. One index is kept, of the last large workspace
     * asked (weakly: it does not keep that workspace); a workspace is a value that never changes, so its
     * index never goes stale. The first of each id and year wins, as the scans' did.
     */
    private static final class Index {

        /** Below this many plans or years a scan is as quick. */
        static final int FROM = 32;

        private static volatile Index last;

        private final java.lang.ref.WeakReference<Workspace> of;
        private final java.util.Map<String, WorkingGroupPlan> plans = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.Map<Integer, GroupYear>> years = new java.util.HashMap<>();

        /** The latest year of the workspace's years and reports (it has more than {@link #FROM} years when indexed). */
        private final int latest;

        private Index(Workspace workspace) {
            this.of = new java.lang.ref.WeakReference<>(workspace);
            int max = Integer.MIN_VALUE;
            for (GroupYear groupYear : workspace.years) {
                max = Math.max(max, groupYear.year());
            }
            for (AnnualReport report : workspace.reports) {
                max = Math.max(max, report.year());
            }
            this.latest = max;
            for (WorkingGroupPlan plan : workspace.plans) {
                plans.putIfAbsent(plan.groupId(), plan);
            }
            for (GroupYear groupYear : workspace.years) {
                years.computeIfAbsent(groupYear.groupId(), g -> new java.util.HashMap<>()).putIfAbsent(groupYear.year(), groupYear);
            }
        }

        static Index of(Workspace workspace) {
            Index index = last;
            if (index == null || index.of.get() != workspace) {
                index = new Index(workspace);
                last = index;
            }
            return index;
        }
    }

    public Optional<AnnualReport> report(int year) {
        for (AnnualReport report : reports) {
            if (report.year() == year) {
                return Optional.of(report);
            }
        }
        return Optional.empty();
    }

    /** The latest year for which any group has recorded progress or the office has a report. */
    public OptionalInt latestYear() {
        if (years.isEmpty() && reports.isEmpty()) {
            return OptionalInt.empty();
        }
        if (years.size() > Index.FROM) {
            return OptionalInt.of(Index.of(this).latest); // the dashboard asks at every request
        }
        int latest = Integer.MIN_VALUE;
        for (GroupYear groupYear : years) {
            latest = Math.max(latest, groupYear.year());
        }
        for (AnnualReport report : reports) {
            latest = Math.max(latest, report.year());
        }
        return OptionalInt.of(latest);
    }
}
