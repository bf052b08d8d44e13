package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.Remove;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.Saved;
import mou.core.internal.ReportFiles;
import mou.core.model.Deliverable;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import mou.core.spi.Extensions;
import mou.testfixtures.TestStudyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events, figures, quarterly updates and deliverables as a form changes them: each save carries the
 * version it was read at and is refused as a conflict when the part changed since; a deliverable's
 * attributes are read by their specs' kinds and checked by the type's own validate.
 */
class RecordsServiceTest {

    @TempDir
    Path temp;

    Fixture f;
    CycleServiceImpl service;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        Extensions extensions = Extensions.forTest(List.of(), List.of(new TestStudyType()), List.of());
        service = new CycleServiceImpl(f.store, Fixture.REPORTS, new ReportFiles(Fixture.EXTENSIONS), extensions,
                Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
    }

    Acting as(String who, String readAt) {
        return new Acting(f.data, who, null).readAt(readAt);
    }

    RecordEvent event(Acting acting, String id, String title) {
        return new RecordEvent(acting, "air-quality", 2017, id, "meeting", "2017-03-14", title, null, null, null, null, null, null, null);
    }

    RecordFigure figure(Acting acting, String id, String value) {
        return new RecordFigure(acting, "air-quality", 2017, id, "Samples", null, value, "samples", null, null, null, null, null, null);
    }

    void assertConflict(CycleException e, int historyBefore) {
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("readAt");
        assertThat(f.history()).hasSize(historyBefore);
    }

    @Test
    void anEventCorrectedOrRemovedAfterSomeoneElsesCorrectionIsRefusedAsAConflict() throws Exception {
        service.recordEvent(event(as("Ana", PartVersion.NONE), "aq-2017-call", "Monthly call"));
        String read = PartVersion.of(f.year("air-quality", 2017).event("aq-2017-call").orElseThrow());
        service.recordEvent(event(as("Ana", read), "aq-2017-call", "Monthly call (March)"));
        int entries = f.history().size();

        assertConflict(catchThrowableOfType(CycleException.class,
                () -> service.recordEvent(event(as("Bruno", read), "aq-2017-call", "Bruno's title"))), entries);
        assertConflict(catchThrowableOfType(CycleException.class,
                () -> service.removeEvent(new Remove(as("Bruno", read), "air-quality", 2017, "aq-2017-call"))), entries);
        assertThat(f.year("air-quality", 2017).event("aq-2017-call").orElseThrow().title().en()).isEqualTo("Monthly call (March)");
        // a new event read as none is refused once someone else has added it
        assertConflict(catchThrowableOfType(CycleException.class,
                () -> service.recordEvent(event(as("Bruno", PartVersion.NONE), "aq-2017-call", "Bruno's"))), entries);

        String now = PartVersion.of(f.year("air-quality", 2017).event("aq-2017-call").orElseThrow());
        service.removeEvent(new Remove(as("Bruno", now), "air-quality", 2017, "aq-2017-call"));
        assertThat(f.year("air-quality", 2017).event("aq-2017-call")).isEmpty();
    }

