package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.model.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's points 2, 3 and 7 through the commands: a report that cannot be written, a published
 * folder or year folder that is a link out of the workspace, and a history that is a link lock and
 * save nothing; a locked year says where its report is only when it is there, and gets a missing
 * one written again by publishing it again.
 */
class TransactionTest {

    private static final List<String> GROUPS = PublishTest.GROUPS;

    @TempDir
    Path temp;

    private Fixture approved() {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.complete(2017);
        for (String g : GROUPS) {
            f.ok("submit", g, "2017");
            f.ok("approve", g, "2017");
        }
        return f;
    }

    private static void nothingLocked(Fixture f, Map<String, String> before, Fixture.Run run) {
        assertThat(run.status()).as(run.toString()).isEqualTo(Status.FAILED);
        assertThat(f.files()).as("nothing locked, nothing written").isEqualTo(before);
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).noneSatisfy(y -> assertThat(y.published()).isTrue());
        assertThat(f.history().stream().filter(h -> h.action().equals("publish"))).isEmpty();
    }

    @Test
    void anOutFolderThatCannotBeMadeLocksNothingAndSaysWhy() throws Exception {
        Fixture f = approved();
        Files.writeString(f.home.resolve("a-file"), "x");
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017", "--out", f.home.resolve("a-file/out").toString());

        nothingLocked(f, before, run);
        assertThat(run.err()).contains("publish: could not write into " + f.home.resolve("a-file/out"))
                .contains(f.home.resolve("a-file") + " is a file, so nothing can be written below it").contains("nothing was published")
                .doesNotContain("Exception");
        assertThat(f.data.resolve("published")).doesNotExist();
    }

    @Test
    void withOutTheReportIsAlsoInPublishedAndTheYearIsLockedWithItsHistory() {
        Fixture f = approved();
        Path out = f.home.resolve("web/2017");

        Fixture.Run run = f.ok("publish", "2017", "--out", out.toString());

        Path official = f.data.resolve("published/2017/progress-report-2017.txt");
        assertThat(run.out().lines()).containsExactly(official.toString(), official.resolveSibling("progress-report-2017-es.txt").toString(),
                out.resolve("progress-report-2017.txt").toString(), out.resolve("progress-report-2017-es.txt").toString());
        assertThat(official).content().isEqualTo(Files.exists(out.resolve("progress-report-2017.txt"))
                ? readString(out.resolve("progress-report-2017.txt")) : "missing copy");
        assertThat(f.history().stream().filter(h -> h.action().equals("publish")).map(HistoryEntry::groupId))
                .containsExactlyInAnyOrderElementsOf(GROUPS);
        try (var left = Files.list(f.data.resolve("published"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder is left").containsExactly("2017");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOutFolderInsidePublishedIsRefusedAndPublishedItselfIsNoCopy() throws Exception {
        Fixture f = approved();
        Map<String, String> before = f.files();

        Fixture.Run inside = f.run("publish", "2017", "--out", f.data.resolve("published/elsewhere").toString());

        assertThat(inside.status()).as(inside.toString()).isEqualTo(Status.USAGE);
        assertThat(inside.err()).contains("is inside the workspace's published/ folder");
        assertThat(f.files()).isEqualTo(before);

        Fixture.Run same = f.ok("publish", "2017", "--out", f.data.resolve("published/2017").toString());
        assertThat(same.out().lines()).containsExactly(f.data.resolve("published/2017/progress-report-2017.txt").toString(),
                f.data.resolve("published/2017/progress-report-2017-es.txt").toString());
    }

    @Test
    void publishedLinkedOutOfTheWorkspaceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Fixture f = approved();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(f.data.resolve("published"), outside);
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017");

        nothingLocked(f, before, run);
        assertThat(run.err()).contains("published is a link to a place outside the workspace folder");
        try (var written = Files.list(outside)) {
            assertThat(written).as("nothing written through the link").isEmpty();
        }
    }

    @Test
    void aYearFolderLinkedOutOfTheWorkspaceIsRefusedToo() throws Exception {
        Fixture f = approved();
        Path outside = Files.createDirectories(temp.resolve("outside-2017"));
        Files.createDirectories(f.data.resolve("published"));
        Files.createSymbolicLink(f.data.resolve("published/2017"), outside);
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("publish", "2017");

        nothingLocked(f, before, run);
        assertThat(run.err()).contains("published/2017 is a link to a place outside the workspace folder");
        try (var written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
        try (var left = Files.list(f.data.resolve("published"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2017");
        }
    }

    @Test
    void aHistoryThatIsALinkRefusesTheChangeAndSavesNothing() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        Path outside = temp.resolve("elsewhere.jsonl");
        Files.move(f.data.resolve("history.jsonl"), outside);
        Files.createSymbolicLink(f.data.resolve("history.jsonl"), outside);
        Map<String, String> before = f.files();
        String outsideBefore = Files.readString(outside);

        Fixture.Run run = f.run("rate", "aq-3-1", "achieved", "--year", "2017", "--rationale", "Every station reports.");

        assertThat(run.status()).as(run.toString()).isEqualTo(Status.FAILED);
        assertThat(run.err()).contains("history.jsonl is a link").contains("nothing was saved");
        assertThat(f.files()).as("the rating is not saved without its history").isEqualTo(before);
        assertThat(Files.readString(outside)).isEqualTo(outsideBefore);
    }

    @Test
    void aLockedYearSaysWhereItsReportIsOnlyWhenItIsThereAndWritesAMissingOneAgain() throws Exception {
        Fixture f = approved();
        f.ok("publish", "2017");
        Path report = f.data.resolve("published/2017/progress-report-2017.txt");
        String published = Files.readString(report);

        Fixture.Run again = f.run("publish", "2017");
        assertThat(again.status()).isEqualTo(Status.FAILED);
        assertThat(again.err()).contains("2017 is already published").contains("its report is in " + report.getParent());

        Files.delete(report);
        List<HistoryEntry> history = f.history();
        Fixture.Run rewrite = f.ok("publish", "2017");

        assertThat(rewrite.err()).contains("2017 was already published and locked, but its report was missing from published/2017;"
                + " it was written again from the locked data");
        assertThat(rewrite.out().strip()).as("the Spanish report is still there: only the English one is written").isEqualTo(report.toString());
        assertThat(report).content().isEqualTo(published);
        assertThat(f.history()).as("no data changed, so nothing is recorded").isEqualTo(history);

        Path spanish = report.resolveSibling("progress-report-2017-es.txt");
        String spanishPublished = Files.readString(spanish);
        Files.delete(spanish);
        Fixture.Run rewriteSpanish = f.ok("publish", "2017");
        assertThat(rewriteSpanish.out().strip()).isEqualTo(spanish.toString());
        assertThat(spanish).content().isEqualTo(spanishPublished);
        assertThat(report).content().isEqualTo(published);
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
