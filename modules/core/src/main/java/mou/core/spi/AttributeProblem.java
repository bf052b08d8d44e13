package mou.core.spi;

/**
 * A problem with one attribute of a deliverable, found by its {@link DeliverableType}.
 *
 * <p>Say it in both languages ({@link #error(String, String, String)}, {@link #warning(String, String, String)}),
 * so that a page in Spanish shows it in Spanish; a problem said in English only is shown as given.
 *
 * @param attribute the attribute's name (a path below the deliverable's {@code attributes}, e.g. {@code "items/0"})
 * @param severity how bad it is
 * @param message what is wrong and how to fix it, for a person, in English
 * @param messageEs the same in Spanish, or null when it was said in English only (since 1.6)
 */
public record AttributeProblem(String attribute, Problem.Severity severity, String message, String messageEs) {

    /** A problem said in English only. */
    public AttributeProblem(String attribute, Problem.Severity severity, String message) {
        this(attribute, severity, message, null);
    }

    /** An error said in English only: shown in English on Spanish pages too. */
    public static AttributeProblem error(String attribute, String message) {
        return new AttributeProblem(attribute, Problem.Severity.ERROR, message, null);
    }

    /** A warning said in English only: shown in English on Spanish pages too. */
    public static AttributeProblem warning(String attribute, String message) {
        return new AttributeProblem(attribute, Problem.Severity.WARNING, message, null);
    }

    /** An error in English ({@code en}) and Spanish ({@code es}) (since 1.6). */
    public static AttributeProblem error(String attribute, String en, String es) {
        return new AttributeProblem(attribute, Problem.Severity.ERROR, en, es);
    }

    /** A warning in English ({@code en}) and Spanish ({@code es}) (since 1.6). */
    public static AttributeProblem warning(String attribute, String en, String es) {
        return new AttributeProblem(attribute, Problem.Severity.WARNING, en, es);
    }

    /** The message in {@code language} ({@code en} or {@code es}): its Spanish when it has one, else its English (since 1.6). */
    public String message(String language) {
        return mou.core.model.Text.in(language, message, messageEs);
    }
}
