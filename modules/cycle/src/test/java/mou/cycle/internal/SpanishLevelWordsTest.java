package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.model.ProgressLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A level written in the Spanish words of the Progress Key ("Avance moderado", as the Spanish pages and report call
 * it) is read as that level, in a workbook's Level cell and by rate; it was refused as "not a level of the Progress Key".
 */
class SpanishLevelWordsTest {

    @TempDir
    Path temp;

    @Test
    void aLevelInSpanishWordsIsReadInAWorkbookCellAndByRate() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        Path assessments = f.home.resolve("csv/air-quality-2017-assessments.csv");
        List<String> lines = Files.readAllLines(assessments, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(",aq-3-1,")) {
                String line = lines.get(i);
                int level = line.indexOf("\"Significant Progress\",\"Level carried");
                assertThat(level).as(line).isPositive();
                // the Level and Rationale cells rewritten, the rest of the row (evidence, Spanish) as exported
                String rest = line.substring(line.indexOf("\",", line.indexOf("Level carried")) + 2);
                lines.set(i, line.substring(0, level) + "avance MODERADO,\"The network lost two stations.\"," + rest);
            }
        }
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        f.ok("import", "csv");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);

        f.ok("rate", "aq-1-1", "Entregable logrado", "--rationale", "ProAire was adopted.");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(Workbench.level("Sin avance")).contains(ProgressLevel.NO_PROGRESS);
        assertThat(Workbench.level("Avance excelente")).isEmpty();
    }
}
