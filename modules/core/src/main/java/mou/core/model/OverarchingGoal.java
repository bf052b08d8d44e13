package mou.core.model;

import java.util.List;

/**
 * An overarching goal of a working group in the Joint Action Plan.
 *
 * @param id stable id, unique within the group, e.g. {@code "aq-3"}
 * @param number its number in the plan (1, 2, 3...)
 * @param title a short title where the plan gives one (e.g. "Wildfire Suppression"), or null
 * @param statement the goal as the plan states it
 * @param activities the working group activities towards it, in order
 */
public record OverarchingGoal(String id, int number, Text title, Text statement, List<Activity> activities) {

    public OverarchingGoal {
        activities = List.copyOf(activities);
    }
}
