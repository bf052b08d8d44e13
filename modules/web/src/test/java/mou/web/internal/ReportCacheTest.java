package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mou.core.internal.ReportFiles;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.AssembledReport;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportService;
import mou.core.spi.WorkspaceStore;
import mou.cycle.internal.CycleServiceImpl;
import mou.store.json.internal.JsonWorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loaded workspace and the assembled report are kept until the workspace or the installed
 * plugins change: counted by a store and a report service that count their calls.
 */
class ReportCacheTest {

    @TempDir
    Path home;

    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger assemblies = new AtomicInteger();
    final AtomicLong generation = new AtomicLong();
    /** Set to hold each assembly until released (a slow report). */
    volatile CountDownLatch hold;
    final CountDownLatch assembling = new CountDownLatch(1);

    WebApp app() throws IOException {
        Path data = home.resolve("data");
        WebFixture.copy(WebFixture.SHIPPED, data);
        JsonWorkspaceStore json = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
        WorkspaceStore store = new WorkspaceStore() {
            @Override
            public LoadResult load(Path folder) {
                loads.incrementAndGet();
                return json.load(folder);
            }

            @Override
            public void save(Path folder, Workspace workspace) throws IOException {
                json.save(folder, workspace);
            }
        };
        ReportService real = ReportService.forTest(WebAppTest.EXTENSIONS);
        ReportService counting = new ReportService() {
            @Override
            public ReportDocument assemble(Workspace workspace, int year, String language) {
                return real.assemble(workspace, year, language);
            }

            @Override
            public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known) {
                assemblies.incrementAndGet();
                assembling.countDown();
                CountDownLatch latch = hold;
                if (latch != null) {
                    try {
                        latch.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return real.assemble(workspace, year, language, known);
            }

            @Override
            public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known, String missingReason) {
                return real.assemble(workspace, year, language, known, missingReason);
            }

            @Override
            public List<PluginFailure> missingPlugins(Workspace workspace, int year) {
                return real.missingPlugins(workspace, year);
            }

            @Override
            public AssembledReport assembleQuarter(Workspace workspace, String groupId, int year, int quarter, String language) {
                return real.assembleQuarter(workspace, groupId, year, quarter, language);
            }
        };
        return new WebApp(data, store, counting, new CycleServiceImpl(json, real, new ReportFiles(WebAppTest.EXTENSIONS)),
                WebAppTest.EXTENSIONS, new Installed() {
                    @Override
                    public String bundleOf(Object service) {
                        return "";
                    }

                    @Override
                    public List<PluginFailure> failures() {
                        return List.of();
                    }

                    @Override
                    public List<Contributed> contributions() {
                        return List.of();
                    }

                    @Override
                    public long generation() {
                        return generation.get();
                    }
                });
    }

    @Test
    void theReportIsAssembledOnceAndServesThePageAndEveryDownloadUntilAFileChanges() throws Exception {
        WebApp app = app();
        Response first = signedIn(app, "/report/2016", java.util.Map.of());
        assertThat(first.status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(signedIn(app, "/report/2016", java.util.Map.of()).text()).isEqualTo(first.text());
            assertThat(signedIn(app, "/", java.util.Map.of()).status()).isEqualTo(200);
        }
        assertThat(signedIn(app, "/report/2016/progress-report-2016.md", java.util.Map.of()).status()).isEqualTo(200);
        assertThat(assemblies).as("one assembly for the page, the repeats and the download").hasValue(1);
        assertThat(loads).as("the workspace is loaded once for every page").hasValue(1);

        // a file of the workspace changes: its content and its time
        Path plan = app.data.resolve("groups/air-quality/plan.json");
        Files.writeString(plan, Files.readString(plan).replace("Implement emissions reporting system for Baja California.", "Implement a renamed reporting system."));
        Files.setLastModifiedTime(plan, FileTime.from(Instant.now().plusSeconds(5)));
        Response changed = signedIn(app, "/report/2016", java.util.Map.of());
        assertThat(changed.text()).contains("Implement a renamed reporting system.");
        assertThat(assemblies).hasValue(2);
        assertThat(loads).hasValue(2);

        // a file added to the workspace (e.g. an evidence upload) counts as a change too
        Files.writeString(app.data.resolve("notes.txt"), "added");
        signedIn(app, "/report/2016", java.util.Map.of());
        assertThat(loads).hasValue(3);
        assertThat(assemblies).hasValue(3);
        // the store's hidden lock and journal files do not
        Files.writeString(app.data.resolve(".mou.lock"), "lock");
        signedIn(app, "/report/2016", java.util.Map.of());
        assertThat(loads).hasValue(3);
        assertThat(assemblies).hasValue(3);
    }

    @Test
    void aPluginChangeAssemblesTheReportAgainAndKeepsOnlyTheNewest() throws Exception {
        WebApp app = app();
        signedIn(app, "/report/2016", java.util.Map.of());
        signedIn(app, "/report/2016", java.util.Map.of("lang", List.of("es")));
        assertThat(assemblies).hasValue(2);
        generation.incrementAndGet();
        signedIn(app, "/report/2016", java.util.Map.of());
        assertThat(assemblies).as("a plugin installed or removed: assembled again").hasValue(3);
        assertThat(loads).as("the workspace itself did not change").hasValue(1);
        assertThat(app.snapshots.kept()).as("only what the newest plugins made is kept: the English report and the page with its bar"
                + " (the page is written with its bar, its HTML file is not kept apart from it)").isEqualTo(2);
    }

    @Test
    void aReportBeingAssembledHoldsUpNeitherTheDashboardNorASecondAssembly() throws Exception {
        WebApp app = app();
        signedIn(app, "/", java.util.Map.of());
        hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Response>> reports = new ArrayList<>();
            reports.add(pool.submit(() -> signedIn(app, "/report/2016", java.util.Map.of())));
            assertThat(assembling.await(30, TimeUnit.SECONDS)).isTrue();
            reports.add(pool.submit(() -> signedIn(app, "/report/2016", java.util.Map.of())));
            // while the report is being assembled, the dashboard answers
            Response dashboard = pool.submit(() -> signedIn(app, "/", java.util.Map.of())).get(10, TimeUnit.SECONDS);
            assertThat(dashboard.status()).isEqualTo(200);
            assertThat(reports).allSatisfy(f -> assertThat(f.isDone()).isFalse());
            hold.countDown();
            for (Future<Response> report : reports) {
                assertThat(report.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            assertThat(assemblies).as("the second request waited for the first one's assembly").hasValue(1);
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }

    /** A request of the program office (an unpublished year's report needs sign-in). */
    private static Response signedIn(WebApp app, String path, java.util.Map<String, List<String>> query) {
        Session office = app.sessions.open(WebFixture.office());
        return app.handle(Request.get(path, query).withCookies(java.util.Map.of(Sessions.COOKIE, office.id())));
    }
}
