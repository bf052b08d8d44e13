package mou.group.airquality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mou.core.model.Event;
import mou.core.model.Metric;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Block.Fact;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.Labels;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.Dates;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;

/** Blocks of the group's own chapter sections, built from the workspace in the report's language. */
final class ChapterParts {

    private ChapterParts() {
    }

    /**
     * A deliverable's attributes as terms and values. Unlike a one-line summary this has the
     * workspace at hand, so organizations are written with their acronyms.
     */
    static Block.Facts facts(ReportContext context, DeliverableType type, Map<String, Object> attributes) {
        List<Fact> facts = new ArrayList<>();
        for (AttributeSpec spec : type.attributes()) {
            Object value = attributes.get(spec.name());
            if (value != null && spec.check(value).isEmpty()) {
                facts.add(new Fact(context.text(spec.label()), List.of(display(context, spec, value))));
            }
        }
        return new Block.Facts(facts);
    }

    static String display(ReportContext context, AttributeSpec spec, Object value) {
        if (spec.kind() == Kind.ORGANIZATIONS && value instanceof List<?> ids) {
            return String.join(", ", ids.stream().map(id -> context.organization(String.valueOf(id))).toList());
        }
        return spec.display(value, context.language());
    }

    /** The figures of the year, with the activity each measures and progress towards its target. */
    static Block.FigureTable figures(ReportContext context, Labels words, String caption, WorkingGroupPlan plan, List<Metric> metrics) {
        Labels labels = context.labels();
        List<FigureRow> rows = metrics.stream().map(m -> new FigureRow(
                activity(context, plan, m.activityId()),
                context.text(m.label()),
                value(words, m.value(), m.unit(), context.language()),
                m.target() == null ? "" : value(words, m.target(), m.unit(), context.language()),
                m.progressTowardsTarget(),
                m.asOf() == null ? "" : Dates.format(m.asOf(), context.language()))).toList();
        return new Block.FigureTable(caption, List.of(words.get("figures.activity"), labels.get("figures.figure"),
                labels.get("figures.value"), labels.get("figures.target"), labels.get("figures.progress"),
                labels.get("figures.as-of")), rows);
    }

    private static String activity(ReportContext context, WorkingGroupPlan plan, String activityId) {
        if (activityId == null || plan == null) {
            return "";
        }
        return plan.activity(activityId).map(a -> context.text(a.description())).orElse(activityId);
    }

    /** A value with its unit in the report's language: units the group's labels know are translated. */
    static String value(Labels words, java.math.BigDecimal value, String unit, String language) {
        if (unit == null || "USD".equals(unit) || "%".equals(unit)) {
            return Words.amount(value, unit, language);
        }
        String translated = words.get("unit." + unit);
        return Words.number(value, language) + " " + (translated.startsWith("[") ? unit : translated);
    }

    /** The events of the year in date order, with who took part. */
    static Block.Timeline timeline(ReportContext context, String caption, String groupName, List<Event> events) {
        Labels labels = context.labels();
        List<TimelineEntry> entries = events.stream()
                .sorted(Comparator.comparing(Event::date))
                .map(e -> new TimelineEntry(
                        Dates.format(e.date(), context.language()),
                        e.date().iso(),
                        labels.get("event." + e.kind().id()),
                        context.text(e.title()),
                        e.place() == null ? "" : context.text(e.place()),
                        groupName,
                        details(context, labels, e)))
                .toList();
        return new Block.Timeline(caption, entries);
    }

    private static String details(ReportContext context, Labels labels, Event event) {
        List<String> parts = new ArrayList<>();
        if (!event.organizations().isEmpty()) {
            parts.add(String.join(", ", event.organizations().stream().map(context::organization).toList()));
        }
        if (event.participants() != null) {
            parts.add(labels.format("event.participants", event.participants()));
        }
        if (event.description() != null && !event.description().isEmpty()) {
            parts.add(context.text(event.description()));
        }
        return String.join(". ", parts);
    }
}
