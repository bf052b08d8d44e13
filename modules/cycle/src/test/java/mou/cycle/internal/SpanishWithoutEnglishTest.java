package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Problem;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spanish of an optional text (an event's place or description, a figure's note) given without its English,
 * as a Spanish-speaking member fills only the Spanish field of a form or column: refused beside that field, nothing
 * saved. It was dropped without a word (the form said "saved" and the Spanish was gone).
 */
class SpanishWithoutEnglishTest {

    @TempDir
    Path temp;

    private Fixture opened() {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        return f;
    }

    @Test
    void anEventsPlaceOrDescriptionInSpanishOnlyIsRefusedBesideItsField() throws Exception {
        Fixture f = opened();
        Acting ana = Acting.of(f.data, "Ana");
        byte[] before = Files.readAllBytes(f.data.resolve("groups/air-quality/2017.json"));
        CycleException e = catchThrowableOfType(() -> f.service.recordEvent(new RecordEvent(ana, "air-quality", 2017, "aq-2017-visit",
                "site-visit", "2017-03-14", "Site visit", "Visita", null, null, null, null, null, null, "Mexicali (BC)",
                "Doce técnicos de la SEMARNAT.", true)), CycleException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::field).containsExactly("placeEs", "descriptionEs");
        assertThat(e.problems().get(0).text("es", n -> n)).isEqualTo("placeEs: este texto en español no tiene un inglés que traducir: escriba también place"
                + " (un texto en español solo se guarda junto a su inglés) o deje en blanco placeEs");
        assertThat(e.problems().get(1).text("en", n -> n)).isEqualTo("descriptionEs: this Spanish has no English to translate: write description too"
                + " (a Spanish text is kept only beside its English), or leave descriptionEs empty");
        assertThat(Files.readAllBytes(f.data.resolve("groups/air-quality/2017.json"))).isEqualTo(before);

        // on the command line, the option's names
        Fixture.Run run = f.run("event", "air-quality", "2017", "aq-2017-visit", "--kind", "site-visit", "--date", "2017-03-14",
                "--title", "Site visit", "--description-es", "Doce técnicos.");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("--description-es: this Spanish has no English to translate: write --description too");
        assertThat(f.year("air-quality", 2017).event("aq-2017-visit")).isEmpty();

        // with its English, both are kept
        f.service.recordEvent(new RecordEvent(ana, "air-quality", 2017, "aq-2017-visit", "site-visit", "2017-03-14", "Site visit",
                "Visita", "Mexicali", null, null, "Twelve SEMARNAT staff.", null, null, "Mexicali (BC)", "Doce técnicos de la SEMARNAT.",
                true));
        var event = f.year("air-quality", 2017).event("aq-2017-visit").orElseThrow();
        assertThat(event.place().es()).isEqualTo("Mexicali (BC)");
        assertThat(event.description().es()).isEqualTo("Doce técnicos de la SEMARNAT.");
    }

    @Test
    void aFiguresNoteInSpanishOnlyIsRefusedAlsoOnAFigureThatHasNoNote() throws Exception {
        Fixture f = opened();
        Acting ana = Acting.of(f.data, "Ana");
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "Samples", "--label-es", "Muestras", "--value", "1");
        CycleException e = catchThrowableOfType(() -> f.service.recordFigure(new RecordFigure(ana, "air-quality", 2017, "aq-2017-samples",
                null, null, null, null, null, null, null, null, null, null, "Cifra preliminar.")), CycleException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::field).containsExactly("noteEs");
        assertThat(f.year("air-quality", 2017).metric("aq-2017-samples").orElseThrow().note()).isNull();
    }

    @Test
    void aSpanishCellBesideAnEmptyEnglishCellIsRefusedNamingBothCells() throws Exception {
        Fixture f = opened();
        f.ok("event", "air-quality", "2017", "aq-2017-visit", "--kind", "site-visit", "--date", "2017-03-14", "--title", "Site visit");
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        Path events = f.home.resolve("csv/air-quality-2017-events.csv");
        String csv = Files.readString(events, StandardCharsets.UTF_8);
        // the last column is Description (Spanish): fill it on the event's row, whose Description stays empty
        String row = csv.lines().filter(l -> l.startsWith("aq-2017-visit,")).findFirst().orElseThrow();
        Files.writeString(events, csv.replace(row, row + "Doce técnicos."), StandardCharsets.UTF_8);
        Fixture.Run run = f.run("import", "csv");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("air-quality-2017-events.csv!M2: the Spanish has no English to translate: write the English in"
                + " air-quality-2017-events.csv!H2 too, or empty air-quality-2017-events.csv!M2");
        assertThat(f.year("air-quality", 2017).event("aq-2017-visit").orElseThrow().description()).isNull();
    }
}
