package mou.group.climatechange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.AttributeSpec;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The "Cooperation on Climate Change" chapter: the standard narrative and progress tables, then
 * the group's exchanges and meetings of the year (the group works mostly by exchanging
 * information, so what was discussed, when and with whom is its record of progress).
 */
final class ClimateChangeChapter implements ReportSectionContributor {

    private final WorkingGroupPlugin group;

    ClimateChangeChapter(WorkingGroupPlugin group) {
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
        List<Section> extra = new ArrayList<>();
        exchanges(context).ifPresent(extra::add);
        return Chapters.standard(context, group, extra).map(List::of).orElse(List.of());
    }

    private Optional<Section> exchanges(ReportContext context) {
        Labels words = Labels.forPlugin(getClass(), context.language());
        String year = String.valueOf(context.year());
        List<Block> blocks = new ArrayList<>();
        List<Event> events = context.groupYear(group.id()).map(GroupYear::events).orElse(List.of()).stream()
                .filter(e -> e.date() != null)
                .sorted(Chapters::inDateOrder)
                .toList();
        if (!events.isEmpty()) {
            blocks.add(new Timeline(words.format("exchanges.timeline", year),
                    events.stream().map(e -> entry(context, e)).toList()));
        }
        List<List<String>> topicRows = context.plan(group.id()).map(p -> topicRows(context, p)).orElse(List.of());
        if (!topicRows.isEmpty()) {
            blocks.add(new Table(words.get("topics.caption"),
                    List.of(words.get("topics.activity"), words.get("topics.deliverable"), words.get("topics.kind"), words.get("topics.topics")),
                    topicRows));
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Section.of(group.id() + ".exchanges", words.format("exchanges.title", year), blocks));
    }

    private TimelineEntry entry(ReportContext context, Event event) {
        return Chapters.timelineEntry(context, context.text(group.name()), group.id(), event);
    }

    /** One row per deliverable that names the topics it covers, whatever its type. */
    private static List<List<String>> topicRows(ReportContext context, WorkingGroupPlan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            for (Deliverable d : activity.deliverables()) {
                if (d.attributes().get("topics") instanceof List<?> topics && !topics.isEmpty()) {
                    String kind = context.deliverableType(d.type()).map(t -> context.text(t.label())).orElse(d.type());
                    String joined = String.join("; ", topics.stream().map(t -> AttributeSpec.textOf(t, context.language())).toList());
                    rows.add(List.of(activity.id(), context.text(d.title()), kind, joined));
                }
            }
        }
        return rows;
    }
}
