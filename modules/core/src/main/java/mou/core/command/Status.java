package mou.core.command;

/**
 * A command's exit status, the same contract for every mou command: the launcher exits with it,
 * so scripts can tell a data problem from a typing mistake.
 */
public final class Status {

    /** It worked. */
    public static final int OK = 0;
    /** The data is invalid: the workspace has errors, or an imported file has (the problems were printed, nothing was written). */
    public static final int INVALID_DATA = 1;
    /** The command was called wrongly: unknown option, bad value, missing argument, unknown group, refused plugin. */
    public static final int USAGE = 2;
    /**
     * It was refused or could not be done for another reason: the review state or the publication
     * lock forbids it, a concurrent change, a file could not be written, a report format failed.
     */
    public static final int FAILED = 3;
    /**
     * Some plugins failed, so their parts of a report are missing: a notice in the report names
     * each plugin and the cause (or, where a whole report is required, nothing was written).
     */
    public static final int PLUGIN_FAILED = 4;

    private Status() {
    }
}
