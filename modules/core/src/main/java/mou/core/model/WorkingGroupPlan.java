package mou.core.model;

import java.util.ArrayList;
import java.util.Collections;
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
        for (OverarchingGoal goal : goals) {
            if (goal.id().equals(goalId)) {
                return Optional.of(goal);
            }
        }
        return Optional.empty();
    }

    /** Every activity of every goal, in plan order (unmodifiable). */
    public List<Activity> activities() {
        if (goals.size() == 1) {
            return goals.get(0).activities();
        }
        int count = 0;
        for (OverarchingGoal goal : goals) {
            count += goal.activities().size();
        }
        List<Activity> activities = new ArrayList<>(count);
        for (OverarchingGoal goal : goals) {
            activities.addAll(goal.activities());
        }
        return Collections.unmodifiableList(activities);
    }

    public Optional<Activity> activity(String activityId) {
        for (OverarchingGoal goal : goals) {
            for (Activity activity : goal.activities()) {
                if (activity.id().equals(activityId)) {
                    return Optional.of(activity);
                }
            }
        }
        return Optional.empty();
    }
}
