package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mou.core.command.CommandException;
import mou.core.command.Status;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    private final ExtensionRegistry registry = new ExtensionRegistry();
    private final ReportFiles writer = new ReportFiles(registry);
    private final ReportDocument document = new ReportDocument("Progress Report 2016", null, "en", 2016, List.of());

    /** Writes "ID: TITLE", then fails when told to; closes the stream it was given, as some writers do. */
    private static ReportFormat format(String id, String extension, RuntimeException failure) {
        return new ReportFormat() {
            public String id() {
                return id;
            }

            public String fileExtension() {
                return extension;
            }

            public String mediaType() {
                return "text/plain";
            }

            public void render(ReportDocument document, OutputStream out) throws IOException {
                out.write((id + ": " + document.title()).getBytes(StandardCharsets.UTF_8));
                out.close();
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void formatsAreChosenByIdInTheOrderGivenEachOnceOrAllInstalled() throws CommandException {
        ReportFormat html = format("html", "html", null);
        ReportFormat md = format("md", "md", null);
        registry.addFormat(html);
        registry.addFormat(md);

        assertThat(writer.formats("report", Optional.of(" MD ,html,md,"))).containsExactly(md, html);
        assertThat(writer.formats("report", Optional.empty())).containsExactlyInAnyOrder(html, md);
        assertThatThrownBy(() -> writer.formats("publish", Optional.of("pdf"))).isInstanceOfSatisfying(CommandException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.USAGE);
            assertThat(e.getMessage()).isEqualTo("publish: unknown format 'pdf'; installed formats: html, md");
        });
        assertThatThrownBy(() -> writer.formats("report", Optional.of(" , "))).hasMessage(
                "report: --format needs at least one format id, e.g. --format html,md");
    }

    @Test
    void withoutFormatsInstalledItSaysWhichBundlesProvideThem() {
        assertThatThrownBy(() -> writer.formats("report", Optional.empty())).hasMessageContaining(
                "report: no report format is installed; the platform bundles format-html");
        assertThatThrownBy(() -> writer.formats("report", Optional.of("html"))).hasMessage(
                "report: unknown format 'html'; installed formats: none");
    }

    @Test
    void writesEveryFormatIntoTheFolderAndReplacesEarlierFiles() throws Exception {
        Path out = dir.resolve("out/deeper");
        Files.createDirectories(out);
        Files.writeString(out.resolve("progress-report-2016-es.md"), "old");

        List<Path> written = writer.write("report", document, List.of(format("md", "MD", null), format("html", "html", null)), out,
                ReportWriter.annualStem(2016, "es"));

        assertThat(written).containsExactly(out.resolve("progress-report-2016-es.md"), out.resolve("progress-report-2016-es.html"));
        assertThat(Files.readString(written.get(0))).isEqualTo("md: Progress Report 2016");
        assertThat(Files.readString(written.get(1))).isEqualTo("html: Progress Report 2016");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no temporary file is left").hasSize(2);
        }
    }

    @Test
    void aFailingFormatLeavesEveryEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
        Files.writeString(dir.resolve("progress-report-2016.md"), "old");

        assertThatThrownBy(() -> writer.write("publish", document,
                List.of(format("md", "md", null), format("html", "html", new IllegalStateException("no template"))), dir, "progress-report-2016"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.FAILED);
                    assertThat(e.getMessage()).isEqualTo("publish: the html format failed: no template; nothing was written");
                });
        assertThat(files()).containsExactly("progress-report-2016.md");
        assertThat(Files.readString(dir.resolve("progress-report-2016.md"))).isEqualTo("old");
    }

    @Test
    void unusableExtensionsAndTwoFormatsForOneFileAreRefusedBeforeAnythingIsWritten() throws IOException {
        assertThatThrownBy(() -> writer.write("report", document, List.of(format("odd", "../x", null)), dir, "r"))
                .hasMessage("report: the format 'odd' gives an unusable file extension '../x'; nothing was written");
        assertThatThrownBy(() -> writer.write("report", document, List.of(format("a", "txt", null), format("b", "TXT", null)), dir, "r"))
                .hasMessage("report: two formats write r.txt; choose one with --format");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> writer.write("report", document, List.of(format("md", "md", null)), file.resolve("out"), "r"))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.status()).isEqualTo(Status.FAILED))
                .hasMessage("report: could not write into " + file.resolve("out") + ": not a folder: " + file
                        + " is a file, so nothing can be written below it; choose another path");
    }

    @Test
    void aReportFileThatIsASymbolicLinkIsRefusedAndNothingIsWritten() throws IOException {
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("keep.md"), "keep");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("r.md"), elsewhere);

        assertThatThrownBy(() -> writer.write("report", document, List.of(format("md", "md", null), format("txt", "txt", null)), out, "r"))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.status()).isEqualTo(Status.FAILED))
                .hasMessageContaining(out.resolve("r.md") + " is a symbolic link (to " + elsewhere + "); mou writes only files, never through a link");
        assertThat(Files.readString(elsewhere)).isEqualTo("keep");
        assertThat(out.toFile().list()).containsExactly("r.md");
    }

    @Test
    void fileNamesSayTheYearTheQuarterAndTheLanguageUnlessEnglish() {
        assertThat(ReportWriter.annualStem(2016, "en")).isEqualTo("progress-report-2016");
        assertThat(ReportWriter.annualStem(2016, "es")).isEqualTo("progress-report-2016-es");
        assertThat(ReportWriter.quarterlyStem("air-quality", 2016, 3, "en")).isEqualTo("quarterly-report-air-quality-2016-Q3");
        assertThat(ReportWriter.quarterlyStem("air-quality", 2016, 3, "es")).isEqualTo("quarterly-report-air-quality-2016-Q3-es");
    }
}
