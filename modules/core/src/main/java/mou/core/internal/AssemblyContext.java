package mou.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mou.core.model.GroupYear;
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
record AssemblyContext(
        Workspace workspace,
        int year,
        String language,
        Labels labels,
        List<WorkingGroupPlugin> groups,
        List<DeliverableType> deliverableTypes,
        Map<String, DeliverableType> typesById,
        Map<String, WorkingGroupPlan> plans,
        Map<String, List<GroupYear>> yearsByGroup,
        Map<String, Map<Integer, GroupYear>> years) implements ReportContext {

    static AssemblyContext of(Workspace workspace, int year, String language, Extensions extensions) {
        List<DeliverableType> types = extensions.deliverableTypes();
        Map<String, DeliverableType> typesById = new HashMap<>();
        types.forEach(t -> typesById.putIfAbsent(t.id(), t));
        Map<String, WorkingGroupPlan> plans = new HashMap<>();
        workspace.plans().forEach(p -> plans.putIfAbsent(p.groupId(), p));
        Map<String, Map<Integer, GroupYear>> years = new HashMap<>();
        workspace.years().forEach(y -> years.computeIfAbsent(y.groupId(), g -> new TreeMap<>()).putIfAbsent(y.year(), y));
        Map<String, List<GroupYear>> yearsByGroup = new HashMap<>();
        years.forEach((group, byYear) -> yearsByGroup.put(group, List.copyOf(byYear.values())));
        return new AssemblyContext(workspace, year, language, Labels.forLanguage(language),
                extensions.groups(), types, typesById, plans, yearsByGroup, years);
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
}
