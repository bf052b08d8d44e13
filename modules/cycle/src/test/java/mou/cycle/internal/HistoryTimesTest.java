package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.HistoryQuery;
import mou.core.model.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history recorded whole seconds: two changes in the same second had the same time in history.jsonl, in
 * {@code ./mou history} and on the page, and nothing told which came first. It records milliseconds now.
 */
class HistoryTimesTest {

    @TempDir
    Path temp;

    @Test
    void twoChangesInTheSameSecondHaveTheirOwnTimesInTheOrderTheyWereMade() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.laterMillis(120);
        f.ok("rate", "aq-2-1", "Moderate", "--year", "2017", "--rationale", "First.", "--by", "Ana");
        f.laterMillis(250);
        f.ok("rate", "aq-2-1", "Significant", "--year", "2017", "--rationale", "Second.", "--by", "Ana");
        List<HistoryEntry> rates = f.service.history(new HistoryQuery(Acting.of(f.data, null), null, "aq-2-1", 2017, null, null)).entries();
        assertThat(rates).extracting(HistoryEntry::at).containsExactly(Fixture.NOW.plusMillis(120), Fixture.NOW.plusMillis(370));
        String printed = f.ok("history", "--activity", "aq-2-1").out();
        assertThat(printed).contains("2017-04-03T15:20:00.120Z", "2017-04-03T15:20:00.370Z");
        assertThat(printed.indexOf("2017-04-03T15:20:00.120Z")).isLessThan(printed.indexOf("2017-04-03T15:20:00.370Z"));
        assertThat(Instant.parse("2017-04-03T15:20:00.370Z")).isEqualTo(rates.get(1).at());
    }
}
