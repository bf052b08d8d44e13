package mou.core.spi;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What is wrong with the installed plugins now, as the running framework tells it: plugin bundles
 * that are not active (with the packages they miss), and their Declarative Services components that
 * failed to activate (with the root cause) or wait for a service or configuration. One service
 * that every part of the application asks (the commands, the web pages), so that they say the same.
 *
 * @since 1.4
 */
@ProviderType
public interface PluginProblems {

    /** The problems now, by plugin location; empty when every installed plugin runs. */
    List<PluginFailure> now();
}
