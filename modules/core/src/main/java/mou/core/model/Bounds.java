package mou.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for how large, how small and how precise a number of the model may be: counts,
 * years, goal numbers, figures, amounts of money and shares. Every front door (the workspace
 * files, the commands and the spreadsheet import) checks numbers against these bounds, and a
 * number is checked from the text it is written in before it is ever expanded, so that
 * {@code 1e999999999} is refused in an instant instead of being written out digit by digit.
 *
 * @param min the smallest value allowed
 * @param max the largest value allowed
 * @param decimals the most digits allowed after the decimal point; 0 for whole numbers
 * @since 1.3
 */
public record Bounds(BigDecimal min, BigDecimal max, int decimals) {

    /** The largest magnitude of any number: fifteen digits before the point (below a thousand million million). */
    public static final BigDecimal LIMIT = new BigDecimal("999999999999999");

    /** The most decimals of any number. */
    public static final int MOST_DECIMALS = 10;

    /** Any number a workspace may hold at all: what the store's reader lets through to the model's own checks. */
    public static final Bounds ANY = new Bounds(LIMIT.negate(), LIMIT, MOST_DECIMALS);

    /** A count of people, sites, samples, days...: a whole number from 0 to 1,000,000,000. */
    public static final Bounds COUNT = whole(0, 1_000_000_000);

    /** A calendar year: from {@value Years#MIN} to {@value Years#MAX}. */
    public static final Bounds YEAR = whole(Years.MIN, Years.MAX);

    /** The number of an overarching goal in its plan: from 1 to 999. */
    public static final Bounds GOAL_NUMBER = whole(1, 999);

    /** An agreement's term in years: from 1 to 100. */
    public static final Bounds TERM_YEARS = whole(1, 100);

    /**
     * How many days after the end of a quarter its update is due: from 0 to 366.
     *
     * @since 1.5
     */
    public static final Bounds DUE_DAYS = whole(0, 366);

    /** A quarter of a year: 1 to 4. */
    public static final Bounds QUARTER = whole(1, 4);

    /** A figure's value, target or baseline, and any other quantity: fifteen digits, at most 6 decimals. */
    public static final Bounds AMOUNT = new Bounds(LIMIT.negate(), LIMIT, 6);

    /** An amount of money: fifteen digits, at most 2 decimals (cents). */
    public static final Bounds MONEY = new Bounds(LIMIT.negate(), LIMIT, 2);

    /** A share: from 0 to 100, at most 6 decimals. */
    public static final Bounds PERCENT = new Bounds(BigDecimal.ZERO, BigDecimal.valueOf(100), 6);

    /** The longest text a number may be written in; longer texts are refused before they are read. */
    private static final int LONGEST_TEXT = 64;

