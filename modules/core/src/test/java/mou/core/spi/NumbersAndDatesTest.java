package mou.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import mou.core.model.DateSpan;
import org.junit.jupiter.api.Test;

/** The numbers and dates the report writes without a formatter are the ones the formatters wrote. */
class NumbersAndDatesTest {

    private static String formatted(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    @Test
    void numbersAreWrittenAsNumberFormatWritesThem() {
        List<BigDecimal> values = new ArrayList<>();
        for (String v : new String[] {"0", "0.0", "0.00", "0.5", "0.05", "0.50", "1", "12", "123", "999", "1000", "1000.10", "12345.6",
                "123456.78", "1234567", "100000000000000000000000", "2.005", "2.015", "1.999", "-0.001", "-5", "-1234.5", "1E+3", "3.80E+3",
                "0.001", "12.345"}) {
            values.add(new BigDecimal(v));
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(10_000_000) - 1_000;
            values.add(BigDecimal.valueOf(unscaled, random.nextInt(6) - 1));
        }
        for (Locale locale : new Locale[] {Locale.US, Numbers.SPANISH}) {
            for (BigDecimal value : values) {
                assertThat(Numbers.format(value, locale)).as("%s in %s", value, locale).isEqualTo(formatted(value, locale));
            }
        }
        assertThat(Numbers.number(new BigDecimal("252038"), "en")).isEqualTo("252,038");
        assertThat(Numbers.amount(new BigDecimal("3800"), "m3", "es")).isEqualTo("3,800 m³");
    }

    @Test
    void attributeNumbersAreWrittenAsBefore() {
        AttributeSpec count = AttributeSpec.of("n", "N", AttributeSpec.Kind.INTEGER).withUnit("samples");
        AttributeSpec money = AttributeSpec.of("m", "M", AttributeSpec.Kind.MONEY);
        for (Object value : new Object[] {0, 7, 1234, -1234, 1234567L, 2.5, 1.005, 1e20, new BigDecimal("12.50")}) {
            String number = formatted(new BigDecimal(value.toString()), Locale.US);
            assertThat(count.display(value, "en")).isEqualTo(number + " samples");
            assertThat(money.display(value, "es")).isEqualTo("$" + formatted(new BigDecimal(value.toString()), Numbers.SPANISH));
        }
    }

    /**
     * A quantity attribute (a deliverable's "achieved": {"value": 15000, "unit": "tires"}) and a number with a unit are written as
     * the reports write a figure, in the page's or report's language: the deliverable's page in Spanish read "15,000 tires",
     * "6,000 m3" where the report says "15,000 llantas", "6,000 m³".
     */
    @Test
    void aQuantitysUnitIsWrittenAsTheReportsWriteItInEachLanguage() {
        AttributeSpec achieved = AttributeSpec.of("achieved", "Collected", "Recolectadas", AttributeSpec.Kind.QUANTITY);
        java.util.Map<String, Object> tires = java.util.Map.of("value", 15000, "unit", "tires");
        java.util.Map<String, Object> volume = java.util.Map.of("value", new BigDecimal("6000"), "unit", "m3");
        assertThat(achieved.display(tires, "es")).isEqualTo("15,000 llantas");
        assertThat(achieved.display(tires, "en")).isEqualTo("15,000 tires");
        assertThat(achieved.display(volume, "es")).isEqualTo("6,000 m³");
        assertThat(achieved.display(java.util.Map.of("value", 2, "unit", "bags"), "es")).as("a unit the reports do not know: as given")
                .isEqualTo("2 bags");
        AttributeSpec count = AttributeSpec.of("n", "N", AttributeSpec.Kind.INTEGER).withUnit("samples");
        assertThat(count.display(355, "es")).isEqualTo("355 muestras");
    }

    @Test
    void datesAreWrittenAsTheFormattersWroteThem() {
        DateTimeFormatter english = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
        for (LocalDate day = LocalDate.of(1995, 1, 1); day.getYear() < 2035; day = day.plusDays(1)) {
            assertThat(Dates.format(DateSpan.ofDay(day), "en")).isEqualTo(english.format(day));
            assertThat(Dates.format(DateSpan.ofDay(day), "es")).isEqualTo(day.getDayOfMonth() + " de "
                    + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Numbers.SPANISH) + " de " + day.getYear());
        }
        for (int year : new int[] {1, 999, 1000, 9999, 10000, 123456}) {
            LocalDate day = LocalDate.of(year, 3, 4);
            assertThat(Dates.format(DateSpan.ofDay(day), "en")).isEqualTo(english.format(day));
        }
        assertThat(Dates.format(DateSpan.parse("2016-09/2016-10"), "es")).isEqualTo("septiembre–octubre de 2016");
        assertThat(Dates.format(DateSpan.parse("2015-12/2016-01"), "en")).isEqualTo("December 2015 – January 2016");
    }
}
