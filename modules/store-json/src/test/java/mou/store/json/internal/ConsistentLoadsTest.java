package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads made while saves go on never see half of a save: each save here changes two files (both
 * groups' years, with the same token), and readers that load over and over (through the store that
 * keeps what it read, so that a load which finds nothing changed gives the last result without the
 * workspace's lock) find the same token in both, or a save's whole change and never part of it.
 */
class ConsistentLoadsTest {

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    /** Both groups' years with their first assessment's rationale {@code "Token N."}. */
    private static Workspace tokened(Workspace workspace, int n) {
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.replaceAll(y -> {
            List<Assessment> assessments = new ArrayList<>(y.assessments());
            Assessment a = assessments.get(0);
            assessments.set(0, new Assessment(a.activityId(), a.level(), Text.of("Token " + n + "."), a.evidence(), a.inferred()));
            return y.withAssessments(assessments);
        });
        return workspace.with(years, workspace.reports());
    }

    private static List<String> tokens(LoadResult result) {
        return result.workspace().years().stream().map(y -> y.assessments().get(0).rationale())
                .map(t -> t == null ? "none" : t.en()).toList();
    }

    @Test
    void readersSeeEverySaveWholeOrNotAtAll() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = store.load(ws);
        assertThat(first.workspace().years()).hasSize(2);
        store.save(ws, tokened(first.workspace(), 0), first, List.of());
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger loads = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    int last = -1;
                    while (saving.get()) {
                        List<String> tokens = tokens(store.load(ws));
                        assertThat(tokens.get(1)).as("both years of one save").isEqualTo(tokens.get(0));
                        int n = Integer.parseInt(tokens.get(0).replaceAll("\\D", ""));
                        assertThat(n).as("a later load never sees an older save").isGreaterThanOrEqualTo(last);
                        last = n;
                        loads.incrementAndGet();
                    }
                    return null;
                }));
            }
            Future<?> saves = threads.submit(() -> {
                try {
                    for (int n = 1; n <= 150; n++) {
                        LoadResult basis = store.loadForChange(ws);
                        assertThat(store.save(ws, tokened(basis.workspace(), n), basis, List.of())).hasSize(2);
                    }
                } finally {
                    saving.set(false);
                }
                return null;
            });
            saves.get(2, TimeUnit.MINUTES);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(loads.get()).as("loads made while the saves went on").isGreaterThan(50);
        assertThat(tokens(store.load(ws))).containsExactly("Token 150.", "Token 150.");
    }
}
