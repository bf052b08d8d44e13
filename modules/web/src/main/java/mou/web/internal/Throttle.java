package mou.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing of passwords without making a request thread wait: after {@link #FREE}
 * failed sign-ins for a name from one client address, each further attempt for that name from that
 * address is refused until a wait has passed that doubles with every failure (2 s, 4 s, 8 s ... at
 * most {@link #LONGEST}); when more than {@link #ADDRESS_LIMIT} sign-ins failed from one address within
 * {@link #GLOBAL_WINDOW} whatever the names (one client trying many names), every sign-in from that
 * address waits until the window has room again; and when more than {@link #GLOBAL_LIMIT} failed within
 * it over all names and addresses (many clients at once), every sign-in waits. Counting by name and
 * address, someone who fails a name on purpose, or many names, delays only themselves: the name's owner
 * signs in from their own address. A successful sign-in clears the
 * count of its name and address. Kept in memory, for at most {@link #MAX_NAMES} pairs (the oldest
 * forgotten first).
 */
final class Throttle {

    static final int FREE = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST = Duration.ofMinutes(15);
    static final int GLOBAL_LIMIT = 500;
    static final int ADDRESS_LIMIT = 20;
    static final Duration GLOBAL_WINDOW = Duration.ofMinutes(1);
    static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant until) {
    }

    private final Map<String, Failures> byName = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_NAMES;
        }
    };
    private final Deque<Instant> recent = new ArrayDeque<>();
    /** The recent failures of each client address (at most {@link #MAX_NAMES} addresses, the least recent forgotten first). */
    private final Map<String, Deque<Instant>> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_NAMES;
        }
    };
    volatile Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** The pair a count is kept for: the name (without regard to case) and the client's address (null: not known). */
    private static String key(String name, String client) {
        return Accounts.key(name) + "\n" + (client == null ? "" : client);
    }

    /** When the next attempt for this name from this address may be made, if not now. */
    synchronized Optional<Instant> refusedUntil(String name, String client) {
        Instant now = clock.instant();
        withinWindow(recent, now);
        Instant until = null;
        if (recent.size() >= GLOBAL_LIMIT) {
            until = recent.peekFirst().plus(GLOBAL_WINDOW);
        }
        Deque<Instant> fromHere = byAddress.get(client == null ? "" : client);
        if (fromHere != null) {
            withinWindow(fromHere, now);
            if (fromHere.size() >= ADDRESS_LIMIT && (until == null || fromHere.peekFirst().plus(GLOBAL_WINDOW).isAfter(until))) {
                until = fromHere.peekFirst().plus(GLOBAL_WINDOW);
            }
        }
        Failures failures = byName.get(key(name, client));
        if (failures != null && failures.until() != null && failures.until().isAfter(now)
                && (until == null || failures.until().isAfter(until))) {
            until = failures.until();
        }
        return Optional.ofNullable(until);
    }

    /** The failures of the last {@link #GLOBAL_WINDOW} only: older ones are taken off the front. */
    private static void withinWindow(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(GLOBAL_WINDOW))) {
            failures.removeFirst();
        }
    }

    /** A failed attempt: counted for the name from this address, and for all. */
    synchronized void failed(String name, String client) {
        Instant now = clock.instant();
        recent.addLast(now);
        while (recent.size() > GLOBAL_LIMIT * 4) {
            recent.removeFirst();
        }
        Deque<Instant> fromHere = byAddress.computeIfAbsent(client == null ? "" : client, a -> new ArrayDeque<>());
        fromHere.addLast(now);
        while (fromHere.size() > ADDRESS_LIMIT * 4) {
            fromHere.removeFirst();
        }
        Failures before = byName.get(key(name, client));
        int count = before == null ? 1 : before.count() + 1;
        Instant until = null;
        if (count >= FREE) {
            int doublings = Math.min(count - FREE, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            until = now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
        }
        byName.put(key(name, client), new Failures(count, until));
    }

    /** A successful sign-in: its name from its address starts again from no failures. */
    synchronized void succeeded(String name, String client) {
        byName.remove(key(name, client));
    }
}
