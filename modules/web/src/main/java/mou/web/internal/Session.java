package mou.web.internal;

import java.time.Instant;

/**
 * A signed-in browser: the random id in its cookie, the person, the token every form of theirs
 * carries against cross-site request forgery, and when it ends unless used again.
 */
record Session(String id, User user, String csrf, Instant expires) {
}
