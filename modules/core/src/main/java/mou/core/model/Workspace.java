package mou.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a workspace holds: the agreement, the organizations, the related agreements, each
 * group's plan, each group's years and the program office's yearly report texts.
 */
public record Workspace(
        Agreement agreement,
        List<Organization> organizations,
        List<RelatedAgreement> relatedAgreements,
        List<WorkingGroupPlan> plans,
        List<GroupYear> years,
        List<AnnualReport> reports) {

    public Workspace {
        organizations = List.copyOf(organizations);
        relatedAgreements = List.copyOf(relatedAgreements);
        plans = List.copyOf(plans);
        years = List.copyOf(years);
        reports = List.copyOf(reports);
    }

    public Optional<Organization> organization(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<WorkingGroupPlan> plan(String groupId) {
        return plans.stream().filter(p -> p.groupId().equals(groupId)).findFirst();
    }

    public Optional<GroupYear> year(String groupId, int year) {
        return years.stream().filter(y -> y.groupId().equals(groupId) && y.year() == year).findFirst();
    }

    public Optional<AnnualReport> report(int year) {
        return reports.stream().filter(r -> r.year() == year).findFirst();
    }

    /** The latest year for which any group has recorded progress or the office has a report. */
    public OptionalInt latestYear() {
        return java.util.stream.IntStream.concat(
                years.stream().mapToInt(GroupYear::year),
                reports.stream().mapToInt(AnnualReport::year)).max();
    }
}
