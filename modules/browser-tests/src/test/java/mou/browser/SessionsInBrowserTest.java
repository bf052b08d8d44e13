package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A person's sessions on Your account ({@code /account}, "Where you are signed in") on the real server ({@link Served}): this
 * browser marked, another one (signed in over HTTP with a User-Agent of markup) shown as text, and "Sign out everywhere else"
 * reached and pressed with the keyboard at 390 px, with axe-core on the page; the other session is then ended.
 */
@Slow
class SessionsInBrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String OTHER_AGENT = "<i>Other</i> Phone";

    @TempDir
    static Path dir;
    private static Browser browser;
    private static Served served;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        served = Served.prepare(dir);
        CompletableFuture<Browser> starting = CompletableFuture.supplyAsync(Browser::start);
        try {
            served.serve(new Served.Account("sasha password 1", "Sasha Sessions", "--role", "member", "--group", "wildfires"),
                    new Served.Account("office password 1", "Olivia Office", "--role", "program-office"),
                    new Served.Account("pat password 1", "Pat Persn", "--role", "reader"));
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

    /** Signs in over HTTP with this User-Agent, as another browser would; the session cookie's value. */
    private static String signInElsewhere(String name, String password, String agent) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(served.address() + "/sign-in")).header("User-Agent", agent)
                .build(), HttpResponse.BodyHandlers.ofString());
        String visitor = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mou_visitor=")).findFirst().orElseThrow()
                .split(";", 2)[0];
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(served.address() + "/sign-in")).header("User-Agent", agent)
                .header("Cookie", visitor).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mou_session=")).findFirst().orElseThrow()
                .split(";", 2)[0];
    }

    private static int accountPage(String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.address() + "/account")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theSessionsAreListedAndSignOutEverywhereElseWorksByKeyboardAtPhoneWidth() throws Exception {
        String other = signInElsewhere("Sasha Sessions", "sasha password 1", OTHER_AGENT);
        assertThat(accountPage(other)).isEqualTo(200);
        browser.driver().manage().deleteAllCookies();
        browser.viewport(390, 844, true);
        served.signIn(browser, "Sasha Sessions", "sasha password 1");
        browser.open(served.address() + "/account");
        WebElement sessions = browser.driver().findElement(By.id("sessions"));
        assertThat(sessions.getText()).contains("Where you are signed in", "2 sessions", "(this browser)", OTHER_AGENT);
        assertThat(sessions.findElements(By.tagName("i"))).as("the User-Agent's markup is text, not markup").isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("tr.this-session")).getText()).contains("Chrome");
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.axe()).as("axe-core on /account with two sessions").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));

        // from the sessions' heading, Tab to "Sign out everywhere else": each step a control of the list
        browser.script("document.getElementById('sessions-title').setAttribute('tabindex', '-1');"
                + " document.getElementById('sessions-title').focus();");
        WebElement button = null;
        for (int i = 0; i < 10 && button == null; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if ("Sign out everywhere else".equals(focused.getText())) {
                button = focused;
            }
        }
        assertThat(button).as("Tab reaches Sign out everywhere else").isNotNull();
        browser.leaving();
        button.sendKeys(Keys.ENTER);
        browser.awaitNextPage();
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("You were signed out everywhere else"));
        assertThat(browser.driver().findElement(By.id("sessions")).getText()).contains("One session").doesNotContain(OTHER_AGENT);
        assertThat(accountPage(other)).as("the other browser is signed out").isNotEqualTo(200);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));

        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("mou_lang", "es"));
        browser.open(served.address() + "/account");
        assertThat(browser.driver().findElement(By.id("sessions")).getText()).contains("Dónde tiene la sesión iniciada", "(este navegador)");
        assertThat(browser.number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.driver().manage().deleteCookieNamed("mou_lang");
        browser.desktop();
    }

    @Test
    void theOfficeSignsAPersonOutEverywhereAndRenamesTheAccountOnItsPageAtPhoneWidth() throws Exception {
        String pats = signInElsewhere("Pat Persn", "pat password 1", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
                + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
        browser.driver().manage().deleteAllCookies();
        browser.viewport(390, 844, true);
        served.signIn(browser, "Olivia Office", "office password 1");
        browser.open(served.address() + "/accounts/person?name=Pat+Persn");
        assertThat(browser.driver().findElement(By.id("sessions")).getText()).contains("Safari 17 · iPhone", "Sign out everywhere");
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.axe()).as("axe-core on an account's page").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.follow(browser.driver().findElement(By.xpath("//form[@action='/accounts/person/sessions']//button")));
        assertThat(browser.driver().findElement(By.id("sessions")).getText()).contains("Pat Persn is not signed in anywhere now.");
        assertThat(accountPage(pats)).as("Pat is signed out").isNotEqualTo(200);

        WebElement newName = browser.driver().findElement(By.id("newName"));
        newName.clear();
        newName.sendKeys("Pat Person");
        browser.leaving();
        newName.sendKeys(Keys.ENTER);
        browser.awaitNextPage();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pat Person");
        assertThat(browser.driver().getPageSource()).contains("Pat Persn is now called Pat Person");
        assertThat(browser.number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.desktop();
    }
}
