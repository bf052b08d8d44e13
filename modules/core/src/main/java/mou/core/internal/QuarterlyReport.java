package mou.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewStep;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.WorkingGroupPlugin;

/**
 * A working group's internal report for one quarter ({@code report --group air-quality --quarter
 * 2016-Q3}): what happened in the quarter, the figures it reports, the events of the quarter, and
 * the levels of the group's activities as recorded for the year so far. {@link ReportAssembler}
 * runs it within the section time limit, as it runs a plugin's section: the group's plugin gives
 * its name, its topic and the deliverable types the tables show.
 */
final class QuarterlyReport {

    private QuarterlyReport() {
    }

    /** The report's title, made from the group's name as its plugin gives it (the plan's without a plugin). */
    static String title(AssemblyContext context, String groupId, int quarter) {
        WorkingGroupPlan plan = context.plan(groupId).orElseThrow();
        Optional<WorkingGroupPlugin> plugin = plugin(context, groupId);
        return context.labels().format("quarter.title", context.text(plugin.map(WorkingGroupPlugin::name).orElse(plan.name())),
                QuarterlyUpdate.label(context.year(), quarter));
    }

    /** The title when the plugin failed to give its name: the plan's. */
    static String plainTitle(AssemblyContext context, String groupId, int quarter) {
        return context.labels().format("quarter.title", context.text(context.plan(groupId).orElseThrow().name()),
                QuarterlyUpdate.label(context.year(), quarter));
    }

    /** The line under the title: the review state of the group's year and its last step. */
    static String subtitle(AssemblyContext context, String groupId) {
        GroupYear groupYear = context.groupYear(groupId, context.year()).orElseThrow();
        String state = context.labels().state(groupYear.review().state());
        Optional<ReviewStep> last = groupYear.review().last();
        return context.labels().format("quarter.review", String.valueOf(context.year()), state
                + last.map(s -> " (" + s.by() + ", " + s.at() + ")").orElse(""));
    }

    static Optional<WorkingGroupPlugin> plugin(AssemblyContext context, String groupId) {
        return context.groups().stream().filter(g -> groupId.equals(g.id())).findFirst();
    }

    /** The report's sections. */
    static List<Section> sections(AssemblyContext context, String groupId, int quarter) {
        int year = context.year();
        Labels labels = context.labels();
        WorkingGroupPlan plan = context.plan(groupId).orElseThrow();
        GroupYear groupYear = context.groupYear(groupId, year).orElseThrow();
        Optional<WorkingGroupPlugin> plugin = plugin(context, groupId);
        String topic = context.text(plugin.map(WorkingGroupPlugin::topic).orElse(plan.name()));
        String label = QuarterlyUpdate.label(year, quarter);
        Optional<QuarterlyUpdate> update = groupYear.update(quarter);

        List<Section> sections = new ArrayList<>();
        String prefix = groupId + "." + year + "-q" + quarter;
        List<Block> happened = new ArrayList<>();
        if (update.isEmpty() || update.get().happened().isEmpty()) {
            happened.add(new Block.Notice(Block.Severity.INFO, labels.format("quarter.no-update", label)));
        } else {
            happened.addAll(Chapters.paragraphs(context, update.get().happened()));
        }
        sections.add(Section.of(prefix + ".happened", labels.get("quarter.happened"), happened));

        List<Metric> figures = update.map(u -> u.metrics().stream().map(groupYear::metric).flatMap(Optional::stream).toList())
                .orElse(List.of());
        if (!figures.isEmpty()) {
            sections.add(Section.of(prefix + ".figures", labels.get("quarter.figures"), List.of(Chapters.figures(context,
                    labels.get("quarter.figures"), labels.get("table.activities"), plan, figures, unit -> unit))));
        }

        DateSpan span = quarterSpan(year, quarter);
        Set<Event> events = new LinkedHashSet<>();
        update.ifPresent(u -> u.events().stream().map(groupYear::event).flatMap(Optional::stream).forEach(events::add));
        groupYear.events().stream().filter(e -> e.date() != null && !e.date().start().isBefore(span.start()) && !e.date().start().isAfter(span.end()))
                .forEach(events::add);
        if (!events.isEmpty()) {
            sections.add(Section.of(prefix + ".events", labels.get("quarter.events"),
                    List.of(Chapters.timeline(context, labels.get("quarter.events"), topic, List.copyOf(events)))));
        }

        if (!plan.goals().isEmpty()) {
            sections.add(Section.of(prefix + ".levels", labels.format("quarter.levels", String.valueOf(year)),
                    Chapters.progressTables(context, plan, topic)));
        }
        return sections;
    }

    static DateSpan quarterSpan(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new DateSpan(start, start.plusMonths(3).minusDays(1), DateSpan.Precision.DAY);
    }
}
