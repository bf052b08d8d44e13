package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts in the browser ({@link AccountSettings}): one's own password, and the program office's accounts
 * page, with {@code ./mou user}'s rules ({@link Accounts}); real accounts file, real Argon2id hashes.
 */
class AccountSettingsTest {

    private static final String OFFICE_PASSWORD = "office password 1";
    private static final String MEMBER_PASSWORD = "member password 1";
    private static final String OFFICE_HASH = WebFixture.fixtureHash(OFFICE_PASSWORD);
    private static final String MEMBER_HASH = WebFixture.fixtureHash(MEMBER_PASSWORD);

    @TempDir
    Path home;
    WebFixture web;
    Path file;

    @BeforeEach
    void accounts() throws Exception {
        web = new WebFixture(home);
        file = web.data.resolve(Accounts.FILE);
        Files.createDirectories(file.getParent());
        // a field this version does not know, on the file and on an account: kept by every change
        Files.writeString(file, """
                {
                  "kept": {"by": "a later version"},
                  "accounts": [
                    {"name": "Olivia Office", "role": "program-office", "groups": [], "passwordHash": "%s", "phone": "+52 55 0000 0000"},
                    {"name": "Mara Member", "role": "member", "groups": ["air-quality"], "passwordHash": "%s"}
                  ]
                }
                """.formatted(OFFICE_HASH, MEMBER_HASH));
    }

    private WebFixture.Browser signedIn(String name, String password) {
        WebFixture.Browser browser = web.browser(null);
        assertThat(SignInTest.signIn(browser, name, password).status()).isEqualTo(303);
        return browser;
    }

    private Accounts.Account account(String name) throws Exception {
        return new Accounts(web.data).read().accounts().get(Accounts.key(name));
    }

    @Test
    void aMemberChangesTheirOwnPasswordTheirOtherBrowsersAreSignedOutThisOneGoesOn() throws Exception {
        web.app.passwordCost = Passwords.STANDARD; // this change is hashed as serve hashes it (WebAppTest: serve's cost)
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD);
        WebFixture.Browser phone = signedIn("Mara Member", MEMBER_PASSWORD);
        Response page = here.get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Your account</h1>", "Mara Member", "Member", "Air Quality")
                .contains("autocomplete=\"current-password\"", "autocomplete=\"new-password\"")
                .contains("<a class=\"person\" href=\"/account\">Signed in as Mara Member</a>");
        String token = WebFixture.csrfOf(page);
        String before = Files.readString(file);

