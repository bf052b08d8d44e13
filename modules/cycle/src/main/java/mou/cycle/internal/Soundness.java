package mou.cycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mou.core.cycle.Problem;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.OverarchingGoal;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.RelatedAgreement;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;

/**
 * The store's checks across files, on the model of a changed workspace, so that no change saves a
 * workspace that the next load finds errors in (after which every command and page refuses it): the
 * rules of the JSON store's reading (modules/store-json, {@code WorkspaceReader} and {@code WorkspaceLoad}),
 * in its words: each organization named (by the agreement's signatories, a plan's members and partners, an
 * event, a deliverable's organizations and counts) is one of organizations.json; each activity named (by an
 * assessment, a figure or an event of a group's year, a related agreement's figure) is one of the plan's
 * (for a related agreement's figure, of any plan); an update names figures and events of its own year; ids
 * of goals, activities, deliverables, figures and events are unique in the whole workspace; a deliverable
 * of an installed group whose type is installed passes the type's {@code validate}. What a single file's
 * reading checks (its fields' kinds and bounds) the model's records check as they are made.
 */
final class Soundness {

    private Soundness() {
    }

    /**
     * The errors of {@code changed} that {@code before} does not have, each once, in English and Spanish;
     * empty when the change leaves the workspace no worse. Checks {@code before} only when {@code changed}
     * has errors (a loaded workspace has none the store found).
     *
     * @param extensions the installed groups and deliverable types, or null: deliverables are then not checked
     */
    static List<Problem> added(Workspace before, Workspace changed, Extensions extensions) {
        Map<String, Problem> after = errors(changed, extensions, before);
        if (after.isEmpty()) {
            return List.of();
        }
        if (before != null) {
            errors(before, extensions, null).keySet().forEach(after::remove);
        }
        return List.copyOf(after.values());
    }

    /**
     * Every error of the workspace by its English words (which say where it is).
     *
     * @param checked a workspace whose deliverables (the very objects) are known to pass their type's check, or null
     */
    static Map<String, Problem> errors(Workspace ws, Extensions extensions, Workspace checked) {
        Map<String, Problem> found = new java.util.LinkedHashMap<>();
        Set<String> organizations = new HashSet<>();
        ws.organizations().forEach(o -> organizations.add(o.id()));
        Set<Deliverable> valid = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (checked != null) {
            checked.plans().forEach(p -> p.activities().forEach(a -> valid.addAll(a.deliverables())));
        }
        Map<String, String> ids = new HashMap<>();
        Set<String> allActivities = new HashSet<>();
        ws.plans().forEach(p -> p.activities().forEach(a -> allActivities.add(a.id())));

        ws.agreement().signatories().forEach(s -> organization(found, organizations, s.organization(), "agreement.json, signatories"));
        for (WorkingGroupPlan plan : ws.plans()) {
            String file = "groups/" + plan.groupId() + "/plan.json";
            plan.members().forEach(o -> organization(found, organizations, o, file + ", members"));
            plan.partners().forEach(o -> organization(found, organizations, o, file + ", partners"));
            boolean installed = extensions != null && extensions.group(plan.groupId()).isPresent();
            for (OverarchingGoal goal : plan.goals()) {
                unique(found, ids, goal.id(), "goal", file);
                for (Activity activity : goal.activities()) {
                    unique(found, ids, activity.id(), "activity", file);
                    for (Deliverable d : activity.deliverables()) {
                        unique(found, ids, d.id(), "deliverable", file);
                        if (installed && !valid.contains(d)) {
                            deliverable(found, organizations, extensions, d, file + ", deliverable " + d.id());
                        }
                    }
                }
            }
        }
        for (GroupYear year : ws.years()) {
            String file = "groups/" + year.groupId() + "/" + year.year() + ".json";
            Optional<WorkingGroupPlan> plan = ws.plan(year.groupId());
            for (Assessment a : year.assessments()) {
                activity(found, plan, a.activityId(), file + ", assessment of " + a.activityId());
            }
            Set<String> metricIds = new HashSet<>();
            for (Metric m : year.metrics()) {
                unique(found, ids, m.id(), "metric", file);
                metricIds.add(m.id());
                activity(found, plan, m.activityId(), file + ", metric " + m.id());
            }
            Set<String> eventIds = new HashSet<>();
            for (Event e : year.events()) {
                unique(found, ids, e.id(), "event", file);
                eventIds.add(e.id());
                e.organizations().forEach(o -> organization(found, organizations, o, file + ", event " + e.id()));
                activity(found, plan, e.activityId(), file + ", event " + e.id());
            }
            for (QuarterlyUpdate u : year.updates()) {
                String at = file + ", update of Q" + u.quarter();
                u.metrics().stream().filter(id -> !metricIds.contains(id)).forEach(id -> add(found, Problem.said(null,
                        at + ": no figure '" + id + "' in this year's 'metrics'; an update names figures and events of its own year, so add it there first or use one of its ids",
                        at + ": no hay ninguna cifra '" + id + "' en 'metrics' de este año; una actualización nombra cifras y eventos de su propio año, así que agréguela ahí primero o use uno de sus identificadores")));
                u.events().stream().filter(id -> !eventIds.contains(id)).forEach(id -> add(found, Problem.said(null,
                        at + ": no event '" + id + "' in this year's 'events'; an update names figures and events of its own year, so add it there first or use one of its ids",
                        at + ": no hay ningún evento '" + id + "' en 'events' de este año; una actualización nombra cifras y eventos de su propio año, así que agréguelo ahí primero o use uno de sus identificadores")));
            }
        }
        for (RelatedAgreement related : ws.relatedAgreements()) {
            for (Metric m : related.figures()) {
                unique(found, ids, m.id(), "metric", "related-agreements.json");
                if (m.activityId() != null && !allActivities.contains(m.activityId())) {
                    String at = "related-agreements.json, " + related.id() + ", figure " + m.id();
                    add(found, Problem.said(null, at + ": no activity '" + m.activityId() + "' in any group's plan; use the id of an activity or leave activityId out",
                            at + ": no hay ninguna actividad '" + m.activityId() + "' en el plan de ningún grupo; use el identificador de una actividad o quite activityId"));
                }
            }
        }
        return found;
    }

