package mou.core.cycle;

import java.nio.file.Path;

/**
 * Who acts, on which workspace, and why: what every request to the {@link CycleService} carries.
 *
 * @param workspace the workspace folder
 * @param by the person acting, recorded in the history (one line, at most 100 characters); may be
 *        null for a question that changes nothing
 * @param why the reason recorded in the history with the change, or null
 */
public record Acting(Path workspace, String by, String why) {

    /** Someone acting without giving a reason. */
    public static Acting of(Path workspace, String by) {
        return new Acting(workspace, by, null);
    }
}
