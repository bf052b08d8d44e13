package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Signing in to the real server ({@code ./mou serve} as a process over a copy of the shipped
 * workspace, an account made with {@code ./mou user add}: {@link Served}) with the keyboard alone,
 * and axe-core on the sign-in page. Skipped like the other browser tests without Chromium,
 * chromedriver or axe-core ({@link Browser}).
 */
@Slow
class SignInInBrowserTest {

    @TempDir
    static Path dir;
    private static Browser browser;
    private static Served served;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        served = Served.prepare(dir);
        // the browser starts while the server boots and the account is made
        CompletableFuture<Browser> starting = CompletableFuture.supplyAsync(Browser::start);
        try {
            served.serve(new Served.Account("office password 1", "Olivia Office", "--role", "program-office"),
                    new Served.Account("member password 1", "Mara Member", "--role", "member", "--group", "wildfires"));
        } finally {
            browser = starting.join();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theSignInPageHasNoSeriousOrCriticalAccessibilityViolation() {
        browser.open(served.address() + "/sign-in");
        assertThat(browser.driver().getTitle()).startsWith("Sign in");
        assertThat(browser.axe()).as("axe-core on /sign-in").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.viewport(390, 844, true);
        browser.open(served.address() + "/sign-in");
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.desktop();
    }

    @Test
    void signsInWithTheKeyboardAlone() {
        browser.driver().manage().deleteAllCookies();
        browser.open(served.address() + "/sign-in?back=%2Freport");
        // from the top of the page, Tab until the name field has the focus: every step a control of the page
        WebElement name = null;
        for (int i = 0; i < 30 && name == null; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if ("name".equals(focused.getAttribute("id"))) {
                name = focused;
            }
        }
        assertThat(name).as("Tab reaches the name field").isNotNull();
        name.sendKeys("Olivia Office");
        name.sendKeys(Keys.TAB);
        WebElement password = browser.driver().switchTo().activeElement();
        assertThat(password.getAttribute("id")).as("Tab goes from the name to the password").isEqualTo("password");
        password.sendKeys("office password 1");
        password.sendKeys(Keys.TAB);
        WebElement button = browser.driver().switchTo().activeElement();
        assertThat(button.getTagName()).isEqualTo("button");
        assertThat(button.getText()).isEqualTo("Sign in");
        browser.leaving();
        button.sendKeys(Keys.ENTER);
        browser.awaitNextPage();
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Signed in as Olivia Office"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(served.address() + "/report");
    }

    @Test
    void servedSignsInThroughTheForm() {
        browser.driver().manage().deleteAllCookies();
        served.signIn(browser, "Olivia Office", "office password 1");
        assertThat(browser.driver().getPageSource()).contains("Signed in as Olivia Office");
    }

    @Test
    void aMemberChangesTheirPasswordFromTheTopBarByKeyboardAndSignsInWithIt() {
        browser.driver().manage().deleteAllCookies();
        served.signIn(browser, "Mara Member", "member password 1");
        browser.follow(browser.driver().findElement(By.cssSelector("header a.person")));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(served.address() + "/account");
        assertThat(browser.axe()).as("axe-core on /account").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        WebElement current = browser.driver().findElement(By.id("current"));
        current.sendKeys("member password 1");
        current.sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("a long new password");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement again = browser.driver().switchTo().activeElement();
        assertThat(again.getAttribute("id")).as("Tab goes from the new password to its repetition").isEqualTo("again");
        again.sendKeys("a long new password");
        browser.leaving();
        again.sendKeys(Keys.ENTER);
        browser.awaitNextPage();
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Your password is changed"));
        assertThat(browser.driver().getPageSource()).contains("Signed in as Mara Member");
        browser.driver().manage().deleteAllCookies();
        served.signIn(browser, "Mara Member", "a long new password");
        assertThat(browser.driver().getPageSource()).contains("Signed in as Mara Member");
    }

    @Test
    void theProgramOfficesAccountsPageHasNoSeriousViolationAndFitsAPhone() {
        browser.driver().manage().deleteAllCookies();
        served.signIn(browser, "Olivia Office", "office password 1");
        browser.viewport(390, 844, true);
        browser.open(served.address() + "/accounts");
        assertThat(browser.driver().getPageSource()).contains("Add an account", "Mara Member");
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.desktop();
    }
}
