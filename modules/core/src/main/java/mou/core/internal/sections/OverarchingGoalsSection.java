package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.OverarchingGoal;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** The Joint Action Plan's overarching goals, grouped by installed working group. */
@Component(service = ReportSectionContributor.class)
public final class OverarchingGoalsSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "overarching-goals";
    }

    @Override
    public double order() {
        return ReportOrder.OVERARCHING_GOALS;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        List<Section> subsections = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            context.plan(group.id())
                    .filter(WorkingGroupPlan::inJointActionPlan)
                    .filter(plan -> !plan.goals().isEmpty())
                    .ifPresent(plan -> subsections.add(Section.of(id() + "." + group.id(), context.text(group.topic()),
                            List.of(new Block.BulletList(plan.goals().stream().map(g -> goal(context, g)).toList())))));
        }
        if (subsections.isEmpty()) {
            return List.of();
        }
        return List.of(new Section(id(), context.labels().get("section.overarching-goals"), List.of(), subsections));
    }

    private static String goal(ReportContext context, OverarchingGoal goal) {
        return goal.number() + ". " + context.text(goal.statement());
    }
}
