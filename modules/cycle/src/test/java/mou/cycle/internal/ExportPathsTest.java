package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where `export` cannot write, it says why in words and what to do, exits 3 and leaves everything as it was. */
class ExportPathsTest {

    @TempDir
    Path temp;

    Fixture f;
    Map<String, String> workspace;

    @BeforeEach
    void fixture() {
        f = new Fixture(temp);
        workspace = f.files();
    }

    private void assertRefusedInWords(Fixture.Run run) {
        assertThat(run.status()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception", "java.", "at mou.").contains("(--out PATH)");
        assertThat(f.files()).isEqualTo(workspace);
    }

    @Test
    void anExportIntoProcSaysThatNoFileCanBeMadeThere() {
        Fixture.Run xlsx = f.run("export", "air-quality", "2016", "--out", "/proc/x.xlsx");
        Fixture.Run csv = f.run("export", "air-quality", "2016", "--format", "csv", "--out", "/proc/x");

        assertRefusedInWords(xlsx);
        assertThat(xlsx.err()).startsWith("export: could not write the xlsx export /proc/x.xlsx: ")
                .containsAnyOf("files cannot be made in /proc (a system folder, such as /proc, takes no files); choose another folder",
                        "permission denied: you may not create or change files in /proc");
        assertRefusedInWords(csv);
        assertThat(csv.err()).startsWith("export: could not write the csv export /proc/x/air-quality-2016.csv: ")
                .containsAnyOf("no such folder: /proc/x does not exist and could not be made in /proc",
                        "permission denied: you may not create or change files in /proc");
        assertThat(Path.of("/proc/x.xlsx")).doesNotExist();
    }

    @Test
    void anExportBelowAFileSaysThatItIsNotAFolder() throws Exception {
        Path file = Files.writeString(f.home.resolve("notes.txt"), "notes");

        Fixture.Run run = f.run("export", "air-quality", "2016", "--out", "notes.txt/aq.xlsx");

        assertRefusedInWords(run);
        assertThat(run.err()).contains("not a folder: " + file + " is a file, so nothing can be written below it; choose another path");
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    @Test
    void anExportOntoASymbolicLinkIsRefusedAndWhatItPointsToIsLeftAlone() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path secret = Files.writeString(elsewhere.resolve("keep.xlsx"), "not a workbook");
        Path link = Files.createSymbolicLink(f.home.resolve("aq.xlsx"), secret);

        Fixture.Run run = f.run("export", "air-quality", "2016", "--out", "aq.xlsx", "--replace");

        assertRefusedInWords(run);
        assertThat(run.err()).contains(link + " is a symbolic link (to " + secret + "); mou writes only files, never through a link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo("not a workbook");
    }

    /** An export is filled in where it is written: exporting again does not wipe it out unless --replace says so. */
    @Test
    void anExportDoesNotWriteOverAFileThatIsThereUnlessToldTo() throws Exception {
        f.ok("export", "air-quality", "2016", "--out", "aq.xlsx");
        Path filled = f.home.resolve("aq.xlsx");
        Files.writeString(filled, "filled in");

        Fixture.Run again = f.run("export", "air-quality", "2016", "--out", "aq.xlsx");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains(filled + " is there already and may hold what someone filled in").contains("--replace");
        assertThat(Files.readString(filled)).isEqualTo("filled in");
        // one CSV file there already stops them all
        f.ok("export", "air-quality", "2016", "--format", "csv", "--out", "csv");
        Path figures = f.home.resolve("csv/air-quality-2016-figures.csv");
        Files.writeString(figures, "filled in");
        assertThat(f.run("export", "air-quality", "2016", "--format", "csv", "--out", "csv").status()).isEqualTo(2);
        assertThat(Files.readString(figures)).isEqualTo("filled in");

        f.ok("export", "air-quality", "2016", "--out", "aq.xlsx", "--replace");
        assertThat(Files.readAllBytes(filled)).startsWith('P', 'K');
        assertThat(f.files()).isEqualTo(workspace);
    }

    /** Nothing is exported into the workspace, where it would overwrite the workspace's own files outside its transactions. */
    @Test
    void anExportOrATranslatorsFileIsNotWrittenInsideTheWorkspace() throws Exception {
        Fixture.Run plan = f.run("export", "air-quality", "2016", "--out", f.data.resolve("agreement.json").toString(), "--replace");
        Fixture.Run csv = f.run("export", "air-quality", "2016", "--format", "csv", "--out", f.data.resolve("groups").toString());
        Fixture.Run xliff = f.run("translations", "export", "--all", "--out", f.data.resolve("organizations.json").toString());

        for (Fixture.Run run : List.of(plan, csv, xliff)) {
            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("is inside the workspace " + f.data).contains("write it outside the workspace (--out PATH)");
        }
        assertThat(f.files()).isEqualTo(workspace);
    }
}
