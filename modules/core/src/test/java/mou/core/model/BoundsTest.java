package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import mou.core.spi.AttributeSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Issue 12, points 1 and 8: every number has bounds, and a number outside them is refused with the range, before it is expanded. */
class BoundsTest {

    private static final String AMOUNT_RANGE = "a number from -999,999,999,999,999 to 999,999,999,999,999 with at most 6 decimals";

    @Test
    void hugeAndTinyNumbersAreRefusedFromTheirTextInAnInstantWithTheRange() {
        for (String huge : new String[] {"1e10000000", "1e999999999", "1E+999999999999999999999", "1e400", "1e-400",
                "123456789012345678901234567890123456789", "-123456789012345678901234567890123456789", "1" + "0".repeat(5_000_000)}) {
            long start = System.nanoTime();
            Throwable refused = catchThrowable(() -> Bounds.AMOUNT.parse(huge));
            assertThat((System.nanoTime() - start) / 1_000_000).as(huge.substring(0, Math.min(20, huge.length()))).isLessThan(2_000);
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            assertThat(refused.getMessage()).contains("outside the allowed range: give " + AMOUNT_RANGE).hasSizeLessThan(200);
        }
    }

    @Test
    void theModelsBoundsAreTheIssuesCases() {
        assertThatThrownBy(() -> Bounds.COUNT.parse("-25")).hasMessage("-25 is outside the allowed range: give a whole number from 0 to 1,000,000,000");
        assertThatThrownBy(() -> Bounds.COUNT.parse("-71")).hasMessageContaining("from 0 to 1,000,000,000");
        assertThatThrownBy(() -> Bounds.TERM_YEARS.parse("-4")).hasMessage("-4 is outside the allowed range: give a whole number from 1 to 100");
        assertThatThrownBy(() -> Bounds.GOAL_NUMBER.parse("-1")).hasMessage("-1 is outside the allowed range: give a whole number from 1 to 999");
        assertThat(Bounds.YEAR.problem(1899)).hasValue("1899 is outside the allowed range: give a whole number from 1900 to 2200");
        assertThat(Bounds.MONEY.problem(new BigDecimal("12.345"))).hasValueSatisfying(m -> assertThat(m).contains("with at most 2 decimals"));
        assertThat(Bounds.COUNT.parse(" 25 ")).isEqualByComparingTo("25");
        assertThat(Bounds.AMOUNT.parse("2.5e3")).isEqualByComparingTo("2500");
        assertThatThrownBy(() -> Bounds.AMOUNT.parse("lots")).hasMessageContaining("'lots' is not a number");
        assertThat(Bounds.isNumber("1e999999999")).isTrue();
        assertThat(Bounds.isNumber("12 people")).isFalse();
    }

    @Test
    void aWrittenNumbersCommaSeparatesThousandsInGroupsOfThreeAndNothingElse() {
        assertThat(Bounds.AMOUNT.parseWritten(" 1,234 ")).isEqualByComparingTo("1234");
        assertThat(Bounds.AMOUNT.parseWritten("1,234,567.5")).isEqualByComparingTo("1234567.5");
        assertThat(Bounds.AMOUNT.parseWritten("-3,800")).isEqualByComparingTo("-3800");
        assertThat(Bounds.AMOUNT.parseWritten("12.5")).isEqualByComparingTo("12.5");
        assertThat(Bounds.AMOUNT.parseWritten("2.5e3")).as("an amount may have an exponent").isEqualByComparingTo("2500");
        assertThat(Bounds.COUNT.parseWritten("1,500")).isEqualByComparingTo("1500");
        for (String decimalComma : new String[] {"12,5", "3,80", "1.234,5", "1,23,456", "1,2345", ",5", "1,", "12,5e3", "1,234.5,6"}) {
            Throwable refused = catchThrowable(() -> Bounds.AMOUNT.parseWritten(decimalComma));
            assertThat(refused).as(decimalComma).isInstanceOf(InvalidValueException.class).hasMessage("'" + decimalComma + "' is not a"
                    + " number as written here: write decimals with a point (12.5), and thousands with commas in groups of three or none"
                    + " (1,234 or 1234)");
            assertThat(((InvalidValueException) refused).messageEs()).startsWith("'" + decimalComma + "' no es un número tal como se"
                    + " escribe aquí: los decimales se escriben con punto, no con coma (12.5)");
        }
        Throwable exponent = catchThrowable(() -> Bounds.COUNT.parseWritten("1e3"));
        assertThat(exponent).isInstanceOf(InvalidValueException.class)
                .hasMessage("'1e3' is not a whole number as written here: write it in digits, without an exponent, e.g. 25 or 1,500");
        assertThat(((InvalidValueException) exponent).messageEs()).contains("no es un número entero").contains("sin exponente");
        assertThatThrownBy(() -> Bounds.COUNT.parseWritten("lots")).hasMessageContaining("'lots' is not a number");
        assertThat(Bounds.withoutGrouping("1,234,567")).isEqualTo("1234567");
        assertThat(Bounds.withoutGrouping(" 12.5 ")).isEqualTo("12.5");
    }

