package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
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
        List<Dated> events = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            GroupYear year = context.groupYear(group.id()).orElse(null);
            if (year != null) {
                for (Event event : year.events()) {
                    events.add(new Dated(event, group));
                }
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        events.sort(TimelineSection::inDateOrder);
        List<Block.TimelineEntry> entries = new ArrayList<>(events.size());
        for (Dated dated : events) {
            entries.add(Chapters.timelineEntry(context, context.text(dated.group().topic()), dated.group().id(), dated.event()));
        }
        return List.of(Section.of(id(), labels.get("section.timeline"),
                List.of(new Block.Timeline(null, entries))));
    }

    /** An event and the group whose year it belongs to. */
    private record Dated(Event event, WorkingGroupPlugin group) {
    }

    /** As a timeline orders events: by date, those known only by their year after the year's dated ones, then by id. */
    private static int inDateOrder(Dated a, Dated b) {
        return Chapters.inDateOrder(a.event(), b.event());
    }
}
