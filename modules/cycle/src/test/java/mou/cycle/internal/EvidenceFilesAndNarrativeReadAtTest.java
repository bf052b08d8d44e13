package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.EvidenceFile;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.cycle.Saved;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Assessment;
import mou.core.model.Link;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cycle API 1.3: evidence files kept with a rating in one transaction; a narrative part written only as it was read. */
class EvidenceFilesAndNarrativeReadAtTest {

    @TempDir
    Path temp;
    Fixture f;
    Acting ana;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", "the 2017 cycle starts"), 2017, null));
        ana = new Acting(f.data, "Ana", null);
    }

    private static EvidenceFile file(String name, String content) {
        return new EvidenceFile(null, name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsKeptInsideTheWorkspaceUnderAGeneratedNameWithTheRatingAndItsHistory() throws Exception {
        int entries = f.history().size();
        Saved<Assessment> saved = f.service.rate(new Rate(ana, "aq-1-1", 2017, "moderate", Text.of("Minutes attached."),
                List.of(new Link(Text.of("Plan"), "https://example.org/plan")), List.of(file("Minutes May.pdf", "%PDF-1.4 minutes"))));

        List<Link> evidence = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence();
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(1).title().en()).isEqualTo("Minutes May.pdf");
        String url = evidence.get(1).url();
        assertThat(url).matches("evidence/air-quality/2017/aq-1-1-[0-9a-f]{12}\\.pdf");
        assertThat(Files.readString(f.data.resolve(url))).isEqualTo("%PDF-1.4 minutes");
        assertThat(saved.files()).contains(url);
        assertThat(f.history()).hasSize(entries + 1);
        assertThat(f.history().get(entries).after().toString()).contains(url);
        // no staging folder is left
        try (Stream<Path> left = Files.list(f.data.resolve("evidence/air-quality"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2017");
        }
    }

    @Test
    void aNameWithAFolderADisallowedTypeAnEmptyOrTooLargeFileIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
        String before = Files.readString(f.data.resolve("groups/air-quality/2017.json"));
        int entries = f.history().size();
        CycleException e = catchThrowableOfType(CycleException.class, () -> f.service.rate(new Rate(ana, "aq-1-1", 2017, "moderate",
                Text.of("Files."), null, List.of(file("../../agreement.json.pdf", "x"), file("run.exe", "MZ"), file("empty.pdf", ""),
                        file("C:\\evidence\\a.pdf", "x"), new EvidenceFile(null, "big.pdf", new byte[EvidenceFile.MAX_BYTES + 1])))));
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("files[0]", "files[1]", "files[2]", "files[3]", "files[4]");
        assertThat(e.problems().get(1).message()).contains(".exe").contains("pdf");
        assertThat(Files.readString(f.data.resolve("groups/air-quality/2017.json"))).isEqualTo(before);
        assertThat(f.data.resolve("evidence")).doesNotExist();
        assertThat(f.history()).hasSize(entries);
    }

    @Test
    void aRatingWithAFileRefusedAsAConflictLeavesNoFileAndNoFolder() throws Exception {
        String readAt = PartVersion.of(f.year("air-quality", 2017).assessment("aq-1-1").orElse(null));
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "moderate", Text.of("Ana's reason."), null));
        CycleException e = catchThrowableOfType(CycleException.class, () -> f.service.rate(new Rate(new Acting(f.data, "Bruno", null)
                .readAt(readAt), "aq-1-1", 2017, "initial", Text.of("Bruno's reason."), null, List.of(file("a.pdf", "x")))));
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(f.data.resolve("evidence")).doesNotExist();
    }

    @Test
    void aNarrativePartReadBeforeSomeoneElsesChangeIsRefusedAsAConflictAndNothingIsSaved() throws Exception {
        List<Text> shown = f.year("air-quality", 2017).narrative().summary();
        String readAt = PartVersion.of(shown);
        f.service.narrative(new WriteNarrative(ana.readAt(readAt), "air-quality", 2017, "summary", List.of(Text.of("Ana's summary.")), false));
        int entries = f.history().size();

        CycleException e = catchThrowableOfType(CycleException.class, () -> f.service.narrative(new WriteNarrative(
                new Acting(f.data, "Bruno", null).readAt(readAt), "air-quality", 2017, "summary", List.of(Text.of("Bruno's summary.")), false)));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("readAt");
        assertThat(f.year("air-quality", 2017).narrative().summary()).containsExactly(Text.of("Ana's summary."));
        assertThat(f.history()).hasSize(entries);
        // read again, Bruno's change goes through, and both are in the history
        String now = PartVersion.of(f.year("air-quality", 2017).narrative().summary());
        f.service.narrative(new WriteNarrative(new Acting(f.data, "Bruno", null).readAt(now), "air-quality", 2017, "summary",
                List.of(Text.of("Bruno's summary.")), false));
        assertThat(f.year("air-quality", 2017).narrative().summary()).containsExactly(Text.of("Bruno's summary."));
        assertThat(f.history().subList(entries - 1, entries + 1)).extracting(h -> h.by()).containsExactly("Ana", "Bruno");
    }
}
