package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out in-process: real accounts in access/users.json, real Argon2id hashes, the rules of each step. */
class SignInTest {

    static final String OFFICE_PASSWORD = "office password 1";
    static final String MEMBER_PASSWORD = "member password 1";
    /** The fixture accounts' hashes, made once (at the least cost: WebFixture.fixtureHash). */
    private static final String OFFICE_HASH = WebFixture.fixtureHash(OFFICE_PASSWORD);
    private static final String MEMBER_HASH = WebFixture.fixtureHash(MEMBER_PASSWORD);

    @TempDir
    Path home;
    WebFixture web;

    @BeforeEach
    void accounts() throws Exception {
        web = new WebFixture(home);
        Accounts accounts = new Accounts(web.data);
        Accounts.Tree tree = accounts.read();
        tree.list().add(Accounts.node(new Accounts.Account("Olivia Office", Role.PROGRAM_OFFICE, Set.of(), OFFICE_HASH)));
        tree.list().add(Accounts.node(new Accounts.Account("Mara Member", Role.MEMBER, Set.of("air-quality"), MEMBER_HASH)));
        accounts.write(tree);
    }

    /** Adds an account to the workspace's accounts file as user add does. */
    static void add(Path data, String name, Role role, Set<String> groups, String password) throws Exception {
        Accounts accounts = new Accounts(data);
        Accounts.Tree tree = accounts.read();
        tree.list().add(Accounts.node(new Accounts.Account(name, role, groups, WebFixture.fixtureHash(password))));
        accounts.write(tree);
    }

    /** A visitor's browser that has read the sign-in form. */
    WebFixture.Browser visitor() {
        WebFixture.Browser browser = web.browser(null);
        assertThat(browser.get("/sign-in").status()).isEqualTo(200);
        return browser;
    }

    static Response signIn(WebFixture.Browser browser, String name, String password, String... more) {
        String[] fields = new String[4 + more.length];
        fields[0] = "name";
        fields[1] = name;
        fields[2] = "password";
        fields[3] = password;
        System.arraycopy(more, 0, fields, 4, more.length);
        return browser.post("/sign-in", fields);
    }

    @Test
    void theRightPasswordOpensANewSessionAndGoesBack() {
        WebFixture.Browser browser = visitor();
        Response page = browser.get("/sign-in", "back", "/plugins");
        assertThat(page.text()).contains("<label for=\"name\">Name</label>").contains("<label for=\"password\">Password</label>")
                .contains("autocomplete=\"current-password\"").contains("name=\"back\" value=\"/plugins\"");
        Response response = signIn(browser, "Olivia Office", OFFICE_PASSWORD, "back", "/plugins");
        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers().get("Location")).isEqualTo("/plugins");
        assertThat(response.cookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=").contains("HttpOnly"));
        Response plugins = browser.get("/plugins");
        assertThat(plugins.status()).isEqualTo(200);
        assertThat(plugins.text()).contains("Signed in as Olivia Office");
        // names are told apart without regard to case; the session carries the account's own spelling
        WebFixture.Browser other = visitor();
        assertThat(signIn(other, "olivia office", OFFICE_PASSWORD).status()).isEqualTo(303);
        assertThat(other.get("/plugins").text()).contains("Signed in as Olivia Office");
    }

