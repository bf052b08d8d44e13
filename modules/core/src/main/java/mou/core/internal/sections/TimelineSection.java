package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.report.Block;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.Dates;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** Every dated event of the installed groups' year, in date order. */
@Component(service = ReportSectionContributor.class)
public final class TimelineSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public double order() {
        return ReportOrder.APPENDICES + 20;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        Labels labels = context.labels();
        List<Map.Entry<Event, WorkingGroupPlugin>> events = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            for (Event event : context.groupYear(group.id()).map(GroupYear::events).orElse(List.of())) {
                events.add(Map.entry(event, group));
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        events.sort(Comparator.comparing((Map.Entry<Event, WorkingGroupPlugin> e) -> e.getKey().date())
                .thenComparing(e -> e.getKey().id()));
        List<Block.TimelineEntry> entries = events.stream().map(e -> entry(context, labels, e.getKey(), e.getValue())).toList();
        return List.of(Section.of(id(), labels.get("section.timeline"),
                List.of(new Block.Timeline(labels.get("section.timeline"), entries))));
    }

    private static Block.TimelineEntry entry(ReportContext context, Labels labels, Event event, WorkingGroupPlugin group) {
        List<String> details = new ArrayList<>();
        if (!event.organizations().isEmpty()) {
            details.add(String.join(", ", event.organizations().stream().map(context::organization).toList()));
        }
        if (event.participants() != null) {
            details.add(labels.format("event.participants", event.participants()));
        }
        if (event.description() != null) {
            details.add(context.text(event.description()));
        }
        return new Block.TimelineEntry(
                Dates.format(event.date(), context.language()),
                event.date().iso(),
                labels.get("event." + event.kind().id()),
                context.text(event.title()),
                event.place() == null ? "" : context.text(event.place()),
                context.text(group.topic()),
                String.join(" · ", details));
    }
}
