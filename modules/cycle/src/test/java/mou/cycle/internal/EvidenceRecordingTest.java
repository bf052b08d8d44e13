package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rate --evidence` refuses what a browser would run, however it is spelt, and records nothing. */
class EvidenceRecordingTest {

    @TempDir
    Path temp;

    @Test
    void addressesThatRunCodeOrHideControlCharactersAreRefusedAndNothingChanges() {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        Map<String, String> before = f.files();
        int history = f.history().size();

        for (String url : List.of("java\tscript:alert(1)", "java\nscript:alert(1)", "javascript:alert(1)", "JAVASCRIPT:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "\u0001javascript:alert(1)", "https://exa\tmple.org")) {
            Fixture.Run run = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", url);

            assertThat(run.status()).as(url + "\n" + run).isEqualTo(Status.USAGE);
            assertThat(run.err()).as(url).containsAnyOf("holds a tab, line break or other invisible character",
                    "address, which a browser would run or open as a page").doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
        }
        Fixture.Run tab = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", "java\tscript:alert(1)");
        assertThat(tab.err()).contains("'java<U+0009>script:alert(1)' holds a tab");
        assertThat(f.files()).isEqualTo(before);
        assertThat(f.history()).hasSize(history);

        f.ok("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", " https://example.org/aq ");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence())
                .extracting(l -> l.url()).containsExactly("https://example.org/aq");
    }
}
