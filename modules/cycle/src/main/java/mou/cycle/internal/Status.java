package mou.cycle.internal;

/** A command's exit status, the same contract as the other mou commands (the launcher exits with it). */
final class Status {

    /** It worked. */
    static final int OK = 0;
    /** The data is invalid: the workspace has errors, or an imported workbook has (every problem was printed, nothing applied). */
    static final int INVALID_DATA = 1;
    /** The command was called wrongly: unknown option, bad value, unknown group or activity. */
    static final int USAGE = 2;
    /** It could not be done: the year's review state or the publication lock forbids it, a concurrent change, a file error. */
    static final int FAILED = 3;

    private Status() {
    }
}
