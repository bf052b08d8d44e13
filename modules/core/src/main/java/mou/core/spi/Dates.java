package mou.core.spi;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import mou.core.model.DateSpan;

/** Writes a {@link DateSpan} as a person reads it: "June 7, 2016", "October 20–21, 2016", "February 2016". */
public final class Dates {

    // Month names as TextStyle.FULL gives them, looked up once each: the report writes a date in
    // many rows, and each lookup through java.time builds a formatter. Filled as they are first
    // needed (a race writes the same name twice, harmlessly).
    private static final String[] ENGLISH_MONTHS = new String[12];
    private static final String[] SPANISH_MONTHS = new String[12];

    private Dates() {
    }

    public static String format(DateSpan span, String language) {
        boolean es = "es".equals(language);
        var s = span.start();
        var e = span.end();
        return switch (span.precision()) {
            case YEAR -> span.isSpan() ? s.getYear() + "–" + e.getYear() : String.valueOf(s.getYear());
            case MONTH -> {
                String first = month(s, es);
                if (!span.isSpan()) {
                    yield first + (es ? " de " : " ") + s.getYear();
                }
                String last = month(e, es);
                yield s.getYear() == e.getYear()
                        ? first + "–" + last + (es ? " de " : " ") + e.getYear()
                        : first + " " + s.getYear() + " – " + last + " " + e.getYear();
            }
            case DAY -> {
                if (!span.isSpan()) {
                    yield es ? s.getDayOfMonth() + " de " + month(s, es) + " de " + s.getYear() : englishDay(s);
                }
                if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
                    yield es ? s.getDayOfMonth() + "–" + e.getDayOfMonth() + " de " + month(s, es) + " de " + s.getYear()
                            : month(s, es) + " " + s.getDayOfMonth() + "–" + e.getDayOfMonth() + ", " + s.getYear();
                }
                yield format(DateSpan.ofDay(s), language) + " – " + format(DateSpan.ofDay(e), language);
            }
        };
    }

    /**
     * "June 7, 2016", as the pattern {@code "MMMM d, yyyy"} writes it; the pattern itself only
     * for years it pads or signs (before 1000, after 9999).
     */
    private static String englishDay(LocalDate day) {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(day);
        }
        return month(day, false) + " " + day.getDayOfMonth() + ", " + year;
    }

    private static String month(LocalDate date, boolean es) {
        String[] names = es ? SPANISH_MONTHS : ENGLISH_MONTHS;
        int i = date.getMonthValue() - 1;
        String name = names[i];
        if (name == null) {
            name = Month.of(i + 1).getDisplayName(TextStyle.FULL, es ? Numbers.SPANISH : Locale.US);
            names[i] = name;
        }
        return name;
    }
}
