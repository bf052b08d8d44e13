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

/**
 * The Spanish fields of a figure's unit and of a deliverable's list of texts, in headless Chromium against {@code serve} run as a
 * process: a member on the Spanish pages gives a figure's unit its Spanish and sees the figures listed with it, and gives a list's
 * items theirs; the figures and deliverable pages pass axe-core and fit 390 px, in English and Spanish. Screenshots of each, at 1280
 * and 390 px, go to {@code target/screenshots} for a person to look at. Skipped, with one line, where Chromium, chromedriver or
 * axe-core are not installed ({@link Browser}), or the application is not built.
 */
@Slow
class SpanishFieldsInBrowserTest {

    private static final String PASSWORD = "a long enough password 1";

    @TempDir
    Path dir;

    @Test
    void aMemberGivesAUnitAndAListTheirSpanishAndThePagesPassAxeInBothLanguagesAndFitAPhone() throws Exception {
        Browser.assumeAvailable();
        Served prepared = Served.prepare(dir);
        CompletableFuture<Browser> starting = CompletableFuture.supplyAsync(Browser::start);
        try (Served served = prepared; Browser browser = starting.join()) {
            served.serve(new Served.Account(PASSWORD, "Mara Member", "--role", "member", "--group", "air-quality"));
            WebDriver driver = browser.driver();
            String address = served.address();
            String year = address + "/group/air-quality/2016";
            served.signIn(browser, "Mara Member", PASSWORD);
            browser.open(address + "/language/es");

            browser.open(year + "/figures");
            driver.findElement(By.id("f-figureId")).sendKeys("aq-2016-filter-boxes");
            driver.findElement(By.id("f-label")).sendKeys("Boxes of filters delivered");
            driver.findElement(By.id("f-value")).sendKeys("12");
            driver.findElement(By.id("f-unit")).sendKeys("boxes");
            driver.findElement(By.id("f-unitEs")).sendKeys("cajas");
            browser.follow(driver.findElement(By.cssSelector("form.edit button[type=submit]")));
            assertThat(driver.getCurrentUrl()).endsWith("/figures/aq-2016-filter-boxes?saved=1");
            browser.open(year + "/figures");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("12 cajas").doesNotContain("12 boxes");

            browser.open(year + "/deliverable/aq-3-2-1");
            var spanish = driver.findElement(By.id("f-attr-measurementsEs"));
            assertThat(spanish.getAttribute("lang")).isEqualTo("es");
            spanish.sendKeys("\nvelocidad del viento");
            driver.findElement(By.id("f-attr-measurements")).sendKeys("\nwind speed");
            browser.follow(driver.findElement(By.cssSelector("form.edit button[type=submit]")));
            assertThat(Files.readString(served.data().resolve("groups/air-quality/plan.json"))).contains("\"velocidad del viento\"");

            Path shots = Path.of("target", "screenshots");
            for (String language : List.of("en", "es")) {
                browser.open(address + "/language/" + language);
                for (String page : List.of("/figures", "/figures/aq-2016-filter-boxes", "/deliverable/aq-3-2-1")) {
                    for (int width : List.of(1280, 390)) {
                        browser.viewport(width, 900, width < 1000);
                        browser.open(year + page);
                        String what = page + " " + language + " " + width + " px";
                        assertThat(RecordsInBrowserTest.serious(browser.axe())).as("axe-core on %s", what).isEmpty();
                        assertThat(browser.number("return document.documentElement.scrollWidth")).as("%s: page width", what)
                                .isLessThanOrEqualTo(width);
                        browser.screenshot(shots.resolve(page.substring(1).replace('/', '-') + "-" + language + "-" + width + ".png"));
                    }
                }
            }
            browser.desktop();
        }
    }
}
