package mou.core.spi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Numbers written the way the report writes them, in English or Spanish: "3,800 m³", "$252,038", "52%". */
public final class Numbers {

    private Numbers() {
    }

    public static Locale locale(String language) {
        return "es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US;
    }

    /** Grouped digits, at most two decimals. */
    public static String number(BigDecimal value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(language));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "$252,038" for US dollars, "52%" for a percentage, "3,800 m³" for cubic metres, else the number and its unit. */
    public static String amount(BigDecimal value, String unit, String language) {
        if (value == null) {
            return "";
        }
        String number = number(value, language);
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

    /** "a, b and c" (or "a, b y c"). */
    public static String list(List<String> items, String language) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        String last = items.get(items.size() - 1);
        return String.join(", ", items.subList(0, items.size() - 1)) + ("es".equals(language) ? " y " : " and ") + last;
    }
}
