package mou.group.airquality.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers written the way the report writes them, in English or Spanish. */
final class Words {

    static final String SEPARATOR = " · ";

    private Words() {
    }

    static Locale locale(String language) {
        return "es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US;
    }

    static String number(BigDecimal value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(language));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "$252,038" for US dollars, "52%" for a percentage, else the number and its unit. */
    static String amount(BigDecimal value, String unit, String language) {
        if (value == null) {
            return "";
        }
        if ("USD".equals(unit)) {
            return "$" + number(value, language);
        }
        if ("%".equals(unit)) {
            return number(value, language) + "%";
        }
        return unit == null || unit.isBlank() ? number(value, language) : number(value, language) + " " + unit;
    }
}
