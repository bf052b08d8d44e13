package mou.cycle.internal;

import java.util.ArrayList;
import java.util.List;
import mou.core.cycle.Problem;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;

/**
 * What a year misses ({@link Gap}, the model's rule), as submit and publish list it: each gap with
 * what to do about it.
 */
final class Gaps {

    private Gaps() {
    }

    /** What the group's year misses. */
    static List<Gap> of(Workspace ws, GroupYear year) {
        return ws.plan(year.groupId()).map(plan -> Gap.of(plan, year)).orElse(List.of());
    }

    /** What the year misses: each unpublished group's year that is given, then the program office's part. */
    static List<Gap> ofYear(Workspace ws, int year, List<GroupYear> years) {
        List<Gap> gaps = new ArrayList<>();
        for (WorkingGroupPlan plan : ws.plans()) {
            years.stream().filter(y -> y.groupId().equals(plan.groupId()) && !y.published()).findFirst()
                    .ifPresent(y -> gaps.addAll(Gap.of(plan, y)));
        }
        gaps.addAll(Gap.of(ws.report(year).orElse(null), year));
        return gaps;
    }

    /** A gap with what to do about it, e.g. {@code clean-vehicles 2017: the narrative's summary is empty; write it with narrative ...}. */
    static String line(Gap gap) {
        String name = gap.groupId() == null ? null : gap.groupId() + " " + gap.year();
        String what = (name == null ? "" : name + ": ") + gap.describe();
        return what + switch (gap.kind()) {
            case NOT_RATED -> "; rate each with rate ACTIVITY-ID LEVEL --rationale TEXT";
            case CARRIED_OVER -> "; rate each for " + gap.year() + " with rate ACTIVITY-ID LEVEL --rationale TEXT"
                    + " (the same level with a rationale of " + gap.year() + " confirms it)";
            case EMPTY_NARRATIVE -> "; write " + (gap.subjects().size() == 1 ? "it" : "each") + " with narrative " + name + " "
                    + (gap.subjects().size() == 1 ? gap.subjects().get(0) : "PART") + " --text TEXT";
            case NO_INTRODUCTION -> "; write it into reports/" + gap.year() + ".json (\"introduction\": [\"...\"], one text per paragraph)";
        };
    }

    /** The gaps as problems, one line each, indented under a first line. */
    static List<Problem> problems(List<Gap> gaps) {
        return gaps.stream().map(g -> new Problem(null, "  " + line(g))).toList();
    }
}