    @Test
    void aWrongPasswordOrAnUnknownNameGetsTheSameFormWith401AndTheSameMessage() {
        WebFixture.Browser browser = visitor();
        Response wrong = signIn(browser, "Olivia Office", "not the password");
        Response unknown = signIn(browser, "Nobody Here", "not the password");
        for (Response response : List.of(wrong, unknown)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text()).contains("The name or the password is not right").contains("aria-invalid=\"true\"")
                    .doesNotContain("Signed in as");
            assertThat(response.cookies()).noneMatch(c -> c.startsWith(Sessions.COOKIE + "=") && !c.contains("Max-Age=0"));
        }
        assertThat(wrong.text().replace("Olivia Office", "NAME")).isEqualTo(unknown.text().replace("Nobody Here", "NAME"));
        assertThat(browser.cookies).doesNotContainKey(Sessions.COOKIE);
        assertThat(signIn(browser, "", "").status()).isEqualTo(400);
    }

    @Test
    void signingInNeverKeepsASessionIdGivenBeforeNoFixation() {
        WebFixture.Browser browser = visitor();
        // an attacker's chosen id, and a session the attacker opened and planted: neither survives the sign-in
        Session planted = web.app.sessions.open(new User("Mallory", Role.READER, Set.of()));
        browser.cookies.put(Sessions.COOKIE, planted.id());
        String token = WebFixture.csrfOf(browser.get("/sign-in"));
        Response response = browser.postRaw("/sign-in", WebFixture.pairs("csrf", token, "name", "Mara Member", "password", MEMBER_PASSWORD),
                List.of());
        assertThat(response.status()).isEqualTo(303);
        String id = browser.cookies.get(Sessions.COOKIE);
        assertThat(id).isNotEqualTo(planted.id()).matches("[A-Za-z0-9_-]{43}");
        assertThat(web.app.sessions.find(planted.id())).isEmpty();
        assertThat(web.app.sessions.find(id).orElseThrow().user().name()).isEqualTo("Mara Member");
        // the visitor's form token does not carry over to the session: the session has its own
        assertThat(web.app.sessions.find(id).orElseThrow().csrf()).isNotEqualTo(token);
    }

    @Test
    void signingOutEndsTheSession() {
        WebFixture.Browser browser = visitor();
        signIn(browser, "Olivia Office", OFFICE_PASSWORD);
        String id = browser.cookies.get(Sessions.COOKIE);
        Response page = browser.get("/plugins");
        assertThat(page.text()).contains("action=\"/sign-out\"");
        Response out = browser.postRaw("/sign-out", Map.of("csrf", List.of(WebFixture.csrfOf(page))), List.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.headers().get("Location")).isEqualTo("/");
        assertThat(web.app.sessions.find(id)).isEmpty();
        assertThat(browser.cookies).doesNotContainKey(Sessions.COOKIE);
        // the old id, sent again, opens nothing
        browser.cookies.put(Sessions.COOKIE, id);
        assertThat(browser.get("/plugins").status()).isEqualTo(303);
    }

    @Test
    void noPageForASignedInPersonIsKeptByTheBrowserSoBackAfterSignOutShowsNothingOfTheirs() {
        WebFixture.Browser browser = visitor();
        // a visitor's pages (the public home, the sign-in form) may be kept and revalidated
        assertThat(browser.get("/").headers().get("Cache-Control")).isEqualTo("no-cache");
        signIn(browser, "Mara Member", MEMBER_PASSWORD);
        for (String path : List.of("/", "/group/air-quality/2016", "/report", "/report/2016", "/review/2016", "/history",
                "/report/2016/progress-report-2016.md", "/nothing-here")) {
            assertThat(browser.get(path).headers().get("Cache-Control")).as(path).isEqualTo("no-store");
        }
        // the style sheet is the same for everyone
        assertThat(browser.get("/static/web.css").headers().get("Cache-Control")).isEqualTo("max-age=3600");
        Response out = browser.postRaw("/sign-out", Map.of("csrf", List.of(WebFixture.csrfOf(browser.get("/")))), List.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.headers().get("Cache-Control")).isEqualTo("no-store");
        assertThat(browser.get("/").headers().get("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aChangeSentAfterTheSessionEndedOffersToSignInAgainAndShowsWhatWasTyped() {
        WebFixture.Browser browser = visitor();
        signIn(browser, "Mara Member", MEMBER_PASSWORD);
        String form = browser.get("/group/air-quality/2016/activity/aq-1-1").text();
        String token = WebFixture.csrfOf(browser.get("/group/air-quality/2016/activity/aq-1-1"));
        String id = browser.cookies.get(Sessions.COOKIE);
        assertThat(form).contains("action=\"/group/air-quality/2016/rate/aq-1-1\"");
        web.app.sessions.close(id); // signed out in another tab, or ended unused
        Map<String, List<String>> typed = WebFixture.pairs("csrf", token, "version", "none", "level", "significant",
                "rationale", "Three paragraphs <b>typed</b> with care.");
        Response ended = browser.postRaw("/group/air-quality/2016/rate/aq-1-1", typed, List.of());
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.text()).contains("Your session has ended").contains("Sign in again")
                .contains("href=\"/sign-in?back=%2Fgroup%2Fair-quality%2F2016%2Factivity%2Faq-1-1\"")
                .contains("Three paragraphs &lt;b&gt;typed&lt;/b&gt; with care.").doesNotContain(token).doesNotContain("<dt>version</dt>")
                // each value under the name its form gives the field, not the field's name in the request
                .contains("<dt>Rationale (in English)</dt>").doesNotContain("<dt>rationale</dt>")
                .doesNotContain("Your account may not do this");
        // the cookie gone too (signed out in this browser), or never signed in: the same offer
        browser.cookies.remove(Sessions.COOKIE);
        Response none = browser.postRaw("/review/2016/air-quality/submit", WebFixture.pairs("csrf", browser.csrf()), List.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text()).contains("Sign in to do this").contains("href=\"/sign-in?back=%2Freview%2F2016\"")
                .doesNotContain("Your account may not do this");
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        browser.cookies.put(Sessions.COOKIE, id);
        Response spanish = browser.postRaw("/group/air-quality/2016/rate/aq-1-1", typed, List.of());
        assertThat(spanish.status()).isEqualTo(401);
        assertThat(spanish.text()).contains("Su sesión ha terminado").contains("Iniciar sesión y volver al formulario")
                .contains("Three paragraphs").contains("<dt>Justificación (en inglés)</dt>");
        // nothing was saved
        assertThat(web.browser(WebFixture.reader()).get("/group/air-quality/2016/activity/aq-1-1").text()).doesNotContain("typed");
    }

    @Test
    void theBackLinkNeverLeavesTheSite() {
        for (String away : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
                "/ok\r\nSet-Cookie: x=y", "evil.example", "/sign-out", "/ x")) {
            assertThat(AccountPages.local(away)).as(away).isEqualTo("/");
            assertThat(visitor().get("/sign-in", "back", away).text()).as(away).doesNotContain("name=\"back\"");
        }
        // one sign-in end to end: the form's hidden field is not trusted either
        Response response = signIn(visitor(), "Olivia Office", OFFICE_PASSWORD, "back", "//evil.example/x");
        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers().get("Location")).isEqualTo("/");
        assertThat(AccountPages.local("/report/2016?lang=es")).isEqualTo("/report/2016?lang=es");
    }

    @Test
    void markupInANameShowsAsText() throws Exception {
        add(web.data, WebAppTest.HOSTILE, Role.READER, Set.of(), "hostile password");
        WebFixture.Browser browser = visitor();
        Response failed = signIn(browser, WebAppTest.HOSTILE, "wrong password!");
        assertThat(failed.text()).doesNotContain("<script>").contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img");
        assertThat(signIn(browser, WebAppTest.HOSTILE, "hostile password").status()).isEqualTo(303);
        String page = browser.get("/report").text();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>").doesNotContain("<img src=x");
    }

    @Test
    void repeatedFailuresForANameAreRefusedForAWaitThatDoubles() {
        Instant[] now = {Instant.parse("2026-12-05T10:00:00Z")};
        web.app.accountPages.throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        WebFixture.Browser browser = visitor();
        for (int i = 0; i < Throttle.FREE; i++) {
            assertThat(signIn(browser, "Olivia Office", "wrong " + i + " password").status()).isEqualTo(401);
        }
        // now even the right password is refused until the wait is over, without checking it
        Response refused = signIn(browser, "Olivia Office", OFFICE_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).isEqualTo("3");
        assertThat(refused.text()).contains("Try again after 10:00:02 UTC");
        // another name is not held up by it
        assertThat(signIn(visitor(), "Mara Member", MEMBER_PASSWORD).status()).isEqualTo(303);
        now[0] = now[0].plusSeconds(2);
        assertThat(signIn(browser, "Olivia Office", "wrong again password").status()).isEqualTo(401);
        now[0] = now[0].plusSeconds(3);
        assertThat(signIn(browser, "Olivia Office", OFFICE_PASSWORD).status()).as("the wait doubled to 4 s").isEqualTo(429);
        now[0] = now[0].plusSeconds(1);
        assertThat(signIn(browser, "Olivia Office", OFFICE_PASSWORD).status()).isEqualTo(303);
        // a success clears the count
        WebFixture.Browser again = visitor();
        assertThat(signIn(again, "Olivia Office", "wrong once more").status()).isEqualTo(401);
        assertThat(signIn(again, "Olivia Office", OFFICE_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void failingANameOnPurposeFromOneAddressDoesNotLockItsOwnerOutFromAnother() {
        WebFixture.Browser attacker = visitor();
        attacker.client = "203.0.113.66";
        for (int i = 0; i < Throttle.FREE + 3; i++) {
            signIn(attacker, "Olivia Office", "guess " + i + " password");
        }
        assertThat(signIn(attacker, "Olivia Office", "guess again password").status()).as("the guesser waits").isEqualTo(429);
        assertThat(signIn(attacker, "olivia office", OFFICE_PASSWORD).status()).as("whatever the case of the name").isEqualTo(429);

        WebFixture.Browser owner = visitor();
        owner.client = "198.51.100.7";
        assertThat(signIn(owner, "Olivia Office", OFFICE_PASSWORD).status()).as("the owner from their own address").isEqualTo(303);
        assertThat(signIn(attacker, "Olivia Office", OFFICE_PASSWORD).status()).as("still held up from the guesser's address").isEqualTo(429);
    }

    @Test
    void theSessionCookieIsSecureOnlyWhenTheRequestCameOverHttps() {
        WebFixture.Browser plain = visitor();
        Response overHttp = signIn(plain, "Olivia Office", OFFICE_PASSWORD);
        assertThat(overHttp.cookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=").doesNotContain("Secure"));

        WebFixture.Browser https = visitor();
        https.secure = true;
        Response overHttps = signIn(https, "Olivia Office", OFFICE_PASSWORD);
        assertThat(overHttps.cookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=").contains("; Secure").contains("HttpOnly"));
        assertThat(https.get("/").cookies()).allSatisfy(c -> assertThat(c).contains("; Secure"));
    }

    @Test
    void aProxysHeadersAreTrustedOnlyBehindAProxy() {
        assertThat(WebServlet.secure(false, true, null)).as("HTTPS to this server").isTrue();
        assertThat(WebServlet.secure(false, false, "https")).as("anyone can send the header: not trusted without --behind-proxy").isFalse();
        assertThat(WebServlet.secure(true, false, "https")).isTrue();
        assertThat(WebServlet.secure(true, false, "HTTPS, http")).isTrue();
        assertThat(WebServlet.secure(true, false, "http")).isFalse();
        assertThat(WebServlet.secure(true, false, null)).isFalse();
        assertThat(WebServlet.client(false, "10.0.0.2", "203.0.113.9")).isEqualTo("10.0.0.2");
        assertThat(WebServlet.client(true, "10.0.0.2", "1.2.3.4, 203.0.113.9")).as("the address the proxy added, not one the visitor made up")
                .isEqualTo("203.0.113.9");
        assertThat(WebServlet.client(true, "10.0.0.2", null)).isEqualTo("10.0.0.2");
    }

    /** One client trying many names holds up only itself: the program office still signs in from its own address. */
    @Test
    void manyFailuresFromOneAddressHoldUpThatAddressOnly() {
        Throttle throttle = new Throttle(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < Throttle.ADDRESS_LIMIT; i++) {
            assertThat(throttle.refusedUntil("name " + i, "192.0.2.1")).isEmpty();
            throttle.failed("name " + i, "192.0.2.1");
        }
        assertThat(throttle.refusedUntil("yet another name", "192.0.2.1")).contains(Instant.parse("2026-12-05T10:01:00Z"));
        assertThat(throttle.refusedUntil("Olivia Office", "198.51.100.7")).as("another address").isEmpty();
        throttle.clock = Clock.fixed(Instant.parse("2026-12-05T10:01:00Z"), ZoneOffset.UTC);
        assertThat(throttle.refusedUntil("yet another name", "192.0.2.1")).isEmpty();
    }

    @Test
    void manyFailuresOverAllNamesHoldUpEverySignInForAWhile() {
        Throttle throttle = new Throttle(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < Throttle.GLOBAL_LIMIT; i++) {
            String address = "192.0.2." + (i % 100);
            assertThat(throttle.refusedUntil("name " + i, address)).isEmpty();
            throttle.failed("name " + i, address);
        }
        assertThat(throttle.refusedUntil("someone else", "198.51.100.7")).contains(Instant.parse("2026-12-05T10:01:00Z"));
        throttle.clock = Clock.fixed(Instant.parse("2026-12-05T10:01:00Z"), ZoneOffset.UTC);
        assertThat(throttle.refusedUntil("someone else", "198.51.100.7")).isEmpty();
        // a name's wait never grows beyond the longest
        for (int i = 0; i < 40; i++) {
            throttle.failed("stubborn", "192.0.2.1");
        }
        assertThat(throttle.refusedUntil("stubborn", "192.0.2.1")).contains(Instant.parse("2026-12-05T10:01:00Z").plus(Throttle.LONGEST));
    }

    @Test
    void aRemovedAccountOrAChangedPasswordOrRoleEndsItsSessions() throws Exception {
        WebFixture.Browser office = visitor();
        WebFixture.Browser member = visitor();
        signIn(office, "Olivia Office", OFFICE_PASSWORD);
        signIn(member, "Mara Member", MEMBER_PASSWORD);
        assertThat(member.get("/report").text()).contains("Signed in as Mara Member");
        Accounts accounts = new Accounts(web.data);
        Accounts.Tree tree = accounts.read();
        tree.list().remove(1);
        accounts.write(tree);
        assertThat(member.get("/report").text()).doesNotContain("Signed in as");
        assertThat(office.get("/plugins").status()).as("the others stay signed in").isEqualTo(200);
        tree = accounts.read();
        tree.node("Olivia Office").orElseThrow().put("passwordHash", WebFixture.fixtureHash("a new password!"));
        accounts.write(tree);
        assertThat(office.get("/plugins").status()).isEqualTo(303);
        WebFixture.Browser again = visitor();
        assertThat(signIn(again, "Olivia Office", "a new password!").status()).isEqualTo(303);
        tree = accounts.read();
        tree.node("Olivia Office").orElseThrow().put("role", "reader");
        accounts.write(tree);
        assertThat(again.get("/plugins").status()).isEqualTo(303);
    }

    /** The language switch and the sign-in link come back to the page as it was asked for: its query too (filters, a report's language). */
    @Test
    void theLanguageSwitchAndSignInComeBackToThePageWithItsQuery() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        String history = office.get("/history", "person", "Ana Ruíz").text();
        assertThat(history).contains("href=\"/language/es?back=%2Fhistory%3Fperson%3DAna%2BRu%25C3%25ADz\"");
        Response back = office.get("/language/es", "back", "/history?group=air-quality&person=Ana+Ru%C3%ADz");
        assertThat(back.headers().get("Location")).isEqualTo("/history?group=air-quality&person=Ana+Ru%C3%ADz");

        WebFixture.Browser visitor = web.browser(null);
        Response report = visitor.get("/report/2016", "lang", "es");
        assertThat(report.headers().get("Location")).isEqualTo("/sign-in?back=%2Freport%2F2016%3Flang%3Des");
        assertThat(visitor.get("/calendar.ics", "lang", "es").status()).isEqualTo(200);
        assertThat(visitor.get("/", "year", "2016").text()).contains("href=\"/sign-in?back=%2F%3Fyear%3D2016\"");
    }

    @Test
    void aVisitorSeesOnlyPublishedReports() throws IOException {
        WebFixture.Browser visitor = web.browser(null);
        String home = visitor.get("/").text();
        assertThat(home).contains("No report has been published yet").contains("href=\"/sign-in\"").doesNotContain("Activities by level");
        assertThat(visitor.get("/report").text()).doesNotContain("href=\"/report/2016?lang=en\"").contains("No report has been published yet");
        for (String path : List.of("/report/2016", "/report/2016/progress-report-2016.html", "/report/2016/progress-report-2016.md")) {
            Response response = visitor.get(path);
            assertThat(response.status()).as(path).isEqualTo(303);
            assertThat(response.headers().get("Location")).as(path).startsWith("/sign-in?back=%2Freport%2F2016");
        }
        WebFixture.Browser member = web.browser(WebFixture.member("air-quality"));
        assertThat(member.get("/report").text()).contains("href=\"/report/2016?lang=en\"").doesNotContain("(published)");
        assertThat(member.get("/report/2016").status()).isEqualTo(200);
        Path published = Files.createDirectories(web.data.resolve("published/2016"));
        Files.writeString(published.resolve("progress-report-2016.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><p>the published report</p></body></html>");
        assertThat(visitor.get("/").text()).contains("href=\"/report/2016?lang=en\"");
        assertThat(visitor.get("/report").text()).contains("href=\"/report/2016?lang=en\"").contains("(published)");
        assertThat(visitor.get("/report/2016").text()).contains("the published report");
        assertThat(visitor.get("/report/2016/progress-report-2016.html").status()).isEqualTo(200);
        // the signed-in see every year with progress, and the dashboard
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        assertThat(reader.get("/report").text()).contains("href=\"/report/2016?lang=en\"");
        assertThat(reader.get("/").text()).contains("Activities by level");
    }

    @Test
    void endpointsListsEveryRouteForTheProgramOfficeOnly() {
        Response list = web.browser(WebFixture.office()).get("/endpoints");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("text/plain");
        assertThat(list.text().lines().toList()).hasSize(web.app.routes().size()).contains("POST /sign-in public", "GET /endpoints program-office",
                "GET /report/{year} public");
        assertThat(web.browser(WebFixture.reader()).get("/endpoints").status()).isEqualTo(403);
        assertThat(web.browser(null).get("/endpoints").status()).isEqualTo(303);
    }

    @Test
    void theSignInPageSaysWhenThereIsNoAccountOrTheFileIsBroken() throws IOException {
        Files.delete(web.data.resolve(Accounts.FILE));
        assertThat(web.browser(null).get("/sign-in").text()).contains("./mou user add NAME --role program-office");
        Files.writeString(web.data.resolve(Accounts.FILE), "{\"accounts\": [ {\"name\": 3} ]}");
        WebFixture.Browser browser = visitor();
        assertThat(browser.get("/sign-in").text()).contains("the accounts file cannot be read").doesNotContain("$.accounts");
        assertThat(signIn(browser, "Olivia Office", OFFICE_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void theSignInPageSpeaksSpanish() {
        WebFixture.Browser browser = web.browser(null);
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(browser.get("/sign-in").text()).contains("<label for=\"password\">Contraseña</label>");
        assertThat(browser.get("/").text()).contains("Informes publicados");
    }

    @Test
    void hashesAreArgon2idPhcStringsThatCheckOnlyTheirPassword() {
        String hash = Passwords.hash("correct horse battery".toCharArray(), Passwords.STANDARD);
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Passwords.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(Passwords.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(Passwords.verify("".toCharArray(), hash)).isFalse();
        assertThat(Passwords.hash("correct horse battery".toCharArray(), Passwords.STANDARD)).as("a new salt each time").isNotEqualTo(hash);
        // a hash as another Argon2id implementation wrote it (the reference CLI, Debian's argon2: echo -n password | argon2 somesalt
        // -id -t 3 -m 12 -p 1 -e); 4 MiB and three passes, where the RFC 9106 example's 64 MiB cost three times a whole sign-in
        assertThat(Passwords.verify("password".toCharArray(),
                "$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$qLml5cbqFAO6YxVHhrSBHP0UWdxrIxkNcM8aMX3blzU")).isTrue();
        assertThat(Passwords.verify("passwort".toCharArray(),
                "$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$qLml5cbqFAO6YxVHhrSBHP0UWdxrIxkNcM8aMX3blzU")).isFalse();
        for (String broken : List.of("", "plain", "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")) {
            assertThat(Passwords.verify("password".toCharArray(), broken)).as(broken).isFalse();
        }
        assertThat(Passwords.problem("short".toCharArray())).contains("at least 12");
        assertThat(Passwords.problem("            ".toCharArray())).contains("only spaces");
        assertThat(Passwords.problem("twelve chars".toCharArray())).isNull();
    }

    @Test
    void aHashTakesWellUnderASecond() {
        // the thread's own CPU time: the machine may be busy with other builds, the hash's cost is what it computes
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Passwords.hash("warm up the code".toCharArray(), Passwords.STANDARD);
        long start = threads.getCurrentThreadCpuTime();
        Passwords.hash("correct horse battery".toCharArray(), Passwords.STANDARD);
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        assertThat(took).isLessThan(Duration.ofMillis(500)).isGreaterThan(Duration.ofMillis(5));
    }
}
