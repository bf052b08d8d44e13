package mou.store.json.internal;

import static mou.store.json.internal.TestWorkspace.only;
import static mou.store.json.internal.TestWorkspace.positionOf;
import static mou.store.json.internal.TestWorkspace.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem a workspace can have, located where it is. */
class ProblemsTest {

    private static final String YEAR = "groups/air-quality/2016.json";
    private static final String PLAN = "groups/air-quality/plan.json";

    @TempDir
    Path temp;

    private Path ws;
    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copy(temp);
    }

    private LoadResult load() {
        return store.load(ws);
    }

    private static void assertAt(Problem p, int[] position) {
        assertThat(new int[] {p.line(), p.column()}).as("line and column of %s", p).containsExactly(position);
    }

    private static List<Problem> errors(LoadResult r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void anUnknownProgressLevelListsTheLevels() {
        replace(ws, YEAR, "\"level\": \"moderate\"", "\"level\": \"good\"");
        Problem p = only(load(), YEAR, "$.assessments[0].level");
        assertThat(p.line()).isEqualTo(23);
        assertThat(p.column()).isEqualTo(16);
        assertThat(p.format()).isEqualTo("groups/air-quality/2016.json:23:16: $.assessments[0].level: "
                + "'good' is not a progress level; use one of no-progress, initial, moderate, significant, achieved");
    }

    @Test
    void anAssessmentOfAnActivityThatIsNotInThePlan() {
        replace(ws, YEAR, "\"activityId\": \"aq-1-1\",\n      \"level\"", "\"activityId\": \"aq-9-9\",\n      \"level\"");
        Problem p = only(load(), YEAR, "$.assessments[0].activityId");
        assertThat(p.format()).isEqualTo("groups/air-quality/2016.json:22:21: $.assessments[0].activityId: "
                + "no activity 'aq-9-9' in groups/air-quality/plan.json; use the id of one of its activities");
    }

    @Test
    void metricsAndEventsMustNameActivitiesOfTheirGroupsPlan() {
        String text = replace(ws, YEAR, "\"activityId\": \"aq-3-2\",\n      \"note\"", "\"activityId\": \"w-1-1\",\n      \"note\"");
        text = replace(ws, YEAR, "\"activityId\": \"aq-1-1\"\n", "\"activityId\": \"aq-1-9\"\n");
        LoadResult r = load();
        // w-1-1 exists, but in the water group's plan, not this group's.
        Problem metric = only(r, YEAR, "$.metrics[0].activityId");
        assertAt(metric, positionOf(text, "\"w-1-1\""));
        assertThat(metric.message()).contains("'w-1-1'", "groups/air-quality/plan.json");
        assertAt(only(r, YEAR, "$.events[0].activityId"), positionOf(text, "\"aq-1-9\""));
    }

    @Test
    void aDuplicateAssessmentOfAnActivity() {
        String text = replace(ws, YEAR, "\"activityId\": \"aq-3-2\",\n      \"level\"", "\"activityId\": \"aq-1-1\",\n      \"level\"");
        Problem p = only(load(), YEAR, "$.assessments[1].activityId");
        assertThat(p.message()).contains("already assessed at groups/air-quality/2016.json:22:21");
        assertAt(p, new int[] {TestWorkspace.positionOf(text, "\"aq-1-1\",\n      \"level\": \"significant\"")[0], 21});
    }

    @Test
    void aMissingRequiredFieldIsReportedAtTheObjectThatShouldHoldIt() {
        String text = replace(ws, PLAN, "      \"statement\": \"Reduce emissions from vehicles at the border.\",\n", "");
        Problem p = only(load(), PLAN, "$.goals[0].statement");
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).isEqualTo("'statement' is required here but missing; add it");
        int[] goal = positionOf(text, "{\n      \"id\": \"aq-1\"");
        assertAt(p, goal);
        assertThat(goal).containsExactly(17, 5);
    }

    @Test
    void wrongJsonTypes() {
        String plan = replace(ws, PLAN, "\"number\": 3,", "\"number\": \"3\",");
        plan = replace(ws, PLAN, "\"partners\": [\n    \"us-epa\"\n  ],", "\"partners\": \"us-epa\",");
        String year = replace(ws, YEAR, "\"value\": 53,", "\"value\": \"53\",");
        year = replace(ws, YEAR, "\"inferred\": true", "\"inferred\": \"yes\"");
        TestWorkspace.write(ws, "related-agreements.json", "[]\n");
        LoadResult r = load();

        Problem number = only(r, PLAN, "$.goals[1].number");
        assertThat(number.message()).isEqualTo("'number' must be a whole number from 1 to 999, not the text \"3\"");
        assertAt(number, positionOf(plan, "\"3\""));
        assertThat(only(r, PLAN, "$.partners").message()).contains("must be a list [...]");
        assertAt(only(r, YEAR, "$.metrics[0].value"), positionOf(year, "\"53\""));
        assertThat(only(r, YEAR, "$.metrics[0].value").message()).contains("must be a number");
        assertThat(only(r, YEAR, "$.assessments[1].inferred").message()).contains("true or false");
        Problem file = only(r, "related-agreements.json", "$");
        assertThat(file.message()).isEqualTo("the file must be an object {...}, not a list");
        assertThat(new int[] {file.line(), file.column()}).containsExactly(1, 1);
    }

    @Test
    void unknownEventAndOrganizationKinds() {
        String year = replace(ws, YEAR, "\"kind\": \"meeting\"", "\"kind\": \"party\"");
        String orgs = replace(ws, "organizations.json", "\"country\": \"US\",\n      \"kind\": \"government\"\n    },\n    {\n      \"id\": \"carb\"",
                "\"country\": \"US\",\n      \"kind\": \"state\"\n    },\n    {\n      \"id\": \"carb\"");
        LoadResult r = load();
        Problem event = only(r, YEAR, "$.events[0].kind");
        assertAt(event, positionOf(year, "\"party\""));
        assertThat(event.message()).isEqualTo("'party' is not an event kind; use one of meeting, training, workshop, "
                + "teleconference, site-visit, delivery, publication, signing, other");
        Problem org = only(r, "organizations.json", "$.organizations[0].kind");
        assertAt(org, positionOf(orgs, "\"state\""));
        assertThat(org.message()).contains("'state' is not an organization kind", "government, ngo, academic, private, intergovernmental, other");
    }

    @Test
    void badDatesAndCountries() {
        String year = replace(ws, YEAR, "\"date\": \"2016-06-01\"", "\"date\": \"2016-13-01\"");
        replace(ws, "agreement.json", "\"signed\": \"2014-07-28\"", "\"signed\": \"2014-07/2014-08-01\"");
        replace(ws, "organizations.json", "\"country\": \"MX\",\n      \"kind\": \"government\"\n    },\n    {\n      \"id\": \"spa\"",
                "\"country\": \"Mexico\",\n      \"kind\": \"government\"\n    },\n    {\n      \"id\": \"spa\"");
        LoadResult r = load();
        Problem date = only(r, YEAR, "$.events[0].date");
        assertAt(date, positionOf(year, "\"2016-13-01\""));
        assertThat(date.message()).startsWith("'2016-13-01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(only(r, "agreement.json", "$.signed").message()).contains("mixes precisions");
        assertThat(only(r, "organizations.json", "$.organizations[2].country").message()).contains("'Mexico'", "ISO 3166");
    }

    @Test
    void idsOfGoalsActivitiesDeliverablesMetricsAndEventsAreUniqueInTheWholeWorkspace() {
        String plan = TestWorkspace.read(ws, PLAN);
        String water = replace(ws, "groups/water/plan.json", "\"id\": \"w-1-1\"", "\"id\": \"aq-1-1\"");
        String year = replace(ws, YEAR, "\"id\": \"aq-2016-tijuana-meeting\"", "\"id\": \"under2-jurisdictions\"");
        LoadResult r = load();

        Problem activity = only(r, "groups/water/plan.json", "$.goals[0].activities[0].id");
        assertAt(activity, positionOf(water, "\"aq-1-1\""));
        int[] first = positionOf(plan, "\"aq-1-1\"");
        assertThat(activity.message()).startsWith("the id 'aq-1-1' is already used by the activity at groups/air-quality/plan.json:"
                + first[0] + ":" + first[1] + " ($.goals[0].activities[0].id); ids of goals, activities, deliverables, metrics and events "
                + "must be unique in the whole workspace");
        Problem event = only(r, YEAR, "$.events[0].id");
        assertAt(event, positionOf(year, "\"under2-jurisdictions\""));
        assertThat(event.message()).contains("already used by the metric at related-agreements.json:");
    }

    @Test
    void organizationIdsAreUnique() {
        String orgs = replace(ws, "organizations.json", "\"id\": \"us-epa\"", "\"id\": \"carb\"");
        LoadResult r = load();
        Problem p = only(r, "organizations.json", "$.organizations[4].id");
        assertAt(p, positionOf(orgs, "\"carb\",\n      \"acronym\": \"U.S. EPA\""));
        int[] first = positionOf(orgs, "\"carb\"");
        assertThat(p.message()).contains("already used by the organization at organizations.json:" + first[0] + ":" + first[1]);
    }

    @Test
    void referencesToOrganizationsThatAreNotInOrganizationsJson() {
        String agreement = replace(ws, "agreement.json", "\"organization\": \"state-of-california\"", "\"organization\": \"governor\"");
        String plan = replace(ws, PLAN, "    \"spa\"\n  ],", "    \"spa-bc\"\n  ],");
        plan = replace(ws, PLAN, "\"agencies\": [\n                  \"carb\",", "\"agencies\": [\n                  \"arb\",");
        plan = replace(ws, PLAN, "\"semarnat\": 2", "\"conafor\": 2");
        String year = replace(ws, YEAR, "        \"us-epa\",\n", "        \"epa\",\n");
        LoadResult r = load();

        Problem signatory = only(r, "agreement.json", "$.signatories[0].organization");
        assertAt(signatory, positionOf(agreement, "\"governor\""));
        assertThat(signatory.message()).isEqualTo("no organization 'governor' in organizations.json; "
                + "add it there or use the id of one of its organizations");
        assertAt(only(r, PLAN, "$.members[2]"), positionOf(plan, "\"spa-bc\""));
        assertAt(only(r, PLAN, "$.goals[1].activities[0].deliverables[0].attributes.agencies[0]"), positionOf(plan, "\"arb\""));
        Problem counts = only(r, PLAN, "$.goals[1].activities[0].deliverables[0].attributes.instructors.conafor");
        assertAt(counts, positionOf(plan, "2\n                }"));
        assertThat(counts.message()).contains("'conafor'");
        assertAt(only(r, YEAR, "$.events[0].organizations[1]"), positionOf(year, "\"epa\""));
        assertThat(errors(r)).hasSize(5);
    }

    @Test
    void aReferenceAfterAnEntryTheReadingLeftOutIsAtItsOwnPlace() {
        // the rules across files walk the model, which holds only the entries read: the place of the model's
        // members[2] is the file's members[3], after an entry that is not a text
        String plan = replace(ws, PLAN, "    \"spa\"\n  ],", "    7,\n    \"spa-bc\"\n  ],");
        String year = replace(ws, YEAR, "\"events\": [", "\"events\": [\n    null,");
        year = replace(ws, YEAR, "        \"us-epa\",\n", "        \"epa\",\n");
        LoadResult r = load();

        assertThat(only(r, PLAN, "$.members[2]").message()).startsWith("each entry of 'members' must be a text");
        Problem member = only(r, PLAN, "$.members[3]");
        assertAt(member, positionOf(plan, "\"spa-bc\""));
        assertThat(member.message()).startsWith("no organization 'spa-bc' in organizations.json");
        assertThat(only(r, YEAR, "$.events[0]").message()).startsWith("an entry of 'events' is null");
        assertAt(only(r, YEAR, "$.events[1].organizations[1]"), positionOf(year, "\"epa\""));
        assertThat(errors(r)).hasSize(4);
    }

    @Test
    void groupIdAndYearMustMatchTheirFolderAndFileNames() {
        String plan = replace(ws, PLAN, "\"groupId\": \"air-quality\"", "\"groupId\": \"air\"");
        String year = replace(ws, YEAR, "\"year\": 2016", "\"year\": 2015");
        replace(ws, "reports/2016.json", "\"year\": 2016", "\"year\": 2017");
        LoadResult r = load();
        Problem group = only(r, PLAN, "$.groupId");
        assertAt(group, positionOf(plan, "\"air\""));
        assertThat(group.message()).contains("'air' does not match the folder groups/air-quality/");
        Problem y = only(r, YEAR, "$.year");
        assertAt(y, positionOf(year, "2015"));
        assertThat(y.message()).contains("2015 does not match the file name groups/air-quality/2016.json");
        assertThat(only(r, "reports/2016.json", "$.year").message()).contains("2017");
        // The folder and the file name are what the model takes.
        assertThat(r.workspace().plan("air-quality")).isPresent();
        assertThat(r.workspace().year("air-quality", 2016)).isPresent();
    }

    @Test
    void aYearWithoutAPlan() {
        TestWorkspace.write(ws, "groups/energy/2016.json", "{\n  \"groupId\": \"energy\",\n  \"year\": 2016\n}\n");
        Problem p = only(load(), "groups/energy/2016.json", "$");
        assertThat(new int[] {p.line(), p.column()}).containsExactly(1, 1);
        assertThat(p.message()).startsWith("there is no groups/energy/plan.json for this year's progress; add the group's plan");
    }

    @Test
    void aDeliverableTypeNoPluginProvidesIsAnErrorOnlyInAnInstalledGroup() {
        String plan = replace(ws, PLAN, "\"type\": \"information-exchange\"", "\"type\": \"exchange\"");
        // In the water group (not installed) even a known type's bad attributes are not checked.
        replace(ws, "groups/water/plan.json", "\"type\": \"water-sampling\"", "\"type\": \"monitoring-study\"");
        LoadResult r = load();
        Problem p = only(r, PLAN, "$.goals[0].activities[0].deliverables[0].type");
        assertAt(p, positionOf(plan, "\"exchange\""));
        assertThat(p.message()).isEqualTo("'exchange' is not an installed deliverable type; use one of information-exchange, "
                + "monitoring-study, training (./mou groups lists them with their attributes)");
        assertThat(errors(r)).containsExactly(p);
        assertThat(r.problems().stream().filter(x -> x.file().equals("groups/water/plan.json"))).hasSize(1)
                .allMatch(x -> x.severity() == Severity.WARNING);
    }

    @Test
    void attributeProblemsAreReportedAtTheAttribute() {
        String plan = replace(ws, PLAN, "\"sites\": 2,", "\"sites\": \"two\",");
        plan = replace(ws, PLAN, "\"startDate\": \"2016-04\",", "\"startDate\": \"2016-04\",\n                \"colour\": \"red\",");
        LoadResult r = load();
        String attributes = "$.goals[1].activities[0].deliverables[0].attributes";
        Problem sites = only(r, PLAN, attributes + ".sites");
        assertThat(sites.severity()).isEqualTo(Severity.ERROR);
        assertThat(sites.message()).isEqualTo("'sites' must be a whole number from 0 to 1,000,000,000, not \"two\"");
        assertAt(sites, positionOf(plan, "\"two\""));
        Problem colour = only(r, PLAN, attributes + ".colour");
        assertThat(colour.severity()).isEqualTo(Severity.WARNING);
        assertAt(colour, positionOf(plan, "\"red\""));
    }

    @Test
    void aProblemBelowAnAttributeIsReportedAtThatValue() {
        String plan = replace(ws, PLAN, "\"type\": \"information-exchange\",\n              \"title\": \"Meetings on vehicle inspection programs\",\n              \"note\": null,\n              \"attributes\": {}",
                "\"type\": \"training\",\n              \"title\": \"Meetings on vehicle inspection programs\",\n              \"note\": null,\n              \"attributes\": {\"sessions\": [\"one\", \"\"]}");
        LoadResult r = load();
        Problem p = only(r, PLAN, "$.goals[0].activities[0].deliverables[0].attributes.sessions[1]");
        assertThat(p.message()).isEqualTo("a session needs a name");
        assertAt(p, positionOf(plan, "\"\"]"));

        // A path below an attribute that is not in the file is placed at the nearest value that is.
        replace(ws, PLAN, "{\"sessions\": [\"one\", \"\"]}", "{\"sessions\": [\"\"], \"explode\": true}");
        Problem failed = only(load(), PLAN, "$.goals[0].activities[0].deliverables[0].attributes");
        assertThat(failed.message()).isEqualTo("the deliverable type 'training' failed while checking these attributes; "
                + "tell the author of its plugin");
    }

    @Test
    void partnersAndTextsAreCheckedToo() {
        String plan = replace(ws, PLAN, "    \"us-epa\"\n  ],", "    \"epa\"\n  ],");
        plan = replace(ws, PLAN, "\"es\": \"Grupo de Trabajo de Calidad del Aire\"", "\"fr\": \"Groupe\"");
        plan = replace(ws, PLAN, "\"en\": \"Air Quality Working Group\",", "\"english\": \"Air Quality Working Group\",");
        LoadResult r = load();
        assertAt(only(r, PLAN, "$.partners[0]"), positionOf(plan, "\"epa\""));
        Problem name = only(r, PLAN, "$.name.en");
        assertThat(name.message()).isEqualTo("'name' needs its English text as \"en\": \"...\"");
        assertAt(name, positionOf(plan, "{\n    \"english\""));
    }

    @Test
    void aMissingRequiredAttributeIsReportedAtTheAttributesObject() {
        String plan = replace(ws, PLAN, "                \"pollutant\": \"PM2.5\",\n", "");
        Problem p = only(load(), PLAN, "$.goals[1].activities[0].deliverables[0].attributes.pollutant");
        assertThat(p.message()).contains("'pollutant'", "required");
        assertAt(p, positionOf(plan, "{\n                \"sites\""));
    }

    @Test
    void evidenceMustBeAWebAddressOrAFileInsideTheWorkspace() throws Exception {
        Files.writeString(temp.resolve("outside.txt"), "secret");
        String year = TestWorkspace.read(ws, YEAR);
        for (String bad : List.of("../outside.txt", "evidence/../../outside.txt", "/etc/passwd", "file:///etc/passwd",
                "C:/Windows/win.ini", "evidence\\aq-monitoring.txt", "")) {
            String text = year.replace("\"evidence/aq-monitoring.txt\"", "\"" + bad.replace("\\", "\\\\") + "\"");
            TestWorkspace.write(ws, YEAR, text);
            Problem p = only(load(), YEAR, "$.assessments[1].evidence[0].url");
            assertThat(p.severity()).as(bad).isEqualTo(Severity.ERROR);
            assertThat(p.message()).as(bad).doesNotContain("secret");
            assertAt(p, positionOf(text, "\"" + bad.replace("\\", "\\\\") + "\""));
        }
        TestWorkspace.write(ws, YEAR, year.replace("\"evidence/aq-monitoring.txt\"", "\"../outside.txt\""));
        assertThat(only(load(), YEAR, "$.assessments[1].evidence[0].url").message())
                .isEqualTo("'../outside.txt' leads outside the workspace folder; keep the file inside the workspace "
                        + "and write its path relative to the workspace folder, without '..'");

        TestWorkspace.write(ws, YEAR, year.replace("\"evidence/aq-monitoring.txt\"", "\"evidence/missing.pdf\""));
        Problem missing = only(load(), YEAR, "$.assessments[1].evidence[0].url");
        assertThat(missing.severity()).isEqualTo(Severity.WARNING);
        assertThat(missing.message()).contains("no file 'evidence/missing.pdf'");

        TestWorkspace.write(ws, YEAR, year.replace("\"evidence/aq-monitoring.txt\"", "\"evidence/./aq-monitoring.txt\""));
        assertThat(TestWorkspace.at(load(), YEAR, "$.assessments[1].evidence[0].url")).isEmpty();
    }

    @Test
    void evidenceThatIsALinkToAFileOutsideTheWorkspaceIsRejected() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "secret");
        Files.createSymbolicLink(ws.resolve("evidence/linked.txt"), outside);
        replace(ws, YEAR, "\"evidence/aq-monitoring.txt\"", "\"evidence/linked.txt\"");
        Problem p = only(load(), YEAR, "$.assessments[1].evidence[0].url");
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).contains("link to a place outside the workspace");
    }

    @Test
    void filesAndFoldersLinkedFromOutsideTheWorkspaceAreNotRead() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("2017.json"), "{\n  \"groupId\": \"air-quality\",\n  \"year\": 2017\n}\n");
        Files.createSymbolicLink(ws.resolve(YEAR.replace("2016", "2017")), outside.resolve("2017.json"));
        Path outsideGroup = Files.createDirectories(temp.resolve("other-group"));
        Files.writeString(outsideGroup.resolve("plan.json"), "{\n  \"groupId\": \"energy\"\n}\n");
        Files.createSymbolicLink(ws.resolve("groups/energy"), outsideGroup);
        LoadResult r = load();
        assertThat(only(r, "groups/air-quality/2017.json", "").message()).contains("link to a place outside the workspace folder");
        assertThat(only(r, "groups/energy", "").message()).contains("link to a place outside the workspace folder");
        assertThat(r.workspace().year("air-quality", 2017)).isEmpty();
        assertThat(r.workspace().plan("energy")).isEmpty();
    }

    @Test
    void aLinkThatStaysInsideTheWorkspaceIsRead() throws Exception {
        Files.createDirectories(ws.resolve("archive"));
        Files.move(ws.resolve(YEAR), ws.resolve("archive/aq-2016.json"));
        Files.createSymbolicLink(ws.resolve(YEAR), Path.of("../../archive/aq-2016.json"));
        LoadResult r = load();
        assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
        assertThat(r.workspace().year("air-quality", 2016)).isPresent();
    }

    @Test
    void filesOutsideTheLayoutAreIgnored() {
        TestWorkspace.write(ws, "notes.json", "{ not json");
        TestWorkspace.write(ws, "reports/draft.json", "{ not json");
        TestWorkspace.write(ws, "groups/air-quality/2016-draft.json", "{ not json");
        TestWorkspace.write(ws, "groups/air-quality/.plan.json.tmp-abc", "{ not json");
        TestWorkspace.write(ws, "groups/README.md", "# groups");
        LoadResult r = load();
        assertThat(r.problems()).extracting(Problem::file).containsExactly("groups/water/plan.json");
    }

    @Test
    void aMissingAgreementIsAnErrorAndTheOtherFilesAreStillChecked() throws Exception {
        Files.delete(ws.resolve("agreement.json"));
        replace(ws, YEAR, "\"level\": \"moderate\"", "\"level\": \"good\"");
        LoadResult r = load();
        assertThat(r.workspace()).isNull();
        assertThat(r.hasErrors()).isTrue();
        Problem missing = only(r, "agreement.json", "");
        assertThat(missing.message()).contains("there is no agreement.json in the workspace");
        assertThat(TestWorkspace.at(r, YEAR, "$.assessments[0].level")).hasSize(1);
    }

    @Test
    void syntaxErrorsInOneFileDoNotHideTheProblemsOfOthers() {
        TestWorkspace.write(ws, PLAN, "{\n  \"groupId\": \"air-quality\",\n  \"name\": \"Air\",\n}\n");
        TestWorkspace.write(ws, "organizations.json", "{\n  \"organizations\": [\n    {\"id\": \"carb\"}\n    {\"id\": \"spa\"}\n  ]\n}\n");
        TestWorkspace.write(ws, "reports/2016.json", "{\n  \"year\": 2016,\n  \"title\": \"Report\n");
        replace(ws, "groups/water/2016.json", "\"level\": \"initial\"", "\"level\": \"great\"");
        LoadResult r = load();

        Problem comma = only(r, PLAN, "");
        assertThat(new int[] {comma.line(), comma.column()}).containsExactly(4, 1);
        assertThat(comma.message()).isEqualTo("there is a comma before this '}'; remove it (JSON allows no comma after the last entry)");
        Problem missingComma = only(r, "organizations.json", "");
        assertThat(new int[] {missingComma.line(), missingComma.column()}).containsExactly(4, 5);
        assertThat(missingComma.message()).isEqualTo("a comma is missing between two entries of this list");
        assertThat(only(r, "reports/2016.json", "").line()).isEqualTo(3);
        assertThat(only(r, "groups/water/2016.json", "$.assessments[0].level").message()).contains("'great'");
        assertThat(r.workspace()).as("what could be read is returned").isNotNull();
        assertThat(r.workspace().plan("air-quality")).isEmpty();
        // With the plan unreadable, its year's activity references cannot be checked and are not reported;
        // with organizations.json unreadable, neither can references to organizations.
        assertThat(r.problems()).extracting(Problem::file).containsExactly("groups/air-quality/plan.json",
                "groups/water/2016.json", "groups/water/plan.json", "organizations.json", "reports/2016.json");
        for (Problem p : r.problems()) {
            assertThat(p.message()).doesNotContain("com.fasterxml", "Exception", "JsonToken", "Feature", "Source");
        }
    }

    @Test
    void otherSyntaxErrorsSayWhatToDo() {
        record Case(String json, int line, int column, String message) {
        }
        List<Case> cases = List.of(
                new Case("{\n  \"a\": 1\n", 3, 1, "the file ends before the JSON is complete"),
                new Case("{\n  // note\n  \"a\": 1\n}\n", 2, 3, "JSON does not allow comments"),
                new Case("{\n  'a': 1\n}\n", 2, 3, "a key must be written in double quotes"),
                new Case("{\n  \"a\": 'x'\n}\n", 2, 8, "double quotes"),
                new Case("{\n  \"a\": True\n}\n", 2, 8, "'True' is not a JSON value"),
                new Case("{\n  \"a\": [1, 2,]\n}\n", 2, 14, "there is a comma before this ']'"),
                new Case("{\n  \"a\": 1\n}\n{}\n", 4, 1, "there is more after the end"),
                new Case("{\n  \"a\": 1\n}\n}\n", 4, 1, "this closing bracket does not match"),
                new Case("{\n  \"a\": 1\n  \"b\": 2\n}\n", 3, 3, "a comma is missing between two entries of this object"),
                new Case("", 1, 1, "the file is empty"));
        for (Case c : cases) {
            TestWorkspace.write(ws, "reports/2016.json", c.json());
            Problem p = only(load(), "reports/2016.json", "");
            assertThat(p.message()).as(c.json()).contains(c.message());
            assertThat(new int[] {p.line(), p.column()}).as(c.json()).containsExactly(c.line(), c.column());
        }
    }

    @Test
    void aKeyGivenTwiceInAnObject() {
        TestWorkspace.write(ws, "reports/2016.json", "{\n  \"year\": 2016,\n  \"title\": \"A\",\n  \"title\": \"B\"\n}\n");
        LoadResult r = load();
        Problem p = only(r, "reports/2016.json", "$.title");
        assertThat(new int[] {p.line(), p.column()}).containsExactly(4, 3);
        assertThat(p.message()).isEqualTo("the key 'title' appears twice in this object (first at line 3, column 3); keep only one of them");
        assertThat(r.workspace().report(2016).orElseThrow().title().en()).isEqualTo("A");
    }

    @Test
    void idsMustBeLowerCaseLettersDigitsAndDashes() {
        String plan = replace(ws, PLAN, "\"id\": \"aq-1\"", "\"id\": \"AQ_1\"");
        Problem p = only(load(), PLAN, "$.goals[0].id");
        assertAt(p, positionOf(plan, "\"AQ_1\""));
        assertThat(p.message()).contains("'AQ_1' is not a valid id");
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() {
        replace(ws, YEAR, "\"kind\": \"meeting\"", "\"kind\": \"party\"");
        replace(ws, YEAR, "\"level\": \"moderate\"", "\"level\": \"good\"");
        replace(ws, "agreement.json", "\"organization\": \"semarnat\"", "\"organization\": \"x\"");
        replace(ws, "agreement.json", "\"signed\": \"2014-07-28\"", "\"signed\": \"2014-7\"");
        replace(ws, PLAN, "\"title\": \"Monitoring\"", "\"title\": 5");
        LoadResult r = load();
        assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(r.problems()).isSortedAccordingTo(Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
    }
}
