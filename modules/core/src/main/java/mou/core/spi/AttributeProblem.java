package mou.core.spi;

/**
 * A problem with one attribute of a deliverable, found by its {@link DeliverableType}.
 *
 * @param attribute the attribute's name (a path below the deliverable's {@code attributes}, e.g. {@code "items/0"})
 * @param severity how bad it is
 * @param message what is wrong and how to fix it, for a person
 */
public record AttributeProblem(String attribute, Problem.Severity severity, String message) {

    public static AttributeProblem error(String attribute, String message) {
        return new AttributeProblem(attribute, Problem.Severity.ERROR, message);
    }

    public static AttributeProblem warning(String attribute, String message) {
        return new AttributeProblem(attribute, Problem.Severity.WARNING, message);
    }
}
