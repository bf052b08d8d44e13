package mou.commands.internal;

import java.util.List;
import java.util.Optional;
import mou.core.spi.PluginFailure;

/**
 * The plugin failures of the last report written in this session (the shell runs many commands
 * on one instance): {@code report} remembers them, {@code groups} shows them.
 */
final class LastReport {

    /** A report's year and the plugin failures it had. */
    record Failures(int year, List<PluginFailure> failures) {
    }

    private volatile Failures last;

    void remember(int year, List<PluginFailure> failures) {
        last = new Failures(year, List.copyOf(failures));
    }

    Optional<Failures> last() {
        return Optional.ofNullable(last);
    }
}
