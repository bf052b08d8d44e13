package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.Problem;
import mou.core.cycle.RecordEvent;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Text;
import mou.core.model.Workspace;
import org.junit.jupiter.api.Test;

/**
 * No request leaves the workspace with an error its next load would find (after which every page and
 * command refuses it): a deliverable's organizations must be the workspace's, and behind every request
 * the changed workspace is checked as the store checks it when it loads, by the same rules ({@code WorkspaceRules}),
 * in the same words.
 */
class SoundChangesTest extends TypedServiceTest {


    // 1. a deliverable's organizations ------------------------------------------------------------

    @Test
    void aDeliverablesOrganizationThatIsNotTheWorkspacesIsRefusedNamingTheAttributeAndNothingIsSaved() throws Exception {
        Map<String, String> before = bytes();
        int entries = f.history().size();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(ana(),
                "air-quality", 2017, "aq-3-2-1", Map.of("laboratory", "carb, spa, sonoran-inst"))));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("laboratory");
            assertThat(p.text("en", n -> "Analyzed by")).isEqualTo("Analyzed by: no organization 'sonoran-inst' in organizations.json; use the ids"
                    + " of its organizations (e.g. carb, semarnat) or add it there first");
            assertThat(p.text("es", n -> "Analizadas por")).startsWith("Analizadas por: no hay ninguna organización 'sonoran-inst' en organizations.json");
        });
        assertThat(bytes()).isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
        // the workspace is still valid: the next load finds no error and the next change is made
        assertThat(f.store.load(f.data).hasErrors()).isFalse();
        assertThat(service.editDeliverable(new EditDeliverable(ana(), "air-quality", 2017, "aq-3-2-1", Map.of("laboratory", "carb, spa")))
                .changed()).isTrue();
    }

    /** A deliverable's organizations were split on spaces too: "CAL FIRE" was refused as 'CAL' and 'FIRE'. */
    @Test
    void aDeliverablesOrganizationsAreReadAsPeopleWriteThem() throws Exception {
        assertThat(service.editDeliverable(new EditDeliverable(ana(), "air-quality", 2017, "aq-3-2-1",
                Map.of("laboratory", "California Air Resources Board and CAL FIRE"))).changed()).isTrue();
        assertThat(Deliverables.find(f.workspace().plan("air-quality").orElseThrow(), "aq-3-2-1").orElseThrow().attributes().get("laboratory"))
                .isEqualTo(java.util.List.of("carb", "cal-fire"));
        CycleException e = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(ana(),
                "air-quality", 2017, "aq-3-2-1", Map.of("laboratory", "CARB, Sonoran Inst"))));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).text("en", n -> n)).contains("no organization 'Sonoran Inst'");
    }

    // 2. the guard behind every request ------------------------------------------------------------

    @Test
    void aSaveThatWouldLeaveADanglingReferenceIsRefusedWithTheStoresWordsAndNoFileChanges() throws Exception {
        Workbench bench = new Workbench(f.store, Clock.fixed(Fixture.NOW, ZoneOffset.UTC), extensions);
        Workbench.Loaded loaded = bench.load(ana());
        Workspace ws = loaded.workspace();
        GroupYear year = ws.year("air-quality", 2017).orElseThrow();
        List<Event> events = new ArrayList<>(year.events());
        // an event naming an organization and an activity that do not exist, and a figure whose id a plan's activity has
        events.add(new Event("aq-2017-dangling", Event.Kind.MEETING, DateSpan.parse("2017-03-14"), Text.of("Dangling"), null,
                List.of("carb", "nobody"), null, null, "no-such-activity"));
        List<Metric> metrics = new ArrayList<>(year.metrics());
        metrics.add(new Metric("aq-1-1", Text.of("Twice"), java.math.BigDecimal.ONE, null, null, null, null, null, null));
        Workspace changed = Workbench.withYear(ws, year.withEvents(events).withMetrics(metrics));
        Map<String, String> before = bytes();
        int entries = f.history().size();

        CycleException e = catchThrowableOfType(CycleException.class, () -> bench.save(loaded, changed, List.of()));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .matches("groups/air-quality/2017\\.json \\(\\$\\.events\\[\\d+\\]\\.organizations\\[1\\]\\): no organization 'nobody' in organizations\\.json; .*"))
                .anySatisfy(m -> assertThat(m).contains("no activity 'no-such-activity' in groups/air-quality/plan.json"))
                .anySatisfy(m -> assertThat(m).contains("): the id 'aq-1-1' is already used by the activity at groups/air-quality/plan.json ($.goals[0]"))
                .anySatisfy(m -> assertThat(m).startsWith("this change would leave the workspace with 3 errors it does not have now"));
        assertThat(e.problems()).extracting(p -> p.message("es")).anySatisfy(m -> assertThat(m).contains("no hay ninguna organización 'nobody'"));
        assertThat(bytes()).isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
        assertThat(f.store.load(f.data).hasErrors()).isFalse();
    }

    @Test
    void theGuardRefusesAnEditOfADeliverableThatTheTypesCheckAndTheStoreWouldFindWrongWhateverTheRequestChecked() throws Exception {
        // a deliverable changed behind the edit's own checks (the model as a front door could build it): the store's rule still holds
        Workbench bench = new Workbench(f.store, Clock.fixed(Fixture.NOW, ZoneOffset.UTC), extensions);
        Workbench.Loaded loaded = bench.load(ana());
        Workspace ws = loaded.workspace();
        mou.core.model.WorkingGroupPlan plan = ws.plan("air-quality").orElseThrow();
        mou.core.model.Deliverable d = Deliverables.find(plan, "aq-3-2-1").orElseThrow();
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(d.attributes());
        attributes.put("laboratory", List.of("carb", "spa-bc"));
        mou.core.model.Deliverable broken = new mou.core.model.Deliverable(d.id(), d.type(), d.title(), d.note(), attributes);
        Workspace changed = new Workspace(ws.agreement(), ws.organizations(), ws.relatedAgreements(), ws.plans().stream()
                .map(p -> p != plan ? p : new mou.core.model.WorkingGroupPlan(p.groupId(), p.name(), p.members(), p.partners(),
                        p.inJointActionPlan(), p.goals().stream().map(g -> new mou.core.model.OverarchingGoal(g.id(), g.number(), g.title(),
                                g.statement(), g.overview(), g.note(), g.activities().stream().map(a -> new mou.core.model.Activity(a.id(),
                                        a.description(), a.deliverables().stream().map(x -> x == d ? broken : x).toList(), a.note())).toList()))
                                .toList())).toList(), ws.years(), ws.reports(), ws.calendar());
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> bench.save(loaded, changed, List.of()));

        assertThat(e.problems()).extracting(Problem::message).first().asString()
                .isEqualTo("groups/air-quality/plan.json ($.goals[2].activities[1].deliverables[0].attributes.laboratory[1]): no organization"
                        + " 'spa-bc' in organizations.json; add it there or use the id of one of its organizations");
        assertThat(bytes()).isEqualTo(before);
    }

    // 3. one rule: the guard says what the load would say -------------------------------------------

    @Test
    void theGuardRefusesExactlyTheErrorsTheNextLoadWouldFindInTheLoadsWords() throws Exception {
        // every rule across files broken once, through the model as a front door could build it
        Workbench bench = new Workbench(f.store, Clock.fixed(Fixture.NOW, ZoneOffset.UTC), extensions);
        Workbench.Loaded loaded = bench.load(ana());
        Workspace ws = loaded.workspace();
        GroupYear year = ws.year("air-quality", 2017).orElseThrow();
        List<Event> events = new ArrayList<>(year.events());
        events.add(new Event("aq-2017-dangling", Event.Kind.MEETING, DateSpan.parse("2017-03-14"), Text.of("Dangling"), null,
                List.of("carb", "nobody"), null, null, "no-such-activity"));
        List<Metric> metrics = new ArrayList<>(year.metrics());
        metrics.add(new Metric("aq-1-1", Text.of("Twice"), java.math.BigDecimal.ONE, null, null, null, null, "no-activity-either", null));
        List<mou.core.model.QuarterlyUpdate> updates = new ArrayList<>(year.updates());
        int quarter = java.util.stream.IntStream.rangeClosed(1, 4).filter(q -> year.update(q).isEmpty()).findFirst().orElseThrow();
        updates.add(new mou.core.model.QuarterlyUpdate(quarter, List.of(), List.of("no-such-figure"), List.of("aq-2017-dangling", "no-such-event")));
        Workspace changed = Workbench.withYear(ws, year.withEvents(events).withMetrics(metrics).withUpdates(updates));
        mou.core.model.WorkingGroupPlan plan = changed.plan("air-quality").orElseThrow();
        mou.core.model.Deliverable d = Deliverables.find(plan, "aq-3-2-1").orElseThrow();
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(d.attributes());
        attributes.put("laboratory", List.of("carb", "spa-bc"));
        mou.core.model.Deliverable broken = new mou.core.model.Deliverable(d.id(), d.type(), d.title(), d.note(), attributes);
        List<String> members = new ArrayList<>(plan.members());
        members.add("ghost-member");
        mou.core.model.Agreement a = changed.agreement();
        List<mou.core.model.Agreement.Signatory> signatories = new ArrayList<>(a.signatories());
        signatories.add(new mou.core.model.Agreement.Signatory(Text.of("Someone"), null, "ghost-signatory"));
        List<mou.core.model.RelatedAgreement> related = new ArrayList<>(changed.relatedAgreements());
        related.add(new mou.core.model.RelatedAgreement("ra-test", Text.of("A related agreement"), List.of(), null, List.of(),
                List.of(new Metric("ra-test-figure", Text.of("A figure"), java.math.BigDecimal.TEN, null, null, null, null, "ghost-activity", null),
                        new Metric("aq-2017-dangling", Text.of("Its id is an event's"), java.math.BigDecimal.TEN, null, null, null, null, null, null)),
                List.of()));
        Workspace broke = new Workspace(new mou.core.model.Agreement(a.id(), a.title(), a.shortTitle(), a.signed(), a.place(), signatories,
                a.termYears(), a.principles(), a.objective(), a.actionAreas(), a.jointActionPlan(), a.links()), changed.organizations(), related,
                changed.plans().stream().map(p -> p != plan ? p : new mou.core.model.WorkingGroupPlan(p.groupId(), p.name(), members, p.partners(),
                        p.inJointActionPlan(), p.goals().stream().map(g -> new mou.core.model.OverarchingGoal(g.id(), g.number(), g.title(),
                                g.statement(), g.overview(), g.note(), g.activities().stream().map(x -> new mou.core.model.Activity(x.id(),
                                        x.description(), x.deliverables().stream().map(y -> y == d ? broken : y).toList(), x.note())).toList()))
                                .toList())).toList(), changed.years(), changed.reports(), changed.calendar());
        mou.store.json.internal.JsonWorkspaceStore store = new mou.store.json.internal.JsonWorkspaceStore(extensions);
        List<String> before = loadErrors(store, "en");
        List<String> beforeEs = loadErrors(store, "es");

        CycleException e = catchThrowableOfType(CycleException.class, () -> bench.save(loaded, broke, List.of()));

        // what the next load would find: the same workspace saved without the guard, then loaded
        store.save(f.data, broke);
        List<String> added = new ArrayList<>(loadErrors(store, "en"));
        added.removeAll(before);
        List<String> addedEs = new ArrayList<>(loadErrors(store, "es"));
        addedEs.removeAll(beforeEs);
        List<Problem> refused = e.problems().subList(0, e.problems().size() - 1); // the last says how many
        assertThat(added).hasSize(11);
        assertThat(refused).extracting(Problem::message).containsExactlyInAnyOrderElementsOf(added);
        assertThat(refused).extracting(p -> p.message("es")).containsExactlyInAnyOrderElementsOf(addedEs);
        assertThat(e.problems().get(e.problems().size() - 1).message()).startsWith("this change would leave the workspace with 11 errors");
    }

    /**
     * The errors of a load of the fixture's workspace, each as the guard says one: {@code file (path): message}, and
     * without the line and column of a place named in the message (a workspace not yet saved has none).
     */
    private List<String> loadErrors(mou.store.json.internal.JsonWorkspaceStore store, String language) {
        return store.load(f.data).problems().stream().filter(mou.core.spi.Problem::isError)
                .map(p -> p.file() + (p.path().equals("$") ? "" : " (" + p.path() + ")") + ": "
                        + p.message(language).replaceAll("(\\.json):\\d+:\\d+ \\(", "$1 ("))
                .toList();
    }

    @Test
    void aChangeThatLeavesTheWorkspaceAsSoundAsItWasIsSaved() throws Exception {
        assertThat(service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-ok", "meeting", "2017-03-14", "A meeting", null,
                null, List.of("carb"), null, null, "aq-1-1", null)).changed()).isTrue();
        assertThat(f.store.load(f.data).hasErrors()).isFalse();
    }
}
