package mou.launcher;

import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * The shell's {@code exit} command (Gogo 1.1's plain console has none of its own). Gogo calls
 * {@link #exit()} by reflection; stopping the framework ends the console and the launcher's wait.
 */
public final class ShellExit {

    private final Framework framework;

    ShellExit(Framework framework) {
        this.framework = framework;
    }

    /** Leaves the shell: stops the framework (asynchronously, as Framework.stop does). */
    public void exit() throws BundleException {
        framework.stop();
    }
}
