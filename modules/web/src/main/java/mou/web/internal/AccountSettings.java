package mou.web.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mou.core.model.WorkingGroupPlan;
import mou.web.api.HtmlWriter;
import mou.web.internal.GroupPages.Problems;
import mou.web.internal.WebApp.Refusal;

/**
 * The accounts in the browser, beside {@code ./mou user} on the server, with the same rules ({@link Accounts}):
 * <ul>
 * <li>{@code GET /account}, {@code POST /account/password}: everyone signed in sees their account and changes their
 * own password, giving the one they have (a wrong one counts as a failed sign-in: {@link Throttle}). Their other
 * sessions end; this one goes on with a new id.</li>
 * <li>{@code POST /account/sessions/end}, {@code POST /account/sessions/others}: on the same page, where they are signed
 * in ({@link Sessions#of}), this browser marked; they sign out one other session (named by its handle, never its id) or
 * every other one.</li>
 * <li>{@code GET /accounts}, {@code POST /accounts/add}: the program office lists the accounts and adds one, with a
 * first password that the person changes on their account page.</li>
 * <li>{@code GET /accounts/person?name=NAME}, {@code POST /accounts/person/role|password|remove}: the program office
 * changes an account's role and groups, sets a new password (a person who has forgotten theirs), or removes it.
 * The last program-office account keeps its role.</li>
 * <li>{@code POST /accounts/person/sessions}, {@code POST /accounts/person/rename}: the program office signs a person out
 * everywhere, or renames the account ({@link Accounts.Tree#rename}, as {@code user rename}; the person's sessions end).</li>
 * </ul>
 * Each change reads the file again and writes it holding the workspace's lock ({@link Accounts#change}); a refusal
 * shows the form again with the problem beside its field, and nothing is changed. A running server ends the sessions
 * of an account whose password, role or groups changed ({@link AccountPages#refresh()}).
 */
final class AccountSettings {

    private static final String PERSON = "/accounts/person";

    private final WebApp app;