    @Test
    void aFigureCorrectedOrRemovedAfterSomeoneElsesCorrectionIsRefusedAsAConflict() throws Exception {
        service.recordFigure(figure(as("Ana", null), "aq-2017-samples", "53"));
        String read = PartVersion.of(f.year("air-quality", 2017).metric("aq-2017-samples").orElseThrow());
        service.recordFigure(figure(as("Ana", read), "aq-2017-samples", "60"));
        int entries = f.history().size();

        assertConflict(catchThrowableOfType(CycleException.class,
                () -> service.recordFigure(figure(as("Bruno", read), "aq-2017-samples", "70"))), entries);
        assertConflict(catchThrowableOfType(CycleException.class,
                () -> service.removeFigure(new Remove(as("Bruno", read), "air-quality", 2017, "aq-2017-samples"))), entries);
        assertThat(f.year("air-quality", 2017).metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("60");
    }

    @Test
    void anUpdateWrittenAfterSomeoneElsesIsRefusedAsAConflict() throws Exception {
        String none = PartVersion.NONE;
        service.update(new RecordUpdate(as("Ana", none), "air-quality", "2017-Q1", List.of(Text.of("Ana's paragraph.")), false, null, null));
        int entries = f.history().size();

        assertConflict(catchThrowableOfType(CycleException.class, () -> service.update(new RecordUpdate(as("Bruno", none), "air-quality",
                "2017-Q1", List.of(Text.of("Bruno's paragraph.")), false, null, null))), entries);
        assertThat(f.year("air-quality", 2017).update(1).orElseThrow().happened()).containsExactly(Text.of("Ana's paragraph."));
    }

    EditDeliverable edit(String readAt, Map<String, String> attributes) {
        return new EditDeliverable(as("Ana", readAt), "air-quality", 2017, "aq-3-2-1", attributes);
    }

    /**
     * A text attribute's Spanish by the rule of every text a change gives: typed, it translates the English; the English changed
     * alone keeps it, stale (it was dropped); given as it is, it translates the English now; empty removes it; without an
     * English, or for an attribute that is no text, it is refused naming its field, nothing saved.
     */
    @Test
    void aTextAttributesSpanishFollowsTheRuleOfEveryTextAChangeGives() throws Exception {
        service.editDeliverable(new EditDeliverable(as("Ana", PartVersion.of(study())), "air-quality", 2017, "aq-3-2-1",
                Map.of("purpose", "Exposure near schools"), Map.of("purpose", "Exposición cerca de escuelas")));
        assertThat(Deliverables.textOf(study().attributes().get("purpose"))).isEqualTo(Text.of("Exposure near schools", "Exposición cerca de escuelas"));

        service.editDeliverable(edit(PartVersion.of(study()), Map.of("purpose", "Exposure near two schools")));
        Text stale = Deliverables.textOf(study().attributes().get("purpose"));
        assertThat(stale.es()).isEqualTo("Exposición cerca de escuelas");
        assertThat(stale.spanishStale()).isTrue();

        service.editDeliverable(new EditDeliverable(as("Ana", PartVersion.of(study())), "air-quality", 2017, "aq-3-2-1", Map.of(),
                Map.of("purpose", "Exposición cerca de escuelas")));
        assertThat(Deliverables.textOf(study().attributes().get("purpose")).spanishStale()).isFalse();

        service.editDeliverable(new EditDeliverable(as("Ana", PartVersion.of(study())), "air-quality", 2017, "aq-3-2-1", Map.of(),
                Map.of("purpose", "")));
        assertThat(study().attributes().get("purpose")).isEqualTo("Exposure near two schools");

        Deliverable before = study();
        CycleException alone = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(
                as("Ana", PartVersion.of(before)), "air-quality", 2017, "aq-3-2-1", Map.of("purpose", ""), Map.of("purpose", "Exposición"))));
        assertThat(alone.problems()).extracting(Problem::field, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("purposeEs",
                "text.spanish.alone"));
        CycleException notText = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(
                as("Ana", PartVersion.of(before)), "air-quality", 2017, "aq-3-2-1", Map.of(), Map.of("sites", "dos"))));
        assertThat(notText.problems()).extracting(Problem::field).containsExactly("sitesEs");
        assertThat(notText.problems().get(0).message("es")).contains("no es un atributo de texto").contains("pollutant, purpose");
        assertThat(study()).isEqualTo(before);
    }

    /**
     * A list of texts' Spanish (its field {@code NAMEEs}) is one line per item, in the same order, by the rule of every Spanish a
     * change gives: a line translates its item's English as it is, an empty line removes its item's Spanish, not given each item
     * keeps its own; more lines than items, or lines for an empty list, are refused naming the field, nothing saved.
     */
    @Test
    void aListOfTextsSpanishIsOneLinePerItemByTheRuleOfEveryText() throws Exception {
        service.editDeliverable(new EditDeliverable(as("Ana", PartVersion.of(study())), "air-quality", 2017, "aq-3-2-1",
                Map.of("measurements", "PM2.5 mass\nOzone\nWind"), Map.of("measurements", "masa de PM2.5\n\nviento\n")));
        assertThat(texts("measurements")).containsExactly(Text.of("PM2.5 mass", "masa de PM2.5"), Text.of("Ozone"), Text.of("Wind", "viento"));
        assertThat(((List<?>) study().attributes().get("measurements")).get(1)).as("an item without Spanish stays a plain string")
                .isEqualTo("Ozone");

        service.editDeliverable(edit(PartVersion.of(study()), Map.of("measurements", "PM2.5 mass\nOzone\nWind\nRain")));
        assertThat(texts("measurements")).as("not given, each item keeps its Spanish").containsExactly(Text.of("PM2.5 mass", "masa de PM2.5"),
                Text.of("Ozone"), Text.of("Wind", "viento"), Text.of("Rain"));

        service.editDeliverable(new EditDeliverable(as("Ana", PartVersion.of(study())), "air-quality", 2017, "aq-3-2-1", Map.of(),
                Map.of("measurements", "\nozono")));
        assertThat(texts("measurements")).as("an empty or missing line leaves its item without Spanish")
                .containsExactly(Text.of("PM2.5 mass"), Text.of("Ozone", "ozono"), Text.of("Wind"), Text.of("Rain"));

        Deliverable before = study();
        CycleException more = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(
                as("Ana", PartVersion.of(before)), "air-quality", 2017, "aq-3-2-1", Map.of(), Map.of("measurements", "a\nb\nc\nd\ne"))));
        assertThat(more.problems()).extracting(Problem::field, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "measurementsEs", "deliverable.list.spanish.lines"));
        assertThat(more.problems().get(0).message("en")).contains("5 lines of Spanish for the 4 items");
        assertThat(more.problems().get(0).message("es")).contains("5 líneas en español para los 4 elementos");
        CycleException alone = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(
                as("Ana", PartVersion.of(before)), "air-quality", 2017, "aq-3-2-1", Map.of("measurements", ""), Map.of("measurements", "ozono"))));
        assertThat(alone.problems()).extracting(Problem::field, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "measurementsEs", "text.spanish.alone"));
        CycleException control = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(
                as("Ana", PartVersion.of(before)), "air-quality", 2017, "aq-3-2-1", Map.of(), Map.of("measurements", "ozo\u0007no"))));
        assertThat(control.problems()).extracting(Problem::field).containsExactly("measurementsEs");
        assertThat(study()).isEqualTo(before);
    }

    /**
     * A list item whose English is changed lost its Spanish, as items were told by their English. With as many items as before,
     * the item changed is the item left at its place: its Spanish is kept, older than its English (stale, as every text whose
     * English alone is changed); the others keep theirs by their English, moved or not. A list grown or shrunk tells a new English
     * by nothing: it has no Spanish.
     */
    @Test
    void aListItemWhoseEnglishIsChangedKeepsItsSpanishStaleWhenTheListKeepsItsLength() throws Exception {
        service.editDeliverable(edit(PartVersion.of(study()), Map.of("measurements",
                "continuous PM2.5 mass\nchemical and elemental constituents of fine particles\nmeteorological measurements")));
        List<Text> after = texts("measurements");
        assertThat(after.get(1).en()).isEqualTo("chemical and elemental constituents of fine particles");
        assertThat(after.get(1).es()).isEqualTo("componentes químicos y elementales de PM2.5");
        assertThat(after.get(1).spanishStale()).as("its Spanish is older than its English").isTrue();
        assertThat(after.get(0)).isEqualTo(Text.of("continuous PM2.5 mass", "masa de PM2.5 en continuo"));
        assertThat(after.get(2)).isEqualTo(Text.of("meteorological measurements", "mediciones meteorológicas"));

        // moved and changed: the unchanged ones by their English, the changed one is the one left
        service.editDeliverable(edit(PartVersion.of(study()), Map.of("measurements",
                "meteorological data\ncontinuous PM2.5 mass\nchemical and elemental constituents of fine particles")));
        after = texts("measurements");
        assertThat(after.get(0).en()).isEqualTo("meteorological data");
        assertThat(after.get(0).es()).isEqualTo("mediciones meteorológicas");
        assertThat(after.get(0).spanishStale()).isTrue();
        assertThat(after.get(1)).isEqualTo(Text.of("continuous PM2.5 mass", "masa de PM2.5 en continuo"));
        assertThat(after.get(2).es()).isEqualTo("componentes químicos y elementales de PM2.5");

        // grown: the new English is told by nothing
        service.editDeliverable(edit(PartVersion.of(study()), Map.of("measurements",
                "meteorological data\ncontinuous PM2.5 mass\nozone\nchemical and elemental constituents of fine particles")));
        assertThat(texts("measurements").get(2)).isEqualTo(Text.of("ozone"));
        assertThat(texts("measurements").get(0).es()).isEqualTo("mediciones meteorológicas");
    }

    private List<Text> texts(String attribute) {
        return ((List<?>) study().attributes().get(attribute)).stream().map(Deliverables::textOf).toList();
    }

    Deliverable study() {
        return Deliverables.find(f.workspace().plan("air-quality").orElseThrow(), "aq-3-2-1").orElseThrow();
    }

    @Test
    void aDeliverablesAttributesAreReadByTheirKindSavedInThePlanAndRecordedInTheHistory() throws Exception {
        Deliverable before = study();
        Saved<Deliverable> saved = service.editDeliverable(edit(PartVersion.of(before), Map.of("sites", "3", "endDate", "2018-04",
                "measurements", "continuous PM2.5 mass\nozone", "laboratory", "carb, spa")));

        assertThat(saved.changed()).isTrue();
        assertThat(saved.files()).containsExactly("groups/air-quality/plan.json");
        Deliverable after = study();
        assertThat(String.valueOf(after.attributes().get("sites"))).isEqualTo("3");
        assertThat(after.attributes().get("endDate")).isEqualTo("2018-04");
        assertThat(after.attributes().get("laboratory")).isEqualTo(List.of("carb", "spa"));
        // a line whose English is unchanged keeps its Spanish; a new line is a plain text
        assertThat(after.attributes().get("measurements")).isEqualTo(List.of(
                Map.of("en", "continuous PM2.5 mass", "es", "masa de PM2.5 en continuo", "esOf", Text.fingerprint("continuous PM2.5 mass")),
                "ozone"));
        // attributes the type does not know are kept as they were
        assertThat(after.attributes().get("siteDescription")).isEqualTo(before.attributes().get("siteDescription"));
        assertThat(after.attributes().get("amountAuthorised")).isEqualTo(before.attributes().get("amountAuthorised"));
        HistoryEntry last = f.history().get(f.history().size() - 1);
        assertThat(last.action()).isEqualTo("deliverable");
        assertThat(last.by()).isEqualTo("Ana");
        assertThat(last.subject()).isEqualTo("aq-3-2-1");
        assertThat(last.year()).isEqualTo(2017);
    }

    @Test
    void theTypesOwnValidateAndTheKindsRefuseEachProblemNamingItsAttributeAndNothingIsSaved() throws Exception {
        String read = PartVersion.of(study());
        int entries = f.history().size();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(read,
                Map.of("endDate", "2015-01"))));
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("endDate");
            assertThat(p.message()).contains("before it began");
        });

        CycleException typed = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(read,
                Map.of("sites", "two", "shareAuthorised", "140", "pollutant", ""))));
        // 'two' is no number, and 140 % is read but outside its bounds: both are said at once; no pollutant is the type's
        // validate's to refuse, once what was typed is read
        assertThat(typed.problems()).extracting(Problem::field).containsExactlyInAnyOrder("sites", "shareAuthorised");
        assertThat(typed.problems()).filteredOn(p -> p.field().equals("sites")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("type a whole number"));

        CycleException bounds = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(read,
                Map.of("shareAuthorised", "140", "pollutant", ""))));
        assertThat(bounds.problems()).extracting(Problem::field).containsExactlyInAnyOrder("shareAuthorised", "pollutant");

        CycleException unknown = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(read, Map.of("colour", "red"))));
        assertThat(unknown.problems()).extracting(Problem::field).containsExactly("colour");
        assertThat(study()).isEqualTo(Deliverables.find(f.workspace().plan("air-quality").orElseThrow(), "aq-3-2-1").orElseThrow());
        assertThat(PartVersion.of(study())).isEqualTo(read);
        assertThat(f.history()).hasSize(entries);
    }

    @Test
    void aDeliverableEditedAfterSomeoneElsesEditIsRefusedAsAConflict() throws Exception {
        String read = PartVersion.of(study());
        service.editDeliverable(edit(read, Map.of("sites", "3")));
        int entries = f.history().size();

        assertConflict(catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(read, Map.of("sites", "4")))), entries);
        assertThat(String.valueOf(study().attributes().get("sites"))).isEqualTo("3");
    }

    @Test
    void aDeliverableIsNotEditedFromASubmittedYearNorWhenItsTypeIsNotInstalled() throws Exception {
        service.review(new ReviewYear(new Acting(f.data, "Ana", null), "air-quality", 2017, ReviewAction.SUBMIT, null, "test"));
        CycleException e = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(edit(null, Map.of("sites", "3"))));
        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("submitted");

        CycleException none = catchThrowableOfType(CycleException.class, () -> f.service.editDeliverable(
                new EditDeliverable(as("Ana", null), "clean-vehicles", 2017, "aq-3-2-1", Map.of("sites", "3"))));
        assertThat(none.problems()).extracting(Problem::field).containsExactly("deliverableId");

        CycleException notInstalled = catchThrowableOfType(CycleException.class, () -> f.service.editDeliverable(
                new EditDeliverable(as("Ana", null), "wildfires", 2017, wildfiresDeliverable(), Map.of())));
        assertThat(notInstalled.kind()).isEqualTo(Kind.REFUSED);
        assertThat(notInstalled.getMessage()).contains("is not installed");
        assertThat(study().attributes().get("sites")).isEqualTo(2);
    }

    @Test
    void aTypeWhoseCheckFailsRefusesTheEditSayingSoAndNothingIsSaved() throws Exception {
        mou.core.spi.DeliverableType failing = new TestStudyType();
        mou.core.spi.DeliverableType broken = new mou.core.spi.DeliverableType() {
            @Override
            public String id() {
                return TestStudyType.ID;
            }

            @Override
            public Text label() {
                return failing.label();
            }

            @Override
            public List<mou.core.spi.AttributeSpec> attributes() {
                return failing.attributes();
            }

            @Override
            public List<mou.core.spi.AttributeProblem> validate(Map<String, Object> attributes) {
                throw new IllegalStateException("a bug in the plugin");
            }
        };
        CycleServiceImpl withBroken = new CycleServiceImpl(f.store, Fixture.REPORTS, new ReportFiles(Fixture.EXTENSIONS),
                Extensions.forTest(List.of(), List.of(broken), List.of()), Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        int entries = f.history().size();
        CycleException e = catchThrowableOfType(CycleException.class, () -> withBroken.editDeliverable(edit(null, Map.of("sites", "3"))));
        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("a fault in its plugin").doesNotContain("IllegalStateException");
        assertThat(String.valueOf(study().attributes().get("sites"))).isEqualTo("2");
        assertThat(f.history()).hasSize(entries);
    }

    String wildfiresDeliverable() {
        return f.workspace().plan("wildfires").orElseThrow().activities().stream().flatMap(a -> a.deliverables().stream())
                .map(Deliverable::id).filter(id -> id != null).findFirst().orElseThrow();
    }
}
