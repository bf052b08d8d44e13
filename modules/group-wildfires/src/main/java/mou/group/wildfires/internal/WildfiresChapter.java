package mou.group.wildfires.internal;

import mou.core.spi.Attributes;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mou.core.model.Activity;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.Table;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.AttributeSpec;
import mou.core.spi.Dates;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The "Cooperation on Wildfires" chapter: the standard narrative and progress tables, then the
 * year's training log (the group's progress is mostly training: courses, who attended, who taught)
 * and the state of its field observations.
 */
final class WildfiresChapter implements ReportSectionContributor {

    /** The core's common type for courses; named by id only so that this bundle does not depend on it. */
    static final String TRAINING_COURSE = "training-course";

    private final WorkingGroupPlugin group;

    WildfiresChapter(WorkingGroupPlugin group) {
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
        List<Section> extra = new ArrayList<>();
        trainingLog(context, words).ifPresent(extra::add);
        fieldObservations(context, words).ifPresent(extra::add);
        return Chapters.standard(context, group, extra).map(List::of).orElse(List.of());
    }

    /** A course of the year: a training event, a training-course deliverable dated in the year, or both joined. */
    private record Course(DateSpan date, String title, String place, Integer participants, Map<String, Object> attributes, String activityId) {
    }

    private record Dated(Deliverable deliverable, DateSpan date, String activityId) {
    }

