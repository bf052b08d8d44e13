package mou.store.json.internal;

import static mou.store.json.internal.TestWorkspace.positionOf;
import static mou.store.json.internal.TestWorkspace.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.testfixtures.Folders;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, points 1 and 8, in workspace files: a number outside its bounds is refused at its
 * line and column with the allowed range, and a huge one before it is expanded.
 */
class BoundsInFilesTest {

    private static final String YEAR = "groups/air-quality/2016.json";
    private static final String PLAN = "groups/air-quality/plan.json";
    private static final String ANY_RANGE = "a number from -999,999,999,999,999 to 999,999,999,999,999 with at most 10 decimals";
    private static final String AMOUNT_RANGE = "a number from -999,999,999,999,999 to 999,999,999,999,999 with at most 6 decimals";

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    /** The one error of the load, which must be at {@code needle} in {@code text}. */
    private static Problem onlyErrorAt(LoadResult r, String file, String text, String needle) {
        assertThat(r.errors()).as("%s", r.problems()).hasSize(1);
        Problem p = r.errors().get(0);
        assertThat(p.file()).isEqualTo(file);
        assertThat(new int[] {p.line(), p.column()}).as("%s", p).containsExactly(positionOf(text, needle));
        return p;
    }

    @Test
    void negativeParticipantsAreRefusedWithTheRange() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, YEAR, "\"participants\": null", "\"participants\": -25");
        Problem p = onlyErrorAt(store.load(ws), YEAR, text, "-25");
        assertThat(p.path()).isEqualTo("$.events[0].participants");
        assertThat(p.message()).isEqualTo("'participants' must be a whole number from 0 to 1,000,000,000, not the number -25");
    }

    @Test
    void aNegativeTermIsRefused() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, "agreement.json", "\"termYears\": 4", "\"termYears\": -4");
        Problem p = onlyErrorAt(store.load(ws), "agreement.json", text, "-4");
        assertThat(p.message()).isEqualTo("'termYears' must be a whole number from 1 to 100, not the number -4");
    }

    @Test
    void aGoalNumberBelowOneIsRefused() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, PLAN, "\"number\": 1,", "\"number\": -1,");
        Problem p = onlyErrorAt(store.load(ws), PLAN, text, "-1,");
        assertThat(p.message()).isEqualTo("'number' must be a whole number from 1 to 999, not the number -1");
    }

    @Test
    void anUnknownCountryIsRefused() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, "organizations.json", "\"State of California\",\n      \"country\": \"US\"",
                "\"State of California\",\n      \"country\": \"XX\"");
        Problem p = onlyErrorAt(store.load(ws), "organizations.json", text, "\"XX\"");
        assertThat(p.message()).startsWith("'XX' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void aNegativeCountAttributeIsRefusedLikeEveryCount() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, PLAN, "\"sites\": 2,", "\"sites\": -5,");
        Problem p = onlyErrorAt(store.load(ws), PLAN, text, "-5,");
        assertThat(p.message()).isEqualTo("'sites' must be a whole number from 0 to 1,000,000,000, not -5");
    }

    @Test
    void aFigureWithTooManyDecimalsIsRefused() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, YEAR, "\"value\": 53,", "\"value\": 53.1234567,");
        Problem p = onlyErrorAt(store.load(ws), YEAR, text, "53.1234567");
        assertThat(p.message()).isEqualTo("'value' must be " + AMOUNT_RANGE + ", not the number 53.1234567");
    }

    @Test
    void aYearFileOutsideTheYearsIsRefused() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        String text = TestWorkspace.read(ws, "reports/2016.json").replace("\"year\": 2016", "\"year\": 1800");
        Files.delete(ws.resolve("reports/2016.json"));
        TestWorkspace.write(ws, "reports/1800.json", text);
        LoadResult r = store.load(ws);
        assertThat(r.errors()).extracting(Problem::file, Problem::message).contains(org.assertj.core.groups.Tuple.tuple("reports/1800.json",
                "the year 1800 of the file name reports/1800.json is outside the allowed range: give a whole number from 1900 to 2200 (rename the file)"));
    }

    @Test
    void hugeNumbersAreRefusedAtTheirPlaceBeforeTheyAreExpanded() {
        for (String huge : new String[] {"1e10000000", "1e999999999", "1E+999999999", "1e400", "1e-400", "-1e400",
                "123456789012345678901234567890123456789", "1000000000000000", "0.00000000001"}) {
            Path ws = TestWorkspace.copy(temp.resolve(Integer.toString(Math.abs(huge.hashCode()))));
            String text = replace(ws, YEAR, "\"value\": 53,", "\"value\": " + huge + ",");
            long start = System.nanoTime();
            LoadResult r = store.load(ws);
            assertThat((System.nanoTime() - start) / 1_000_000).as(huge).isLessThan(5_000);
            Problem p = onlyErrorAt(r, YEAR, text, huge + ",");
            assertThat(p.path()).isEqualTo("$.metrics[0].value");
            assertThat(p.message()).as(huge).contains("outside the range of numbers a workspace file may hold: give " + ANY_RANGE)
                    .hasSizeLessThan(200);
        }
    }

    @Test
    void aNumberOfMillionsOfDigitsIsRefusedWhileItIsRead() {
        Path ws = TestWorkspace.copy(temp);
        String text = replace(ws, YEAR, "\"value\": 53,", "\"value\": 1" + "0".repeat(10_000_000) + ",");
        long start = System.nanoTime();
        LoadResult r = store.load(ws);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        Problem p = r.errors().get(0);
        assertThat(r.errors()).hasSize(1);
        assertThat(p.file()).isEqualTo(YEAR);
        assertThat(p.line()).isEqualTo(positionOf(text, "10000")[0]);
        assertThat(p.message()).contains("too many digits").contains(ANY_RANGE).hasSizeLessThan(200);
    }

    @Test
    void validFiguresAtTheBoundsAreRead() {
        Path ws = TestWorkspace.copy(temp);
        replace(ws, YEAR, "\"value\": 53,", "\"value\": -999999999999999,");
        replace(ws, YEAR, "\"target\": 3800,", "\"target\": 0.000001,");
        LoadResult r = store.load(ws);
        assertThat(r.errors()).isEmpty();
        Metric m = r.workspace().year("air-quality", 2016).orElseThrow().metrics().get(0);
        assertThat(m.value()).isEqualByComparingTo("-999999999999999");
        assertThat(m.target()).isEqualByComparingTo("0.000001");
    }

    @Test
    void aNumberNoWorkspaceMayHoldIsNeverWrittenOut() {
        Path ws = TestWorkspace.copy(temp);
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        Workspace workspace = store.load(ws).workspace();
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        Metric m = year.metrics().get(0);
        Metric huge = new Metric(m.id(), m.label(), new BigDecimal("1E+10000000"), m.unit(), m.target(), m.baseline(), m.asOf(),
                m.activityId(), m.note());
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.replaceAll(y -> y == year ? year.withMetrics(List.of(huge)) : y);
        Workspace changed = new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(),
                workspace.plans(), years, workspace.reports());

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> store.save(ws, changed));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1E+10000000 is outside the allowed range");
        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    // ---------------------------------------------------------------- properties

    /** One copy of the test workspace for every try of the properties; each try starts from the year file as shipped. */
    private static Path sharedFolder;
    private static Path shared;
    private static String yearAsShipped;

    private static synchronized Path workspaceForATry() throws IOException {
        if (shared == null) {
            sharedFolder = Files.createTempDirectory("bounds");
            shared = TestWorkspace.copy(sharedFolder);
            yearAsShipped = TestWorkspace.read(shared, YEAR);
        }
        TestWorkspace.write(shared, YEAR, yearAsShipped);
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
    void anyFigureInsideTheBoundsRoundTripsThroughSaveAndLoadUnchanged(@ForAll("amounts") BigDecimal value) throws IOException {
        Path ws = workspaceForATry();
        LoadResult first = store.load(ws);
        assertThat(first.errors()).isEmpty();
        Workspace workspace = first.workspace();
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        Metric m = year.metrics().get(0);
        Metric changed = new Metric(m.id(), m.label(), value, m.unit(), value.negate(), m.baseline(), m.asOf(), m.activityId(), m.note());
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.replaceAll(y -> y == year ? year.withMetrics(List.of(changed)) : y);
        store.save(ws, new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(), workspace.plans(),
                years, workspace.reports()));

        LoadResult again = store.load(ws);
        assertThat(again.errors()).isEmpty();
        Metric read = again.workspace().year("air-quality", 2016).orElseThrow().metrics().get(0);
        assertThat(read.value()).isEqualByComparingTo(value);
        assertThat(read.target()).isEqualByComparingTo(value.negate());
        assertThat(read.value().toPlainString()).isEqualTo(value.toPlainString());
    }

    @Property(tries = 20)
    void anyFigureOutsideTheBoundsIsRefusedAtItsPlaceWithTheRange(@ForAll("outsideAmounts") String value) throws IOException {
        Path ws = workspaceForATry();
        String text = replace(ws, YEAR, "\"value\": 53,", "\"value\": " + value + ",");
        LoadResult r = store.load(ws);
        Problem p = onlyErrorAt(r, YEAR, text, value + ",");
        assertThat(p.message()).satisfiesAnyOf(m -> assertThat(m).contains(ANY_RANGE), m -> assertThat(m).contains(AMOUNT_RANGE));
        assertThat(p.message()).hasSizeLessThan(200);
    }

    @Property(tries = 20)
    void anyNegativeCountIsRefusedAtItsPlace(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int participants) throws IOException {
        Path ws = workspaceForATry();
        String text = replace(ws, YEAR, "\"participants\": null", "\"participants\": " + participants);
        Problem p = onlyErrorAt(store.load(ws), YEAR, text, participants + ",\n      \"description\"");
        assertThat(p.message()).isEqualTo("'participants' must be a whole number from 0 to 1,000,000,000, not the number " + participants);
    }

    @Property(tries = 20)
    void anyJsonNumberIsEitherReadWithinTheBoundsOrRefusedAtItsPlace(@ForAll("jsonNumbers") String number) throws IOException {
        Path ws = workspaceForATry();
        String text = replace(ws, YEAR, "\"value\": 53,", "\"value\": " + number + ",");
        LoadResult r = store.load(ws);
        if (r.errors().isEmpty()) {
            BigDecimal read = r.workspace().year("air-quality", 2016).orElseThrow().metrics().get(0).value();
            assertThat(read).isEqualByComparingTo(new BigDecimal(number));
            assertThat(mou.core.model.Bounds.AMOUNT.contains(read)).isTrue();
        } else {
            assertThat(r.errors()).hasSize(1);
            Problem p = r.errors().get(0);
            int[] key = positionOf(text, "\"value\": " + number + ",");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(key[0], key[1] + "\"value\": ".length());
            assertThat(p.message()).satisfiesAnyOf(m -> assertThat(m).contains(ANY_RANGE), m -> assertThat(m).contains(AMOUNT_RANGE));
        }
    }

    @Property(tries = 20)
    void anyCountryCodeThatIsNotIso3166IsRefusedAtItsPlace(@ForAll("unknownCountries") String code) throws IOException {
        Path ws = workspaceForATry();
        String organizations = TestWorkspace.read(ws, "organizations.json");
        try {
            String text = replace(ws, "organizations.json", "\"State of California\",\n      \"country\": \"US\"",
                    "\"State of California\",\n      \"country\": \"" + code + "\"");
            Problem p = onlyErrorAt(store.load(ws), "organizations.json", text, "\"" + code + "\"");
            assertThat(p.message()).startsWith("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        } finally {
            TestWorkspace.write(ws, "organizations.json", organizations);
        }
    }

    @Provide
    Arbitrary<String> jsonNumbers() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> whole = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(30).map(d -> "1" + d);
        Arbitrary<String> fraction = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(20)
                .map(d -> d.isEmpty() ? "" : "." + d);
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-30, 30).map(e -> "e" + e),
                Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L).map(e -> "E" + e));
        return Combinators.combine(sign, whole, fraction, exponent).as((a, b, c, d) -> a + b + c + d);
    }

    @Provide
    Arbitrary<String> unknownCountries() {
        java.util.Set<String> known = java.util.Set.of(java.util.Locale.getISOCountries());
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(c -> !known.contains(c));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L), Arbitraries.integers().between(0, 6))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
                .filter(d -> d.abs().compareTo(new BigDecimal("999999999999999")) <= 0);
    }

    @Provide
    Arbitrary<String> outsideAmounts() {
        Arbitrary<String> exponents = Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of("e", "E", "e+", "e-", "E-"),
                Arbitraries.integers().between(16, Integer.MAX_VALUE)).as((d, e, x) -> d + e + x);
        Arbitrary<String> digits = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(15), BigInteger.TEN.pow(60)).map(BigInteger::toString);
        Arbitrary<String> decimals = Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(7, 40))
                .as((whole, places) -> whole + "." + "0".repeat(places - 1) + "3");
        return Arbitraries.oneOf(exponents, digits, digits.map(s -> "-" + s), decimals);
    }

}
