package mou.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.model.GroupYear;
import mou.core.model.Organization;
import mou.core.model.WorkingGroupPlan;
import java.util.Optional;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The context of one report assembly: a snapshot of what is installed when it starts, with the
 * workspace indexed once so that each section's lookups by group, year and type take constant
 * time however many groups and years the workspace holds.
 */
public record AssemblyContext(
        Workspace workspace,
        int year,
        String language,
        Labels labels,
        List<WorkingGroupPlugin> groups,
        List<DeliverableType> deliverableTypes,
        Map<String, DeliverableType> typesById,
        Map<String, WorkingGroupPlan> plans,
        Map<String, List<GroupYear>> yearsByGroup,
        Map<String, Map<Integer, GroupYear>> years,
        Map<String, Organization> organizations,
        Map<String, PlannedActivities> plannedByGroup) implements ReportContext {

    static AssemblyContext of(Workspace workspace, int year, String language, Extensions extensions) {
        return of(workspace, year, language, extensions.groups(), extensions.deliverableTypes());
    }

    /**
     * A context over the given groups (in chapter order) and deliverable types, as if they were all
     * that is installed: what {@link mou.core.spi.ReportContexts} gives tests and tools.
     */
    public static AssemblyContext of(Workspace workspace, int year, String language,
            List<WorkingGroupPlugin> groups, List<DeliverableType> types) {
        Map<String, DeliverableType> typesById = new HashMap<>();
        for (DeliverableType type : types) {
            typesById.putIfAbsent(type.id(), type);
        }
        Map<String, WorkingGroupPlan> plans = new HashMap<>();
        for (WorkingGroupPlan plan : workspace.plans()) {
            plans.putIfAbsent(plan.groupId(), plan);
        }
        Map<String, Map<Integer, GroupYear>> years = new HashMap<>();
        for (GroupYear groupYear : workspace.years()) {
            Map<Integer, GroupYear> byYear = years.get(groupYear.groupId());
            if (byYear == null) {
                byYear = new TreeMap<>();
                years.put(groupYear.groupId(), byYear);
            }
            byYear.putIfAbsent(groupYear.year(), groupYear);
        }
        Map<String, List<GroupYear>> yearsByGroup = new HashMap<>();
        for (Map.Entry<String, Map<Integer, GroupYear>> group : years.entrySet()) {
            yearsByGroup.put(group.getKey(), List.copyOf(group.getValue().values()));
        }
        Map<String, Organization> organizations = new HashMap<>();
        for (Organization organization : workspace.organizations()) {
            organizations.putIfAbsent(organization.id(), organization);
        }
        return new AssemblyContext(workspace, year, language, Labels.forLanguage(language),
                List.copyOf(groups), List.copyOf(types), typesById, plans, yearsByGroup, years, organizations, new ConcurrentHashMap<>());
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return Optional.ofNullable(typesById.get(id));
    }

    @Override
    public Optional<WorkingGroupPlan> plan(String groupId) {
        return Optional.ofNullable(plans.get(groupId));
    }

    @Override
    public Optional<GroupYear> groupYear(String groupId, int year) {
        return Optional.ofNullable(years.getOrDefault(groupId, Map.of()).get(year));
    }

    @Override
    public List<GroupYear> groupYears(String groupId) {
        return yearsByGroup.getOrDefault(groupId, List.of());
    }

    /**
     * The activities of one of the workspace's plans, made once for the whole report: the charts,
     * the comparison with the year before and the group's chapter each read the plan against the
     * same years. Any other plan (e.g. one a plugin made) gets its own.
     */
    PlannedActivities planned(WorkingGroupPlan plan) {
        String groupId = plan.groupId();
        if (groupId == null || plans.get(groupId) != plan) {
            return new PlannedActivities(plan);
        }
        PlannedActivities known = plannedByGroup.get(groupId);
        if (known == null) {
            known = new PlannedActivities(plan);
            PlannedActivities raced = plannedByGroup.putIfAbsent(groupId, known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    /** By the index: deliverable summaries and timelines name organizations in many rows. */
    @Override
    public String organization(String id) {
        Organization organization = organizations.get(id);
        return organization == null ? id : text(organization.label());
    }
}
