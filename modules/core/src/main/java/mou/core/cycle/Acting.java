package mou.core.cycle;

import java.nio.file.Path;

/**
 * Who acts, on which workspace, and why: what every request to the {@link CycleService} carries.
 *
 * @param workspace the workspace folder
 * @param by the person acting, recorded in the history (one line, at most {@value #MOST_BY} characters); may be
 *        null for a question that changes nothing
 * @param why the reason recorded in the history with the change, or null
 * @param readAt the {@link PartVersion} of the part the request changes as the person read it (a
 *        form carries it), or null to change it whatever it is now. When the part has changed
 *        since, the request is refused as a {@link CycleException.Kind#CONFLICT} with the problem's
 *        field {@code readAt}, and nothing is saved: nobody overwrites another's change unseen.
 */
public record Acting(Path workspace, String by, String why, String readAt) {

    /**
     * The most characters of the name of the person acting, counted as a person counts them
     * ({@link mou.core.model.Lengths#over}): the one rule for every front door that names people (the web
     * application's accounts too), so that whoever may sign in may also act.
     *
     * @since 1.9
     */
    public static final int MOST_BY = 100;

    /** Acting without a version read at: the command line, which reads and changes in one step. */
    public Acting(Path workspace, String by, String why) {
        this(workspace, by, why, null);
    }

    /** Someone acting without giving a reason. */
    public static Acting of(Path workspace, String by) {
        return new Acting(workspace, by, null, null);
    }

    /** The same, changing the part only if it is still as it was at {@code version}. */
    public Acting readAt(String version) {
        return new Acting(workspace, by, why, version);
    }
}