    AccountSettings(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/account", Access.SIGNED_IN, this::mine),
                new Route("POST", "/account/password", Access.SIGNED_IN, this::myPassword),
                new Route("POST", "/account/sessions/end", Access.SIGNED_IN, this::endMine),
                new Route("POST", "/account/sessions/others", Access.SIGNED_IN, this::endOthers),
                new Route("GET", "/accounts", Access.PROGRAM_OFFICE, this::list),
                new Route("POST", "/accounts/add", Access.PROGRAM_OFFICE, this::add),
                new Route("GET", PERSON, Access.PROGRAM_OFFICE, this::person),
                new Route("POST", PERSON + "/role", Access.PROGRAM_OFFICE, this::role),
                new Route("POST", PERSON + "/password", Access.PROGRAM_OFFICE, this::password),
                new Route("POST", PERSON + "/remove", Access.PROGRAM_OFFICE, this::remove),
                new Route("POST", PERSON + "/rename", Access.PROGRAM_OFFICE, this::rename),
                new Route("POST", PERSON + "/sessions", Access.PROGRAM_OFFICE, this::endTheirs));
    }

    static String personHref(String name) {
        return PERSON + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------- one's own account

    private Response mine(Call call) throws Refusal {
        return mine(call, 200, Problems.NONE, call.query("saved").isPresent());
    }

    private Response mine(Call call, int status, Problems problems, boolean saved) throws Refusal {
        Ui ui = call.ui();
        User user = call.user().orElseThrow();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("account.title"));
        if (saved) {
            html.element("p", ui.t("account.password.saved"), "class", "saved", "role", "status");
        }
        String ended = status == 200 ? call.query("ended").orElse("") : "";
        if (List.of("one", "others", "none").contains(ended)) {
            html.element("p", ui.t("account.sessions.ended." + ended), "class", "saved", "role", "status");
        }
        html.start("dl", "class", "account");
        html.element("dt", ui.t("account.name")).element("dd", user.name());
        html.element("dt", ui.t("account.role")).element("dd", ui.t("account.role." + user.role().id));
        if (!user.groups().isEmpty()) {
            html.element("dt", ui.t("account.groups")).element("dd", groupNames(titles(call), user.groups()));
        }
        html.end("dl");
        html.element("p", ui.t("account.about." + user.role().id), "class", "help");
        if (user.office()) {
            html.start("p").link("/accounts", ui.t("accounts.title")).end("p");
        }
        html.start("section", "aria-labelledby", "password-title").element("h2", ui.t("account.password.title"), "id", "password-title");
        GroupPages.summary(html, ui, problems);
        html.start("form", "method", "post", "action", "/account/password", "class", "edit");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        // the name, for the browser's password manager (it saves the new password for this name)
        html.start("input", "type", "hidden", "name", "username", "value", user.name(), "autocomplete", "username");
        passwordField(html, ui, problems, "current", ui.t("account.password.current"), "current-password", null);
        passwordField(html, ui, problems, "password", ui.t("account.password.new"), "new-password", ui.t("account.password.rule",
                Passwords.MIN_LENGTH));
        passwordField(html, ui, problems, "again", ui.t("account.password.again"), "new-password", null);
        html.start("p", "class", "actions").element("button", ui.t("account.password.submit"), "type", "submit", "class", "primary").end("p");
        html.end("form");
        html.element("p", ui.t("account.password.others"), "class", "help");
        html.end("section");
        mySessions(html, call);
        return Response.html(status, Page.of(call, ui.t("account.title"), "/account", app.menu(call), html));
    }

    Response myPassword(Call call) throws Refusal {
        Ui ui = call.ui();
        User user = call.user().orElseThrow();
        AccountPages pages = app.accountPages;
        String current = call.field("current").orElse("");
        Map<String, List<String>> byField = new LinkedHashMap<>();
        if (current.isEmpty()) {
            byField.put("current", List.of(ui.t("account.password.currentMissing")));
        }
        newPassword(ui, call, byField);
        if (!byField.isEmpty()) {
            return mine(call, 422, new Problems(byField, List.of()), false);
        }
        Optional<Instant> until = pages.throttle.refusedUntil(user.name(), call.request().client());
        if (until.isPresent()) {
            long seconds = Math.max(1, Duration.between(pages.throttle.clock.instant(), until.get()).toSeconds() + 1);
            return mine(call, 429, new Problems(Map.of("current", List.of(ui.t("account.password.throttled", seconds))), List.of()), false)
                    .with("Retry-After", String.valueOf(seconds));
        }
        Accounts.Snapshot snapshot = pages.accounts.current();
        Optional<Accounts.Account> account = snapshot.problem() == null ? snapshot.find(user.name()) : Optional.empty();
        if (account.isEmpty()) {
            throw new Refusal(409, ui.t("account.gone"), ui.t("account.gone.text"));
        }
        char[] given = current.toCharArray();
        boolean right;
        try {
            right = Passwords.verify(given, account.get().passwordHash());
        } finally {
            Arrays.fill(given, '\0');
        }
        if (!right) {
            Optional<Response> resent = resentPassword(call, account.get().passwordHash(), current);
            if (resent.isPresent()) {
                return resent.get();
            }
            pages.throttle.failed(user.name(), call.request().client());
            return mine(call, 422, new Problems(Map.of("current", List.of(ui.t("account.password.wrong"))), List.of()), false);
        }
        pages.throttle.succeeded(user.name(), call.request().client());
        String hash = hash(call.field("password").orElse(""));
        String verified = account.get().passwordHash();
        try {
            change(call, now -> now.ownPassword(user.name(), verified, hash));
        } catch (Accounts.Refused e) {
            // the same change sent again while the first was saved: answered as the first
            Optional<Accounts.Account> now = pages.accounts.current().find(user.name());
            Optional<Response> resent = e.reason != Accounts.Reason.CHANGED_MEANWHILE || now.isEmpty() ? Optional.empty()
                    : resentPassword(call, now.get().passwordHash(), current);
            if (resent.isPresent()) {
                return resent.get();
            }
            // removed meanwhile, or its password changed meanwhile (by the program office, or by this person in another window)
            throw new Refusal(409, ui.t("account.gone"), ui.t(e.reason == Accounts.Reason.CHANGED_MEANWHILE ? "account.changedMeanwhile"
                    : "account.gone.text"));
        }
        // every session of this account ends with the change (its other browsers); this one goes on with a new id
        pages.refresh();
        String ended = call.request().cookies().get(Sessions.COOKIE);
        app.sessions.close(ended);
        Session session = app.sessions.open(account.get().user(), call.request().userAgent());
        pages.ownPasswords.put(Accounts.key(user.name()), new AccountPages.OwnPassword(ended, verified, hash, session.id()));
        return Response.seeOther("/account?saved=1").cookie(Sessions.COOKIE, session.id(), -1);
    }

    /**
     * The change of one's own password sent twice (a double click): the second, let in by the session the first then ended,
     * finds the password changed, and was refused as a wrong current password and counted as a failed sign-in. It is the same
     * change when it comes from the session that made the last change of this person's password here, the password is still
     * the one that change set, and both passwords given are that change's (the one before as the current one, the one after as
     * the new one): then it is answered as the first was, with the session the first opened, and not counted. Anything else
     * (another session, another new or current password) is checked as every change is. The session a change ended lets in no
     * new request, so only a request sent before it ended can be such a resend.
     */
    private Optional<Response> resentPassword(Call call, String hashNow, String current) throws Refusal {
        User user = call.user().orElseThrow();
        AccountPages.OwnPassword last = app.accountPages.ownPasswords.get(Accounts.key(user.name()));
        String from = call.request().cookies().get(Sessions.COOKIE);
        if (last == null || from == null || !from.equals(last.ended()) || !last.after().equals(hashNow)) {
            return Optional.empty();
        }
        char[] before = current.toCharArray();
        char[] after = call.field("password").orElse("").toCharArray();
        try {
            if (!Passwords.verify(before, last.before()) || !Passwords.verify(after, last.after())) {
                return Optional.empty();
            }
        } finally {
            Arrays.fill(before, '\0');
            Arrays.fill(after, '\0');
        }
        Response done = Response.seeOther("/account?saved=1");
        return Optional.of(app.sessions.find(last.opened()).isPresent() ? done.cookie(Sessions.COOKIE, last.opened(), -1) : done);
    }

    // ----------------------------------------------------------------------------------------- sessions

    /** When a session began and was last used: to the minute, in UTC (the review page and the history say moments to the second). */
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** "Where you are signed in": this person's sessions, this one marked, each other with its Sign out, and Sign out everywhere else. */
    private void mySessions(HtmlWriter html, Call call) {
        Ui ui = call.ui();
        User user = call.user().orElseThrow();
        String here = call.request().cookies().get(Sessions.COOKIE);
        List<Session> sessions = app.sessions.of(user.name());
        html.start("section", "aria-labelledby", "sessions-title", "id", "sessions").element("h2", ui.t("account.sessions.title"), "id",
                "sessions-title");
        html.element("p", ui.t("account.sessions.about", Sessions.IDLE.toHours()), "class", "help");
        sessionTable(html, call, sessions, here, true);
        if (sessions.stream().anyMatch(s -> !s.id().equals(here))) {
            html.start("form", "method", "post", "action", "/account/sessions/others", "class", "edit");
            html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
            html.start("p", "class", "actions").element("button", ui.t("account.sessions.others"), "type", "submit", "class", "secondary")
                    .end("p");
            html.end("form");
        }
        html.end("section");
    }

    /**
     * The sessions as a table: the browser (escaped as every text), when it began and was last used; never a session's id. On one's own
     * page ({@code own}) this browser is marked and each other has a Sign out button naming it by its handle.
     */
    private static void sessionTable(HtmlWriter html, Call call, List<Session> sessions, String here, boolean own) {
        Ui ui = call.ui();
        html.start("table", "class", "grid stack sessions").element("caption", sessions.size() == 1 ? ui.t("account.sessions.caption.one")
                : ui.t("account.sessions.caption", sessions.size()));
        html.start("thead").start("tr").element("th", ui.t("account.sessions.browser"), "scope", "col")
                .element("th", ui.t("account.sessions.started"), "scope", "col").element("th", ui.t("account.sessions.lastUsed"), "scope", "col");
        if (own) {
            html.element("th", ui.t("account.sessions.action"), "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        for (Session s : sessions) {
            boolean mine = own && s.id().equals(here);
            if (mine) {
                html.start("tr", "class", "this-session");
            } else {
                html.start("tr");
            }
            html.start("th", "scope", "row")
                    .text(s.browser() == null ? ui.t("account.sessions.unknown") : s.browser());
            if (mine) {
                html.text(" ").element("strong", ui.t("account.sessions.this"), "class", "this");
            }
            html.end("th");
            html.start("td").element("span", ui.t("account.sessions.started"), "class", "cell-label").element("span", WHEN.format(s.started()))
                    .end("td");
            html.start("td").element("span", ui.t("account.sessions.lastUsed"), "class", "cell-label").element("span",
                    WHEN.format(s.lastUsed())).end("td");
            if (own) {
                html.start("td");
                if (!mine) {
                    html.start("form", "method", "post", "action", "/account/sessions/end", "class", "inline");
                    html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
                    html.start("input", "type", "hidden", "name", "session", "value", s.handle());
                    html.element("button", ui.t("account.sessions.end"), "type", "submit", "class", "secondary", "aria-label",
                            ui.t("account.sessions.end.label", s.browser() == null ? ui.t("account.sessions.unknown") : s.browser(),
                                    WHEN.format(s.started())));
                    html.end("form");
                }
                html.end("td");
            }
            html.end("tr");
        }
        html.end("tbody").end("table");
    }

    /** {@code POST /account/sessions/end}: signs this person out in one of their other browsers (by its handle). */
    private Response endMine(Call call) throws Refusal {
        User user = call.user().orElseThrow();
        String handle = call.field("session").orElse("");
        String here = call.request().cookies().get(Sessions.COOKIE);
        boolean there = app.sessions.of(user.name()).stream().anyMatch(s -> s.handle().equals(handle) && !s.id().equals(here));
        if (!there) {
            // signed out already (it ended unused, or in that browser): nothing to do
            return Response.seeOther("/account?ended=none#sessions");
        }
        int before = app.sessions.of(user.name()).size();
        recordSessions(call, user.name(), before, before - 1);
        app.sessions.closeHandle(user.name(), handle);
        return Response.seeOther("/account?ended=one#sessions");
    }

    /** {@code POST /account/sessions/others}: signs this person out everywhere but here. */
    private Response endOthers(Call call) throws Refusal {
        User user = call.user().orElseThrow();
        String here = call.request().cookies().get(Sessions.COOKIE);
        List<Session> sessions = app.sessions.of(user.name());
        int others = (int) sessions.stream().filter(s -> !s.id().equals(here)).count();
        if (others == 0) {
            return Response.seeOther("/account?ended=none#sessions");
        }
        recordSessions(call, user.name(), sessions.size(), sessions.size() - others);
        app.sessions.closeOthers(user.name(), here);
        return Response.seeOther("/account?ended=others#sessions");
    }

    /** {@code POST /accounts/person/sessions}: the program office ends every session of a person (but its own here). */
    private Response endTheirs(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        Accounts.Account account;
        try {
            account = tree(call).account(name);
        } catch (Accounts.Refused e) {
            throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
        }
        boolean self = call.user().orElseThrow().name().equals(account.name());
        String keep = self ? call.request().cookies().get(Sessions.COOKIE) : null;
        List<Session> sessions = app.sessions.of(account.name());
        int ending = (int) sessions.stream().filter(s -> !s.id().equals(keep)).count();
        if (ending > 0) {
            recordSessions(call, account.name(), sessions.size(), sessions.size() - ending);
            app.sessions.closeOthers(account.name(), keep);
        }
        return Response.seeOther(personHref(account.name()) + "&done=" + (ending > 0 ? "sessions" : "noSessions") + "#sessions");
    }

    /** Records sessions ended in the history before they end: {@link AccountPages#recordSessions}. */
    private void recordSessions(Call call, String name, int before, int after) throws Refusal {
        app.accountPages.recordSessions(call, name, before, after);
    }

    // ----------------------------------------------------------------------------------------- the program office

    private Response list(Call call) throws Refusal {
        return list(call, 200, new Added("", "", List.of()), Problems.NONE);
    }

    /** What the add form carried: kept when it is shown again (never the passwords). */
    private record Added(String name, String role, List<String> groups) {
    }

    private Response list(Call call, int status, Added form, Problems problems) throws Refusal {
        Ui ui = call.ui();
        Accounts.Tree tree = tree(call);
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("accounts.title"));
        String done = call.query("done").orElse("");
        if (List.of("added", "removed").contains(done)) {
            html.element("p", ui.t("accounts.done." + done, call.query("name").orElse("")), "class", "saved", "role", "status");
        }
        html.element("p", ui.t("accounts.about"), "class", "help");
        html.start("table", "class", "grid stack accounts").element("caption", tree.accounts().size() == 1 ? ui.t("accounts.caption.one")
                : ui.t("accounts.caption", tree.accounts().size()));
        html.start("thead").start("tr").element("th", ui.t("account.name"), "scope", "col").element("th", ui.t("account.role"), "scope", "col")
                .element("th", ui.t("account.groups"), "scope", "col").end("tr").end("thead").start("tbody");
        Map<String, String> titles = titles(call); // read once for the whole list
        for (Accounts.Account a : tree.accounts().values()) {
            html.start("tr").start("th", "scope", "row").link(personHref(a.name()), a.name());
            if (!Passwords.wellFormed(a.passwordHash())) {
                html.text(" ").element("span", ui.t("accounts.noPassword"), "class", "problem");
            }
            html.end("th");
            html.start("td").element("span", ui.t("account.role"), "class", "cell-label").element("span", ui.t("account.role." + a.role().id))
                    .end("td");
            html.start("td").element("span", ui.t("account.groups"), "class", "cell-label")
                    .element("span", groupNames(titles, a.groups())).end("td").end("tr");
        }
        html.end("tbody").end("table");
        html.start("section", "aria-labelledby", "add-title").element("h2", ui.t("accounts.add.title"), "id", "add-title");
        GroupPages.summary(html, ui, problems);
        html.start("form", "method", "post", "action", "/accounts/add", "class", "edit");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        GroupPages.field(html, "name", ui.t("account.name"), problems);
        html.start("input", GroupPages.attrs("type", "text", "id", "name", "name", "name", "value", form.name(), "required", "required",
                "maxlength", String.valueOf(Accounts.MAX_NAME), "autocomplete", "off", "spellcheck", "false", problems, "name"));
        html.end("div");
        roleFields(html, call, problems, form.role(), form.groups());
        html.element("p", ui.t("accounts.add.password"), "class", "help");
        passwordField(html, ui, problems, "password", ui.t("accounts.password.first"), "new-password", ui.t("account.password.rule",
                Passwords.MIN_LENGTH));
        passwordField(html, ui, problems, "again", ui.t("accounts.password.firstAgain"), "new-password", null);
        html.start("p", "class", "actions").element("button", ui.t("accounts.add.submit"), "type", "submit", "class", "primary").end("p");
        html.end("form").end("section");
        return Response.html(status, Page.of(call, ui.t("accounts.title"), "/accounts", app.menu(call), html));
    }

    private Response add(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        String roleId = call.field("role").orElse("");
        List<String> givenGroups = call.fields("group");
        Added form = new Added(name, roleId, givenGroups);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        Accounts.nameProblemOf(name).ifPresent(p -> byField.put("name", List.of(ui.t(p.key, Accounts.MAX_NAME))));
        Optional<Role> role = Role.of(roleId);
        Set<String> groups = Set.of();
        if (role.isEmpty()) {
            byField.put("role", List.of(ui.t("accounts.role.choose")));
        } else {
            try {
                // the groups' boxes are for a member: ticked ones of another role are not meant (they may be left from before)
                groups = Accounts.groups(role.get(), role.get() == Role.MEMBER ? givenGroups : List.of(), known(call));
            } catch (Accounts.Refused e) {
                byField.put(e.reason == Accounts.Reason.GROUPS_NOT_MEMBER ? "role" : "groups", List.of(said(ui, call, e)));
            }
        }
        newPassword(ui, call, byField);
        if (!byField.isEmpty()) {
            return list(call, 422, form, new Problems(byField, List.of()));
        }
        String hash = hash(call.field("password").orElse(""));
        Accounts.Account account = new Accounts.Account(name, role.get(), groups, hash);
        try {
            change(call, now -> now.add(account));
        } catch (Accounts.Refused e) {
            return list(call, 422, form, new Problems(Map.of("name", List.of(said(ui, call, e))), List.of()));
        }
        return Response.seeOther("/accounts?done=added&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    private Response person(Call call) throws Refusal {
        return person(call, 200, call.query("name").orElse(""), null, null, Problems.NONE);
    }

    private Response person(Call call, int status, String name, String role, List<String> groups, Problems problems) throws Refusal {
        return person(call, status, name, role, groups, null, problems);
    }

    private Response person(Call call, int status, String name, String role, List<String> groups, String newName, Problems problems)
            throws Refusal {
        Ui ui = call.ui();
        Accounts.Tree tree = tree(call);
        Accounts.Account account;
        try {
            account = tree.account(name);
        } catch (Accounts.Refused e) {
            throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
        }
        HtmlWriter html = new HtmlWriter().start("p", "class", "crumbs").link("/accounts", ui.t("accounts.title")).end("p");
        html.element("h1", account.name());
        String done = status == 200 ? call.query("done").orElse("") : "";
        if (List.of("role", "password", "sessions", "noSessions").contains(done)) {
            html.element("p", ui.t("accounts.done." + done, account.name()), "class", "saved", "role", "status");
        } else if (done.equals("renamed")) {
            html.element("p", ui.t("accounts.done.renamed", call.query("from").orElse(""), account.name()), "class", "saved", "role", "status");
        }
        GroupPages.summary(html, ui, problems);
        html.start("section", "aria-labelledby", "role-title").element("h2", ui.t("accounts.role.title"), "id", "role-title");
        html.start("form", "method", "post", "action", PERSON + "/role", "class", "edit");
        hidden(html, call, account);
        roleFields(html, call, problems, role == null ? account.role().id : role, groups == null ? List.copyOf(account.groups()) : groups);
        html.element("p", ui.t("accounts.signedOut"), "class", "help");
        html.start("p", "class", "actions").element("button", ui.t("accounts.role.submit"), "type", "submit", "class", "primary").end("p");
        html.end("form").end("section");

        html.start("section", "aria-labelledby", "password-title").element("h2", ui.t("accounts.password.title"), "id", "password-title");
        html.element("p", ui.t("accounts.password.about", account.name()), "class", "help");
        html.start("form", "method", "post", "action", PERSON + "/password", "class", "edit");
        hidden(html, call, account);
        passwordField(html, ui, problems, "password", ui.t("account.password.new"), "new-password", ui.t("account.password.rule",
                Passwords.MIN_LENGTH));
        passwordField(html, ui, problems, "again", ui.t("account.password.again"), "new-password", null);
        html.start("p", "class", "actions").element("button", ui.t("accounts.password.submit"), "type", "submit", "class", "primary").end("p");
        html.end("form").end("section");

        html.start("section", "aria-labelledby", "sessions-title", "id", "sessions").element("h2", ui.t("accounts.sessions.title"), "id",
                "sessions-title");
        List<Session> sessions = app.sessions.of(account.name());
        if (sessions.isEmpty()) {
            html.element("p", ui.t("accounts.sessions.none", account.name()));
        } else {
            sessionTable(html, call, sessions, null, false);
            html.start("form", "method", "post", "action", PERSON + "/sessions", "class", "edit");
            hidden(html, call, account);
            html.element("p", ui.t(call.user().orElseThrow().name().equals(account.name()) ? "accounts.sessions.about.self"
                    : "accounts.sessions.about", account.name()), "class", "help");
            html.start("p", "class", "actions").element("button", ui.t("accounts.sessions.submit"), "type", "submit", "class", "secondary")
                    .end("p");
            html.end("form");
        }
        html.end("section");

        html.start("section", "aria-labelledby", "rename-title").element("h2", ui.t("accounts.rename.title"), "id", "rename-title");
        html.element("p", ui.t("accounts.rename.about", account.name()), "class", "help", "id", "newName-about");
        html.start("form", "method", "post", "action", PERSON + "/rename", "class", "edit");
        hidden(html, call, account);
        GroupPages.field(html, "newName", ui.t("accounts.rename.name"), problems);
        html.start("input", GroupPages.attrs("type", "text", "id", "newName", "name", "newName", "value", newName == null ? account.name()
                : newName, "required", "required", "maxlength", String.valueOf(Accounts.MAX_NAME), "autocomplete", "off", "spellcheck", "false",
                "aria-describedby", "newName-about", problems, "newName"));
        html.end("div");
        html.start("p", "class", "actions").element("button", ui.t("accounts.rename.submit"), "type", "submit", "class", "primary").end("p");
        html.end("form").end("section");

        html.start("section", "aria-labelledby", "remove-title").element("h2", ui.t("accounts.remove.title"), "id", "remove-title");
        html.element("p", ui.t("accounts.remove.about"), "class", "help");
        html.start("form", "method", "post", "action", PERSON + "/remove", "class", "edit");
        hidden(html, call, account);
        List<String> here = problems.of("confirm");
        html.start("div", "class", "field" + (here.isEmpty() ? "" : " invalid"));
        here.forEach(p -> html.element("p", p, "class", "field-problem", "id", "confirm-problem"));
        html.start("input", GroupPages.attrs("type", "checkbox", "id", "confirm", "name", "confirm", "value", "yes", problems, "confirm"));
        html.element("label", ui.t("accounts.remove.confirm", account.name()), "for", "confirm").end("div");
        html.start("p", "class", "actions").element("button", ui.t("accounts.remove.submit"), "type", "submit", "class", "secondary").end("p");
        html.end("form").end("section");
        return Response.html(status, Page.of(call, account.name(), "/accounts", app.menu(call), html));
    }

    private static void hidden(HtmlWriter html, Call call, Accounts.Account account) {
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        html.start("input", "type", "hidden", "name", "name", "value", account.name());
    }

    private Response role(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        String roleId = call.field("role").orElse("");
        List<String> givenGroups = call.fields("group");
        Optional<Role> role = Role.of(roleId);
        if (role.isEmpty()) {
            return person(call, 422, name, roleId, givenGroups, new Problems(Map.of("role", List.of(ui.t("accounts.role.choose"))), List.of()));
        }
        try {
            Set<String> groups = Accounts.groups(role.get(), role.get() == Role.MEMBER ? givenGroups : List.of(), known(call));
            change(call, now -> now.role(name, role.get(), groups));
        } catch (Accounts.Refused e) {
            String field = switch (e.reason) {
                case GROUPS_NOT_MEMBER, LAST_OFFICE -> "role";
                case NO_GROUP, UNKNOWN_GROUP -> "groups";
                default -> null;
            };
            if (field == null) {
                throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
            }
            return person(call, 422, name, roleId, givenGroups, new Problems(Map.of(field, List.of(said(ui, call, e))), List.of()));
        }
        app.accountPages.refresh();
        return Response.seeOther(personHref(name) + "&done=role");
    }

    private Response password(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        Map<String, List<String>> byField = new LinkedHashMap<>();
        newPassword(ui, call, byField);
        if (!byField.isEmpty()) {
            return person(call, 422, name, null, null, new Problems(byField, List.of()));
        }
        String hash = hash(call.field("password").orElse(""));
        try {
            change(call, now -> now.password(name, hash));
        } catch (Accounts.Refused e) {
            throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
        }
        app.accountPages.refresh();
        if (call.user().orElseThrow().name().equalsIgnoreCase(name.strip())) {
            // the office set its own password here: it stays signed in, with a new session
            app.sessions.close(call.request().cookies().get(Sessions.COOKIE));
            Session session = app.sessions.open(call.user().get(), call.request().userAgent());
            return Response.seeOther(personHref(name) + "&done=password").cookie(Sessions.COOKIE, session.id(), -1);
        }
        return Response.seeOther(personHref(name) + "&done=password");
    }

    private Response remove(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        if (!"yes".equals(call.field("confirm").orElse(""))) {
            return person(call, 422, name, null, null, new Problems(Map.of("confirm", List.of(ui.t("accounts.remove.unconfirmed"))), List.of()));
        }
        String kept;
        try {
            kept = tree(call).account(name).name();
            change(call, now -> now.remove(name));
        } catch (Accounts.Refused e) {
            if (e.reason == Accounts.Reason.LAST_OFFICE) {
                return person(call, 409, name, null, null, new Problems(Map.of("confirm", List.of(said(ui, call, e))), List.of()));
            }
            throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
        }
        app.accountPages.refresh();
        return Response.seeOther("/accounts?done=removed&name=" + URLEncoder.encode(kept, StandardCharsets.UTF_8));
    }

    /**
     * {@code POST /accounts/person/rename}: gives the account a new name ({@link Accounts.Tree#rename}, the rule {@code user rename}
     * calls too). The person's sessions end (they sign in with the new name); the program office renaming its own account stays
     * signed in here under the new name. What the history and the records say under the old name stays as it was.
     */
    private Response rename(Call call) throws Refusal {
        Ui ui = call.ui();
        String name = call.field("name").orElse("");
        String newName = call.field("newName").orElse("");
        String old;
        try {
            old = tree(call).account(name).name();
            change(call, now -> now.rename(name, newName));
        } catch (Accounts.Refused e) {
            if (e.reason == Accounts.Reason.NO_ACCOUNT) {
                throw new Refusal(404, ui.t("accounts.none"), said(ui, call, e));
            }
            return person(call, 422, name, null, null, newName, new Problems(Map.of("newName", List.of(said(ui, call, e))), List.of()));
        }
        User me = call.user().orElseThrow();
        app.accountPages.refresh();
        String href = personHref(newName) + "&done=renamed&from=" + URLEncoder.encode(old, StandardCharsets.UTF_8);
        if (me.name().equals(old)) {
            // the office renamed its own account: it stays signed in, under the new name, with a new session
            app.sessions.close(call.request().cookies().get(Sessions.COOKIE));
            Session session = app.sessions.open(new User(newName, me.role(), me.groups()), call.request().userAgent());
            return Response.seeOther(href).cookie(Sessions.COOKIE, session.id(), -1);
        }
        return Response.seeOther(href);
    }

    // ----------------------------------------------------------------------------------------- shared

    /** The new password and its repetition, checked ({@link Passwords#weak}); problems added by field. */
    private static void newPassword(Ui ui, Call call, Map<String, List<String>> byField) throws Refusal {
        String password = call.field("password").orElse("");
        String again = call.field("again").orElse("");
        Optional<Passwords.Weak> weak = Passwords.weak(password.toCharArray());
        if (weak.isPresent()) {
            byField.put("password", List.of(ui.t(weak.get().key(), Passwords.MIN_LENGTH, weak.get().length(), Passwords.MAX_LENGTH)));
        } else if (!password.equals(again)) {
            byField.put("again", List.of(ui.t("account.password.differ")));
        }
    }

    /** The hash of a password already checked, at the application's cost; the characters are wiped. */
    private String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return Passwords.hash(chars, app.passwordCost);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private void change(Call call, Accounts.Change change) throws Refusal, Accounts.Refused {
        change(call, change, List.of());
    }

    private void change(Call call, Accounts.Change change, List<mou.core.model.HistoryEntry> more) throws Refusal, Accounts.Refused {
        Ui ui = call.ui();
        try {
            app.accountPages.accounts.change(app.store, app.data, call.by(), change, more);
        } catch (Accounts.Unreadable e) {
            throw new Refusal(500, ui.t("accounts.broken"), ui.t("signIn.broken"));
        } catch (IOException e) {
            throw new Refusal(503, ui.t("accounts.unsaved"), ui.t("accounts.unsaved.text"));
        }
    }

    private Accounts.Tree tree(Call call) throws Refusal {
        try {
            return app.accountPages.accounts.read();
        } catch (Accounts.Unreadable e) {
            throw new Refusal(500, call.ui().t("accounts.broken"), call.ui().t("signIn.broken"));
        }
    }

    /** The workspace's groups: their ids, in the plans' order. */
    private List<String> known(Call call) throws Refusal {
        return app.workspace().plans().stream().map(WorkingGroupPlan::groupId).toList();
    }

    /** The workspace's groups' names in the page's language, by id in the plans' order; none when the workspace cannot be read now. */
    private Map<String, String> titles(Call call) {
        Map<String, String> titles = new LinkedHashMap<>();
        try {
            app.workspace().plans().forEach(plan -> titles.put(plan.groupId(), plan.name().in(call.language())));
        } catch (Refusal e) {
            // the workspace cannot be read now: the groups are named by their ids
        }
        return titles;
    }

    /** The groups' names ({@link #titles}), in the workspace's order (an id the workspace lacks as it is, last). */
    private static String groupNames(Map<String, String> titles, Set<String> ids) {
        List<String> names = new ArrayList<>();
        Set<String> left = new TreeSet<>(ids);
        titles.forEach((id, title) -> {
            if (left.remove(id)) {
                names.add(title);
            }
        });
        names.addAll(left);
        return String.join(", ", names);
    }

    /** A refusal of the accounts' rules in the page's words. */
    private String said(Ui ui, Call call, Accounts.Refused e) {
        return switch (e.reason) {
            case EXISTS -> ui.t("accounts.refused.exists", e.name);
            case NO_ACCOUNT -> ui.t("accounts.refused.none", e.name);
            case LAST_OFFICE -> ui.t("accounts.refused.lastOffice", e.name);
            case NO_GROUP -> ui.t("accounts.refused.noGroup");
            case GROUPS_NOT_MEMBER -> ui.t("accounts.refused.notMember");
            case UNKNOWN_GROUP -> ui.t("accounts.refused.unknownGroup", e.name);
            case CHANGED_MEANWHILE -> ui.t("account.changedMeanwhile");
            case BAD_NAME -> ui.t(e.problem.key, Accounts.MAX_NAME);
            case SAME_NAME -> ui.t("accounts.refused.same", e.name);
        };
    }

    /** The role (radio buttons, each with what it may) and a member's groups (check boxes). */
    private void roleFields(HtmlWriter html, Call call, Problems problems, String role, List<String> groups) throws Refusal {
        Ui ui = call.ui();
        List<String> here = problems.of("role");
        html.start("fieldset", "class", "field" + (here.isEmpty() ? "" : " invalid"), "id", "role").element("legend", ui.t("account.role"));
        here.forEach(p -> html.element("p", p, "class", "field-problem", "id", "role-problem"));
        for (Role r : Role.values()) {
            String id = "role-" + r.id;
            html.start("div", "class", "choice");
            if (r.id.equals(role)) {
                html.start("input", "type", "radio", "id", id, "name", "role", "value", r.id, "checked", "checked", "aria-describedby", id + "-about");
            } else {
                html.start("input", "type", "radio", "id", id, "name", "role", "value", r.id, "aria-describedby", id + "-about");
            }
            html.element("label", ui.t("account.role." + r.id), "for", id);
            html.element("p", ui.t("account.about." + r.id), "class", "help", "id", id + "-about").end("div");
        }
        html.end("fieldset");
        here = problems.of("groups");
        html.start("fieldset", "class", "field" + (here.isEmpty() ? "" : " invalid"), "id", "groups").element("legend", ui.t("accounts.groups"));
        here.forEach(p -> html.element("p", p, "class", "field-problem", "id", "groups-problem"));
        html.element("p", ui.t("accounts.groups.help"), "class", "help");
        int i = 0;
        for (WorkingGroupPlan plan : app.workspace().plans()) {
            String id = "group-" + i++;
            html.start("div", "class", "choice");
            if (groups.contains(plan.groupId())) {
                html.start("input", "type", "checkbox", "id", id, "name", "group", "value", plan.groupId(), "checked", "checked");
            } else {
                html.start("input", "type", "checkbox", "id", id, "name", "group", "value", plan.groupId());
            }
            html.element("label", plan.name().in(call.language()), "for", id).end("div");
        }
        html.end("fieldset");
    }

    private static void passwordField(HtmlWriter html, Ui ui, Problems problems, String id, String label, String autocomplete, String help) {
        GroupPages.field(html, id, label, problems);
        if (help != null) {
            html.element("p", help, "class", "help", "id", id + "-help");
        }
        html.start("input", GroupPages.attrs("type", "password", "id", id, "name", id, "autocomplete", autocomplete, "required", "required",
                "maxlength", String.valueOf(Passwords.MAX_LENGTH), "aria-describedby", help == null ? null : id + "-help", problems, id));
        html.end("div");
    }
}
