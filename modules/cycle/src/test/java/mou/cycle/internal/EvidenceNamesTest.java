package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.cycle.EvidenceFile;
import org.junit.jupiter.api.Test;

/**
 * The names the service gives evidence files are the names the one rule knows ({@link EvidenceFile#keptName}), which the web
 * application serves by: a long activity id (longer than the web's own pattern once allowed) included.
 */
class EvidenceNamesTest {

    @Test
    void everyNameTheServiceMakesIsAKeptName() {
        List<String> given = EvidenceFile.TYPES.stream().map(t -> "Minutes of the meeting." + t.toUpperCase(java.util.Locale.ROOT)).toList();
        for (String activity : List.of("aq-1-1", "cc-2017-" + "border-meeting-".repeat(10) + "1")) {
            List<String> names = EvidenceFiles.names(activity, given);
            assertThat(names).hasSize(given.size()).allSatisfy(n -> {
                assertThat(n).startsWith(activity + "-");
                assertThat(EvidenceFile.keptName(n)).as(n).isTrue();
            });
        }
        assertThat(EvidenceFiles.folder("air-quality", 2017)).isEqualTo(EvidenceFile.folder("air-quality", 2017)).isEqualTo("evidence/air-quality/2017");
    }

    @Test
    void noOtherNameIsKept() {
        assertThat(List.of("../aq-1-1.pdf", "Minutes.pdf", "aq-1-1.exe", ".pdf", "aq-1-1", "aq-1-1.PDF", "aq_1.pdf", "a/b.pdf", "")).noneMatch(
                EvidenceFile::keptName);
        assertThat(EvidenceFile.keptName(null)).isFalse();
        assertThat(EvidenceFile.keptName("a".repeat(252) + ".pdf")).isFalse();
    }
}
