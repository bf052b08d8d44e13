package mou.core.spi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Numbers written the way the report writes them, in English or Spanish: "3,800 m³", "$252,038", "52%". */
public final class Numbers {

    /** The locale of Spanish reports: Mexico's, whose numbers are written like the US's ("3,800.5"). */
    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private Numbers() {
    }

    public static Locale locale(String language) {
        return "es".equals(language) ? SPANISH : Locale.US;
    }

    /** Grouped digits, at most two decimals. */
    public static String number(BigDecimal value, String language) {
        return format(value, locale(language));
    }

    /**
     * A number as {@code NumberFormat.getNumberInstance(locale)} with at most two fraction digits
     * writes it, for {@link Locale#US} and {@link #SPANISH}. The report writes a number in most
     * rows; a NumberFormat costs more to make than to use, and is not safe to share between
     * threads, so the common case (no rounding needed) is written here and only the rest is
     * handed to a NumberFormat.
     */
    static String format(BigDecimal value, Locale locale) {
        String plain = plain(value);
        if (plain != null) {
            return plain;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * A number that is not negative and has at most two decimals with its digits grouped by
     * commas, its decimals after a point without trailing zeros ("1,234.5"), as both report
     * locales write it; null for any other number (and null), which needs a NumberFormat.
     */
    static String plain(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.scale() < 0 || value.scale() > 2) {
            return null;
        }
        String digits = value.toPlainString();
        int point = digits.indexOf('.');
        int integerEnd = point < 0 ? digits.length() : point;
        int end = digits.length();
        if (point >= 0) {
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            if (end == point + 1) {
                end = point;
            }
        }
        StringBuilder out = new StringBuilder(end + integerEnd / 3);
        int lead = integerEnd % 3 == 0 ? 3 : integerEnd % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < integerEnd; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.append(digits, integerEnd, end).toString();
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
            default -> number + " " + mou.core.report.Labels.forLanguage(language).unit(unit);
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
