package mou.core.model;

import java.util.List;

/**
 * An overarching goal of a working group in the Joint Action Plan.
 *
 * @param id stable id, unique within the workspace, e.g. {@code "aq-3"}
 * @param number its number in the plan (1, 2, 3...), from 1 to 999 ({@link Bounds#GOAL_NUMBER})
 * @param title a short title where the plan gives one (e.g. "Wildfire Suppression"), or null
 * @param statement the goal as the group's "Progress on ..." table states it
 * @param overview the goal as the Joint Action Plan's list of overarching goals words it, where
 *        that differs from the statement; null otherwise
 * @param note a remark on the goal (e.g. where it comes from), or null
 * @param activities the working group activities towards it, in order
 */
public record OverarchingGoal(String id, int number, Text title, Text statement, Text overview, Text note, List<Activity> activities) {

    public OverarchingGoal {
        activities = List.copyOf(activities);
    }

    /** A goal without overview wording or note. */
    public OverarchingGoal(String id, int number, Text title, Text statement, List<Activity> activities) {
        this(id, number, title, statement, null, null, activities);
    }

    /** The wording of the Joint Action Plan's list of goals: the overview where given, else the statement. */
    public Text overviewOrStatement() {
        return overview != null ? overview : statement;
    }
}