    public Bounds {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the bounds' minimum " + min + " is above their maximum " + max);
        }
        if (min.abs().compareTo(LIMIT) > 0 || max.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("bounds go at most from -" + LIMIT + " to " + LIMIT);
        }
        if (decimals < 0 || decimals > MOST_DECIMALS) {
            throw new IllegalArgumentException("bounds allow from 0 to " + MOST_DECIMALS + " decimals, not " + decimals);
        }
    }

    /** Whole numbers from {@code min} to {@code max}. */
    public static Bounds whole(long min, long max) {
        return new Bounds(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0);
    }

    /** These bounds with another most number of decimals. */
    public Bounds withDecimals(int newDecimals) {
        return new Bounds(min, max, newDecimals);
    }

    /** Whether these bounds allow whole numbers only. */
    public boolean whole() {
        return decimals == 0;
    }

    /** Whether the number is within these bounds; false for anything that is not a finite number. */
    public boolean contains(Number value) {
        BigDecimal exact = exact(value);
        return exact != null && contains(exact);
    }

    private boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0 && decimalsOf(value) <= decimals;
    }

    /**
     * The bounds in words, to follow "must be": "a whole number from 0 to 1,000,000,000", "a number
     * from -999,999,999,999,999 to 999,999,999,999,999 with at most 2 decimals".
     */
    public String describe() {
        return describe("en");
    }

    /** {@link #describe()} in {@code language} ({@code en} or {@code es}), to follow "debe ser" in Spanish (since 1.7). */
    public String describe(String language) {
        if ("es".equals(language)) {
            String range = "de " + words(min) + " a " + words(max);
            if (decimals == 0) {
                return "un número entero " + range;
            }
            return "un número " + range + " con " + decimals + (decimals == 1 ? " decimal" : " decimales") + " como máximo";
        }
        String range = "from " + words(min) + " to " + words(max);
        if (decimals == 0) {
            return "a whole number " + range;
        }
        return "a number " + range + " with at most " + decimals + (decimals == 1 ? " decimal" : " decimals");
    }

    /**
     * Checks a value read from a file or a request.
     *
     * @return what is wrong for a person ("-5 is outside the allowed range: give a whole number from 0 to ..."),
     *         else empty
     */
    public Optional<String> problem(Number value) {
        return problem(value, "en");
    }

    /** {@link #problem(Number)} in {@code language} ({@code en} or {@code es}) (since 1.7). */
    public Optional<String> problem(Number value, String language) {
        if (contains(value)) {
            return Optional.empty();
        }
        return Optional.of("es".equals(language) ? shown(value) + " está fuera del intervalo permitido: indique " + describe(language)
                : shown(value) + " is outside the allowed range: give " + describe());
    }

    /**
     * The number {@code text} writes, when it is within these bounds: digits with an optional sign,
     * decimal point and exponent ({@code 3800}, {@code -12.5}, {@code 2.5e3}); blanks around it are
     * ignored. The text is checked before it is turned into a number, so a huge exponent costs
     * nothing.
     *
     * @throws IllegalArgumentException with a message for a person when the text is not a number or
     *         the number is outside these bounds
     */
    public BigDecimal parse(String text) {
        String t = text == null ? "" : text.length() > 2 * LONGEST_TEXT ? text : text.strip();
        Scan scan = Scan.of(t);
        if (scan == null) {
            throw new InvalidValueException("'" + cut(t) + "' is not a number; write digits with a '.' for decimals, e.g. 3800 or 12.5",
                    "'" + cut(t) + "' no es un número; escriba cifras con '.' para los decimales, p. ej. 3800 o 12.5");
        }
        if (!scan.reachable() || !contains(scan.value())) {
            throw new InvalidValueException(cut(t) + " is outside the allowed range: give " + describe(),
                    cut(t) + " está fuera del intervalo permitido: indique " + describe("es"));
        }
        return scan.value();
    }

    /**
     * The number a person wrote (a command's option, a form's field, a spreadsheet's cell), when it is
     * within these bounds: as {@link #parse(String)}, where a comma may only separate thousands, in groups
     * of three digits before the point ({@code 1,234}, {@code 1,234,567.5}); any other comma is refused
     * rather than dropped, since {@code 12,5} is twelve and a half where a comma marks decimals, never 125.
     * A whole number (bounds without decimals) is written in digits: {@code 1e3} is refused.
     *
     * @throws IllegalArgumentException with a message for a person, in English and Spanish
     *         ({@link InvalidValueException}), when the text is not written so or the number is outside these bounds
     * @since 1.8
     */
    public BigDecimal parseWritten(String text) {
        String t = withoutGrouping(text);
        if (whole() && (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) && isNumber(t)) {
            throw new InvalidValueException("'" + cut(t) + "' is not a whole number as written here: write it in digits, without an"
                    + " exponent, e.g. 25 or 1,500", "'" + cut(t) + "' no es un número entero tal como se escribe aquí: escríbalo con"
                    + " cifras, sin exponente, p. ej. 25 o 1,500");
        }
        return parse(t);
    }

    /**
     * The text of a number a person wrote, stripped, without the commas that separate its thousands:
     * {@code 1,234,567.5} is {@code 1234567.5}; a text without a comma is returned as it is (stripped), to be read by
     * {@link #parse(String)}.
     *
     * @throws IllegalArgumentException ({@link InvalidValueException}) when a comma is anything but a thousands
     *         separator in groups of three ({@code 12,5}, {@code 3,80}, {@code 1.234,5}, {@code 1,23,456})
     * @since 1.8
     */
    public static String withoutGrouping(String text) {
        String t = text == null ? "" : text.length() > 2 * LONGEST_TEXT ? text : text.strip();
        if (t.indexOf(',') < 0) {
            return t;
        }
        if (t.length() > 2 * LONGEST_TEXT || !GROUPED.matcher(t).matches()) {
            throw new InvalidValueException("'" + cut(t) + "' is not a number as written here: write decimals with a point (12.5), and"
                    + " thousands with commas in groups of three or none (1,234 or 1234)", "'" + cut(t) + "' no es un número tal como se"
                    + " escribe aquí: los decimales se escriben con punto, no con coma (12.5), y los miles con comas en grupos de tres, o"
                    + " sin separarlos (1,234 o 1234)");
        }
        return t.replace(",", "");
    }

    /** A number with commas between its thousands: one to three digits, then groups of a comma and three digits. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?");

    /**
     * Whether {@code text} is written as a number at all (digits with an optional sign, decimal point
     * and exponent), whatever its size.
     */
    public static boolean isNumber(CharSequence text) {
        return Scan.of(text == null ? "" : text.toString().strip()) != null;
    }

    /**
     * Whether the number {@code text} writes (JSON's number syntax) is one {@link #ANY} allows,
     * decided from the text alone before it is turned into a number.
     */
    public static boolean allows(CharSequence text) {
        Scan scan = Scan.of(text);
        return scan != null && scan.reachable() && ANY.contains(scan.value());
    }

    /** The value exactly as a BigDecimal, or null when it is not a finite number. */
    private static BigDecimal exact(Number value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        if (value instanceof BigInteger big) {
            // a long has 19 digits, more than any bound: nothing larger need be turned into a decimal
            return big.bitLength() < 63 ? BigDecimal.valueOf(big.longValue()) : null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value == null) {
            return null;
        }
        Scan scan = Scan.of(value.toString());
        return scan != null && scan.reachable() ? scan.value() : null;
    }

    /** How many decimals a number has, trailing zeros aside; cheap for any BigDecimal whose digits are few. */
    private static long decimalsOf(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        if (value.precision() > 40) {
            return value.scale(); // more digits than any bound allows; no need to strip them
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** A value for a message: as written, shortened, in scientific notation when it is huge or tiny. */
    private static String shown(Number value) {
        if (value instanceof BigDecimal d) {
            return cut(d.abs().compareTo(LIMIT) > 0 || d.scale() > 20 ? d.toString() : d.toPlainString());
        }
        if (value instanceof BigInteger big && big.bitLength() > 63) {
            return cut(new BigDecimal(big).round(new java.math.MathContext(6)).toString());
        }
        return cut(String.valueOf(value));
    }

    /** A text for a message, its start only when it is long: "12345678901234567890... (39 characters)". */
    private static String cut(String text) {
        return text.length() > 30 ? text.substring(0, 20) + "... (" + text.length() + " characters)" : text;
    }

    /** A bound in words: grouped digits, as the report writes numbers, but years and other small numbers as they are (1900). */
    private static String words(BigDecimal value) {
        String pattern = value.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 ? "0.##########" : "#,##0.##########";
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    /**
     * A number's text read by JSON's syntax (an optional '+' aside): where its exponent puts it is
     * known before the text is turned into a number.
     */
    private record Scan(String text, boolean reachable) {

        /** Exponents beyond this put a number far outside any bound; they are not expanded. */
        private static final long FARTHEST = 100;

        static Scan of(CharSequence chars) {
            if (chars == null || chars.length() == 0 || chars.length() > LONGEST_TEXT) {
                return chars != null && chars.length() > LONGEST_TEXT && looksNumeric(chars) ? new Scan("", false) : null;
            }
            String text = chars.toString();
            int i = 0;
            int n = text.length();
            if (text.charAt(i) == '-' || text.charAt(i) == '+') {
                i++;
            }
            int intStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            int intDigits = i - intStart;
            int fracDigits = 0;
            if (i < n && text.charAt(i) == '.') {
                i++;
                int fracStart = i;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                fracDigits = i - fracStart;
            }
            if (intDigits + fracDigits == 0) {
                return null;
            }
            long exponent = 0;
            if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                i++;
                boolean negative = false;
                if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                    negative = text.charAt(i) == '-';
                    i++;
                }
                int expStart = i;
                while (i < n && isDigit(text.charAt(i))) {
                    // capped: any exponent past FARTHEST is as unreachable as the next
                    exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 1_000_000);
                    i++;
                }
                if (i == expStart) {
                    return null;
                }
                exponent = negative ? -exponent : exponent;
            }
            if (i != n) {
                return null;
            }
            if (Math.abs(exponent) > FARTHEST) {
                return new Scan(text, false);
            }
            return new Scan(text, true);
        }

        BigDecimal value() {
            return new BigDecimal(text.charAt(0) == '+' ? text.substring(1) : text);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** Whether a text too long to read starts like a number (its first characters are enough to say so). */
        private static boolean looksNumeric(CharSequence chars) {
            for (int i = 0; i < LONGEST_TEXT; i++) {
                char c = chars.charAt(i);
                if (!(isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
                    return false;
                }
            }
            return true;
        }
    }
}
