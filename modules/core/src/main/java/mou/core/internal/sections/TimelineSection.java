package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
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
        List<Block.TimelineEntry> entries = events.stream()
                .map(e -> Chapters.timelineEntry(context, context.text(e.getValue().topic()), e.getKey()))
                .toList();
        return List.of(Section.of(id(), labels.get("section.timeline"),
                List.of(new Block.Timeline(labels.get("section.timeline"), entries))));
    }
}
