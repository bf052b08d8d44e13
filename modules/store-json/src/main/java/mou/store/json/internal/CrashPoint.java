package mou.store.json.internal;

/**
 * A test hook for the crash test: when the system property {@value #PROPERTY} names a point
 * ({@code journal-written}, {@code file-applied-N}, {@code history-appended},
 * {@code before-journal-delete}), the process halts there at once, as a kill would stop it. The
 * property is read once; without it every point is a no-op.
 */
final class CrashPoint {

    static final String PROPERTY = "mou.test.crash";

    private static final String POINT = System.getProperty(PROPERTY);

    private CrashPoint() {
    }

    static void at(String point) {
        if (POINT != null && POINT.equals(point)) {
            Runtime.getRuntime().halt(86);
        }
    }
}
