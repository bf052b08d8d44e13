package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.OpenYear;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.internal.ReportFiles;
import mou.core.spi.Extensions;
import mou.testfixtures.TestStudyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request that adds an event or a figure (a form's "add", a command's --new) never replaces a
 * colleague's record of the same id: it is refused naming the id, while a correction works as before.
 */
class AddingRecordsTest {

    @TempDir
    Path temp;

    Fixture f;
    CycleServiceImpl service;
    Extensions extensions;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        // the groups and the study type installed: a deliverable of that type is checked as the store checks it when its group is installed
        extensions = Extensions.forTest(Fixture.GROUPS_INSTALLED.groups(), List.of(new TestStudyType()), List.of());
        service = new CycleServiceImpl(f.store, Fixture.REPORTS,
                new ReportFiles(Fixture.EXTENSIONS), extensions, Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
    }

    Acting ana() {
        return new Acting(f.data, "Ana", null);
    }

    /** Every file of the workspace, byte for byte. */
    Map<String, String> bytes() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(f.data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(f.data.relativize(p).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    // 3. an "add" never replaces a colleague's record ------------------------------------------------

    @Test
    void anEventAddedWithAnIdTheYearHasIsRefusedNamingTheIdWhileACorrectionStillWorks() throws Exception {
        service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-meeting", "meeting", "2017-03-14", "Colleague's meeting",
                null, null, null, null, null, null, null));
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordEvent(new RecordEvent(ana().readAt("none"),
                "air-quality", 2017, "aq-2017-meeting", "workshop", "2017-05-02", "My workshop", null, null, null, null, null, null, null,
                null, null, true)));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("eventId");
            assertThat(p.text("en", n -> "Id")).startsWith("Id: the id 'aq-2017-meeting' is already used by an event of 2017 (Colleague's meeting);"
                    + " choose another id");
            assertThat(p.message("es")).contains("el identificador 'aq-2017-meeting' ya lo usa un evento de 2017 (Colleague's meeting); elija otro");
        });
        assertThat(bytes()).isEqualTo(before);
        assertThat(service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-meeting", null, null, "Colleague's meeting (March)",
                null, null, null, null, null, null, null)).before()).isNotNull();
    }

    @Test
    void aFigureAddedWithAnIdTheYearHasIsRefusedNamingTheId() throws Exception {
        service.recordFigure(new RecordFigure(ana(), "air-quality", 2017, "aq-2017-samples", "Samples", null, "12", null, null, null, null,
                null, null, null));
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordFigure(new RecordFigure(ana().readAt("none"),
                "air-quality", 2017, "aq-2017-samples", "Sites", null, "3", null, null, null, null, null, null, null, null, true)));

        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("figureId");
            assertThat(p.message()).contains("the id 'aq-2017-samples' is already used by a figure of 2017 (Samples); choose another id");
            assertThat(p.message("es")).contains("ya lo usa una cifra de 2017 (Samples)");
        });
        assertThat(bytes()).isEqualTo(before);
        assertThat(f.workspace().year("air-quality", 2017).orElseThrow().metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("12");
    }

    @Test
    void theCommandsAddOnlyWithNewAndOtherwiseCorrectAsBefore() throws Exception {
        f.ok("event", "air-quality", "2017", "aq-2017-call", "--kind", "meeting", "--date", "2017-03-14", "--title", "Call", "--new");
        Map<String, String> before = bytes();

        Fixture.Run refused = f.run("event", "air-quality", "2017", "aq-2017-call", "--kind", "workshop", "--date", "2017-04-01",
                "--title", "Workshop", "--new");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("EVENT-ID: the id 'aq-2017-call' is already used by an event of 2017 (Call); choose another id");
        Fixture.Run figure = f.run("figure", "air-quality", "2017", "aq-2017-call", "--label", "Calls", "--value", "3", "--new");
        assertThat(figure.status()).isEqualTo(2);
        assertThat(figure.err()).contains("already used by an event of air-quality 2017");
        assertThat(bytes()).isEqualTo(before);

        assertThat(f.ok("event", "air-quality", "2017", "aq-2017-call", "--title", "Monthly call").out()).contains("corrected");
    }
}
