package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.cycle.Rate;
import mou.core.cycle.ReviewYear;
import mou.core.model.GroupYear;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.AssembledReport;
import mou.core.report.ReportDocument;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing from the review page (with the version read at) makes its report outside the turn that the
 * changes of one process take: while the report is made (seconds, the PDF in two languages), a member's
 * rating in another year is saved at once; it waited for the whole report.
 */
class PublishOutsideTheTurnTest {

    @TempDir
    Path temp;

    /** The core's report service, whose annual report waits, once it is asked for, until the test lets it go on. */
    private static final class Held implements ReportService {
        final CountDownLatch making = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);

        @Override
        public ReportDocument assemble(Workspace workspace, int year, String language) {
            return Fixture.REPORTS.assemble(workspace, year, language);
        }

        @Override
        public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known) {
            return Fixture.REPORTS.assemble(workspace, year, language, known);
        }

        @Override
        public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known, String missingReason) {
            making.countDown();
            try {
                goOn.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Fixture.REPORTS.assemble(workspace, year, language, known, missingReason);
        }

        @Override
        public List<PluginFailure> missingPlugins(Workspace workspace, int year) {
            return Fixture.REPORTS.missingPlugins(workspace, year);
        }

        @Override
        public AssembledReport assembleQuarter(Workspace workspace, String groupId, int year, int quarter, String language) {
            return Fixture.REPORTS.assembleQuarter(workspace, groupId, year, quarter, language);
        }

        @Override
        public List<Text> shownTexts(Workspace workspace, int year) {
            return Fixture.REPORTS.shownTexts(workspace, year);
        }
    }

    @Test
    void aRatingIsSavedWhileTheReviewPagePublishesAnotherYear() throws Exception {
        Held reports = new Held();
        Fixture f = new Fixture(temp, reports);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
        f.complete(2017);
        for (GroupYear y : f.workspace().years().stream().filter(y -> y.year() == 2017).toList()) {
            f.service.review(new ReviewYear(new Acting(f.data, "Member", null), y.groupId(), 2017, ReviewAction.SUBMIT, null, null));
            f.service.review(new ReviewYear(new Acting(f.data, "Office", null), y.groupId(), 2017, ReviewAction.APPROVE, null, null));
        }
        String read = PartVersion.ofYear(f.workspace().years().stream().filter(y -> y.year() == 2017).toList());
        CompletableFuture<Published> publishing = CompletableFuture.supplyAsync(() -> {
            try {
                return f.service.publish(new Publish(new Acting(f.data, "Office", null, read), 2017, "en", List.of(), null, null));
            } catch (CycleException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        try {
            assertThat(reports.making.await(30, TimeUnit.SECONDS)).as("the report is being made").isTrue();
            String rating = PartVersion.of(f.year("air-quality", 2016).assessments().stream()
                    .filter(a -> a.activityId().equals("aq-1-1")).findFirst().orElseThrow());
            CompletableFuture<Void> rated = CompletableFuture.runAsync(() -> {
                try {
                    f.service.rate(new Rate(new Acting(f.data, "Ana", null).readAt(rating), "aq-1-1", 2016, "Significant",
                            Text.of("Corrected while 2017 is being published."), null));
                } catch (CycleException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            rated.get(20, TimeUnit.SECONDS); // it waited for the whole report before
            assertThat(publishing).as("the report is still being made").isNotDone();
        } finally {
            reports.goOn.countDown();
        }
        assertThat(publishing.get(60, TimeUnit.SECONDS).groups()).hasSize(5);
        assertThat(f.year("air-quality", 2016).assessments().stream().filter(a -> a.activityId().equals("aq-1-1")).findFirst().orElseThrow()
                .level().id()).isEqualTo("significant");
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).allMatch(GroupYear::published);
    }
}
