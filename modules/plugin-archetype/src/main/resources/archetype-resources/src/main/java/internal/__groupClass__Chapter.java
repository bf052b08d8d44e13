package ${package}.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.AttributeSpec;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The group's chapter, "Cooperation on ${topic}": the core's standard narrative and progress
 * tables, then the group's own part, its pilot projects as they stand in its plan. Nothing is
 * written for a year with neither a plan nor progress of the group.
 */
final class ${groupClass}Chapter implements ReportSectionContributor {

    private final WorkingGroupPlugin group;

    ${groupClass}Chapter(WorkingGroupPlugin group) {
        this.group = group;
    }

    @Override
    public String id() {
        return group.id() + ".chapter";
    }

    @Override
    public double order() {
        return group.order();
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        // the group's own words: labels.properties and labels_es.properties in ${package}
        Labels words = Labels.forPlugin(getClass(), context.language());
        List<Section> extra = new ArrayList<>();
        context.plan(group.id()).flatMap(plan -> pilotProjects(context, words, plan)).ifPresent(extra::add);
        return Chapters.standard(context, group, extra).map(List::of).orElse(List.of());
    }

    /** One part per deliverable of the pilot-project type, with its facts in the report's language. */
    private Optional<Section> pilotProjects(ReportContext context, Labels words, WorkingGroupPlan plan) {
        PilotProjectType type = new PilotProjectType();
        List<Section> parts = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            for (Deliverable deliverable : activity.deliverables()) {
                if (!type.id().equals(deliverable.type())) {
                    continue;
                }
                List<Block.Fact> facts = new ArrayList<>();
                for (AttributeSpec spec : type.attributes()) {
                    Object value = deliverable.attributes().get(spec.name());
                    if (value == null || spec.check(value).isPresent()) {
                        continue;
                    }
                    String shown = spec.name().equals("status")
                            ? words.get("status." + value)
                            : spec.display(value, context.language(), context::organization);
                    facts.add(new Block.Fact(context.text(spec.label()), List.of(shown)));
                }
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Block.Paragraph(context.text(deliverable.title())));
                if (!facts.isEmpty()) {
                    blocks.add(new Block.Facts(facts));
                }
                Object site = deliverable.attributes().get("site");
                String title = site == null ? context.text(type.label())
                        : words.format("section.pilot", AttributeSpec.textOf(site, context.language()));
                parts.add(Section.of(group.id() + ".pilot." + deliverable.id(), title, blocks));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(group.id() + ".pilots", words.get("section.pilots"),
                List.of(new Block.Paragraph(words.get("section.pilots.intro"))), parts));
    }
}
