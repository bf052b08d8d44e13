package mou.core.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.OverarchingGoal;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.RelatedAgreement;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.Problem.Severity;

/**
 * The rules across the files of a workspace, in one place: what a store checks as it loads a workspace,
 * and what a change is checked against before it is saved, so that no change saves a workspace that the
 * next load refuses. Each organization named (by the agreement's signatories, a plan's members and
 * partners, an event, a deliverable's organizations and counts) is one of the workspace's organizations;
 * each activity named by an assessment, a figure or an event of a group's year is one of the group's
 * plan, and one named by a related agreement's figure is one of any plan; a quarterly update names
 * figures and events of its own year; the ids of goals, activities, deliverables, figures (metrics) and
 * events are unique in the whole workspace; a deliverable of an installed group has an installed type
 * and passes its {@link DeliverableType#validate}. What a single file says about itself (its fields'
 * kinds and bounds) the model's records and the store's reading check.
 *
 * <p>The rules walk the model and say each problem at a place the caller makes, step by step from the
 * root of the file the value is written in ({@link Places}): a store makes places that know their line
 * and column in the file it read; a check of a changed workspace, the JSON path where the value will be
 * written. A store that reads a workspace in parts calls the rules of each file as it reads it
 * ({@link #agreement}, {@link #plan}, {@link #year}, {@link #declared}) and those of the whole workspace
 * once every part is read ({@link UniqueIds}, {@link #figureActivities}); {@link #check} calls them all, in
 * the same order, on a whole workspace.
 *
 * @param <P> a place in a file of the workspace
 * @since 1.8
 */
public final class WorkspaceRules<P> {

    /** What the rules say ids name, for the message of an id used twice. */
    public static final String GOAL = "goal";
    public static final String ACTIVITY = "activity";
    public static final String DELIVERABLE = "deliverable";
    public static final String METRIC = "metric";
    public static final String EVENT = "event";

    /** The same, in Spanish with the article. */
    private static final Map<String, String> KINDS_ES = Map.of(GOAL, "el objetivo", ACTIVITY, "la actividad", DELIVERABLE, "el entregable",
            METRIC, "la cifra", EVENT, "el evento");

    /**
     * Makes the place of a value from the place of the object or list that holds it. Places are made for
     * values that may never be reported: making one should cost little, and its position be worked out
     * only when it is.
     *
     * @param <P> a place in a file
     */
    public interface Places<P> {

        /** The value of {@code key} in the object at {@code at} (which may not be there: then the object's place). */
        P key(P at, String key);

        /**
         * The element {@code index} of a list that the model holds ({@code goals}, {@code members}, ...):
         * a store that left out entries it could not read counts those it read.
         */
        P item(P at, int index);

        /** The value {@code index} of a list as written (in a deliverable's attributes, which the model holds as written). */
        P index(P at, int index);
    }

    /**
     * Takes what the rules find.
     *
     * @param <P> a place in a file
     */
    @FunctionalInterface
    public interface Findings<P> {
        /** A problem at {@code at}, in English and Spanish ({@code messageEs} may be null: said in English only). */
        void add(Severity severity, P at, String message, String messageEs);
    }

    /**
     * An id that must be unique in the whole workspace, where it is given.
     *
     * @param kind what it names: {@link #GOAL}, {@link #ACTIVITY}, {@link #DELIVERABLE}, {@link #METRIC} or {@link #EVENT}
     */
    public record Declared<P>(String id, String kind, P at) {
    }

    /** An activity named by a related agreement's figure, which may be one of any plan's. */
    public record ActivityRef<P>(String id, P at) {
    }

    private final Places<P> places;
    private final Findings<P> findings;
    private final Extensions extensions;
    private final Set<String> organizations;
    private final boolean organizationsFile;

    /**
     * @param extensions the installed groups and deliverable types; null: no deliverable is checked
     * @param organizations the ids of the workspace's organizations; null: references to organizations are not
     *        checked (the organizations could not be read, which is said where they are)
     * @param organizationsFile whether the workspace has an organizations file (a reference to an organization
     *        of a workspace without one says to add the file)
     */
    public WorkspaceRules(Places<P> places, Findings<P> findings, Extensions extensions, Set<String> organizations, boolean organizationsFile) {
        this.places = places;
        this.findings = findings;
        this.extensions = extensions;
        this.organizations = organizations;
        this.organizationsFile = organizationsFile;
    }

