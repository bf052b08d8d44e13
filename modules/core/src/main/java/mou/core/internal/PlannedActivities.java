package mou.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.WorkingGroupPlan;
import mou.core.spi.ReportContext;

/**
 * A plan's activities by position, for reading a group's years against its plan: the report
 * reads every activity of every plan in several years (the year reported on, the year before,
 * and every year of the trend).
 *
 * <p>Looking each activity up in each year costs a hash of an id the year holds and a comparison
 * of two equal strings that are not the same string, in a model too large for the processor's
 * caches. Instead, one pass over a year's assessments ({@link #firstAssessments}) compares each
 * of its ids once with the plan's; then each activity of the plan finds its position by its own
 * id ({@link #position}), which compares a string with itself.
 *
 * <p>The answers are those of {@link GroupYear#assessment}: the first assessment of an activity
 * that a year rates twice, and nothing for a null id. An activity the plan lists twice has one
 * position.
 *
 * <p>Within one report the sections share one instance per plan ({@link #of}), and it keeps the
 * last two years it read: the charts, the comparison with the year before and the group's chapter
 * all read the year reported on and the year before.
 */
public final class PlannedActivities {

    private static final int LEVELS = ProgressLevel.values().length;

    private final WorkingGroupPlan plan;

    /** Position of each distinct activity id of the plan. */
    private final Map<String, Integer> positions;
    /** How many times the plan lists each, by position. */
    private final int[] times;
    /** The last two years read and what was read of them, the latest last; guarded by this. */
    private final GroupYear[] readYears = new GroupYear[2];
    private final Assessment[][] reads = new Assessment[2][];

    /** The plan's activities, shared by the sections of the context's report when the context is the report's own. */
    public static PlannedActivities of(ReportContext context, WorkingGroupPlan plan) {
        return context instanceof AssemblyContext assembly ? assembly.planned(plan) : new PlannedActivities(plan);
    }

    public PlannedActivities(WorkingGroupPlan plan) {
        this.plan = plan;
        List<OverarchingGoal> goals = plan.goals();
        int activities = 0;
        for (OverarchingGoal goal : goals) {
            activities += goal.activities().size();
        }
        Map<String, Integer> positions = new HashMap<>(activities * 4 / 3 + 1);
        int[] times = new int[activities];
        for (OverarchingGoal goal : goals) {
            for (Activity activity : goal.activities()) {
                if (activity.id() == null) {
                    continue; // GroupYear.assessment finds nothing for a null id
                }
                Integer position = positions.get(activity.id());
                if (position == null) {
                    position = positions.size();
                    positions.put(activity.id(), position);
                }
                times[position]++;
            }
        }
        this.positions = positions;
        this.times = times;
    }

    /** The plan these are the activities of. */
    public WorkingGroupPlan plan() {
        return plan;
    }

    /** The activity's position, or -1 when the plan does not list it. */
    public int position(String activityId) {
        Integer position = positions.get(activityId);
        return position == null ? -1 : position;
    }

    /**
     * By position, the year's first assessment of each activity of the plan, or null where the
     * year does not rate it. The array is shared: do not change it.
     */
    public Assessment[] firstAssessments(GroupYear year) {
        synchronized (this) {
            for (int i = 0; i < readYears.length; i++) {
                if (readYears[i] == year) {
                    return reads[i];
                }
            }
        }
        Assessment[] first = read(year);
        synchronized (this) {
            readYears[0] = readYears[1];
            reads[0] = reads[1];
            readYears[1] = year;
            reads[1] = first;
        }
        return first;
    }

    private Assessment[] read(GroupYear year) {
        Assessment[] first = new Assessment[positions.size()];
        for (Assessment assessment : year.assessments()) {
            String id = assessment.activityId();
            if (id == null) {
                continue;
            }
            Integer position = positions.get(id);
            if (position != null && first[position] == null) {
                first[position] = assessment;
            }
        }
        return first;
    }

    /** The assessment at a position of {@link #firstAssessments}, or null for -1 (an activity not planned) or an unrated one. */
    public static Assessment at(Assessment[] first, int position) {
        return position < 0 ? null : first[position];
    }

    /**
     * How many of the plan's activities stand at each level in a year read by
     * {@link #firstAssessments}, in Progress Key order: an activity the plan lists twice counts
     * twice; unrated ones are not counted.
     */
    public int[] countByLevel(Assessment[] first) {
        int[] counts = new int[LEVELS];
        for (int position = 0; position < first.length; position++) {
            if (first[position] != null && first[position].level() != null) {
                counts[first[position].level().rank()] += times[position];
            }
        }
        return counts;
    }
}
