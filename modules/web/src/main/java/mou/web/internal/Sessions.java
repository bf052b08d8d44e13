package mou.web.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in browsers, kept in memory (a restart signs everyone out): each session has a
 * random id (the cookie's value) and its own CSRF token, and ends after {@link #IDLE} unused.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    static final String COOKIE = "mou_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for a person who has just signed in, from a browser that did not say which it is. */
    Session open(User user) {
        return open(user, null);
    }

    /** A new session for a person who has just signed in with a browser whose {@code User-Agent} is this (or null). */
    Session open(User user, String userAgent) {
        Instant now = clock.instant();
        Session session = new Session(token(), user, token(), now.plus(IDLE), token(), now, now, Browsers.shortened(userAgent));
        open.put(session.id(), session);
        return session;
    }

    /** The session with this id, still open; using it keeps it open for another {@link #IDLE}. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = open.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.expires().isBefore(now)) {
            open.remove(id);
            return Optional.empty();
        }
        Session renewed = new Session(session.id(), session.user(), session.csrf(), now.plus(IDLE), session.handle(), session.started(), now,
                session.browser());
        open.put(id, renewed);
        return Optional.of(renewed);
    }

    void close(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    /** Ends every session of a person (their account was removed or their password changed). */
    void closeAll(String name) {
        open.values().removeIf(s -> s.user().name().equals(name));
    }

    /** The person's sessions still open, the last used first. */
    java.util.List<Session> of(String name) {
        Instant now = clock.instant();
        return open.values().stream().filter(s -> s.user().name().equals(name) && !s.expires().isBefore(now))
                .sorted(java.util.Comparator.comparing(Session::lastUsed).reversed().thenComparing(Session::started)).toList();
    }

    /** Ends the person's sessions but the one of this id (which may be null: then every one); how many ended. */
    int closeOthers(String name, String keep) {
        int[] ended = {0};
        open.values().removeIf(s -> {
            boolean end = s.user().name().equals(name) && !s.id().equals(keep);
            if (end) {
                ended[0]++;
            }
            return end;
        });
        return ended[0];
    }

    /** Ends the person's session with this handle (as their list of sessions names it); whether there was one. */
    boolean closeHandle(String name, String handle) {
        if (handle == null) {
            return false;
        }
        return open.values().removeIf(s -> s.user().name().equals(name) && s.handle().equals(handle));
    }

    /** 32 random bytes, URL-safe. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
