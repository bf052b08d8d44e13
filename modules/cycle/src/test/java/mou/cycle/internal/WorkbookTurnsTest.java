package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The one workbook loaded at a time ({@link Xlsx#LOADING}, one permit for the whole process). Alone, with no other test
 * class beside it: this test takes the permit itself, and any other class's import would hold it or wait for it.
 */
@Isolated("takes the process's one workbook-loading permit")
class WorkbookTurnsTest {

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void openedYear() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
    }

    private Path exportXlsx() {
        f.ok("export", "air-quality", "2017", "--out", "aq.xlsx");
        return f.home.resolve("aq.xlsx");
    }

    @Test
    void oneWorkbookIsLoadedAtATimeAndAnotherWaitsOrIsToldToTryAgain() throws Exception {
        Path workbook = exportXlsx();
        // another workbook is being loaded (the one permit taken): this one waits, and is told to try again when it lasts
        assertThat(Xlsx.LOADING.tryAcquire()).isTrue();
        try {
            long start = System.nanoTime();
            Tables.Unreadable busy = null;
            try {
                Xlsx.read(workbook, "aq.xlsx", java.time.Duration.ofMillis(300));
            } catch (Tables.Unreadable e) {
                busy = e;
            }
            assertThat(busy).as("read while another workbook is loaded").isNotNull();
            assertThat(System.nanoTime() - start).as("it waited for the other").isGreaterThanOrEqualTo(300_000_000L);
            assertThat(busy.problems()).containsExactly("aq.xlsx was not read: other workbooks are being read now; try again in a minute");
            assertThat(SheetProblems.spanish(busy.problems(), 0)).contains("inténtelo de nuevo en un minuto");
        } finally {
            Xlsx.LOADING.release();
        }
        // once the other is done, it is read; and a refused workbook gives its permit back too
        assertThat(Xlsx.read(workbook, "aq.xlsx")).containsKey("About");
        HostileSheetsTest.flood(workbook, f.home.resolve("flood.xlsx"), 10_001, 1);
        HostileSheetsTest.unreadable(f.home.resolve("flood.xlsx"), "flood.xlsx");
        assertThat(Xlsx.LOADING.availablePermits()).isEqualTo(1);
    }
}
