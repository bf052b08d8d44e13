package mou.group.airquality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The chapter "Cooperation on Air Quality": the standard narrative and progress tables, then the
 * group's own sections: its monitoring studies and laboratory support as they stand in the plan,
 * the year's monitoring figures, and the year's trans-border meetings and milestones.
 */
final class AirQualityChapter implements ReportSectionContributor {

    private final WorkingGroupPlugin group;

    AirQualityChapter(WorkingGroupPlugin group) {
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
        Optional<WorkingGroupPlan> plan = context.plan(group.id());
        Optional<GroupYear> year = context.groupYear(group.id());
        if (plan.isEmpty() && year.isEmpty()) {
            return List.of();
        }
        Labels words = Labels.forPlugin(getClass(), context.language());
        String yearText = String.valueOf(context.year());
        String figuresTitle = words.format("section.figures", yearText);
        String eventsTitle = words.format("section.events", yearText);
        List<Section> extra = new ArrayList<>();
        plan.flatMap(p -> monitoringWork(context, words, p)).ifPresent(extra::add);
        year.filter(y -> !y.metrics().isEmpty()).ifPresent(y -> extra.add(Section.of(group.id() + ".figures", figuresTitle,
                List.of(Chapters.figures(context, figuresTitle, words.get("figures.activity"), plan.orElse(null), y.metrics(), unit -> unitWords(words, unit))))));
        year.filter(y -> !y.events().isEmpty()).ifPresent(y -> extra.add(Section.of(group.id() + ".events", eventsTitle,
                List.of(Chapters.timeline(context, eventsTitle, context.text(group.name()), y.events())))));
        return Chapters.standard(context, group, extra).stream().toList();
    }

    /** One subsection per deliverable of the group's own types: what the study or support is and where it stands. */
    private Optional<Section> monitoringWork(ReportContext context, Labels words, WorkingGroupPlan plan) {
        List<Section> parts = new ArrayList<>();
        for (var activity : plan.activities()) {
            for (Deliverable deliverable : activity.deliverables()) {
                ownType(deliverable.type()).ifPresent(type -> {
                    List<Block> blocks = new ArrayList<>();
                    blocks.add(new Block.Paragraph(context.text(deliverable.title())));
                    Block.Facts facts = Chapters.deliverableFacts(context, type, deliverable.attributes());
                    if (!facts.facts().isEmpty()) {
                        blocks.add(facts);
                    }
                    parts.add(Section.of(group.id() + ".work." + deliverable.id(), context.text(type.label()), blocks));
                });
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(group.id() + ".work", words.get("section.work"),
                List.of(new Block.Paragraph(words.get("section.work.intro"))), parts));
    }

    private Optional<DeliverableType> ownType(String id) {
        return group.deliverableTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The group's words for a unit ("samples" → "muestras" in Spanish), or the unit itself. */
    private static String unitWords(Labels words, String unit) {
        String translated = words.get("unit." + unit);
        return translated.startsWith("[") ? unit : translated;
    }
}