    @Test
    void countriesAreIso3166Alpha2() {
        assertThat(Organization.isCountry("MX")).isTrue();
        assertThat(Organization.isCountry("US")).isTrue();
        assertThat(Organization.isCountry("XX")).isFalse();
        assertThat(Organization.isCountry("mx")).isFalse();
        assertThat(Organization.isCountry("USA")).isFalse();
    }

    @Test
    void yearsOutsideTheRangeAreNotYears() {
        assertThat(Years.parse("2017")).hasValue(2017);
        assertThat(Years.parse("1900")).hasValue(1900);
        assertThat(Years.parse("2200")).hasValue(2200);
        assertThat(Years.parse("1899")).isEmpty();
        assertThat(Years.parse("2201")).isEmpty();
        assertThat(Years.parse("0017")).isEmpty();
    }

    @Test
    void anAttributeRefusesAValueOutsideItsBoundsNamingThem() {
        AttributeSpec sites = AttributeSpec.of("sitesPlanned", "Sites planned", AttributeSpec.Kind.INTEGER);
        assertThat(sites.check(-5)).hasValue("'sitesPlanned' must be a whole number from 0 to 1,000,000,000, not -5");
        assertThat(sites.check(new BigDecimal("1E+400"))).hasValue("'sitesPlanned' must be a whole number from 0 to 1,000,000,000, not 1E+400");
        assertThat(sites.check(new BigInteger("123456789012345678901234567890123456789")))
                .hasValueSatisfying(m -> assertThat(m).contains("from 0 to 1,000,000,000").hasSizeLessThan(120));
        AttributeSpec year = AttributeSpec.of("priorityYear", "Priority", AttributeSpec.Kind.INTEGER).asYear();
        assertThat(year.check(2017)).isEmpty();
        assertThat(year.check(17)).hasValue("'priorityYear' must be a whole number from 1900 to 2200, not 17");
        AttributeSpec rating = AttributeSpec.of("stars", "Stars", AttributeSpec.Kind.INTEGER).withRange(1, 5);
        assertThat(rating.check(0)).hasValue("'stars' must be a whole number from 1 to 5, not 0");
        assertThat(AttributeSpec.of("cost", "Cost", AttributeSpec.Kind.MONEY).check(new BigDecimal("10.005")))
                .hasValue("'cost' must be a number from -999,999,999,999,999 to 999,999,999,999,999 with at most 2 decimals, not 10.005");
        assertThat(AttributeSpec.of("c", "C", AttributeSpec.Kind.COUNTS).check(Map.of("cal-fire", -1)))
                .hasValueSatisfying(m -> assertThat(m).contains("each a whole number from 0 to 1,000,000,000"));
        assertThatThrownBy(() -> AttributeSpec.of("t", "T", AttributeSpec.Kind.TEXT).withRange(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeSpec.of("n", "N", AttributeSpec.Kind.INTEGER).withRange(0, new BigDecimal("1e20")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- properties

    @Property
    void anyAmountInsideTheBoundsIsReadBackAsItIsWritten(@ForAll("amounts") BigDecimal amount) {
        assertThat(Bounds.AMOUNT.contains(amount)).isTrue();
        assertThat(Bounds.AMOUNT.parse(amount.toPlainString())).isEqualByComparingTo(amount);
        assertThat(Bounds.AMOUNT.parse(amount.toString())).isEqualByComparingTo(amount);
        assertThat(AttributeSpec.of("n", "N", AttributeSpec.Kind.NUMBER).check(amount)).isEmpty();
    }

    @Property
    void anyAmountOutsideTheBoundsIsRefusedNamingThem(@ForAll("outsideAmounts") BigDecimal amount) {
        assertThat(Bounds.AMOUNT.contains(amount)).isFalse();
        assertThatThrownBy(() -> Bounds.AMOUNT.parse(amount.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AMOUNT_RANGE);
        assertThat(AttributeSpec.of("n", "N", AttributeSpec.Kind.NUMBER).check(amount))
                .hasValueSatisfying(m -> assertThat(m).contains(AMOUNT_RANGE).hasSizeLessThan(200));
    }

    @Property
    void hugeExponentsAreRefusedWithoutBeingExpanded(@ForAll @IntRange(min = 16, max = Integer.MAX_VALUE) int exponent,
            @ForAll boolean negative, @ForAll @IntRange(min = 1, max = 9) int digit) {
        String text = digit + "e" + (negative ? "-" : "") + exponent;
        assertThatThrownBy(() -> Bounds.AMOUNT.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AMOUNT_RANGE);
        assertThat(Bounds.allows(text)).isFalse();
    }

    @Property
    void anyCountInsideIsAcceptedAndAnyNegativeOneRefused(@ForAll @IntRange(min = 0, max = 1_000_000_000) int count,
            @ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int negative) {
        AttributeSpec spec = AttributeSpec.of("participants", "Participants", AttributeSpec.Kind.INTEGER);
        assertThat(spec.check(count)).isEmpty();
        assertThat(Bounds.COUNT.parse(Integer.toString(count)).intValueExact()).isEqualTo(count);
        assertThat(spec.check(negative)).hasValue("'participants' must be a whole number from 0 to 1,000,000,000, not " + negative);
        assertThatThrownBy(() -> Bounds.COUNT.parse(Integer.toString(negative))).hasMessageContaining("from 0 to 1,000,000,000");
    }

    @Property
    void anyTextIsEitherANumberInsideTheBoundsOrRefusedWithAMessage(@ForAll("numberLikeTexts") String text) {
        BigDecimal read;
        try {
            read = Bounds.AMOUNT.parse(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).satisfiesAnyOf(m -> assertThat(m).contains("is not a number"),
                    m -> assertThat(m).contains(AMOUNT_RANGE));
            return;
        }
        assertThat(Bounds.AMOUNT.contains(read)).isTrue();
    }

    @Property
    void anyCountryCodeIsKnownOrRefused(@ForAll("twoLetters") String code) {
        assertThat(Organization.isCountry(code)).isEqualTo(java.util.Set.of(java.util.Locale.getISOCountries()).contains(code));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L), Arbitraries.integers().between(0, 6))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Provide
    Arbitrary<BigDecimal> outsideAmounts() {
        Arbitrary<BigDecimal> tooLarge = Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30)),
                Arbitraries.integers().between(-5000, -1), Arbitraries.of(1, -1))
                .as((digits, scale, sign) -> new BigDecimal(digits.multiply(BigInteger.valueOf(sign)), scale))
                .filter(d -> d.abs().compareTo(Bounds.LIMIT) > 0);
        Arbitrary<BigDecimal> justAbove = Arbitraries.longs().between(1_000_000_000_000_000L, Long.MAX_VALUE).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> tooPrecise = Combinators.combine(Arbitraries.longs().between(1, 999_999_999L).filter(n -> n % 10 != 0),
                Arbitraries.integers().between(7, 5000)).as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        return Arbitraries.oneOf(tooLarge, justAbove, tooPrecise);
    }

    @Provide
    Arbitrary<String> numberLikeTexts() {
        return Arbitraries.strings().withChars("0123456789+-.eE ,x").ofMinLength(0).ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> twoLetters() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    }
}
