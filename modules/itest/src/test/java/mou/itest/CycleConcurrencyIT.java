package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;

/**
 * Commands run at the same time as separate processes on the same group's year: none loses an
 * update, and each saves its change. A command whose file another one saved between its reading and
 * its saving makes its change again on the file as it is now (the person at the shell saw nothing
 * before it: what running it a moment later would do), a few times at most; with four commands each
 * meets at most three others' saves, so each is saved, and the history has exactly one entry per
 * change. The year is opened and the history read in-process (the real framework, on the same
 * application home); the ratings are the separate processes.
 */
@Slow
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
                assertThat(run.exit()).as("a change of the same file meanwhile is no conflict for the command line: " + run).isZero();
                saved++;
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
            assertThat(saved).isEqualTo(activities.length);
        } finally {
            pool.shutdownNow();
        }
    }
}
