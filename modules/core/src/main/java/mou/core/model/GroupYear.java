package mou.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A working group's progress in one calendar year: its narrative, the level of each activity,
 * its figures and its events.
 *
 * @param groupId the working group
 * @param year the calendar year
 * @param narrative the group's account of the year
 * @param assessments one per rated activity
 * @param metrics quantified figures
 * @param events dated events
 */
public record GroupYear(
        String groupId,
        int year,
        Narrative narrative,
        List<Assessment> assessments,
        List<Metric> metrics,
        List<Event> events) {

    public GroupYear {
        assessments = List.copyOf(assessments);
        metrics = List.copyOf(metrics);
        events = List.copyOf(events);
    }

    public Optional<Assessment> assessment(String activityId) {
        return assessments.stream().filter(a -> a.activityId().equals(activityId)).findFirst();
    }
}
