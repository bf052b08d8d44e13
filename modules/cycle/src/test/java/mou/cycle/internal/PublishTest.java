package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.internal.ReportAssembler;
import mou.core.model.HistoryEntry;
import mou.core.model.Text;
import mou.core.report.Section;
import mou.core.spi.Extensions;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * publish through the core's real report service: a year whose report would miss a part is not
 * published unless the program office says why, and then the reason is in the history and in the
 * report.
 */
class PublishTest {

    static final List<String> GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    @TempDir
    Path temp;

    /** The shipped workspace with 2017 opened and approved for every group. */
    private Fixture approved(Extensions installed) {
        Fixture f = new Fixture(temp, new ReportAssembler(installed));
        f.ok("year", "open", "2017", "--by", "Office");
        f.complete(2017);
        for (String g : GROUPS) {
            f.ok("submit", g, "2017");
            f.ok("approve", g, "2017");
        }
        return f;
    }

    private static void nothingPublished(Fixture f, Map<String, String> before) {
        assertThat(f.files()).as("nothing locked, nothing written").isEqualTo(before);
        assertThat(f.data.resolve("published")).doesNotExist();
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).noneSatisfy(y -> assertThat(y.published()).isTrue());
    }

    @Test
    void aYearWithGroupsThatHaveNoPluginIsNotPublishedAndEachIsNamed() {
        Fixture f = approved(Fixture.EXTENSIONS);
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017", "--by", "Maria Lopez");

        assertThat(run.status()).as(run.toString()).isEqualTo(Status.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).startsWith("publish: 2017 was not published: its report would miss 5 parts:",
                "publish:   group air-quality: no plugin is installed for it, though the workspace has its data");
        assertThat(run.err()).contains("group wildfires: no plugin is installed")
                .contains("nothing was locked or written").contains("publish 2017 --allow-missing REASON");
        nothingPublished(f, before);
    }

    @Test
    void withAllowMissingItIsPublishedAndTheReasonIsInTheHistoryAndInTheReport() throws Exception {
        Fixture f = approved(Fixture.EXTENSIONS);

        Fixture.Run run = f.ok("publish", "2017", "--by", "Maria Lopez", "--why", "Board meeting",
                "--allow-missing", " the group plugins are being rebuilt ");

        Path report = f.data.resolve("published/2017/progress-report-2017.txt");
        Path spanish = f.data.resolve("published/2017/progress-report-2017-es.txt");
        assertThat(run.out().lines()).containsExactly(report.toString(), spanish.toString());
        assertThat(Files.readString(spanish)).as("the Spanish report says it too, in Spanish")
                .contains("(grupo de trabajo air-quality)").contains("the group plugins are being rebuilt");
        assertThat(run.err()).contains("publish: published without group air-quality, group clean-vehicles, group climate-change,"
                + " group solid-waste, group wildfires: the group plugins are being rebuilt");
        assertThat(Files.readString(report))
                .contains("(working group air-quality) has progress for this year in the workspace, but no plugin for it is installed")
                .containsPattern("WARNING: Published without .* \\(working group wildfires\\): the group plugins are being rebuilt");
        List<HistoryEntry> publishes = f.history().stream().filter(h -> h.action().equals("publish")).toList();
        assertThat(publishes).extracting(HistoryEntry::groupId).containsExactlyInAnyOrderElementsOf(GROUPS);
        assertThat(publishes).allSatisfy(h -> assertThat(h.why()).isEqualTo("Board meeting; published without group air-quality,"
                + " group clean-vehicles, group climate-change, group solid-waste, group wildfires: the group plugins are being rebuilt"));
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).allSatisfy(y -> assertThat(y.published()).isTrue());
    }

    @Test
    void aPluginWhoseSectionFailsStopsPublicationToo() {
        Fixture f = approved(installed(true));
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017");

        assertThat(run.status()).as(run.toString()).isEqualTo(Status.FAILED);
        assertThat(run.err()).contains("its report would miss a part:")
                .contains("section wildfires.chapter failed: IllegalStateException: the data source is down");
        nothingPublished(f, before);
    }

    @Test
    void withEveryPluginWorkingItIsPublishedWithoutAReason() {
        Fixture f = approved(installed(false));

        Fixture.Run run = f.ok("publish", "2017", "--allow-missing", "just in case");

        assertThat(run.err()).contains("--allow-missing was not needed");
        assertThat(f.history().stream().filter(h -> h.action().equals("publish"))).allSatisfy(h -> assertThat(h.why()).isNull());
        assertThat(f.data.resolve("published/2017/progress-report-2017.txt")).exists();
    }

    @Test
    void withALanguageOnlyThatLanguageIsWritten() {
        Fixture f = approved(installed(false));

        Fixture.Run run = f.ok("publish", "2017", "--language", "es");

        assertThat(run.out().strip()).isEqualTo(f.data.resolve("published/2017/progress-report-2017-es.txt").toString());
        assertThat(f.data.resolve("published/2017/progress-report-2017.txt")).doesNotExist();
    }

    @Test
    void aStagedPdfIsWholeOnlyWithItsHeaderAndItsEndOfFileMarker() {
        byte[] whole = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Publisher.isPdf(whole)).isTrue();
        assertThat(Publisher.isPdf(java.util.Arrays.copyOf(whole, whole.length - 8))).as("cut off before its end").isFalse();
        assertThat(Publisher.isPdf("<html>%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(Publisher.isPdf(new byte[0])).isFalse();
    }

    @Test
    void aReportThatCannotBeWrittenLocksNothing() throws Exception {
        Fixture f = approved(installed(false));
        Files.writeString(f.home.resolve("a-file"), "x");
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017", "--out", f.home.resolve("a-file/out").toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(Status.FAILED);
        assertThat(run.err()).contains("publish: could not write into").contains("; nothing was published");
        nothingPublished(f, before);
    }

    @Test
    void anEmptyReasonIsAUsageError() {
        Fixture f = approved(Fixture.EXTENSIONS);

        Fixture.Run run = f.run("publish", "2017", "--allow-missing", "  ");

        assertThat(run.status()).isEqualTo(Status.USAGE);
        assertThat(run.err()).contains("publish: --allow-missing is empty; give it a text");
    }

    @Test
    void throughTheServiceTheRefusalNamesTheReasonFieldAndThePublicationListsTheMissingParts() throws Exception {
        Fixture f = approved(Fixture.EXTENSIONS);
        Map<String, String> before = f.files();
        Acting office = new Acting(f.data, "Maria Lopez", null);

        CycleException refused = catchThrowableOfType(() -> f.service.publish(
                new Publish(office, 2017, "en", List.of(), null, null)), CycleException.class);
        assertThat(refused.kind()).isEqualTo(CycleException.Kind.REFUSED);
        assertThat(refused.problems()).last().satisfies(p -> assertThat(p.field()).isEqualTo("allowMissing"));
        nothingPublished(f, before);

        Published published = f.service.publish(new Publish(office, 2017, "en", List.of("txt"), null,
                "the group plugins are being rebuilt"));
        assertThat(published.groups()).containsExactlyInAnyOrderElementsOf(GROUPS);
        assertThat(published.missing()).hasSize(5).allSatisfy(m -> assertThat(m.plugin()).startsWith("group "));
        assertThat(published.files()).containsExactly(f.data.resolve("published/2017/progress-report-2017.txt"));
    }

    @Test
    void theRefusalSaysEachMissingPluginInThePagesLanguage() {
        Fixture f = approved(installed(true));
        Acting office = new Acting(f.data, "Maria Lopez", null);

        CycleException refused = catchThrowableOfType(() -> f.service.publish(
                new Publish(office, 2017, "es", List.of(), null, null)), CycleException.class);

        assertThat(refused.problems()).extracting(p -> p.message("es")).contains(
                "2017 no se publicó: a su informe le faltaría una parte:",
                "  el grupo wildfires: su sección wildfires.chapter falló: IllegalStateException: the data source is down")
                .noneMatch(m -> m.contains(" failed") || m.contains("group wildfires"));
        assertThat(refused.problems()).extracting(p -> p.message("en")).contains(
                "  group wildfires: section wildfires.chapter failed: IllegalStateException: the data source is down");
    }

    /** A plugin for every shipped group; the wildfires chapter throws when told to. */
    private static Extensions installed(boolean wildfiresFails) {
        List<WorkingGroupPlugin> groups = GROUPS.stream().map(id -> group(id, wildfiresFails && id.equals("wildfires"))).toList();
        return Extensions.forTest(groups, List.of(), Fixture.EXTENSIONS.formats());
    }

    private static WorkingGroupPlugin group(String id, boolean fails) {
        ReportSectionContributor chapter = new ReportSectionContributor() {
            public String id() {
                return id + ".chapter";
            }

            public double order() {
                return 600;
            }

            public List<Section> contribute(ReportContext context) {
                if (fails) {
                    throw new IllegalStateException("the data source is down");
                }
                return List.of(Section.of(id, id, List.of()));
            }
        };
        return new WorkingGroupPlugin() {
            public String id() {
                return id;
            }

            public Text name() {
                return Text.of(id);
            }

            public Text topic() {
                return Text.of(id);
            }

            public double order() {
                return 600;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of(chapter);
            }
        };
    }
}
