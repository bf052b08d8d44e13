package mou.commands.internal;

/**
 * A command's exit status. The launcher exits with it, so scripts can tell a data problem from
 * a typing mistake.
 */
final class Status {

    /** It worked. */
    static final int OK = 0;
    /** The workspace has errors (the problems were printed, nothing was written). */
    static final int INVALID_DATA = 1;
    /** The command was called wrongly: unknown option, bad value, missing argument, refused plugin. */
    static final int USAGE = 2;
    /** It could not be done for another reason: a file could not be written, a report format failed. */
    static final int FAILED = 3;
    /**
     * The report was written, but some plugins failed: their parts are missing and a notice in
     * the report names each plugin and the cause. With {@code report --strict} nothing is written.
     */
    static final int PLUGIN_FAILED = 4;

    private Status() {
    }
}
