package mou.web.internal;

import java.util.List;
import mou.core.spi.PluginFailure;
import mou.web.api.WebContribution;

/** What the running framework tells the pages about the installed bundles; tests give their own. */
interface Installed {

    /** A contribution with the bundle it comes from ({@code mou.group-solid-waste 1.0.0}). */
    record Contributed(WebContribution contribution, String bundle) {
    }

    /** The bundle that provides a service object, as {@code symbolic-name version}; empty when unknown. */
    String bundleOf(Object service);

    /** The plugins that are installed but do not run, each with its cause. */
    List<PluginFailure> failures();

    /** The UI contributions registered now, ordered by id. */
    List<Contributed> contributions();

    /** The plugins' generation: advanced by every change of the installed extensions (what is kept is made again then). */
    default long generation() {
        return 0;
    }

    /** When ({@link System#nanoTime()}) the plugins last changed; long ago when never. */
    default long lastChange() {
        return System.nanoTime() - Snapshots.SETTLE_NANOS * 2;
    }
}
