package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportYear;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.cycle.PartPlace;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.model.Event;
import mou.core.model.Text;
import mou.core.spi.TextPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translations in the cycle: a text given in English only keeps its Spanish, which becomes stale when
 * the English changed; giving both translates; publish refuses a year whose report shows a text without
 * a current Spanish version unless the program office says why.
 */
class TranslationRulesTest {

    @TempDir
    Path temp;

    private Fixture opened() {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.complete(2017);
        return f;
    }

    private static void approveAll(Fixture f) {
        for (String g : PublishTest.GROUPS) {
            f.ok("submit", g, "2017");
            f.ok("approve", g, "2017");
        }
    }

    @Test
    void aSpanishGivenEmptyIsRemovedWhileASpanishNotGivenIsKept() throws Exception {
        Fixture f = opened();
        Acting ana = Acting.of(f.data, "Ana");
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.", "--rationale-es", "Se adoptó el ProAire.");
        f.ok("narrative", "air-quality", "2017", "challenges", "--text", "Staff turnover.", "--es", "Rotación del personal.");
        f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors serviced.", "--es", "Monitores revisados.");
        f.ok("event", "air-quality", "2017", "aq-2017-visit", "--kind", "site-visit", "--date", "2017-03-14", "--title", "Visit",
                "--title-es", "Visita", "--place", "Mexicali", "--place-es", "Mexicali (BC)");
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "Samples", "--label-es", "Muestras", "--value", "1");

