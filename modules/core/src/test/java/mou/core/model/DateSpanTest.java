package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import mou.core.spi.Dates;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    @Test
    void readsEachPrecisionAndWritesItBack() {
        assertThat(DateSpan.parse("2016").start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(DateSpan.parse("2016").end()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(DateSpan.parse("2016-02").end()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(DateSpan.parse("2016-10-20/2016-10-21").precision()).isEqualTo(DateSpan.Precision.DAY);
        for (String iso : new String[] {"2016", "2016-02", "2016-06-07", "2016-10-20/2016-10-21", "2016-10-24/2016-11-04", "2016-09/2016-10"}) {
            assertThat(DateSpan.parse(iso).iso()).isEqualTo(iso);
        }
    }

    @Test
    void rejectsWhatIsNotADateWithAMessageForPeople() {
        assertThatThrownBy(() -> DateSpan.parse("June 7, 2016")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> DateSpan.parse("2016-13")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> DateSpan.parse("2016-10-21/2016-10-20")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> DateSpan.parse("2016/2016-10-20")).hasMessageContaining("mixes precisions");
    }

    @Test
    void aDateWithTheYearLastIsRefusedSayingHowToWriteItInBothLanguages() {
        // day first as in Mexico: it said "has more than one '/'; write a span as START/END", which sent people elsewhere
        assertThatThrownBy(() -> DateSpan.parse("15/08/2017")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("'15/08/2017' has the year last; write the year first, YYYY-MM-DD: 2017-08-15");
            assertThat(e.messageEs()).isEqualTo("'15/08/2017' tiene el año al final; escriba primero el año, AAAA-MM-DD: 2017-08-15");
        });
        // month first as in California, and a date either way round: both readings
        assertThatThrownBy(() -> DateSpan.parse("08/15/2017")).hasMessageEndingWith("AAAA-MM-DD: 2017-08-15".replace("AAAA", "YYYY"));
        assertThatThrownBy(() -> DateSpan.parse("8-5-2017")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getMessage()).endsWith("YYYY-MM-DD: 2017-05-08 if the day comes first, 2017-08-05 if the month comes first");
            assertThat(e.messageEs()).endsWith("AAAA-MM-DD: 2017-05-08 si va primero el día, 2017-08-05 si va primero el mes");
        });
        assertThatThrownBy(() -> DateSpan.parse("31.02.2017")).hasMessageEndingWith("write the year first, YYYY-MM-DD: e.g. 2017-06-07");
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(DateSpan.parse("2016-02")).isLessThan(DateSpan.parse("2016-02-15"));
        assertThat(DateSpan.parse("2016-04-25/2016-04-29")).isLessThan(DateSpan.parse("2016-05-12"));
    }

    @Test
    void formatsForReadersInBothLanguages() {
        assertThat(Dates.format(DateSpan.parse("2016-06-07"), "en")).isEqualTo("June 7, 2016");
        assertThat(Dates.format(DateSpan.parse("2016-10-20/2016-10-21"), "en")).isEqualTo("October 20–21, 2016");
        assertThat(Dates.format(DateSpan.parse("2016-10-24/2016-11-04"), "en")).isEqualTo("October 24, 2016 – November 4, 2016");
        assertThat(Dates.format(DateSpan.parse("2016-02"), "en")).isEqualTo("February 2016");
        assertThat(Dates.format(DateSpan.parse("2016-06-07"), "es")).isEqualTo("7 de junio de 2016");
    }
}
