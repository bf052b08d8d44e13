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
        return problem(gap).message();
    }

    /** A gap with what to do about it as a problem of its own code (the words of {@link Gap#describe()} and the command that completes it). */
    static Problem problem(Gap gap) {
        String name = gap.groupId() == null ? null : gap.groupId() + " " + gap.year();
        String at = name == null ? "" : name + ": ";
        List<String> subjects = gap.subjects();
        String list = String.join(", ", subjects);
        return switch (gap.kind()) {
            case NOT_RATED -> Problem.of(null, "gap.notRated", at, subjects.size(), gap.of(), list);
            case CARRIED_OVER -> Problem.of(null, "gap.carriedOver", at, subjects.size(), gap.of(), list, gap.year());
            case EMPTY_NARRATIVE -> subjects.size() == 1 ? Problem.of(null, "gap.emptyNarrative.one", at, list, name)
                    : Problem.of(null, "gap.emptyNarrative.many", at, String.join(", ", subjects.subList(0, subjects.size() - 1)),
                            subjects.get(subjects.size() - 1), name);
            case NO_INTRODUCTION -> Problem.of(null, "gap.noIntroduction", at, gap.year());
        };
    }

    /** The gaps as problems, one line each, indented under a first line. */
    static List<Problem> problems(List<Gap> gaps) {
        return gaps.stream().map(Gaps::problem).map(p -> new Problem(p.field(), p.code(), p.args(), "  " + p.message())).toList();
    }
}