        // not given: kept (stale where the English changed)
        f.service.rate(new mou.core.cycle.Rate(ana, "aq-1-1", 2017, "achieved", Text.of("ProAire was adopted in May."), null));
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().es()).isEqualTo("Se adoptó el ProAire.");

        // given empty (a form's emptied field): removed
        f.service.rate(new mou.core.cycle.Rate(ana, "aq-1-1", 2017, "achieved", Text.of("ProAire was adopted in June."), null, List.of(),
                true));
        f.service.narrative(new mou.core.cycle.WriteNarrative(ana, "air-quality", 2017, "challenges", List.of(Text.of("Staff left.")),
                false, true));
        f.service.update(new mou.core.cycle.RecordUpdate(ana, "air-quality", "2017-Q1", List.of(Text.of("Monitors serviced.")), false,
                List.of(), List.of(), List.of(), List.of(), true));
        f.service.recordEvent(new mou.core.cycle.RecordEvent(ana, "air-quality", 2017, "aq-2017-visit", null, null, "Site visit", "",
                null, null, null, null, null, null, "", null));
        f.service.recordFigure(new mou.core.cycle.RecordFigure(ana, "air-quality", 2017, "aq-2017-samples", null, "", null, null, null,
                null, null, null, null, null, null));

        var year = f.year("air-quality", 2017);
        assertThat(year.assessment("aq-1-1").orElseThrow().rationale()).isEqualTo(Text.of("ProAire was adopted in June."));
        assertThat(year.narrative().challenges()).containsExactly(Text.of("Staff left."));
        assertThat(year.update(1).orElseThrow().happened()).containsExactly(Text.of("Monitors serviced."));
        Event visit = year.event("aq-2017-visit").orElseThrow();
        assertThat(visit.title()).isEqualTo(Text.of("Site visit"));
        assertThat(visit.place()).isEqualTo(Text.of("Mexicali"));
        assertThat(year.metric("aq-2017-samples").orElseThrow().label()).isEqualTo(Text.of("Samples"));
    }

    /** On the command line too: --rationale-es "" removes the rationale's Spanish, as an emptied form field does. */
    @Test
    void rateWithAnEmptyRationaleEsRemovesTheSpanish() {
        Fixture f = opened();
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.", "--rationale-es", "Se adoptó el ProAire.");
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted in June.", "--rationale-es", "");

        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale()).isEqualTo(Text.of("ProAire was adopted in June."));
        assertThat(f.run("rate", "aq-1-1", "achieved", "--rationale", "", "--rationale-es", "x").err()).contains("--rationale needs a value");
    }

    @Test
    void aRationaleInEnglishOnlyKeepsItsSpanishWhichBecomesStaleAndBothTranslate() {
        Fixture f = opened();
        Text before = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale();
        assertThat(before.es()).isNotNull();

        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.");
        Text stale = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale();
        assertThat(stale.en()).isEqualTo("ProAire was adopted.");
        assertThat(stale.es()).isEqualTo(before.es());
        assertThat(stale.spanishStale()).isTrue();

        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.", "--rationale-es", "Se adoptó ProAire.");
        Text translated = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale();
        assertThat(translated).isEqualTo(Text.of("ProAire was adopted.", "Se adoptó ProAire."));
        assertThat(translated.spanishStale()).isFalse();
    }

    @Test
    void aCarriedOverLevelRatedInEnglishOnlyHasNoSpanishTheModelsSentenceIsNoTranslationOfIt() {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().es()).startsWith("Nivel que viene de 2016");

        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.");

        Text rationale = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale();
        assertThat(rationale).isEqualTo(Text.of("ProAire was adopted."));
        assertThat(rationale.untranslatedIn("es")).isTrue();
    }

    @Test
    void paragraphsReplacedInEnglishKeepTheSpanishAtTheirPlaceAndTheSameEnglishChangesNothing() {
        Fixture f = opened();
        List<Text> before = f.year("air-quality", 2017).narrative().accomplishments();

        Fixture.Run same = f.ok("narrative", "air-quality", "2017", "accomplishments", "--text", before.get(0).en());
        assertThat(same.out()).contains("nothing changed");

        f.ok("narrative", "air-quality", "2017", "accomplishments", "--text", "It held four meetings.", "--text", "A new one.");
        List<Text> after = f.year("air-quality", 2017).narrative().accomplishments();
        assertThat(after.get(0).es()).isEqualTo(before.get(0).es());
        assertThat(after.get(0).spanishStale()).isTrue();
        assertThat(after.get(1).es()).isNull();
    }

    @Test
    void aSpanishOptionAloneTranslatesTheEventsPresentEnglish() {
        Fixture f = opened();
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "meeting", "--date", "2017-03-14", "--title", "Border meeting",
                "--place", "Tijuana City Hall");
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--title-es", "Reunión fronteriza", "--place-es", "Palacio Municipal de Tijuana");

        Event event = f.year("air-quality", 2017).events().get(0);
        assertThat(event.title()).isEqualTo(Text.of("Border meeting", "Reunión fronteriza"));
        assertThat(event.place()).isEqualTo(Text.of("Tijuana City Hall", "Palacio Municipal de Tijuana"));
    }

    @Test
    void theSpreadsheetHasASpanishColumnForEachTextAndAnEnglishChangedAloneLeavesItsSpanishStale() throws Exception {
        Fixture f = opened();
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "Samples", "--label-es", "Muestras", "--value", "12");
        Acting ana = new Acting(f.data, "Ana Ruiz", null);
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        // exported a second after the figure was recorded, so that the export knows it came after it
        f.later(1);
        for (SheetTable t : f.service.exportYear(new ExportYear(ana, "air-quality", 2017)).tables()) {
            List<String> headers = t.columns().stream().map(SheetColumn::header).toList();
            List<List<String>> rows = new ArrayList<>();
            rows.add(headers);
            for (List<String> row : t.rows()) {
                List<String> filled = new ArrayList<>(row);
                if (t.name().equals("Assessments") && row.get(1).equals("aq-1-1")) {
                    assertThat(filled.get(headers.indexOf("Rationale (Spanish)"))).isEqualTo("Calificada para 2017: aq-1-1.");
                    filled.set(headers.indexOf("Rationale"), "Rated anew: aq-1-1.");
                }
                if (t.name().equals("Figures")) {
                    assertThat(filled.get(headers.indexOf("Label (Spanish)"))).isEqualTo("Muestras");
                    filled.set(headers.indexOf("Label (Spanish)"), "Muestras analizadas");
                }
                rows.add(filled);
            }
            sheets.put(t.name(), new SheetContent(t.name(), rows));
        }

        f.service.importYear(new ImportYear(ana, sheets, "air-quality-2017.xlsx"));

        Text rationale = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale();
        assertThat(rationale.en()).isEqualTo("Rated anew: aq-1-1.");
        assertThat(rationale.es()).isEqualTo("Calificada para 2017: aq-1-1.");
        assertThat(rationale.spanishStale()).isTrue();
        assertThat(f.year("air-quality", 2017).metric("aq-2017-samples").orElseThrow().label())
                .isEqualTo(Text.of("Samples", "Muestras analizadas"));
    }

    @Test
    void publishRefusesAStaleSpanishNamingItInItsFileAndPublishesItWithAReason() throws Exception {
        Fixture f = opened();
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.");
        approveAll(f);
        Map<String, String> before = f.files();

        Fixture.Run refused = f.run("publish", "2017", "--by", "Maria Lopez");

        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.err()).contains("2017 was not published: 1 text of its report has no current Spanish version"
                + " (0 without Spanish, 1 older than its English):")
                .containsPattern("publish:   groups/air-quality/2017\\.json:\\d+:\\d+: \\$\\.assessments\\[0\\]\\.rationale: Spanish older than"
                        + " its English \"ProAire was adopted\\.\"")
                .contains("publish 2017 --allow-untranslated REASON");
        assertThat(f.files()).as("nothing locked, nothing written").isEqualTo(before);

        Fixture.Run published = f.ok("publish", "2017", "--by", "Maria Lopez", "--allow-untranslated", "The translator is on leave.");
        assertThat(published.err()).contains("publish: published with 1 text without a current Spanish version, because: The translator is on leave.");
        String report = Files.readString(f.data.resolve("published/2017/progress-report-2017.txt"));
        assertThat(report).contains("This report was published with 1 text without a current Spanish version, by decision of the program"
                + " office. Reason: The translator is on leave.");
        assertThat(f.history().stream().filter(h -> h.action().equals("publish"))).hasSize(5)
                .allSatisfy(h -> assertThat(h.why()).isEqualTo("published with 1 text without a current Spanish version: The translator is on leave."));
        assertThat(f.year("air-quality", 2017).review().published().orElseThrow().untranslated()).isEqualTo("The translator is on leave.");

        // the locked year's report, written again when it went missing, still says why (in each language)
        Path english = f.data.resolve("published/2017/progress-report-2017.txt");
        Path spanish = f.data.resolve("published/2017/progress-report-2017-es.txt");
        String spanishReport = Files.readString(spanish);
        assertThat(spanishReport).contains("Este informe se publicó con 1 texto sin versión vigente en español, por decisión de la oficina del"
                + " programa. Motivo: The translator is on leave.");
        Files.delete(english);
        Files.delete(spanish);
        f.ok("publish", "2017");
        assertThat(english).content().isEqualTo(report);
        assertThat(spanish).content().isEqualTo(spanishReport);
    }

    @Test
    void throughTheServiceTheRefusalNamesItsFieldCountsEveryTextAndShowsTheFirstTen() throws Exception {
        Fixture f = opened();
        for (int i = 0; i < 12; i++) {
            f.ok("narrative", "air-quality", "2017", "challenges", "--text", "Challenge " + i + ".", "--append");
        }
        approveAll(f);
        Acting office = new Acting(f.data, "Maria Lopez", null);

        CycleException refused = catchThrowableOfType(() -> f.service.publish(new Publish(office, 2017, "es", List.of(), null, null)),
                CycleException.class);

        assertThat(refused.problems().get(0).text(x -> x)).startsWith("2017 was not published: 12 texts of its report have no current Spanish");
        assertThat(refused.problems()).hasSize(1 + Translations.SHOWN + 2);
        assertThat(refused.problems().get(Translations.SHOWN + 1).text(x -> x)).isEqualTo("  and 2 more (validate --language es lists them all)");
        assertThat(refused.problems().get(Translations.SHOWN + 2).field()).isEqualTo("allowUntranslated");

        Published published = f.service.publish(new Publish(office, 2017, "es", List.of(), null, null, "the board meets"));
        assertThat(published.untranslated()).hasSize(12).extracting(TextPlace::file).containsOnly("groups/air-quality/2017.json");
    }

    /**
     * A text publishing found without its current Spanish carries where the workspace keeps it, typed ({@link PartPlace}: the
     * group, the year, the part and its id, a narrative part by its id as the commands say it), for a front door that names it
     * in its own words; before, the web took the place apart from its {@code FILE#POINTER} name.
     */
    @Test
    void theRefusalHandsEachTextsPlaceTyped() throws Exception {
        Fixture f = opened();
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire was adopted.");
        f.ok("narrative", "air-quality", "2017", "next-steps", "--text", "Next, more stations.");
        approveAll(f);

        CycleException refused = catchThrowableOfType(() -> f.service.publish(new Publish(new Acting(f.data, "Maria Lopez", null), 2017, "es",
                List.of(), null, null)), CycleException.class);

        List<PartPlace> places = refused.problems().stream().map(PartPlace::of).flatMap(java.util.Optional::stream).toList();
        assertThat(places).containsExactlyInAnyOrder(
                new PartPlace("air-quality", 2017, PartPlace.Part.RATING, "aq-1-1", "groups/air-quality/2017.json"),
                new PartPlace("air-quality", 2017, PartPlace.Part.NARRATIVE, "next-steps", "groups/air-quality/2017.json"));
        assertThat(refused.problems().stream().filter(p -> p.code() != null && p.code().startsWith("publish.untranslated."))
                .map(p -> p.text(x -> x))).anySatisfy(line -> assertThat(line).contains("groups/air-quality/2017.json").contains("Next, more stations."));
        assertThat(PartPlace.of(refused.problems().get(0))).as("not a text's problem").isEmpty();
    }

    @Test
    void anEmptyReasonIsAMistakeOfItsField() {
        Fixture f = opened();
        approveAll(f);
        Fixture.Run run = f.run("publish", "2017", "--allow-untranslated", "  ");
        assertThat(run.status()).isEqualTo(Status.USAGE);
        assertThat(run.err()).contains("--allow-untranslated is empty; give it a text");
    }
}
