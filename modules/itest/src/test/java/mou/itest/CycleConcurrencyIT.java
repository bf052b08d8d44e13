package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Commands run at the same time as separate processes on the same group's year: none loses an
 * update. Each either saves its change, which is then in the file, or is refused with a conflict
 * message and changes nothing; the history has exactly one entry per change saved. The year is
 * opened and the history read in-process (the real framework, on the same application home); the
 * ratings are the separate processes.
 */
class CycleConcurrencyIT {

    @Test
    void concurrentRatingsOfTheSameYearNeverLoseAnUpdate() throws Exception {
        try (InProcessApp mou = InProcessApp.boot()) {
            mou.reset(App.groupJar());
            concurrentRatings(mou);
        }
    }

    private static void concurrentRatings(InProcessApp mou) throws Exception {
        App app = mou.app;
        App.Run open = mou.run("year", "open", "2017", "--group", "air-quality", "--by", "Office");
        assertThat(open.exit()).as(open.toString()).isZero();
        String[] activities = {"aq-1-1", "aq-2-1", "aq-2-2", "aq-3-1"};

        ExecutorService pool = Executors.newFixedThreadPool(activities.length);
        List<Future<App.Run>> runs = new ArrayList<>();
        try {
            for (String activity : activities) {
                runs.add(pool.submit(() -> app.run("rate", activity, "achieved", "--rationale", "Rated at the same time as the others.",
                        "--by", "Group " + activity)));
            }
            String year = null;
            int saved = 0;
            for (int i = 0; i < activities.length; i++) {
                App.Run run = runs.get(i).get();
                year = Files.readString(app.data.resolve("groups/air-quality/2017.json"));
                if (run.exit() == 0) {
                    saved++;
                } else {
                    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
                    assertThat(run.err()).contains("conflict: groups/air-quality/2017.json was changed on disk after this command read the workspace")
                            .contains("nothing was saved");
                }
            }
            // the final file holds every change that was saved
            for (int i = 0; i < activities.length; i++) {
                App.Run run = runs.get(i).get();
                if (run.exit() == 0) {
                    int at = year.indexOf("\"activityId\": \"" + activities[i] + "\"");
                    assertThat(at).isPositive();
                    assertThat(year.substring(at, year.indexOf('}', at))).contains("\"level\": \"achieved\"");
                }
            }
            App.Run history = mou.run("history", "--group", "air-quality", "--year", "2017");
            assertThat(history.outLines().stream().filter(l -> l.contains("  rate  "))).hasSize(saved);
            assertThat(saved).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
