package mou.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A working group's progress in one calendar year: its narrative, the level of each activity,
 * its figures and its events, its quarterly updates and where it stands in review.
 *
 * @param groupId the working group
 * @param year the calendar year, from 1900 to 2200 ({@link Bounds#YEAR})
 * @param narrative the group's account of the year
 * @param assessments one per rated activity
 * @param metrics quantified figures
 * @param events dated events
 * @param updates the group's internal quarterly updates, at most one per quarter
 * @param review where the year stands in review (draft, submitted, returned, approved, published)
 */
public record GroupYear(
        String groupId,
        int year,
        Narrative narrative,
        List<Assessment> assessments,
        List<Metric> metrics,
        List<Event> events,
        List<QuarterlyUpdate> updates,
        Review review) {

    public GroupYear {
        assessments = AssessmentList.copyOf(assessments);
        metrics = List.copyOf(metrics);
        events = List.copyOf(events);
        updates = updates == null ? List.of() : List.copyOf(updates);
        review = review == null ? Review.NONE : review;
    }

    /** A year without quarterly updates that nobody has submitted yet. */
    public GroupYear(String groupId, int year, Narrative narrative, List<Assessment> assessments, List<Metric> metrics, List<Event> events) {
        this(groupId, year, narrative, assessments, metrics, events, List.of(), Review.NONE);
    }

    /**
     * The activity's assessment, the first one when the year rates it twice. Takes constant time:
     * the report asks this for every activity of every plan in each year it shows.
     */
    public Optional<Assessment> assessment(String activityId) {
        // the canonical constructor makes every year's assessments an AssessmentList
        return Optional.ofNullable(((AssessmentList) assessments).first(activityId));
    }

    public Optional<QuarterlyUpdate> update(int quarter) {
        for (QuarterlyUpdate update : updates) {
            if (update.quarter() == quarter) {
                return Optional.of(update);
            }
        }
        return Optional.empty();
    }

    public Optional<Metric> metric(String id) {
        for (Metric metric : metrics) {
            if (id.equals(metric.id())) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    public Optional<Event> event(String id) {
        for (Event event : events) {
            if (id.equals(event.id())) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** Whether the year is published, and so locked against any change. */
    public boolean published() {
        return review.state() == ReviewState.PUBLISHED;
    }

    public GroupYear withNarrative(Narrative newNarrative) {
        return new GroupYear(groupId, year, newNarrative, assessments, metrics, events, updates, review);
    }

    public GroupYear withAssessments(List<Assessment> newAssessments) {
        return new GroupYear(groupId, year, narrative, newAssessments, metrics, events, updates, review);
    }

    public GroupYear withMetrics(List<Metric> newMetrics) {
        return new GroupYear(groupId, year, narrative, assessments, newMetrics, events, updates, review);
    }

    public GroupYear withEvents(List<Event> newEvents) {
        return new GroupYear(groupId, year, narrative, assessments, metrics, newEvents, updates, review);
    }

    public GroupYear withUpdates(List<QuarterlyUpdate> newUpdates) {
        return new GroupYear(groupId, year, narrative, assessments, metrics, events, newUpdates, review);
    }

    public GroupYear withReview(Review newReview) {
        return new GroupYear(groupId, year, narrative, assessments, metrics, events, updates, newReview);
    }
}