        Response wrong = here.post("/account/password", "csrf", token, "current", "not my password 1", "password", "a new password 22",
                "again", "a new password 22");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains("This is not your password now").contains("aria-invalid=\"true\"").contains("href=\"#current\"");
        Response differ = here.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "a new password 22",
                "again", "a new password 23");
        assertThat(differ.status()).isEqualTo(422);
        assertThat(differ.text()).contains("The two new passwords differ");
        Response shortOne = here.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "short", "again", "short");
        assertThat(shortOne.text()).contains("at least 12 characters long (it has 5)");
        assertThat(Files.readString(file)).as("nothing changed by a refused form").isEqualTo(before);

        String oldSession = here.cookies.get(Sessions.COOKIE);
        Response done = here.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "a new password 22",
                "again", "a new password 22");
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.headers().get("Location")).isEqualTo("/account?saved=1");
        assertThat(here.cookies.get(Sessions.COOKIE)).as("a new session id").isNotEqualTo(oldSession);
        assertThat(web.app.sessions.find(oldSession)).isEmpty();
        Response after = here.get("/account", "saved", "1");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text()).contains("Your password is changed");
        assertThat(phone.get("/account").status()).as("the other browser is signed out: sent to sign in").isEqualTo(303);

        assertThat(Passwords.verify("a new password 22".toCharArray(), account("Mara Member").passwordHash())).isTrue();
        assertThat(account("Mara Member").passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(SignInTest.signIn(web.browser(null), "Mara Member", MEMBER_PASSWORD).status()).isEqualTo(401);
        assertThat(SignInTest.signIn(web.browser(null), "Mara Member", "a new password 22").status()).isEqualTo(303);
        // the rest of the file as it was: the unknown fields, the other account
        String now = Files.readString(file);
        assertThat(now).contains("\"kept\"", "a later version", "+52 55 0000 0000", OFFICE_HASH).doesNotContain(MEMBER_HASH);
    }

    @Test
    void theSpanishPageSaysItsProblemsInSpanish() {
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD);
        here.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response page = here.get("/account");
        assertThat(page.text()).contains("<h1>Su cuenta</h1>", "Integrante", "Cambiar la contraseña");
        Response shortOne = here.post("/account/password", "csrf", WebFixture.csrfOf(page), "current", MEMBER_PASSWORD, "password",
                "corta", "again", "corta");
        assertThat(shortOne.status()).isEqualTo(422);
        assertThat(shortOne.text()).contains("La contraseña debe tener al menos 12 caracteres (tiene 5).");
    }

    /**
     * The change of one's password sent twice (a double click): the second, let in by its session before the first ended it,
     * found the password changed, got "This is not your password now" and was counted as a failed sign-in (a few such made the
     * person wait). The same change from that session is answered as the first was, with the session the first opened, and not
     * counted; another new password, or another session, is checked as every change is.
     */
    @Test
    void aPasswordChangeSentTwiceIsAnsweredAsTheFirstAndNotCountedAsAFailedSignIn() throws Exception {
        web.app.accountPages.throttle.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T10:00:00Z"), java.time.ZoneOffset.UTC);
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD);
        String token = WebFixture.csrfOf(here.get("/account"));
        String ended = here.cookies.get(Sessions.COOKIE);
        User mara = account("Mara Member").user();
        Response first = here.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "a new password 22",
                "again", "a new password 22");
        assertThat(first.status()).isEqualTo(303);
        String opened = here.cookies.get(Sessions.COOKIE);
        String hash = account("Mara Member").passwordHash();
        String before = Files.readString(file);
        AccountSettings settings = new AccountSettings(web.app);

        for (int i = 0; i <= Throttle.FREE; i++) {
            Response again = settings.myPassword(letInBefore(ended, mara, token, MEMBER_PASSWORD, "a new password 22"));
            assertThat(again.status()).as("sent again, " + (i + 1)).isEqualTo(303);
            assertThat(again.headers().get("Location")).isEqualTo("/account?saved=1");
            assertThat(again.cookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=" + opened + ";"));
        }
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(account("Mara Member").passwordHash()).isEqualTo(hash);

        // sent again after the first answered (Back and send): its session ended, said so, nothing changed or counted
        WebFixture.Browser back = web.browser(null);
        back.cookies.put(Sessions.COOKIE, ended);
        Response afterAnswer = back.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "a new password 22",
                "again", "a new password 22");
        assertThat(afterAnswer.status()).isEqualTo(401);
        assertThat(Files.readString(file)).isEqualTo(before);

        // not counted: the first wrong one now is 422, not a wait
        Response otherNew = settings.myPassword(letInBefore(ended, mara, token, MEMBER_PASSWORD, "another password 33"));
        assertThat(otherNew.status()).as("the old password with another new one is a wrong current password").isEqualTo(422);
        assertThat(otherNew.text()).contains("This is not your password now");
        Response otherSession = settings.myPassword(letInBefore("another-session", mara, token, MEMBER_PASSWORD, "a new password 22"));
        assertThat(otherSession.status()).as("from another session").isEqualTo(422);
        assertThat(account("Mara Member").passwordHash()).isEqualTo(hash);
    }

    /** A change of one's password sent from the session {@code session}, let in before that session ended. */
    private Call letInBefore(String session, User user, String token, String current, String password) {
        java.util.Map<String, List<String>> form = java.util.Map.of("csrf", List.of(token), "current", List.of(current), "password",
                List.of(password), "again", List.of(password));
        Request request = new Request("POST", "/account/password", java.util.Map.of(), form, List.of(), java.util.Map.of(Sessions.COOKIE,
                session), null, null, false);
        return new Call(request, java.util.Map.of(), java.util.Optional.of(user), token, Ui.of("en"));
    }

    @Test
    void theOfficeAddsAMemberWhoThenSignsInRefusalsShowBesideTheirFields() throws Exception {
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        Response page = office.get("/accounts");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Accounts</h1>", "2 accounts", "Olivia Office", "Mara Member")
                .doesNotContain(OFFICE_HASH).doesNotContain("argon2");
        String token = WebFixture.csrfOf(page);
        String before = Files.readString(file);

        Response empty = office.post("/accounts/add", "csrf", token, "name", " ", "password", "first password 1", "again", "first password 1");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Give the person&#39;s name").contains("Choose the role");
        Response noGroup = office.post("/accounts/add", "csrf", token, "name", "Ana López", "role", "member", "password", "first password 1",
                "again", "first password 1");
        assertThat(noGroup.text()).contains("A member changes the years of their groups: tick at least one.")
                .contains("value=\"Ana López\"");
        Response unknownGroup = office.post("/accounts/add", "csrf", token, "name", "Ana López", "role", "member", "group", "../etc",
                "password", "first password 1", "again", "first password 1");
        assertThat(unknownGroup.text()).contains("The workspace has no group &quot;../etc&quot;");
        Response twice = office.post("/accounts/add", "csrf", token, "name", "mara member", "role", "reader", "password", "first password 1",
                "again", "first password 1");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text()).contains("There is an account &quot;Mara Member&quot; already");
        assertThat(Files.readString(file)).isEqualTo(before);

        Response added = office.post("/accounts/add", "csrf", token, "name", "Ana López", "role", "member", "group", "wildfires", "group",
                "air-quality", "password", "first password 1", "again", "first password 1");
        assertThat(added.status()).isEqualTo(303);
        assertThat(office.get("/accounts", "done", "added", "name", "Ana López").text()).contains("Ana López can now sign in", "3 accounts");
        Accounts.Account ana = account("ana lópez");
        assertThat(ana.role()).isEqualTo(Role.MEMBER);
        assertThat(ana.groups()).containsExactlyInAnyOrder("wildfires", "air-quality");
        WebFixture.Browser anaBrowser = signedIn("Ana López", "first password 1");
        assertThat(anaBrowser.get("/group/wildfires/2016").status()).isEqualTo(200);
        assertThat(anaBrowser.get("/accounts").status()).as("only the office manages accounts").isEqualTo(403);
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");
    }

    @Test
    void theOfficeChangesARoleSetsAPasswordAndRemovesAnAccountButNeverTheLastOffice() throws Exception {
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        WebFixture.Browser mara = signedIn("Mara Member", MEMBER_PASSWORD);
        Response page = office.get("/accounts/person", "name", "Mara Member");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Mara Member</h1>", "value=\"air-quality\" checked=\"checked\"");
        String token = WebFixture.csrfOf(page);

        // the last program-office account keeps its role, and is not removed
        String before = Files.readString(file);
        Response demote = office.post("/accounts/person/role", "csrf", token, "name", "Olivia Office", "role", "reader");
        assertThat(demote.status()).isEqualTo(422);
        assertThat(demote.text()).contains("Olivia Office has the only program-office account");
        Response removeOffice = office.post("/accounts/person/remove", "csrf", token, "name", "Olivia Office", "confirm", "yes");
        assertThat(removeOffice.status()).isEqualTo(409);
        Response unconfirmed = office.post("/accounts/person/remove", "csrf", token, "name", "Mara Member");
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.text()).contains("Tick the box");
        assertThat(office.post("/accounts/person/role", "csrf", token, "name", "Nobody", "role", "reader").status()).isEqualTo(404);
        assertThat(Files.readString(file)).isEqualTo(before);

        // a reader has no groups: the boxes left ticked from before are not hers any more
        Response reader = office.post("/accounts/person/role", "csrf", token, "name", "Mara Member", "role", "reader", "group", "air-quality");
        assertThat(reader.status()).isEqualTo(303);
        assertThat(account("Mara Member").role()).isEqualTo(Role.READER);
        assertThat(account("Mara Member").groups()).isEmpty();
        Response role = office.post("/accounts/person/role", "csrf", token, "name", "Mara Member", "role", "member", "group", "wildfires");
        assertThat(role.status()).isEqualTo(303);
        assertThat(account("Mara Member").groups()).containsExactly("wildfires");
        assertThat(mara.get("/account").status()).as("Mara's session ended with the change").isEqualTo(303);

        Response password = office.post("/accounts/person/password", "csrf", token, "name", "Mara Member", "password", "set by the office",
                "again", "set by the office");
        assertThat(password.status()).isEqualTo(303);
        assertThat(office.get("/accounts/person", "name", "Mara Member", "done", "password").text()).contains("Mara Member&#39;s password is changed");
        assertThat(Passwords.verify("set by the office".toCharArray(), account("Mara Member").passwordHash())).isTrue();

        Response removed = office.post("/accounts/person/remove", "csrf", token, "name", "mara member", "confirm", "yes");
        assertThat(removed.status()).isEqualTo(303);
        assertThat(removed.headers().get("Location")).isEqualTo("/accounts?done=removed&name=Mara+Member");
        assertThat(account("Mara Member")).isNull();
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");
        assertThat(office.get("/accounts").status()).as("the office is still signed in").isEqualTo(200);
    }

    @Test
    void everyoneSignedInHasAnAccountPageOnlyTheOfficeTheAccounts() throws Exception {
        WebFixture.Browser reader = web.browser(new User("Rita Reader", Role.READER, Set.of()));
        assertThat(reader.get("/account").status()).isEqualTo(200);
        assertThat(reader.get("/accounts").status()).isEqualTo(403);
        assertThat(reader.get("/accounts/person", "name", "Mara Member").status()).isEqualTo(403);
        assertThat(reader.post("/accounts/person/remove", "name", "Mara Member", "confirm", "yes").status()).isEqualTo(403);
        assertThat(web.browser(null).get("/account").status()).as("a visitor is sent to sign in").isEqualTo(303);
        assertThat(account("Mara Member")).isNotNull();
        assertThat(List.of(web.browser(new User("Olivia Office", Role.PROGRAM_OFFICE, Set.of())).get("/").text()))
                .allSatisfy(t -> assertThat(t).contains("href=\"/accounts\""));
    }

    @Test
    void eachChangeIsInTheHistoryUnderWhoMadeItNeverAHashAndTheFileKeepsItsPermissions() throws Exception {
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        String token = WebFixture.csrfOf(office.get("/accounts"));
        assertThat(office.post("/accounts/add", "csrf", token, "name", "Ana López", "role", "member", "group", "wildfires",
                "password", "first password 1", "again", "first password 1").status()).isEqualTo(303);
        assertThat(office.post("/accounts/person/role", "csrf", token, "name", "Ana López", "role", "reader").status()).isEqualTo(303);
        assertThat(office.post("/accounts/person/password", "csrf", token, "name", "Ana López", "password", "second password 2",
                "again", "second password 2").status()).isEqualTo(303);
        assertThat(office.post("/accounts/person/remove", "csrf", token, "name", "Ana López", "confirm", "yes").status()).isEqualTo(303);

        var store = new mou.store.json.internal.JsonWorkspaceStore(mou.core.spi.Extensions.forTest(List.of(), List.of(), List.of()));
        List<mou.core.model.HistoryEntry> history = store.history(web.data).stream().filter(e -> e.action().startsWith("user-")).toList();
        assertThat(history).extracting(mou.core.model.HistoryEntry::action)
                .containsExactly(Accounts.ADDED, Accounts.ROLE, Accounts.PASSWORD, Accounts.REMOVED);
        assertThat(history).allSatisfy(e -> {
            assertThat(e.by()).isEqualTo("Olivia Office");
            assertThat(e.subject()).isEqualTo("Ana López");
            assertThat(e.groupId()).isNull();
        });
        assertThat(history.get(0).after()).isEqualTo(java.util.Map.of("role", "member", "groups", List.of("wildfires")));
        assertThat(history.get(1).before()).isEqualTo(java.util.Map.of("role", "member", "groups", List.of("wildfires")));
        assertThat(history.get(1).after()).isEqualTo(java.util.Map.of("role", "reader", "groups", List.of()));
        String log = Files.readString(web.data.resolve("history.jsonl"));
        assertThat(log).doesNotContain("argon2").doesNotContain("password 1").doesNotContain("password 2");
        assertThat(java.nio.file.Files.getPosixFilePermissions(file)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");
        // said in the history's words: what changed, never a password
        assertThat(web.app.cycle.describe(history.get(0), "en")).anySatisfy(l -> assertThat(l).contains("account Ana López added"));
        assertThat(web.app.cycle.describe(history.get(1), "en")).anySatisfy(l -> assertThat(l).contains("role: member → reader"));
        assertThat(String.join("\n", web.app.cycle.describe(history.get(2), "en"))).contains("password: account Ana López changed")
                .doesNotContain("role:");
        assertThat(web.app.cycle.describe(history.get(3), "es")).anySatisfy(l -> assertThat(l).contains("se quitó la cuenta Ana López"));
        assertThat(office.get("/history").text()).contains("account Ana López added");
        try (var list = Files.list(web.data)) {
            assertThat(list.map(f -> f.getFileName().toString())).as("no staging folder left").noneMatch(mou.core.command.AtomicFiles::isTemporary);
        }
    }

    @Test
    void aWorkspaceWithErrorsStillLetsTheAccountsBeMendedWithoutAHistoryLine() throws Exception {
        Path plan = web.data.resolve("groups/air-quality/plan.json");
        Files.writeString(plan, "{ not json");
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        String token = WebFixture.csrfOf(office.get("/account"));
        assertThat(office.post("/accounts/person/password", "csrf", token, "name", "Mara Member", "password", "mended password 3",
                "again", "mended password 3").status()).isEqualTo(303);
        assertThat(Passwords.verify("mended password 3".toCharArray(), account("Mara Member").passwordHash())).isTrue();
    }

    @Test
    void ownPasswordIsChangedOnlyOverThePasswordThePersonGaveAsTheirs() throws Exception {
        Accounts accounts = new Accounts(web.data);
        Accounts.Tree tree = accounts.read();
        String before = Files.readString(file);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.ownPassword("Mara Member", OFFICE_HASH, "new"))
                .isInstanceOfSatisfying(Accounts.Refused.class, e -> assertThat(e.reason).isEqualTo(Accounts.Reason.CHANGED_MEANWHILE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.ownPassword("Nobody", MEMBER_HASH, "new"))
                .isInstanceOfSatisfying(Accounts.Refused.class, e -> assertThat(e.reason).isEqualTo(Accounts.Reason.NO_ACCOUNT));
        tree.ownPassword("mara member", MEMBER_HASH, "new hash");
        assertThat(tree.node("Mara Member").orElseThrow().path("passwordHash").asText()).isEqualTo("new hash");
        assertThat(Files.readString(file)).as("nothing written by the tree alone").isEqualTo(before);
    }

    private WebFixture.Browser signedIn(String name, String password, String userAgent) {
        WebFixture.Browser browser = web.browser(null);
        browser.userAgent = userAgent;
        assertThat(SignInTest.signIn(browser, name, password).status()).isEqualTo(303);
        return browser;
    }

    /** Posts a form with the token of this browser's session, as the page's forms carry it. */
    private static Response send(WebFixture.Browser browser, String path, String... fields) {
        String[] all = java.util.Arrays.copyOf(new String[] {"csrf", WebFixture.csrfOf(browser.get("/account"))}, 2 + fields.length);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return browser.post(path, all);
    }

    private List<mou.core.model.HistoryEntry> history(String action) throws Exception {
        var store = new mou.store.json.internal.JsonWorkspaceStore(mou.core.spi.Extensions.forTest(List.of(), List.of(), List.of()));
        return store.history(web.data).stream().filter(e -> e.action().equals(action)).toList();
    }

    /**
     * The top bar's Sign out ended the session without a line in the history, where a session ended from a list has one. It is now a
     * line like those ({@value Accounts#SESSIONS}: under the person, how many sessions before and after, never an id); a Sign out
     * without a session (sent again) writes none.
     */
    @Test
    void signingOutIsALineOfTheHistoryLikeEverySessionEndedNeverAnId() throws Exception {
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD);
        WebFixture.Browser phone = signedIn("Mara Member", MEMBER_PASSWORD);
        String id = here.cookies.get(Sessions.COOKIE);
        String token = WebFixture.csrfOf(here.get("/account"));
        Response out = here.postRaw("/sign-out", java.util.Map.of("csrf", List.of(token)), List.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(web.app.sessions.find(id)).isEmpty();
        assertThat(phone.get("/account").status()).as("the other browser goes on").isEqualTo(200);

        List<mou.core.model.HistoryEntry> lines = history(Accounts.SESSIONS);
        assertThat(lines).extracting(e -> e.by() + ": " + e.subject() + " " + ((java.util.Map<?, ?>) e.before()).get("sessions") + " → "
                + ((java.util.Map<?, ?>) e.after()).get("sessions")).containsExactly("Mara Member: Mara Member 2 → 1");
        assertThat(Files.readString(web.data.resolve("history.jsonl"))).doesNotContain(id).doesNotContain(token);
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");

        // sent again (the session is gone): signed out already, no second line
        here.cookies.put(Sessions.COOKIE, id);
        assertThat(here.postRaw("/sign-out", java.util.Map.of("csrf", List.of(token)), List.of()).status()).isIn(303, 403);
        assertThat(history(Accounts.SESSIONS)).hasSize(1);
    }

    @Test
    void aPersonSeesTheirSessionsThisOneMarkedNeverAnIdAndSignsOutOneThenEverywhereElse() throws Exception {
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD,
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        WebFixture.Browser phone = signedIn("Mara Member", MEMBER_PASSWORD,
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
        WebFixture.Browser odd = signedIn("Mara Member", MEMBER_PASSWORD, "<b>Bot</b> \"quoted\" " + "x".repeat(200));
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);

        Response page = here.get("/account");
        String text = page.text();
        assertThat(text).contains("Where you are signed in", "3 sessions", "Firefox 128 · Linux", "Chrome 131 · Android",
                "&lt;b&gt;Bot&lt;/b&gt; &quot;quoted&quot; xxx", "(this browser)", "Sign out everywhere else")
                .doesNotContain("<b>Bot</b>").doesNotContain("x".repeat(60));
        for (WebFixture.Browser b : List.of(here, phone, odd)) {
            assertThat(text).as("never a session's id").doesNotContain(b.cookies.get(Sessions.COOKIE));
        }
        // this browser is marked, and has no Sign out of its own (Sign out in the top bar does that)
        assertThat(text.split("this-session")[1].split("</tr>")[0]).contains("Firefox 128").doesNotContain("/account/sessions/end");
        assertThat(text.split("/account/sessions/end").length - 1).as("a Sign out for each other browser").isEqualTo(2);

        // sign out the phone, by the handle its row carries
        String phoneRow = text.substring(text.indexOf("Chrome 131 · Android"));
        java.util.regex.Matcher handle = java.util.regex.Pattern.compile("name=\"session\" value=\"([^\"]+)\"").matcher(phoneRow);
        assertThat(handle.find()).isTrue();
        Response one = send(here, "/account/sessions/end", "session", handle.group(1));
        assertThat(one.status()).isEqualTo(303);
        assertThat(one.headers().get("Location")).isEqualTo("/account?ended=one#sessions");
        assertThat(phone.get("/account").status()).as("the phone is signed out").isNotEqualTo(200);
        assertThat(odd.get("/account").status()).as("the other browser is not").isEqualTo(200);
        assertThat(here.get("/account", "ended", "one").text()).contains("You were signed out in that browser.", "2 sessions");
        // another person's handle, or one that is gone, ends nothing
        assertThat(send(here, "/account/sessions/end", "session", handle.group(1)).headers().get("Location")).contains("ended=none");

        Response others = send(here, "/account/sessions/others");
        assertThat(others.headers().get("Location")).isEqualTo("/account?ended=others#sessions");
        assertThat(odd.get("/account").status()).isNotEqualTo(200);
        Response after = here.get("/account", "ended", "others");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text()).contains("You were signed out everywhere else", "One session").doesNotContain("Sign out everywhere else");
        assertThat(office.get("/account").status()).as("another person's sessions go on").isEqualTo(200);

        List<mou.core.model.HistoryEntry> lines = history(Accounts.SESSIONS);
        assertThat(lines).extracting(e -> e.by() + ": " + e.subject() + " " + ((java.util.Map<?, ?>) e.before()).get("sessions") + " → "
                + ((java.util.Map<?, ?>) e.after()).get("sessions")).containsExactly("Mara Member: Mara Member 3 → 2",
                "Mara Member: Mara Member 2 → 1");
        String log = Files.readString(web.data.resolve("history.jsonl"));
        assertThat(log).doesNotContain(here.cookies.get(Sessions.COOKIE)).doesNotContain(handle.group(1)).doesNotContain("Firefox");
        assertThat(String.join("\n", web.app.cycle.describe(lines.get(1), "en"))).contains("sessions", "account Mara Member changed",
                "signed-in sessions: 2 → 1");
        assertThat(String.join("\n", web.app.cycle.describe(lines.get(1), "es"))).contains("sesiones abiertas: 2 → 1");
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");

        // Spanish
        here.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(here.get("/account").text()).contains("Dónde tiene la sesión iniciada", "(este navegador)", "Una sesión");
    }

    /**
     * A Sign out button's name for a screen reader begins with the words it shows (WCAG 2.5.3, axe-core's
     * label-content-name-mismatch): a person using speech says what they see. The Spanish said "Cerrar la sesión de ..."
     * on a button showing "Cerrar sesión".
     */
    @Test
    void eachSignOutButtonsNameBeginsWithTheWordsItShows() throws Exception {
        WebFixture.Browser here = signedIn("Mara Member", MEMBER_PASSWORD, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        signedIn("Mara Member", MEMBER_PASSWORD, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.5 Safari/605.1.15");
        for (String language : List.of("en", "es")) {
            here.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            java.util.regex.Matcher button = java.util.regex.Pattern.compile("<button([^>]*)>([^<]*)</button>").matcher(here.get("/account").text());
            int named = 0;
            while (button.find()) {
                java.util.regex.Matcher label = java.util.regex.Pattern.compile("aria-label=\"([^\"]*)\"").matcher(button.group(1));
                if (label.find()) {
                    named++;
                    assertThat(label.group(1)).as(language).startsWith(button.group(2).strip());
                }
            }
            assertThat(named).as("%s: the other browser's Sign out", language).isEqualTo(1);
        }
    }

    @Test
    void theOfficeEndsEveryOneOfAPersonsSessionsOnTheirPage() throws Exception {
        WebFixture.Browser laptop = signedIn("Mara Member", MEMBER_PASSWORD, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.5 Safari/605.1.15");
        WebFixture.Browser phone = signedIn("Mara Member", MEMBER_PASSWORD, null);
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        WebFixture.Browser officePhone = signedIn("Olivia Office", OFFICE_PASSWORD);
        Response page = office.get("/accounts/person", "name", "Mara Member");
        assertThat(page.text()).contains("<h2 id=\"sessions-title\">Sessions</h2>", "Safari 17 · macOS", "A browser that did not say which",
                "Sign out everywhere").doesNotContain("/account/sessions/end").doesNotContain(laptop.cookies.get(Sessions.COOKIE));
        Response ended = send(office, "/accounts/person/sessions", "name", "mara member");
        assertThat(ended.status()).isEqualTo(303);
        assertThat(laptop.get("/account").status()).isNotEqualTo(200);
        assertThat(phone.get("/account").status()).isNotEqualTo(200);
        assertThat(office.get("/accounts/person", "name", "Mara Member", "done", "sessions").text())
                .contains("Mara Member was signed out in every browser.", "Mara Member is not signed in anywhere now.");
        // the office's own page ends its other sessions, not this one
        assertThat(send(office, "/accounts/person/sessions", "name", "Olivia Office").status()).isEqualTo(303);
        assertThat(officePhone.get("/account").status()).isNotEqualTo(200);
        assertThat(office.get("/account").status()).isEqualTo(200);
        assertThat(history(Accounts.SESSIONS)).extracting(e -> e.by() + ": " + e.subject() + " " + ((java.util.Map<?, ?>) e.before())
                .get("sessions") + " → " + ((java.util.Map<?, ?>) e.after()).get("sessions"))
                .containsExactly("Olivia Office: Mara Member 2 → 0", "Olivia Office: Olivia Office 2 → 1");
        assertThat(send(office, "/accounts/person/sessions", "name", "Nobody").status()).isEqualTo(404);
        WebFixture.Browser member = signedIn("Mara Member", MEMBER_PASSWORD);
        assertThat(send(member, "/accounts/person/sessions", "name", "Olivia Office").status()).as("only the office").isEqualTo(403);
        assertThat(office.get("/account").status()).isEqualTo(200);
    }

    @Test
    void theOfficeRenamesAnAccountUnderTheNameRuleTheHistoryKeepsTheOldName() throws Exception {
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        WebFixture.Browser member = signedIn("Mara Member", MEMBER_PASSWORD);
        // a line of the history under the old name, from before the rename
        String token = WebFixture.csrfOf(member.get("/account"));
        assertThat(member.post("/account/password", "csrf", token, "current", MEMBER_PASSWORD, "password", "member password 2",
                "again", "member password 2").status()).isEqualTo(303);
        String before = Files.readString(file);
        Response page = office.get("/accounts/person", "name", "Mara Member");
        assertThat(page.text()).contains("Rename the account", "is kept as it was", "id=\"newName\"");

        Response taken = send(office, "/accounts/person/rename", "name", "Mara Member", "newName", "olivia OFFICE");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.text()).contains("There is an account &quot;Olivia Office&quot; already").contains("aria-invalid=\"true\"")
                .contains("value=\"olivia OFFICE\"");
        assertThat(send(office, "/accounts/person/rename", "name", "Mara Member", "newName", " Mara").text())
                .contains("The name must not begin or end with spaces.");
        assertThat(send(office, "/accounts/person/rename", "name", "Mara Member", "newName", "").text()).contains("Give the person&#39;s name");
        assertThat(send(office, "/accounts/person/rename", "name", "Mara Member", "newName", "Mara Member").text())
                .contains("The account is called &quot;Mara Member&quot; already");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(send(office, "/accounts/person/rename", "name", "Mara Member", "newName", "Olivia Office").text())
                .contains("Ya existe una cuenta «Olivia Office»");
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);
        assertThat(Files.readString(file)).as("nothing changed by a refusal").isEqualTo(before);
        assertThat(member.get("/account").status()).isEqualTo(200);

        Response renamed = send(office, "/accounts/person/rename", "name", "Mara Member", "newName", "Mara Miembro");
        assertThat(renamed.status()).isEqualTo(303);
        assertThat(renamed.headers().get("Location")).startsWith("/accounts/person?name=Mara+Miembro&done=renamed");
        assertThat(office.get(renamed.headers().get("Location").split("\\?")[0], "name", "Mara Miembro", "done", "renamed", "from",
                "Mara Member").text()).contains("<h1>Mara Miembro</h1>", "Mara Member is now called Mara Miembro");
        assertThat(account("Mara Member")).isNull();
        Accounts.Account now = account("Mara Miembro");
        assertThat(now.role()).isEqualTo(Role.MEMBER);
        assertThat(now.groups()).containsExactly("air-quality");
        assertThat(Files.readString(file)).contains("\"kept\"", "+52 55 0000 0000");
        assertThat(member.get("/account").status()).as("the renamed person's session ends").isNotEqualTo(200);
        assertThat(SignInTest.signIn(web.browser(null), "Mara Member", "member password 2").status()).isEqualTo(401);
        WebFixture.Browser again = signedIn("mara miembro", "member password 2");
        assertThat(again.get("/account").text()).contains("Mara Miembro");
        // a change of capitals only is a rename too
        assertThat(send(office, "/accounts/person/rename", "name", "Mara Miembro", "newName", "mara miembro").status()).isEqualTo(303);
        assertThat(new Accounts(web.data).read().accounts().get("mara miembro").name()).isEqualTo("mara miembro");

        List<mou.core.model.HistoryEntry> renames = history(Accounts.RENAMED);
        assertThat(renames).hasSize(2);
        assertThat(renames.get(0).by()).isEqualTo("Olivia Office");
        assertThat(renames.get(0).subject()).isEqualTo("Mara Miembro");
        assertThat(renames.get(0).before()).isEqualTo(java.util.Map.of("name", "Mara Member", "role", "member", "groups", List.of("air-quality")));
        assertThat(renames.get(0).after()).isEqualTo(java.util.Map.of("name", "Mara Miembro", "role", "member", "groups", List.of("air-quality")));
        assertThat(history(Accounts.ADDED)).as("a rename is not an account added").isEmpty();
        assertThat(history(Accounts.REMOVED)).isEmpty();
        assertThat(web.app.cycle.describe(renames.get(0), "en")).anySatisfy(l -> assertThat(l).contains("name: Mara Member → Mara Miembro"));
        assertThat(web.app.cycle.describe(renames.get(0), "es")).anySatisfy(l -> assertThat(l).contains("nombre: Mara Member → Mara Miembro"));
        // what the history said under the old name stays so
        assertThat(history(Accounts.PASSWORD)).extracting(mou.core.model.HistoryEntry::by, mou.core.model.HistoryEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mara Member", "Mara Member"));
    }

    @Test
    void theOfficeRenamingItsOwnAccountStaysSignedIn() throws Exception {
        WebFixture.Browser office = signedIn("Olivia Office", OFFICE_PASSWORD);
        Response renamed = send(office, "/accounts/person/rename", "name", "Olivia Office", "newName", "Olivia Oficina");
        assertThat(renamed.status()).isEqualTo(303);
        Response page = office.get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Signed in as Olivia Oficina");
        assertThat(office.get("/accounts").status()).isEqualTo(200);
    }
}
