package mou.cycle.internal;

/**
 * A number with its noun in the singular for exactly one, the plural otherwise ("1 paragraph",
 * "3 paragraphs", "0 figures"), for the cycle's messages, which are in English.
 */
final class Count {

    private Count() {
    }

    /** {@code n} and the noun: {@code one} for exactly one, else {@code other}. */
    static String of(long n, String one, String other) {
        return n + " " + (n == 1 ? one : other);
    }

    /** {@code n} and a noun whose plural adds an "s" ("figure", "event", "problem"). */
    static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }
}
