package mou.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.web.api.HtmlWriter;

/**
 * Signing in and out, and what the server knows of the accounts: {@code GET /sign-in} (the form),
 * {@code POST /sign-in} (a new session on success, the same form with 401 on failure, 429 while
 * the name from that address, or the site, is throttled), {@code POST /sign-out}, and {@code GET /endpoints} (every
 * route with its access, for the program office and the tests). Before each request the server
 * looks whether {@value Accounts#FILE} changed ({@link #refresh()}) and ends the sessions of an
 * account that was removed or whose password, role or groups changed.
 */
final class AccountPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final WebApp app;
    final Accounts accounts;
    final Throttle throttle = new Throttle(Clock.systemUTC());
    /** The last change of their own password each person made here (by {@link Accounts#key}), for its resend ({@link AccountSettings}). */
    final Map<String, OwnPassword> ownPasswords = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A change of one's own password: the session that sent it (which it ended), the password's hash before and after, and the
     * session it opened in its place.
     */
    record OwnPassword(String ended, String before, String after, String opened) {
    }
    private volatile Map<String, Accounts.Account> seen;

    AccountPages(WebApp app) {
        this.app = app;
        this.accounts = new Accounts(app.data);
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/sign-in", Access.PUBLIC, this::signInPage),
                new Route("POST", "/sign-in", Access.PUBLIC, this::signIn),
                new Route("POST", "/sign-out", Access.PUBLIC, this::signOut),
                new Route("GET", "/endpoints", Access.PROGRAM_OFFICE, this::endpoints));
    }

    /**
     * Reads the accounts file again when it changed, and ends every session of an account that is
     * gone or whose password, role or groups are no longer what they were when it signed in.
     */
    void refresh() {
        Accounts.Snapshot now = accounts.current();
        if (now.problem() == null && now.byKey() == seen) {
            return; // unchanged since the last look: every request takes this path, without waiting for a lock
        }
        changed();
    }

    private synchronized void changed() {
        Accounts.Snapshot now = accounts.current(); // looked at again under the lock: the newest wins
        Map<String, Accounts.Account> before = seen;
        if (now.problem() != null) {
            // a broken file signs no one in, and ends the sessions of the accounts it had
            if (before != null) {
                before.values().forEach(a -> app.sessions.closeAll(a.name()));
            }
            seen = Map.of();
            return;
        }
        if (before != null && before != now.byKey()) {
            for (Map.Entry<String, Accounts.Account> old : before.entrySet()) {
                Accounts.Account still = now.byKey().get(old.getKey());
                if (still == null || !still.equals(old.getValue())) {
                    app.sessions.closeAll(old.getValue().name());
                }
            }
        }
        seen = now.byKey();
    }

    /** A path of this site to go back to after signing in; anything else (another site, a scheme, a control character) is the dashboard. */
    static String local(String back) {
        if (back == null || back.isEmpty() || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.contains("\\")
                || back.length() > 2000 || back.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))
                || back.startsWith("/sign-in") || back.startsWith("/sign-out")) {
            return "/";
        }
        return back;
    }

    private Response signInPage(Call call) throws WebApp.Refusal {
        return form(call, 200, local(call.query("back").orElse(null)), call.query("name").orElse(""), null);
    }

    private Response form(Call call, int status, String back, String name, String message) {
        Ui ui = call.ui();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("signIn.title"));
        Accounts.Snapshot snapshot = accounts.current();
        if (snapshot.problem() != null) {
            html.element("p", ui.t("signIn.broken"), "class", "problem", "role", "alert");
        } else if (snapshot.byKey().isEmpty()) {
            html.element("p", ui.t("signIn.noAccounts"), "class", "notice");
        }
        if (call.user().isPresent()) {
            html.element("p", ui.t("signIn.already", call.user().get().name()));
        } else {
            html.element("p", ui.t("signIn.intro"));
        }
        if (message != null) {
            html.element("p", message, "class", "problem", "role", "alert", "id", "sign-in-problem");
        }
        html.start("form", "method", "post", "action", "/sign-in", "class", "sign-in");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        if (!back.equals("/")) {
            html.start("input", "type", "hidden", "name", "back", "value", back);
        }
        String[] invalid = message == null ? new String[0] : new String[] {"aria-invalid", "true", "aria-describedby", "sign-in-problem"};
        html.start("p").element("label", ui.t("signIn.name"), "for", "name");
        html.start("input", concat(new String[] {"type", "text", "id", "name", "name", "name", "value", name, "autocomplete", "username",
                "required", "required", "maxlength", String.valueOf(Accounts.MAX_NAME), "spellcheck", "false"}, invalid));
        html.end("p");
        html.start("p").element("label", ui.t("signIn.password"), "for", "password");
        html.start("input", concat(new String[] {"type", "password", "id", "password", "name", "password", "autocomplete",
                "current-password", "required", "required", "maxlength", String.valueOf(Passwords.MAX_LENGTH)}, invalid));
        html.end("p");
        html.start("p").element("button", ui.t("signIn.submit"), "type", "submit").end("p");
        html.end("form");
        Response page = Response.html(status, Page.of(call, ui.t("signIn.title"), "/sign-in", app.menu(call), html));
        return page;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private Response signIn(Call call) throws WebApp.Refusal {
        Ui ui = call.ui();
        String back = local(call.field("back").orElse(null));
        String name = call.field("name").orElse("").strip();
        String password = call.field("password").orElse("");
        if (name.isEmpty() || password.isEmpty()) {
            return form(call, 400, back, name, ui.t("signIn.missing"));
        }
        if (name.length() > 4 * Accounts.MAX_NAME || password.length() > 4 * Passwords.MAX_LENGTH) {
            return form(call, 401, back, "", ui.t("signIn.failed"));
        }
        Optional<Instant> until = throttle.refusedUntil(name, call.request().client());
        if (until.isPresent()) {
            long seconds = Math.max(1, Duration.between(throttle.clock.instant(), until.get()).toSeconds() + 1);
            HtmlWriter html = new HtmlWriter().element("h1", ui.t("signIn.throttled.title"))
                    .element("p", ui.t("signIn.throttled", TIME.format(until.get()), seconds), "class", "problem", "role", "alert")
                    .start("p").link("/sign-in" + (back.equals("/") ? "" : "?back=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8)),
                            ui.t("signIn.again")).end("p");
            return Response.html(429, Page.of(call, ui.t("signIn.throttled.title"), "/sign-in", app.menu(call), html))
                    .with("Retry-After", String.valueOf(seconds));
        }
        refresh();
        Accounts.Snapshot snapshot = accounts.current();
        Optional<Accounts.Account> account = snapshot.problem() == null ? snapshot.find(name) : Optional.empty();
        char[] given = password.toCharArray();
        boolean right;
        try {
            if (account.isPresent()) {
                right = Passwords.verify(given, account.get().passwordHash());
            } else {
                Passwords.verifyDecoy(given, app.passwordCost);
                right = false;
            }
        } finally {
            java.util.Arrays.fill(given, '\0');
        }
        if (!right) {
            throttle.failed(name, call.request().client());
            return form(call, 401, back, name, ui.t("signIn.failed"));
        }
        throttle.succeeded(name, call.request().client());
        // a new session id on every sign-in, and the one before (if any) ended: no session fixation
        app.sessions.close(call.request().cookies().get(Sessions.COOKIE));
        Session session = app.sessions.open(account.get().user(), call.request().userAgent());
        return Response.seeOther(back).cookie(Sessions.COOKIE, session.id(), -1);
    }

    /**
     * {@code POST /sign-out}: this session ends, a line of the history as every session ended ({@link #recordSessions}); a history
     * that cannot be written now does not keep anyone signed in: the session ends all the same.
     */
    private Response signOut(Call call) {
        String id = call.request().cookies().get(Sessions.COOKIE);
        Optional<Session> session = app.sessions.find(id);
        if (session.isPresent() && call.user().isPresent()) {
            String name = call.user().get().name();
            int before = app.sessions.of(name).size();
            try {
                recordSessions(call, name, before, Math.max(0, before - 1));
            } catch (WebApp.Refusal e) {
                // signed out without the line: a person can always sign out
            }
        }
        app.sessions.close(id);
        return Response.seeOther("/").cookie(Sessions.COOKIE, "", 0);
    }

    /**
     * Records sessions ended in the history, under who ended them ({@link Accounts#sessionsEnded}: how many were open before and
     * after, never an id); before they end, so that a history that cannot be written leaves them open. The one rule of the
     * sessions ended from a list ({@link AccountSettings}) and of Sign out.
     */
    void recordSessions(Call call, String name, int before, int after) throws WebApp.Refusal {
        Accounts.Snapshot snapshot = accounts.current();
        Optional<Accounts.Account> account = snapshot.problem() == null ? snapshot.find(name) : Optional.empty();
        if (account.isEmpty()) {
            return; // the account is gone or its file cannot be read: its sessions end at the next request anyway
        }
        Ui ui = call.ui();
        try {
            accounts.change(app.store, app.data, call.by(), now -> { }, List.of(Accounts.sessionsEnded(call.by(), account.get(), before,
                    after, Accounts.now())));
        } catch (Accounts.Refused e) {
            throw new IllegalStateException(e); // a change that changes nothing is never refused
        } catch (Accounts.Unreadable e) {
            throw new WebApp.Refusal(500, ui.t("accounts.broken"), ui.t("signIn.broken"));
        } catch (java.io.IOException e) {
            throw new WebApp.Refusal(503, ui.t("accounts.unsaved"), ui.t("accounts.unsaved.text"));
        }
    }

    /** {@code GET /endpoints}: every route, one a line: {@code METHOD PATTERN ACCESS}. */
    private Response endpoints(Call call) {
        StringBuilder b = new StringBuilder();
        for (Route route : app.routes()) {
            b.append(route.method()).append(' ').append(route.pattern()).append(' ')
                    .append(route.access().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append('\n');
        }
        return new Response(200, "text/plain; charset=utf-8", new HashMap<>(), b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
