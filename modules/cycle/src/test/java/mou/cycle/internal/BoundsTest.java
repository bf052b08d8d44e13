package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportYear;
import mou.core.cycle.OpenYear;
import mou.core.cycle.Problem;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.model.Metric;
import mou.testfixtures.Folders;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, points 1 and 8, at the cycle service and its commands: a number outside the model's
 * bounds is refused with the field and the allowed range, before it is expanded, and nothing is saved.
 */
class BoundsTest {

    private static final String AMOUNT_RANGE = "a number from -999,999,999,999,999 to 999,999,999,999,999 with at most 6 decimals";
    private static final String[] HUGE = {"1e10000000", "1e999999999", "1e400", "1e-400", "123456789012345678901234567890123456789"};

    @TempDir
    Path temp;

    Fixture f;
    Acting ana;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", "the 2017 cycle starts"), 2017, null));
        ana = new Acting(f.data, "Ana", null);
    }

    /** A number as a message shows it: at most 30 characters. */
    private static String shown(String number) {
        return number.length() > 30 ? number.substring(0, 20) + "... (" + number.length() + " characters)" : number;
    }

    private RecordFigure figure(String value, String target) {
        return new RecordFigure(ana, "air-quality", 2017, "aq-2017-huge", "Huge", null, value, "m3", target, null, null, null, null, null);
    }

    @Test
    void hugeFiguresAreRefusedWithTheRangeAndNothingIsSaved() {
        Map<String, String> before = f.files();
        for (String huge : HUGE) {
            long start = System.nanoTime();
            CycleException e = catchThrowableOfType(() -> f.service.recordFigure(figure(huge, null)), CycleException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as(huge).isLessThan(5_000);
            assertThat(e.kind()).isEqualTo(Kind.USAGE);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("value");
                assertThat(p.message()).isEqualTo("{value}: " + shown(huge) + " is outside the allowed range: give " + AMOUNT_RANGE);
            });
            CycleException target = catchThrowableOfType(() -> f.service.recordFigure(figure("12", "-" + huge)), CycleException.class);
            assertThat(target.problems()).extracting(Problem::field).containsExactly("target");
        }
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void theCommandLineSaysTheRangeAndExitsNonZero() {
        Map<String, String> before = f.files();
        for (String huge : HUGE) {
            Fixture.Run run = f.run("figure", "air-quality", "2017", "aq-2017-huge", "--label", "L", "--value", huge);
            assertThat(run.status()).as("%s", run).isNotZero();
            assertThat(run.err()).contains("--value: " + shown(huge) + " is outside the allowed range: give " + AMOUNT_RANGE)
                    .doesNotContain("Exception").hasSizeLessThan(600);
        }
        Fixture.Run participants = f.run("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "meeting", "--date", "2017-03-14",
                "--title", "Meeting", "--participants", "-25");
        assertThat(participants.status()).isNotZero();
        assertThat(participants.err()).contains("-25 is outside the allowed range: give a whole number from 0 to 1,000,000,000");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void negativeParticipantsAreRefused() {
        for (String negative : new String[] {"-25", "-71"}) {
            CycleException e = catchThrowableOfType(() -> f.service.recordEvent(new RecordEvent(ana, "air-quality", 2017, "aq-2017-meeting",
                    "meeting", "2017-03-14", "Meeting", null, null, List.of(), negative, null, null, null)), CycleException.class);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("participants");
                assertThat(p.message()).isEqualTo("{participants}: " + negative
                        + " is outside the allowed range: give a whole number from 0 to 1,000,000,000");
            });
        }
    }

    @Test
    void aYearOutsideTheRangeIsNotOpened() {
        Map<String, String> before = f.files();
        CycleException e = catchThrowableOfType(() -> f.service.openYear(new OpenYear(ana, 1800, null)), CycleException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("year");
            assertThat(p.message()).contains("1800 is outside the allowed range: give a whole number from 1900 to 2200");
        });
        assertThat(f.files()).isEqualTo(before);
        Fixture.Run run = f.run("year", "open", "9999");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("from 1900 to 2200");
    }

    @Test
    void anImportedFigureOutsideTheBoundsIsRefusedAndNothingIsImported() throws Exception {
        for (String huge : HUGE) {
            Map<String, SheetContent> sheets = exported();
            List<List<String>> figures = new ArrayList<>(sheets.get("Figures").rows());
            figures.add(List.of("aq-2017-huge", "Huge", huge, "m3", "", "", "", "", "", ""));
            sheets.put("Figures", new SheetContent("Figures", figures));
            Map<String, String> before = f.files();
            long start = System.nanoTime();
            CycleException e = catchThrowableOfType(() -> f.service.importYear(new ImportYear(ana, sheets, "test")), CycleException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as(huge).isLessThan(5_000);
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems().get(0).field()).isEqualTo("Figures!C" + figures.size());
            assertThat(e.problems().get(0).message()).contains("outside the allowed range: give " + AMOUNT_RANGE).hasSizeLessThan(300);
            assertThat(f.files()).isEqualTo(before);
        }
    }

    private Map<String, SheetContent> exported() throws CycleException {
        List<SheetTable> tables = f.service.exportYear(new ExportYear(ana, "air-quality", 2017)).tables();
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        for (SheetTable t : tables) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.columns().stream().map(c -> c.header()).toList());
            rows.addAll(t.rows());
            sheets.put(t.name(), new SheetContent(t.name(), rows));
        }
        return sheets;
    }

    // ---------------------------------------------------------------- properties

    /** One workspace for every try, in its own temporary folder: a figure recorded again replaces the last. */
    private static Path sharedFolder;
    private static Fixture shared;

    private static synchronized Fixture sharedFixture() throws CycleException {
        if (shared == null) {
            try {
                sharedFolder = Files.createTempDirectory("bounds");
                shared = new Fixture(sharedFolder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared.service.openYear(new OpenYear(new Acting(shared.data, "Office", null), 2017, null));
        }
        return shared;
    }

    @AfterContainer
    static synchronized void sharedRemoved() throws IOException {
        if (sharedFolder != null) {
            Folders.delete(sharedFolder);
            sharedFolder = null;
            shared = null;
        }
    }

    @Property(tries = 15)
    void anyFigureInsideTheBoundsIsRecordedAndReadBackUnchanged(@ForAll("amounts") BigDecimal value) throws CycleException {
        Fixture fixture = sharedFixture();
        Acting someone = new Acting(fixture.data, "Ana", null);
        fixture.service.recordFigure(new RecordFigure(someone, "air-quality", 2017, "aq-2017-any", "Any", null, value.toPlainString(), "m3",
                null, null, null, null, null, null));
        Metric read = fixture.year("air-quality", 2017).metric("aq-2017-any").orElseThrow();
        assertThat(read.value()).isEqualByComparingTo(value);
    }

    @Property(tries = 50)
    void anyFigureOutsideTheBoundsIsRefusedNamingThem(@ForAll("outside") String value) throws CycleException {
        Fixture fixture = sharedFixture();
        Acting someone = new Acting(fixture.data, "Ana", null);
        CycleException e = catchThrowableOfType(() -> fixture.service.recordFigure(new RecordFigure(someone, "air-quality", 2017,
                "aq-2017-outside", "Outside", null, value, "m3", null, null, null, null, null, null)), CycleException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains(AMOUNT_RANGE).hasSizeLessThan(200));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L), Arbitraries.integers().between(0, 6))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Provide
    Arbitrary<String> outside() {
        Arbitrary<String> exponents = Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of("e", "E", "e+", "e-", "E-"),
                Arbitraries.integers().between(16, Integer.MAX_VALUE)).as((d, e, x) -> d + e + x);
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(15).ofMaxLength(80).map(s -> "1" + s);
        Arbitrary<String> decimals = Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(7, 40))
                .as((whole, places) -> whole + "." + "0".repeat(places - 1) + "7");
        return Arbitraries.oneOf(exponents, digits, digits.map(s -> "-" + s), decimals);
    }
}
