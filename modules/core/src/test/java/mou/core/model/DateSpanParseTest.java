package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DateSpan#parse} reads digits itself; it accepts and rejects exactly what the java.time parsers did. */
class DateSpanParseTest {

    /** The parsing of one date as it was written with java.time's ISO parsers. */
    private static DateSpan reference(String part) {
        try {
            switch (part.length()) {
                case 4: {
                    int year = Integer.parseInt(part);
                    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DateSpan.Precision.YEAR);
                }
                case 7: {
                    YearMonth month = YearMonth.parse(part);
                    return new DateSpan(month.atDay(1), month.atEndOfMonth(), DateSpan.Precision.MONTH);
                }
                case 10:
                    return DateSpan.ofDay(LocalDate.parse(part));
                default:
                    return null;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static DateSpan parsed(String text) {
        try {
            return DateSpan.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void acceptsAndRejectsWhatTheIsoParsersDid() {
        List<String> texts = new ArrayList<>(List.of("2016", "0000", "+201", "-201", "2016-00", "2016-13", "2016-12", "0000-01",
                "+201-01", "-201-01", "2016-1 ", "2016_01", "２０１６-01", "2016-02-29", "2015-02-29", "2016-02-30", "2016-04-31",
                "2016-00-10", "2016-01-00", "2016-01-32", "9999-12-31", "0000-01-01", "+016-01-01", "2016-1-011", "2016/01/01",
                "20160101", "2016-06-07", "2016-6-07", "201６-06-07", "2016-06-0７", "abcd-ef-gh", "2016-06-07T", "   "));
        Random random = new Random(7);
        String alphabet = "0123456789-+/ x";
        for (int i = 0; i < 20_000; i++) {
            int length = new int[] {4, 7, 10}[random.nextInt(3)];
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < length; c++) {
                // mostly well-formed, with a wrong character here and there
                char wellFormed = (length > 4 && (c == 4 || c == 7)) ? '-' : (char) ('0' + random.nextInt(10));
                text.append(random.nextInt(12) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : wellFormed);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            DateSpan expected = text.indexOf('/') < 0 ? reference(text.trim()) : null;
            if (text.indexOf('/') < 0) {
                assertThat(parsed(text)).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void readsEveryDayOfSomeYears() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.getYear() < 2031; day = day.plusDays(1)) {
            assertThat(DateSpan.parse(day.toString())).isEqualTo(DateSpan.ofDay(day));
            String month = YearMonth.from(day).toString();
            assertThat(DateSpan.parse(month)).isEqualTo(reference(month));
        }
    }

    @Test
    void spansJoinTwoDatesOfOnePrecision() {
        assertThat(DateSpan.parse(" 2016-10-20/2016-10-21 ")).isEqualTo(new DateSpan(LocalDate.of(2016, 10, 20), LocalDate.of(2016, 10, 21),
                DateSpan.Precision.DAY));
        assertThat(DateSpan.parse("2015/2016")).isEqualTo(new DateSpan(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
                DateSpan.Precision.YEAR));
        assertThat(parsed("2016-10-20/")).isNull();
        assertThat(parsed("/2016-10-20")).isNull();
        assertThat(parsed("2016/2017/2018")).isNull();
        assertThat(parsed("2016-10-20 /2016-10-21")).isNull();
    }
}
