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
            WorkingGroupPlan plan = context.plan(group.id()).orElse(null);
            if (plan != null && plan.inJointActionPlan() && !plan.goals().isEmpty()) {
                subsections.add(Section.of(id() + "." + group.id(), context.text(group.topic()),
                        List.of(new Block.BulletList(goals(context, plan)))));
            }
        }
        if (subsections.isEmpty()) {
            return List.of();
        }
        return List.of(new Section(id(), context.labels().get("section.overarching-goals"), List.of(), subsections));
    }

    /**
     * The plan's goals in the Joint Action Plan's own wording. Goals that share that wording
     * (Wildfires' three tables all serve its single plan goal) are listed once, numbered in order.
     */
    private static List<String> goals(ReportContext context, WorkingGroupPlan plan) {
        List<String> wordings = new ArrayList<>(plan.goals().size());
        for (OverarchingGoal goal : plan.goals()) {
            String wording = context.text(goal.overviewOrStatement());
            if (!wordings.contains(wording)) {
                wordings.add(wording);
            }
        }
        List<String> items = new ArrayList<>(wordings.size());
        for (int i = 0; i < wordings.size(); i++) {
            items.add((i + 1) + ". " + wordings.get(i));
        }
        return items;
    }
}