    private static void add(Map<String, Problem> found, Problem p) {
        found.putIfAbsent(p.message(), p);
    }

    private static void organization(Map<String, Problem> found, Set<String> organizations, String id, String at) {
        if (id != null && !organizations.contains(id)) {
            add(found, Problem.said(null, at + ": no organization '" + id + "' in organizations.json; add it there or use the id of one of its organizations",
                    at + ": no hay ninguna organización '" + id + "' en organizations.json; agréguela ahí o use el identificador de una de sus organizaciones"));
        }
    }

    private static void activity(Map<String, Problem> found, Optional<WorkingGroupPlan> plan, String id, String at) {
        if (id != null && plan.isPresent() && plan.get().activity(id).isEmpty()) {
            String planName = "groups/" + plan.get().groupId() + "/plan.json";
            add(found, Problem.said(null, at + ": no activity '" + id + "' in " + planName + "; use the id of one of its activities",
                    at + ": no hay ninguna actividad '" + id + "' en " + planName + "; use el identificador de una de sus actividades"));
        }
    }

    private static final Map<String, String> KINDS_ES = Map.of("goal", "un objetivo", "activity", "una actividad", "deliverable", "un entregable",
            "metric", "una cifra", "event", "un evento");

    private static void unique(Map<String, Problem> found, Map<String, String> ids, String id, String kind, String file) {
        if (id == null) {
            return;
        }
        String first = ids.putIfAbsent(id, kind + " in " + file);
        if (first != null) {
            String firstKind = first.substring(0, first.indexOf(' '));
            String firstFile = first.substring(first.indexOf(" in ") + 4);
            add(found, Problem.said(null, file + ": the id '" + id + "' of " + article(kind) + " is already used by " + article(firstKind) + " in " + firstFile
                    + "; ids of goals, activities, deliverables, metrics and events must be unique in the whole workspace, so give this " + kind
                    + " another id", file + ": el identificador '" + id + "' de " + KINDS_ES.get(kind) + " ya lo usa " + KINDS_ES.get(firstKind) + " en "
                    + firstFile + "; los identificadores de objetivos, actividades, entregables, cifras y eventos son únicos en todo el espacio de"
                    + " trabajo, así que dé otro identificador a este"));
        }
    }

    private static String article(String kind) {
        return (kind.startsWith("a") || kind.startsWith("e") ? "an " : "a ") + kind;
    }

    /** A deliverable of an installed group: its type's check, and the organizations its attributes name. */
    private static void deliverable(Map<String, Problem> found, Set<String> organizations, Extensions extensions, Deliverable d, String at) {
        Optional<DeliverableType> type = extensions.deliverableType(d.type());
        if (type.isEmpty()) {
            return; // the load says so as it reads the plan; a change never changes a deliverable's type
        }
        List<AttributeProblem> problems;
        try {
            problems = type.get().validate(d.attributes());
        } catch (RuntimeException e) {
            add(found, Problem.said(null, at + ": the deliverable type '" + d.type() + "' failed while checking these attributes; tell the author of its plugin",
                    at + ": el tipo de entregable '" + d.type() + "' falló al revisar estos atributos; avise al autor de su plugin"));
            return;
        }
        for (AttributeProblem p : problems) {
            if (p.severity() == null || p.severity() == mou.core.spi.Problem.Severity.ERROR) {
                String where = at + (p.attribute() == null ? "" : ", " + p.attribute());
                add(found, Problem.said(null, where + ": " + p.message(), p.messageEs() == null ? null : where + ": " + p.messageEs()));
            }
        }
        for (AttributeSpec spec : type.get().attributes()) {
            Object value = d.attributes().get(spec.name());
            List<String> named = new ArrayList<>();
            if (spec.kind() == AttributeSpec.Kind.ORGANIZATIONS && value instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(named::add);
            } else if (spec.kind() == AttributeSpec.Kind.COUNTS && value instanceof Map<?, ?> counts) {
                counts.keySet().forEach(k -> named.add(String.valueOf(k)));
            }
            for (String id : new LinkedHashSet<>(named)) {
                organization(found, organizations, id, at + ", " + spec.name());
            }
        }
    }
}
