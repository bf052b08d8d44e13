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

    // Plain scans: a report indexes the workspace once (its context) instead of calling these per row.

    public Optional<Organization> organization(String id) {
        for (Organization organization : organizations) {
            if (organization.id().equals(id)) {
                return Optional.of(organization);
            }
        }
        return Optional.empty();
    }

    public Optional<WorkingGroupPlan> plan(String groupId) {
        for (WorkingGroupPlan plan : plans) {
            if (plan.groupId().equals(groupId)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    public Optional<GroupYear> year(String groupId, int year) {
        for (GroupYear groupYear : years) {
            if (groupYear.groupId().equals(groupId) && groupYear.year() == year) {
                return Optional.of(groupYear);
            }
        }
        return Optional.empty();
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
