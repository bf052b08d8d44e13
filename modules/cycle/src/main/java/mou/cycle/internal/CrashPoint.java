package mou.cycle.internal;

/**
 * A test hook for the crash test (as the store's): when the system property {@value #PROPERTY}
 * names a point of publishing ({@code publish-staged}: the report is staged and checked, nothing is
 * locked yet), the process halts there at once, as a kill would stop it. Read once; a no-op without it.
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
