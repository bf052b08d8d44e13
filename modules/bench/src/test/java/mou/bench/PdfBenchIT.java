package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF benchmark as small as it goes (one render of each report, a synthetic workspace of one
 * group): each report gives a time and a whole PDF in both languages. About a minute on a busy machine.
 */
@Slow
class PdfBenchIT {

    @TempDir
    Path out;

    @Test
    void theShippedAndASyntheticReportAreMeasuredInBothLanguages() throws Exception {
        String table = PdfBench.run(Path.of("../..").toAbsolutePath().normalize(), 1, 0, 1, 1, "2g", out);

        assertThat(table).contains("| shipped report (5 groups) | en | ").contains("| shipped report (5 groups) | es | ")
                .contains("| synthetic workspace, 1 group | en | ").contains("| synthetic workspace, 1 group | es | ")
                .doesNotContain("NaN").doesNotContain("ran out");
        for (String name : new String[] {"shipped-en.pdf", "shipped-es.pdf", "synthetic-1-en.pdf", "synthetic-1-es.pdf"}) {
            byte[] pdf = Files.readAllBytes(out.resolve(name));
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).as(name).isEqualTo("%PDF-");
        }
        assertThat(out.resolve("pdf-bench.md")).content().isEqualTo(table);
    }
}
