package mou.cycle.internal;

import java.util.List;

/**
 * Why a command stops, for the person who typed it: the lines to print on standard error and
 * the exit status ({@link Status}).
 */
final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> lines;

    CommandException(int status, List<String> lines) {
        super(String.join("\n", lines));
        this.status = status;
        this.lines = List.copyOf(lines);
    }

    /** A mistake in how the command was called (exit 2). */
    static CommandException usage(String message) {
        return new CommandException(Status.USAGE, List.of(message));
    }

    /** Invalid data, one line per problem (exit 1). */
    static CommandException invalid(List<String> lines) {
        return new CommandException(Status.INVALID_DATA, lines);
    }

    /** It could not be done (exit 3). */
    static CommandException refused(String message) {
        return new CommandException(Status.FAILED, List.of(message));
    }

    int status() {
        return status;
    }

    List<String> lines() {
        return lines;
    }
}
