package mou.commands.internal;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The shell's {@code exit} command (Gogo 1.1's plain console has none of its own): stopping the
 * framework ends the console and the launcher's wait for it. A command run never calls it.
 */
@Component(service = ShellExit.class, property = {"osgi.command.scope=shell", "osgi.command.function=exit"})
public final class ShellExit {

    private final BundleContext context;

    @Activate
    public ShellExit(BundleContext context) {
        this.context = context;
    }

    /** Leaves the shell: stops the framework (asynchronously, as stopping the system bundle does). */
    @Descriptor("leave the shell")
    public void exit() throws BundleException {
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).stop();
    }
}