    /** The file of a group's plan, relative to the workspace, as the rules name it. */
    public static String planFile(String groupId) {
        return "groups/" + groupId + "/plan.json";
    }

    /** The file of a group's year, relative to the workspace. */
    public static String yearFile(String groupId, int year) {
        return "groups/" + groupId + "/" + year + ".json";
    }

    /** The agreement's file, relative to the workspace. */
    public static final String AGREEMENT_FILE = "agreement.json";
    /** The related agreements' file, relative to the workspace. */
    public static final String RELATED_AGREEMENTS_FILE = "related-agreements.json";

    // ---------------------------------------------------------------- each file

    /** The agreement's signatories name organizations of the workspace. */
    public void agreement(Agreement agreement, P at) {
        List<Agreement.Signatory> signatories = agreement.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            int n = i;
            organization(signatories.get(i).organization(), () -> places.key(places.item(places.key(at, "signatories"), n), "organization"));
        }
    }

    /**
     * A plan's members and partners are organizations of the workspace; a deliverable of an installed
     * group has an installed type, passes its check and names organizations of the workspace.
     *
     * @param checked deliverables known to pass (the very objects of a workspace checked before), not checked again
     */
    public void plan(WorkingGroupPlan plan, P at, Predicate<Deliverable> checked) {
        organizations(plan.members(), () -> places.key(at, "members"));
        organizations(plan.partners(), () -> places.key(at, "partners"));
        if (extensions == null || extensions.group(plan.groupId()).isEmpty()) {
            return; // the store says so as it reads the plan: the types of a group not installed are not known
        }
        List<OverarchingGoal> goals = plan.goals();
        for (int g = 0; g < goals.size(); g++) {
            List<Activity> activities = goals.get(g).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<Deliverable> deliverables = activities.get(a).deliverables();
                for (int d = 0; d < deliverables.size(); d++) {
                    Deliverable deliverable = deliverables.get(d);
                    if (checked == null || !checked.test(deliverable)) {
                        int gi = g;
                        int ai = a;
                        int di = d;
                        deliverable(deliverable, memo(() -> places.item(places.key(places.item(places.key(places.item(places.key(at, "goals"), gi),
                                "activities"), ai), "deliverables"), di)));
                    }
                }
            }
        }
    }

    private void deliverable(Deliverable d, Supplier<P> at) {
        String typeId = d.type();
        if (typeId.isEmpty()) {
            return; // a deliverable without a type: its file says so
        }
        Optional<DeliverableType> found = extensions.deliverableType(typeId);
        if (found.isEmpty()) {
            String known = extensions.deliverableTypes().stream().map(DeliverableType::id).sorted().collect(Collectors.joining(", "));
            findings.add(Severity.ERROR, places.key(at.get(), "type"), "'" + typeId + "' is not an installed deliverable type; use one of "
                    + (known.isEmpty() ? "the installed types (there are none)" : known)
                    + " (./mou groups lists them with their attributes)", "'" + typeId + "' no es un tipo de entregable instalado; use uno de "
                    + (known.isEmpty() ? "los tipos instalados (no hay ninguno)" : known) + " (./mou groups los enumera con sus atributos)");
            return;
        }
        DeliverableType type = found.get();
        Supplier<P> attributesAt = memo(() -> places.key(at.get(), "attributes"));
        List<AttributeProblem> problems;
        try {
            problems = type.validate(d.attributes());
        } catch (RuntimeException e) {
            findings.add(Severity.ERROR, attributesAt.get(), "the deliverable type '" + typeId
                    + "' failed while checking these attributes; tell the author of its plugin", "el tipo de entregable '" + typeId
                    + "' falló al revisar estos atributos; avise al autor de su plugin");
            return;
        }
        for (AttributeProblem p : problems) {
            findings.add(p.severity() == null ? Severity.ERROR : p.severity(), attributePlace(attributesAt.get(), p.attribute()), p.message(),
                    p.messageEs());
        }
        for (AttributeSpec spec : type.attributes()) {
            Object value = d.attributes().get(spec.name());
            if (spec.kind() == AttributeSpec.Kind.ORGANIZATIONS && value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String id) {
                        int n = i;
                        organization(id, () -> places.index(places.key(attributesAt.get(), spec.name()), n));
                    }
                }
            } else if (spec.kind() == AttributeSpec.Kind.COUNTS && value instanceof Map<?, ?> counts) {
                for (Object key : counts.keySet()) {
                    String id = String.valueOf(key);
                    organization(id, () -> places.key(places.key(attributesAt.get(), spec.name()), id));
                }
            }
        }
    }

    /** The place of an attribute problem: {@code items/0} is {@code attributes.items[0]}. */
    private P attributePlace(P attributesAt, String attribute) {
        P at = attributesAt;
        if (attribute == null || attribute.isEmpty()) {
            return at;
        }
        for (String segment : attribute.split("/")) {
            at = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && segment.length() < 9
                    ? places.index(at, Integer.parseInt(segment)) : places.key(at, segment);
        }
        return at;
    }

    /**
     * A group's year names activities of the group's plan (when {@code activities} is given) and
     * organizations of the workspace, and its updates name figures and events of the same year.
     *
     * @param activities the ids of the activities of the group's plan; null when the plan could not be read (then not checked)
     */
    public void year(GroupYear year, P at, Set<String> activities) {
        String planName = planFile(year.groupId());
        var assessments = year.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            if (unknown(assessments.get(i).activityId(), activities)) {
                activity(assessments.get(i).activityId(), planName, places.key(places.item(places.key(at, "assessments"), i), "activityId"));
            }
        }
        List<Metric> metrics = year.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            if (unknown(metrics.get(i).activityId(), activities)) {
                activity(metrics.get(i).activityId(), planName, places.key(places.item(places.key(at, "metrics"), i), "activityId"));
            }
        }
        List<Event> events = year.events();
        for (int i = 0; i < events.size(); i++) {
            int n = i;
            Supplier<P> eventAt = memo(() -> places.item(places.key(at, "events"), n));
            organizations(events.get(i).organizations(), () -> places.key(eventAt.get(), "organizations"));
            if (unknown(events.get(i).activityId(), activities)) {
                activity(events.get(i).activityId(), planName, places.key(eventAt.get(), "activityId"));
            }
        }
        List<QuarterlyUpdate> updates = year.updates();
        if (updates.isEmpty()) {
            return;
        }
        Set<String> metricIds = new HashSet<>();
        metrics.forEach(m -> metricIds.add(m.id()));
        Set<String> eventIds = new HashSet<>();
        events.forEach(e -> eventIds.add(e.id()));
        for (int i = 0; i < updates.size(); i++) {
            int n = i;
            Supplier<P> updateAt = memo(() -> places.item(places.key(at, "updates"), n));
            named(updates.get(i).metrics(), metricIds, "figure", "metrics", () -> places.key(updateAt.get(), "metrics"));
            named(updates.get(i).events(), eventIds, "event", "events", () -> places.key(updateAt.get(), "events"));
        }
    }

    private void named(List<String> ids, Set<String> known, String what, String yearKey, Supplier<P> listAt) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                findings.add(Severity.ERROR, places.item(listAt.get(), i), "no " + what + " '" + id + "' in this year's '" + yearKey
                        + "'; an update names figures and events of its own year, so add it there first or use one of its ids",
                        ("figure".equals(what) ? "no hay ninguna cifra" : "no hay ningún evento") + " '" + id + "' en '" + yearKey
                        + "' de este año; una actualización nombra cifras y eventos de su propio año, así que agréguelo"
                        + " ahí primero o use uno de sus identificadores");
            }
        }
    }

    /** Whether an activity named is not one of the plan's ({@code activities}; null: not known, so not checked). */
    private static boolean unknown(String id, Set<String> activities) {
        return id != null && activities != null && !activities.contains(id);
    }

    private void activity(String id, String planName, P at) {
        findings.add(Severity.ERROR, at, "no activity '" + id + "' in " + planName + "; use the id of one of its activities",
                "no hay ninguna actividad '" + id + "' en " + planName + "; use el identificador de una de sus actividades");
    }

    private void organizations(List<String> ids, Supplier<P> listAt) {
        for (int i = 0; i < ids.size(); i++) {
            int n = i;
            organization(ids.get(i), () -> places.item(listAt.get(), n));
        }
    }

    private void organization(String id, Supplier<P> at) {
        if (id == null || organizations == null || organizations.contains(id)) {
            return;
        }
        if (organizationsFile) {
            findings.add(Severity.ERROR, at.get(), "no organization '" + id + "' in organizations.json; add it there or use the id of one of its organizations",
                    "no hay ninguna organización '" + id + "' en organizations.json; agréguela ahí o use el identificador de una de sus organizaciones");
        } else {
            findings.add(Severity.ERROR, at.get(), "no organization '" + id + "': the workspace has no organizations.json; add the file with this organization",
                    "no hay ninguna organización '" + id + "': el espacio de trabajo no tiene organizations.json; agregue el archivo con esta"
                    + " organización");
        }
    }

    // ---------------------------------------------------------------- across files

    /** The ids of a plan's goals, activities and deliverables, in the order written, which must be unique in the whole workspace. */
    public List<Declared<P>> declared(WorkingGroupPlan plan, P at) {
        List<Declared<P>> declared = new ArrayList<>();
        List<OverarchingGoal> goals = plan.goals();
        P goalsAt = places.key(at, "goals");
        for (int g = 0; g < goals.size(); g++) {
            OverarchingGoal goal = goals.get(g);
            P goalAt = places.item(goalsAt, g);
            declare(declared, goal.id(), GOAL, goalAt);
            P activitiesAt = places.key(goalAt, "activities");
            for (int a = 0; a < goal.activities().size(); a++) {
                Activity activity = goal.activities().get(a);
                P activityAt = places.item(activitiesAt, a);
                declare(declared, activity.id(), ACTIVITY, activityAt);
                P deliverablesAt = places.key(activityAt, "deliverables");
                for (int d = 0; d < activity.deliverables().size(); d++) {
                    declare(declared, activity.deliverables().get(d).id(), DELIVERABLE, places.item(deliverablesAt, d));
                }
            }
        }
        return declared;
    }

    /** The ids of a year's figures and events, in the order written, which must be unique in the whole workspace. */
    public List<Declared<P>> declared(GroupYear year, P at) {
        List<Declared<P>> declared = new ArrayList<>();
        declareFigures(declared, year.metrics(), places.key(at, "metrics"));
        P eventsAt = places.key(at, "events");
        for (int i = 0; i < year.events().size(); i++) {
            declare(declared, year.events().get(i).id(), EVENT, places.item(eventsAt, i));
        }
        return declared;
    }

    /** The ids of the related agreements' figures, in the order written, which must be unique in the whole workspace. */
    public List<Declared<P>> declared(List<RelatedAgreement> related, P at) {
        List<Declared<P>> declared = new ArrayList<>();
        P relatedAt = places.key(at, "relatedAgreements");
        for (int i = 0; i < related.size(); i++) {
            declareFigures(declared, related.get(i).figures(), places.key(places.item(relatedAt, i), "figures"));
        }
        return declared;
    }

    private void declareFigures(List<Declared<P>> declared, List<Metric> figures, P listAt) {
        for (int i = 0; i < figures.size(); i++) {
            declare(declared, figures.get(i).id(), METRIC, places.item(listAt, i));
        }
    }

    private void declare(List<Declared<P>> declared, String id, String kind, P at) {
        if (id != null) {
            declared.add(new Declared<>(id, kind, places.key(at, "id")));
        }
    }

    /** The activities named by the related agreements' figures, checked once every plan is known ({@link #figureActivities}). */
    public List<ActivityRef<P>> figureActivityRefs(List<RelatedAgreement> related, P at) {
        List<ActivityRef<P>> refs = new ArrayList<>();
        P relatedAt = places.key(at, "relatedAgreements");
        for (int i = 0; i < related.size(); i++) {
            List<Metric> figures = related.get(i).figures();
            P figuresAt = places.key(places.item(relatedAt, i), "figures");
            for (int f = 0; f < figures.size(); f++) {
                if (figures.get(f).activityId() != null) {
                    refs.add(new ActivityRef<>(figures.get(f).activityId(), places.key(places.item(figuresAt, f), "activityId")));
                }
            }
        }
        return refs;
    }

    /** Each activity a related agreement's figure names is one of any plan's ({@code activities}: the ids of every plan's activities). */
    public static <P> void figureActivities(List<ActivityRef<P>> refs, Set<String> activities, Findings<P> findings) {
        for (ActivityRef<P> ref : refs) {
            if (!activities.contains(ref.id())) {
                findings.add(Severity.ERROR, ref.at(), "no activity '" + ref.id() + "' in any group's plan; use the id of an activity or leave activityId out",
                        "no hay ninguna actividad '" + ref.id() + "' en el plan de ningún grupo; use el identificador de una actividad o quite activityId");
            }
        }
    }

    /**
     * The ids of goals, activities, deliverables, figures and events are unique in the whole workspace:
     * given them in the order they are read, says each one that an earlier one already uses.
     *
     * @param <P> a place in a file
     */
    public static final class UniqueIds<P> {

        private static final String KINDS = "goals, activities, deliverables, metrics and events";

        private final Map<String, Declared<P>> first = new HashMap<>();
        private final Function<P, String> describe;
        private final Findings<P> findings;

        /** @param describe says where a place is, in a message that names it ({@code file:line:column (path)}) */
        public UniqueIds(Function<P, String> describe, Findings<P> findings) {
            this.describe = describe;
            this.findings = findings;
        }

        public void add(Declared<P> id) {
            Declared<P> earlier = first.putIfAbsent(id.id(), id);
            if (earlier == null) {
                return;
            }
            String where = describe.apply(earlier.at());
            String earlierEs = KINDS_ES.getOrDefault(earlier.kind(), earlier.kind());
            String thisEs = KINDS_ES.getOrDefault(id.kind(), id.kind()).replaceFirst("^el ", "este ").replaceFirst("^la ", "esta ");
            findings.add(Severity.ERROR, id.at(), "the id '" + id.id() + "' is already used by the " + earlier.kind() + " at " + where
                    + "; ids of " + KINDS + " must be unique in the whole workspace, so give this " + id.kind() + " another id",
                    "el identificador '" + id.id() + "' ya lo usa " + earlierEs + " en " + where + "; los identificadores de"
                    + " objetivos, actividades, entregables, cifras y eventos son únicos en todo el espacio de trabajo, así que dé a "
                    + thisEs + " otro identificador");
        }
    }

    // ---------------------------------------------------------------- a whole workspace

    /**
     * Every rule on a whole workspace, its files taken in the order a store reads them (the
     * organizations, the agreement, the related agreements, then each group's plan and years, the groups
     * by id and the years in order): the problems a load of the workspace, as it would be saved, finds
     * across its files.
     *
     * @param file the place of the root of a file of the workspace, by its name relative to the workspace
     * @param describe says where a place is, in a message that names it
     * @param checked deliverables known to pass, not checked again; null: every deliverable is
     */
    public static <P> void check(Workspace workspace, Extensions extensions, Predicate<Deliverable> checked, Function<String, P> file,
            Places<P> places, Function<P, String> describe, Findings<P> findings) {
        Set<String> organizations = new HashSet<>();
        workspace.organizations().forEach(o -> organizations.add(o.id()));
        WorkspaceRules<P> rules = new WorkspaceRules<>(places, findings, extensions, organizations, true);
        UniqueIds<P> unique = new UniqueIds<>(describe, findings);
        if (workspace.agreement() != null) {
            rules.agreement(workspace.agreement(), file.apply(AGREEMENT_FILE));
        }
        P related = file.apply(RELATED_AGREEMENTS_FILE);
        rules.declared(workspace.relatedAgreements(), related).forEach(unique::add);
        List<ActivityRef<P>> figureRefs = rules.figureActivityRefs(workspace.relatedAgreements(), related);

        Map<String, List<GroupYear>> years = new TreeMap<>();
        workspace.years().forEach(y -> years.computeIfAbsent(y.groupId(), g -> new ArrayList<>()).add(y));
        workspace.plans().forEach(p -> years.computeIfAbsent(p.groupId(), g -> new ArrayList<>()));
        Set<String> allActivities = new HashSet<>();
        for (Map.Entry<String, List<GroupYear>> group : years.entrySet()) {
            Optional<WorkingGroupPlan> plan = workspace.plan(group.getKey());
            Set<String> activities = null;
            if (plan.isPresent()) {
                P at = file.apply(planFile(group.getKey()));
                rules.plan(plan.get(), at, checked);
                rules.declared(plan.get(), at).forEach(unique::add);
                activities = new HashSet<>();
                for (Activity a : plan.get().activities()) {
                    if (a.id() != null) {
                        activities.add(a.id());
                    }
                }
                allActivities.addAll(activities);
            }
            List<GroupYear> groupYears = new ArrayList<>(group.getValue());
            groupYears.sort(java.util.Comparator.comparingInt(GroupYear::year));
            for (GroupYear year : groupYears) {
                P at = file.apply(yearFile(year.groupId(), year.year()));
                rules.year(year, at, activities);
                rules.declared(year, at).forEach(unique::add);
            }
        }
        figureActivities(figureRefs, allActivities, findings);
    }

    /** A place made once, when first asked for. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
