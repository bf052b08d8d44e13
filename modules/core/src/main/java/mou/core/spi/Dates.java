package mou.core.spi;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import mou.core.model.DateSpan;

/** Writes a {@link DateSpan} as a person reads it: "June 7, 2016", "October 20–21, 2016", "February 2016". */
public final class Dates {

    private Dates() {
    }

    public static String format(DateSpan span, String language) {
        Locale locale = "es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US;
        boolean es = "es".equals(language);
        var s = span.start();
        var e = span.end();
        return switch (span.precision()) {
            case YEAR -> span.isSpan() ? s.getYear() + "–" + e.getYear() : String.valueOf(s.getYear());
            case MONTH -> {
                String first = month(s, locale);
                if (!span.isSpan()) {
                    yield first + (es ? " de " : " ") + s.getYear();
                }
                String last = month(e, locale);
                yield s.getYear() == e.getYear()
                        ? first + "–" + last + (es ? " de " : " ") + e.getYear()
                        : first + " " + s.getYear() + " – " + last + " " + e.getYear();
            }
            case DAY -> {
                if (!span.isSpan()) {
                    yield es ? s.getDayOfMonth() + " de " + month(s, locale) + " de " + s.getYear()
                            : DateTimeFormatter.ofPattern("MMMM d, yyyy", locale).format(s);
                }
                if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
                    yield es ? s.getDayOfMonth() + "–" + e.getDayOfMonth() + " de " + month(s, locale) + " de " + s.getYear()
                            : month(s, locale) + " " + s.getDayOfMonth() + "–" + e.getDayOfMonth() + ", " + s.getYear();
                }
                yield format(DateSpan.ofDay(s), language) + " – " + format(DateSpan.ofDay(e), language);
            }
        };
    }

    private static String month(java.time.LocalDate date, Locale locale) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }
}
