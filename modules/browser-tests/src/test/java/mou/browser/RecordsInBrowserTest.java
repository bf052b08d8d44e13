package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The records pages in headless Chromium against {@code serve} started as a process ({@link Served}:
 * the built launcher jar, the five shipped group plugins, a copy of the shipped workspace): a member signs in, adds an event and a figure with the forms, and they are saved in
 * the workspace under the member's name; axe-core finds no serious or critical violation on the
 * events, figures and a deliverable page. Skipped, with one line, where Chromium, chromedriver or
 * axe-core are not installed ({@link Browser}), or the application is not built.
 */
@Slow
class RecordsInBrowserTest {

    private static final String PASSWORD = "a long enough password 1";

    @TempDir
    Path dir;

    @Test
    void aMemberAddsAnEventAndAFigureInTheBrowserAndThePagesPassAxe() throws Exception {
        Browser.assumeAvailable();
        Served prepared = Served.prepare(dir);
        // the browser starts while the server boots and the account is made
        CompletableFuture<Browser> starting = CompletableFuture.supplyAsync(Browser::start);
        try (Served served = prepared; Browser browser = starting.join()) {
            served.serve(new Served.Account(PASSWORD, "Mara Member", "--role", "member", "--group", "air-quality"));
            Path data = served.data();
            String address = served.address();
            WebDriver driver = browser.driver();
            String year = address + "/group/air-quality/2016";

            browser.open(year + "/events");
            assertThat(driver.getCurrentUrl()).contains("/sign-in");
            driver.findElement(By.id("name")).sendKeys("Mara Member");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.follow(driver.findElement(By.cssSelector("form.sign-in button[type=submit]")));
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/events");
            assertThat(serious(browser.axe())).as("axe-core on the events page").isEmpty();

            driver.findElement(By.id("f-eventId")).sendKeys("aq-2016-browser-meeting");
            new Select(driver.findElement(By.id("f-kind"))).selectByValue("workshop");
            driver.findElement(By.id("f-date")).sendKeys("2016-09-21");
            driver.findElement(By.id("f-title")).sendKeys("Workshop added in the browser");
            driver.findElement(By.id("f-participants")).sendKeys("18");
            browser.follow(driver.findElement(By.cssSelector("form.edit button[type=submit]")));
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/events/aq-2016-browser-meeting?saved=1");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Workshop added in the browser");
            assertThat(serious(browser.axe())).as("axe-core on an event's page").isEmpty();

            browser.open(year + "/figures");
            assertThat(serious(browser.axe())).as("axe-core on the figures page").isEmpty();
            driver.findElement(By.id("f-figureId")).sendKeys("aq-2016-browser-samples");
            driver.findElement(By.id("f-label")).sendKeys("Samples counted in the browser");
            driver.findElement(By.id("f-value")).sendKeys("fifty");
            browser.follow(driver.findElement(By.cssSelector("form.edit button[type=submit]")));
            assertThat(driver.findElement(By.id("p-value")).getText()).contains("is not a number");
            assertThat(driver.findElement(By.id("f-label")).getAttribute("value")).isEqualTo("Samples counted in the browser");
            assertThat(serious(browser.axe())).as("axe-core on the figures page with a problem").isEmpty();
            driver.findElement(By.id("f-value")).clear();
            driver.findElement(By.id("f-value")).sendKeys("42");
            browser.follow(driver.findElement(By.cssSelector("form.edit button[type=submit]")));
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/figures/aq-2016-browser-samples?saved=1");

            // on a phone the lists of events and figures stack each row into lines: nothing wider than the screen, nothing scrolls sideways
            browser.viewport(390, 844, true);
            for (String list : List.of("/events", "/figures")) {
                browser.open(year + list);
                assertThat(driver.findElements(By.cssSelector("table.stack tbody tr"))).as(list).isNotEmpty();
                assertThat(serious(browser.axe())).as("axe-core on %s, 390 px", list).isEmpty();
                assertThat(browser.number("return document.documentElement.scrollWidth")).as("%s: page width at 390 px", list)
                        .isLessThanOrEqualTo(390);
                assertThat(browser.number("return Math.max(...[...document.querySelectorAll('section, table')]"
                        + ".map(e => e.scrollWidth - e.clientWidth))")).as("%s: no box wider than its place at 390 px", list).isLessThanOrEqualTo(0);
                assertThat(driver.findElement(By.cssSelector("table.stack tbody td .cell-label")).isDisplayed()).as("%s: each cell says its column", list)
                        .isTrue();
            }
            browser.desktop();

            browser.open(year + "/deliverable/aq-3-2-1");
            assertThat(driver.findElement(By.id("f-attr-pollutant")).getAttribute("value")).isEqualTo("PM2.5");
            assertThat(serious(browser.axe())).as("axe-core on a deliverable's page").isEmpty();
            browser.viewport(390, 844, true);
            assertThat(serious(browser.axe())).as("axe-core on a deliverable's page, 390 px").isEmpty();
            assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
            browser.desktop();

            String saved = Files.readString(data.resolve("groups/air-quality/2016.json"));
            assertThat(saved).contains("aq-2016-browser-meeting", "Workshop added in the browser", "aq-2016-browser-samples");
            String history = Files.readString(data.resolve("history.jsonl"));
            assertThat(history).contains("Mara Member").contains("aq-2016-browser-samples");
        }
    }

    /** The serious and critical violations of axe-core's. */
    static List<String> serious(List<String> violations) {
        return violations.stream().filter(v -> v.contains("(serious)") || v.contains("(critical)")).toList();
    }
}
