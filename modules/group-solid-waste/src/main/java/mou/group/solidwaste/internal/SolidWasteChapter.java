package mou.group.solidwaste.internal;

import mou.core.spi.Attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Block.Fact;
import mou.core.report.Block.Facts;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.Notice;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.AttributeSpec;
import mou.core.spi.Dates;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The "Cooperation on Solid Waste" chapter: the standard narrative and tables, with a notice when
 * the group's plan is not part of the Joint Action Plan; then the funded projects' results against
 * their targets, and the strategic plan's state with the workshops that informed it.
 */
final class SolidWasteChapter implements ReportSectionContributor {

    private static final Set<String> PROJECT_TYPES = Set.of(CleanupProjectType.ID, WasteTireProjectType.ID);

    private final WorkingGroupPlugin group;

    SolidWasteChapter(WorkingGroupPlugin group) {
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
        Labels words = Labels.forPlugin(getClass(), context.language());
        Optional<WorkingGroupPlan> plan = context.plan(group.id());
        List<Section> extra = new ArrayList<>();
        plan.flatMap(p -> results(context, words, p)).ifPresent(extra::add);
        plan.flatMap(p -> strategicPlan(context, words, p)).ifPresent(extra::add);
        return Chapters.standard(context, group, extra).map(chapter -> {
            if (plan.isPresent() && !plan.get().inJointActionPlan()) {
                // A reader must not take these goals for the Joint Action Plan's.
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Notice(Block.Severity.INFO, words.get("notice.not-in-joint-action-plan")));
                blocks.addAll(chapter.blocks());
                return new Section(chapter.id(), chapter.title(), blocks, chapter.subsections());
            }
            return chapter;
        }).map(List::of).orElse(List.of());
    }

    private Optional<Section> results(ReportContext context, Labels words, WorkingGroupPlan plan) {
        String language = context.language();
        List<Metric> metrics = context.groupYear(group.id()).map(GroupYear::metrics).orElse(List.of());
        List<FigureRow> figures = new ArrayList<>();
        boolean ofTheYear = false;
        List<List<String>> projects = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            List<Deliverable> own = activity.deliverables().stream().filter(d -> PROJECT_TYPES.contains(d.type())).toList();
            if (own.isEmpty()) {
                continue;
            }
            String lead = organizations(context, own.get(0).attributes().get("lead"));
            String name = lead.isEmpty() ? context.text(own.get(0).title()) : lead;
            List<Metric> measured = metrics.stream().filter(m -> activity.id().equals(m.activityId())).toList();
            // The year's figures are the record; a project's own attributes stand in only when the year has none.
            if (!measured.isEmpty()) {
                ofTheYear = true;
                measured.forEach(m -> figures.add(new FigureRow(name, context.text(m.label()),
                        m.value() == null ? "" : Quantities.show(m.value(), m.unitIn(language), language),
                        m.target() == null ? "" : Quantities.show(m.target(), m.unitIn(language), language),
                        m.progressTowardsTarget(),
                        m.asOf() == null ? "" : Dates.format(m.asOf(), language),
                        m.id(), group.id(), m.activityId(), m.value(), m.target(), m.unit(), null)));
            } else {
                for (Deliverable d : own) {
                    Map<String, Object> a = d.attributes();
                    Optional<Quantities.Quantity> achieved = Quantities.of(a.get("achieved"));
                    if (achieved.isPresent()) {
                        figures.add(new FigureRow(name, context.text(d.title()),
                                Quantities.show(achieved.get().value(), achieved.get().unit(), language),
                                Quantities.of(a.get("target")).map(t -> Quantities.show(t.value(), t.unit(), language)).orElse(""),
                                Quantities.share(a.get("achieved"), a.get("target")).orElse(-1.0),
                                ""));
                    }
                }
            }
            for (Deliverable d : own) {
                Map<String, Object> a = d.attributes();
                String type = context.deliverableType(d.type()).map(t -> context.text(t.label())).orElse(d.type());
                projects.add(List.of(
                        context.text(d.title()),
                        type,
                        organizations(context, a.get("lead")),
                        where(a, language),
                        Attributes.choiceWords(words, d.type(), a, "status").orElse(""),
                        Quantities.date(a.get("completion")).map(c -> Dates.format(c, language)).orElse("")));
            }
        }
        if (figures.isEmpty() && projects.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        if (!figures.isEmpty()) {
            // without a figure of the year the values are the projects' own, as the plan records them: the caption says so
            blocks.add(new FigureTable(words.format(ofTheYear ? "results.caption" : "results.caption.plan", String.valueOf(context.year())),
                    List.of(words.get("results.project"), context.labels().get("figures.figure"), context.labels().get("figures.value"),
                            context.labels().get("figures.target"), context.labels().get("figures.progress"), context.labels().get("figures.as-of")),
                    figures));
        }
        if (!projects.isEmpty()) {
            blocks.add(new Table(words.get("projects.caption"),
                    List.of(words.get("projects.project"), words.get("projects.kind"), words.get("projects.lead"), words.get("projects.where"),
                            words.get("projects.status"), words.get("projects.completion")),
                    projects));
        }
        return Optional.of(Section.of(group.id() + ".results", words.get("results.title"), blocks));
    }

    private static String where(Map<String, Object> a, String language) {
        List<String> parts = new ArrayList<>();
        if (a.get("place") != null) {
            parts.add(AttributeSpec.textOf(a.get("place"), language));
        }
        if (a.get("sites") instanceof List<?> sites && !sites.isEmpty()) {
            parts.add(String.join(", ", sites.stream().map(s -> AttributeSpec.textOf(s, language)).toList()));
        }
        return String.join(": ", parts);
    }

    private static String organizations(ReportContext context, Object ids) {
        if (!(ids instanceof List<?> list)) {
            return "";
        }
        return String.join(", ", list.stream().map(id -> context.organization(String.valueOf(id))).toList());
    }

    private Optional<Section> strategicPlan(ReportContext context, Labels words, WorkingGroupPlan plan) {
        String language = context.language();
        List<Block> blocks = new ArrayList<>();
        List<String> planActivities = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            for (Deliverable d : activity.deliverables()) {
                if (!StrategicPlanType.ID.equals(d.type())) {
                    continue;
                }
                planActivities.add(activity.id());
                Map<String, Object> a = d.attributes();
                List<Fact> facts = new ArrayList<>();
                facts.add(new Fact(words.get("plan.deliverable"), List.of(context.text(d.title()))));
                Attributes.choiceWords(words, StrategicPlanType.ID, a, "status")
                        .ifPresent(s -> facts.add(new Fact(words.get("plan.status"), List.of(s))));
                if (a.get("workshopsHeld") instanceof Number held) {
                    String value = a.get("workshopsPlanned") instanceof Number planned
                            ? words.format("strategic-plan.workshops-of", String.valueOf(held.longValue()), String.valueOf(planned.longValue()))
                            : words.format("strategic-plan.workshops", String.valueOf(held.longValue()));
                    facts.add(new Fact(words.get("plan.workshops"), List.of(value)));
                }
                Quantities.date(a.get("firstWorkshop")).ifPresent(f -> facts.add(new Fact(words.get("plan.first-workshop"), List.of(Dates.format(f, language)))));
                if (a.get("topics") instanceof List<?> topics && !topics.isEmpty()) {
                    facts.add(new Fact(words.get("plan.topics"), topics.stream().map(t -> AttributeSpec.textOf(t, language)).toList()));
                }
                String to = organizations(context, a.get("presentTo"));
                Optional<String> when = Quantities.date(a.get("presentation")).map(p -> Dates.format(p, language));
                if (!to.isEmpty() || when.isPresent()) {
                    facts.add(new Fact(words.get("plan.presentation"),
                            List.of(String.join(" · ", java.util.stream.Stream.of(to, when.orElse("")).filter(s -> !s.isEmpty()).toList()))));
                }
                blocks.add(new Facts(facts));
            }
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEntry> workshops = context.groupYear(group.id()).map(GroupYear::events).orElse(List.of()).stream()
                .filter(e -> e.kind() == Event.Kind.WORKSHOP && e.date() != null)
                .sorted(Chapters::inDateOrder)
                .map(e -> new TimelineEntry(Dates.format(e.date(), language), e.date().iso(), context.labels().get("event.workshop"),
                        context.text(e.title()), e.place() == null ? "" : context.text(e.place()), context.text(group.name()),
                        details(context, e), e.id(), e.kind().id(), group.id(), null))
                .toList();
        if (!workshops.isEmpty()) {
            blocks.add(new Timeline(words.format("plan.workshops-caption", String.valueOf(context.year())), workshops));
        }
        return Optional.of(Section.of(group.id() + ".strategic-plan", words.get("plan.title"), blocks));
    }

    private static String details(ReportContext context, Event e) {
        List<String> parts = new ArrayList<>();
        if (!e.organizations().isEmpty()) {
            parts.add(organizations(context, e.organizations()));
        }
        if (e.description() != null) {
            parts.add(context.text(e.description()));
        }
        return String.join(" · ", parts);
    }
}
