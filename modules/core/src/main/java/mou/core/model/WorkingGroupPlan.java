package mou.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A working group's plan under the Joint Action Plan: its overarching goals, each with its
 * activities and deliverables. The plan stays the same from year to year; progress on it is
 * recorded per year in a {@link GroupYear}.
 *
 * @param groupId the working group's id, e.g. {@code "air-quality"}; the plugin with this id renders it
 * @param name the group's name as the plan gives it
 * @param members ids of its member organizations
 * @param partners ids of organizations that work with it without being members
 * @param inJointActionPlan false for a group whose work was not part of the Joint Action Plan (Solid Waste in 2016)
 * @param goals its overarching goals, in order
 */
public record WorkingGroupPlan(
        String groupId,
        Text name,
        List<String> members,
        List<String> partners,
        boolean inJointActionPlan,
        List<OverarchingGoal> goals) {

    public WorkingGroupPlan {
        members = List.copyOf(members);
        partners = List.copyOf(partners);
        goals = List.copyOf(goals);
    }

    public Optional<OverarchingGoal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** Every activity of every goal, in plan order. */
    public List<Activity> activities() {
        return goals.stream().flatMap(g -> g.activities().stream()).toList();
    }

    public Optional<Activity> activity(String activityId) {
        return activities().stream().filter(a -> a.id().equals(activityId)).findFirst();
    }
}
