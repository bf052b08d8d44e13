package mou.web.internal;

import java.time.Instant;

/**
 * A signed-in browser: the random id in its cookie, the person, the token every form of theirs
 * carries against cross-site request forgery, and when it ends unless used again; and what the person's
 * list of sessions shows of it ({@code /account}): a handle that names it in a form (random, not the id:
 * knowing it signs no one in), when it began and was last used, and its browser as its {@code User-Agent}
 * said when it signed in, shortened ({@link Browsers#shortened}; null when it said none).
 */
record Session(String id, User user, String csrf, Instant expires, String handle, Instant started, Instant lastUsed, String browser) {
}