    private Optional<Section> trainingLog(ReportContext context, Labels words) {
        List<Course> courses = courses(context);
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        String year = String.valueOf(context.year());
        List<List<String>> rows = courses.stream().map(c -> List.of(
                Dates.format(c.date(), context.language()),
                c.title(),
                c.place(),
                participants(context, c),
                instructors(context, c.attributes()),
                split(words, c.attributes()),
                texts(c.attributes().get("topics"), context.language(), ", "))).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(words.format("training.caption", year),
                List.of(words.get("training.dates"), words.get("training.course"), words.get("training.place"),
                        words.get("training.participants"), words.get("training.instructors"), words.get("training.split"),
                        words.get("training.topics")),
                rows));
        Set<String> activities = new HashSet<>();
        courses.forEach(c -> activities.add(c.activityId()));
        List<FigureRow> figures = context.groupYear(group.id()).map(GroupYear::metrics).orElse(List.of()).stream()
                .filter(m -> m.activityId() != null && activities.contains(m.activityId()))
                .map(m -> figure(context, m))
                .toList();
        if (!figures.isEmpty()) {
            Labels core = context.labels();
            blocks.add(new FigureTable(words.format("training.figures", year),
                    List.of(core.get("figures.group"), core.get("figures.figure"), core.get("figures.value"),
                            core.get("figures.target"), core.get("figures.progress"), core.get("figures.as-of")),
                    figures));
        }
        return Optional.of(Section.of(group.id() + ".training-log", words.format("training.title", year), blocks));
    }

    private List<Course> courses(ReportContext context) {
        List<Dated> dated = new ArrayList<>();
        context.plan(group.id()).map(WorkingGroupPlan::activities).orElse(List.of()).forEach(activity -> {
            for (Deliverable d : activity.deliverables()) {
                if (TRAINING_COURSE.equals(d.type())) {
                    parse(d.attributes().get("date")).ifPresent(date -> dated.add(new Dated(d, date, activity.id())));
                }
            }
        });
        List<Course> courses = new ArrayList<>();
        Set<Dated> used = new HashSet<>();
        List<Event> trainings = context.groupYear(group.id()).map(GroupYear::events).orElse(List.of()).stream()
                .filter(e -> e.kind() == Event.Kind.TRAINING && e.date() != null)
                .toList();
        for (Event event : trainings) {
            // The plan's deliverable holds the course's details; the event says it took place.
            Optional<Dated> match = dated.stream()
                    .filter(d -> !used.contains(d) && overlaps(d.date(), event.date()))
                    .findFirst();
            match.ifPresent(used::add);
            Map<String, Object> attributes = match.map(d -> d.deliverable().attributes()).orElse(Map.of());
            String place = event.place() != null ? context.text(event.place()) : text(attributes.get("place"), context.language());
            Integer participants = event.participants() != null ? event.participants() : integer(attributes.get("participants"));
            String activityId = event.activityId() != null ? event.activityId() : match.map(Dated::activityId).orElse(null);
            courses.add(new Course(event.date(), context.text(event.title()), place, participants, attributes, activityId));
        }
        for (Dated d : dated) {
            if (!used.contains(d) && d.date().year() == context.year()) {
                Map<String, Object> attributes = d.deliverable().attributes();
                courses.add(new Course(d.date(), context.text(d.deliverable().title()), text(attributes.get("place"), context.language()),
                        integer(attributes.get("participants")), attributes, d.activityId()));
            }
        }
        courses.sort(Comparator.comparing(Course::date));
        return courses;
    }

    private static boolean overlaps(DateSpan a, DateSpan b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static Optional<DateSpan> parse(Object value) {
        if (value instanceof String s) {
            try {
                return Optional.of(DateSpan.parse(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // validation reports it; the log leaves it out
            }
        }
        return Optional.empty();
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static String text(Object value, String language) {
        return value == null ? "" : AttributeSpec.textOf(value, language);
    }

    private static String texts(Object value, String language, String separator) {
        if (!(value instanceof List<?> list)) {
            return "";
        }
        return String.join(separator, list.stream().map(v -> AttributeSpec.textOf(v, language)).toList());
    }

    private static String number(Object value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance("es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(value.toString()));
    }

    private static String participants(ReportContext context, Course course) {
        String trainees = text(course.attributes().get("trainees"), context.language());
        if (course.participants() == null) {
            return trainees;
        }
        String count = number(course.participants(), context.language());
        return trainees.isEmpty() ? count : count + " (" + trainees + ")";
    }

    /** Instructors by agency, e.g. "CAL FIRE 10, CONAFOR 7", from the course's counts by organization id. */
    private static String instructors(ReportContext context, Map<String, Object> attributes) {
        if (!(attributes.get("instructors") instanceof Map<?, ?> counts)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((org, n) -> {
            if (n instanceof Number) {
                parts.add(context.organization(String.valueOf(org)) + " " + number(n, context.language()));
            }
        });
        return String.join(", ", parts);
    }

    private static String split(Labels words, Map<String, Object> attributes) {
        List<String> parts = new ArrayList<>();
        if (attributes.get("classroomPercent") instanceof Number n) {
            parts.add(words.format("training.classroom", number(n, words.language())));
        }
        if (attributes.get("fieldPercent") instanceof Number n) {
            parts.add(words.format("training.field", number(n, words.language())));
        }
        return String.join(", ", parts);
    }

    private FigureRow figure(ReportContext context, Metric m) {
        String language = context.language();
        return new FigureRow(
                context.text(group.name()),
                context.text(m.label()),
                quantity(context, m.value(), m.unitIn(context.language())),
                m.target() == null ? "" : quantity(context, m.target(), m.unitIn(context.language())),
                m.progressTowardsTarget(),
                m.asOf() == null ? "" : Dates.format(m.asOf(), language),
                m.id(), group.id(), m.activityId(), m.value(), m.target(), m.unit(), null);
    }

    /** A value with its unit, the unit's words in the singular for one ("1 instructor"). */
    private static String quantity(ReportContext context, BigDecimal value, String unit) {
        String written = quantity(value, unit, context.language());
        return value == null || unit == null || unit.isBlank() || "%".equals(unit) ? written
                : number(value, context.language()) + " " + context.labels().countWords(context.labels().unit(unit), value);
    }

    private static String quantity(BigDecimal value, String unit, String language) {
        if (value == null) {
            return "";
        }
        String n = number(value, language);
        if (unit == null || unit.isBlank()) {
            return n;
        }
        return "%".equals(unit) ? n + "%" : n + " " + Labels.forLanguage(language).unit(unit);
    }

    private Optional<Section> fieldObservations(ReportContext context, Labels words) {
        Optional<WorkingGroupPlan> plan = context.plan(group.id());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        String language = context.language();
        List<AttributeSpec> specs = FieldObservationType.ATTRIBUTES;
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : plan.get().activities()) {
            for (Deliverable d : activity.deliverables()) {
                if (!FieldObservationType.ID.equals(d.type())) {
                    continue;
                }
                Map<String, Object> a = d.attributes();
                Set<String> observers = new LinkedHashSet<>();
                if (a.get("observers") instanceof List<?> ids) {
                    ids.forEach(id -> observers.add(context.organization(String.valueOf(id))));
                }
                rows.add(List.of(
                        context.text(d.title()),
                        Attributes.choiceWords(words, FieldObservationType.ID, a, "status").orElse(""),
                        String.join(", ", observers),
                        Attributes.shown(specs, a, "individualsIdentified", language).orElse(""),
                        Attributes.shown(specs, a, "interpretersIdentified", language).orElse(""),
                        texts(a.get("invitations"), language, "; "),
                        a.get("priorityYear") instanceof Number y ? String.valueOf(y.longValue()) : ""));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Table table = new Table(words.get("observation.caption"),
                List.of(words.get("observation.deliverable"), words.get("observation.status"), words.get("observation.observers"),
                        words.get("observation.identified"), words.get("observation.interpreters"),
                        words.get("observation.invitations"), words.get("observation.priority")),
                rows);
        return Optional.of(Section.of(group.id() + ".field-observation", words.get("observation.title"), List.of(table)));
    }
}
