package mou.bench;

import java.util.Locale;

/**
 * The size of a synthetic workspace.
 *
 * @param groups working groups
 * @param goals overarching goals per group
 * @param activitiesPerGoal activities per goal
 * @param deliverablesPerActivity deliverables per activity
 * @param years years of progress per group, ending with {@code lastYear}
 * @param lastYear the latest year (the one a report is made for)
 * @param eventsPerYear events per group and year
 * @param metricsPerYear figures per group and year
 * @param seed the seed every value is drawn from
 */
public record Shape(int groups, int goals, int activitiesPerGoal, int deliverablesPerActivity, int years, int lastYear,
        int eventsPerYear, int metricsPerYear, long seed) {

    public static final long DEFAULT_SEED = 20161231L;

    public Shape {
        if (groups < 1 || goals < 1 || activitiesPerGoal < 1 || deliverablesPerActivity < 0 || years < 1
                || eventsPerYear < 0 || metricsPerYear < 0) {
            throw new IllegalArgumentException("a workspace needs at least one group, goal, activity and year: " + describe0(groups,
                    goals, activitiesPerGoal, deliverablesPerActivity, years));
        }
        if (groups > 9999) {
            throw new IllegalArgumentException("at most 9999 groups (ids g0001..g9999)");
        }
    }

    /**
     * The benchmark's shape: {@code groups} groups of 100 activities (5 goals of 20) with one
     * deliverable each, 10 years (2007–2016), 4 events and 3 figures a year.
     */
    public static Shape bench(int groups) {
        return new Shape(groups, 5, 20, 1, 10, 2016, 4, 3, DEFAULT_SEED);
    }

    public int activitiesPerGroup() {
        return goals * activitiesPerGoal;
    }

    public int firstYear() {
        return lastYear - years + 1;
    }

    public long assessments() {
        return (long) groups * activitiesPerGroup() * years;
    }

    /** e.g. {@code 100 groups x 5 goals x 20 activities x 1 deliverables, 10 years (seed 20161231)}. */
    public String describe() {
        return describe0(groups, goals, activitiesPerGoal, deliverablesPerActivity, years)
                + String.format(Locale.ROOT, " to %d, %d events and %d figures a year (seed %d)", lastYear, eventsPerYear, metricsPerYear, seed);
    }

    private static String describe0(int groups, int goals, int activities, int deliverables, int years) {
        return String.format(Locale.ROOT, "%d groups x %d goals x %d activities x %d deliverables, %d years",
                groups, goals, activities, deliverables, years);
    }
}
