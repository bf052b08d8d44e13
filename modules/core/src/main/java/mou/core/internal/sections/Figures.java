package mou.core.internal.sections;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import mou.core.model.Metric;

/** Writes figures for people: grouped digits, currency before amounts, percent signs. */
final class Figures {

    private Figures() {
    }

    static String value(Metric metric, String language) {
        return amount(metric.value(), metric.unit(), language);
    }

    static String amount(BigDecimal value, String unit, String language) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance("es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US);
        format.setMaximumFractionDigits(2);
        String number = format.format(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return switch (unit) {
            case "USD" -> "$" + number;
            case "%" -> number + "%";
            case "m3" -> number + " m³";
            default -> number + " " + unit;
        };
    }
}
