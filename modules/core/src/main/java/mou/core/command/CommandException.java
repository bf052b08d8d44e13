package mou.core.command;

import java.util.List;

/**
 * Why a command stops, for the person who typed it: the lines to print on standard error and
 * the exit {@link Status}.
 */
public final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> lines;

    /**
     * @param status the exit status, one of {@link Status}'s, not {@link Status#OK}
     * @param lines the lines to print, at least one
     */
    public CommandException(int status, List<String> lines) {
        super(String.join("\n", lines));
        if (status == Status.OK) {
            throw new IllegalArgumentException("a command that stops with a problem does not exit " + Status.OK);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a command that stops says why: give at least one line");
        }
        this.status = status;
        this.lines = List.copyOf(lines);
    }

    /** A mistake in how the command was called (exit {@value Status#USAGE}). */
    public static CommandException usage(String message) {
        return new CommandException(Status.USAGE, List.of(message));
    }

    /** Invalid data, one line per problem (exit {@value Status#INVALID_DATA}). */
    public static CommandException invalid(List<String> lines) {
        return new CommandException(Status.INVALID_DATA, lines);
    }

    /** Refused, or it could not be done (exit {@value Status#FAILED}). */
    public static CommandException refused(String message) {
        return new CommandException(Status.FAILED, List.of(message));
    }

    /** Plugins failed, one line for each failure and what it means (exit {@value Status#PLUGIN_FAILED}). */
    public static CommandException pluginFailed(List<String> lines) {
        return new CommandException(Status.PLUGIN_FAILED, lines);
    }

    /** The exit status. */
    public int status() {
        return status;
    }

    /** The lines to print on standard error. */
    public List<String> lines() {
        return lines;
    }
}
