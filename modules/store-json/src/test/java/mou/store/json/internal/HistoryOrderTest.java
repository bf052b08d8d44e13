package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mou.core.model.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change's moment is taken before its save waits for the workspace: a save that waited longer than one begun after
 * it was appended after it with an earlier time, and the history, newest first, showed the earlier time above the later.
 * The history's times now go forward as its lines do.
 */
class HistoryOrderTest {

    @TempDir
    Path root;

    static HistoryEntry entry(String at, String subject) {
        return new HistoryEntry(Instant.parse(at), "Ana", "rate", "air-quality", 2017, subject, null, null, "x".repeat(20_000));
    }

    @Test
    void aChangeAppendedAfterALaterOneTakesItsTimeSoTheTimesGoForwardAsTheLinesDo() throws Exception {
        HistoryLog log = new HistoryLog(new LocatedJson(Limits.DEFAULT));
        Path file = root.resolve(HistoryLog.FILE);
        Files.writeString(file, log.pending(root, List.of(entry("2017-04-03T15:20:00.950Z", "aq-1-1"))).lines(), StandardCharsets.UTF_8);
        assertThat(HistoryLog.lastAt(file)).isEqualTo(Instant.parse("2017-04-03T15:20:00.950Z"));

        String lines = log.pending(root, List.of(entry("2017-04-03T15:20:00.900Z", "aq-1-2"), entry("2017-04-03T15:20:01.100Z", "aq-1-3")))
                .lines();
        assertThat(lines).contains("{\"at\":\"2017-04-03T15:20:00.950Z\",\"by\":\"Ana\",\"action\":\"rate\",\"groupId\":\"air-quality\","
                + "\"year\":2017,\"subject\":\"aq-1-2\"").contains("{\"at\":\"2017-04-03T15:20:01.100Z\"").doesNotContain("00.900Z");
        Files.writeString(file, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(HistoryLog.lastAt(file)).isEqualTo(Instant.parse("2017-04-03T15:20:01.100Z"));
        // a last line cut short is no entry: the one before it says the time
        Files.writeString(file, "{\"at\":\"2017-04-03T15:30:00Z\",\"by\":", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(HistoryLog.lastAt(file)).isEqualTo(Instant.parse("2017-04-03T15:20:01.100Z"));
    }
}
