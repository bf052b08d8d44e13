package mou.core.model;

/**
 * A value that cannot be read (a date, a quarter, a number), with what is wrong in English
 * ({@link #getMessage()}) and in Spanish ({@link #messageEs()}), so that each front door says it in
 * its language (since 1.7).
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageEs;

    public InvalidValueException(String en, String es) {
        super(en);
        this.messageEs = es;
    }

    /** What is wrong, in Spanish. */
    public String messageEs() {
        return messageEs;
    }

    /** The Spanish of {@code e} when it has one ({@link InvalidValueException}), else null. */
    public static String spanish(IllegalArgumentException e) {
        return e instanceof InvalidValueException v ? v.messageEs : null;
    }

    /** The message of {@code e} in {@code language} ({@code en} or {@code es}); English when it has no Spanish. */
    public static String message(IllegalArgumentException e, String language) {
        return Text.in(language, e.getMessage(), spanish(e));
    }
}
