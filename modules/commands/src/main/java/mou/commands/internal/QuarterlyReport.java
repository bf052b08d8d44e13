package mou.commands.internal;

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
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/**
 * A working group's internal report for one quarter ({@code report --group air-quality --quarter
 * 2016-Q3}): what happened in the quarter, the figures it reports, the events of the quarter, and
 * the levels of the group's activities as recorded for the year so far. Written with the installed
 * report formats like the combined report.
 */
final class QuarterlyReport {

    private QuarterlyReport() {
    }

    /** The report's context: the workspace, the year, and the installed groups and deliverable types. */
    private record Context(Workspace workspace, int year, String language, Labels labels, List<WorkingGroupPlugin> groups,
            Extensions extensions) implements ReportContext {

        @Override
        public Optional<DeliverableType> deliverableType(String id) {
            return extensions.deliverableType(id);
        }
    }

    static ReportDocument assemble(Workspace workspace, Extensions extensions, String groupId, int year, int quarter, String language) {
        Labels labels = Labels.forLanguage(language);
        Context context = new Context(workspace, year, language, labels, extensions.groups(), extensions);
        WorkingGroupPlan plan = workspace.plan(groupId).orElseThrow();
        GroupYear groupYear = workspace.year(groupId, year).orElseThrow();
        Optional<WorkingGroupPlugin> plugin = extensions.group(groupId);
        String name = context.text(plugin.map(WorkingGroupPlugin::name).orElse(plan.name()));
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
        String state = groupYear.review().state().id();
        Optional<ReviewStep> last = groupYear.review().last();
        String subtitle = labels.format("quarter.review", String.valueOf(year), state
                + last.map(s -> " (" + s.by() + ", " + s.at() + ")").orElse(""));
        return new ReportDocument(labels.format("quarter.title", name, label), subtitle, language, year, sections);
    }

    static DateSpan quarterSpan(int year, int quarter) {
        java.time.LocalDate start = java.time.LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new DateSpan(start, start.plusMonths(3).minusDays(1), DateSpan.Precision.DAY);
    }

    /** A quarter as typed, {@code 2016-Q3}: the year and the quarter, or empty when it is not one. */
    static Optional<int[]> parse(String text) {
        if (text == null || !text.strip().matches("\\d{4}-[Qq][1-4]")) {
            return Optional.empty();
        }
        String t = text.strip();
        return Optional.of(new int[] {Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0'});
    }
}
