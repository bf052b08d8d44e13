package mou.core.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The help of the mou commands one bundle provides. A bundle that adds commands to the Gogo scope
 * {@code mou} registers one as a service, so that {@code mou --help} lists its commands with a
 * line each, under its own heading, and {@code help COMMAND} explains each of them, whichever
 * bundle provides it.
 *
 * @since 1.2
 */
@ConsumerType
public interface CommandHelp {

    /** The bundle's commands in groups, in the order help lists them. */
    List<Topic> topics();

    /**
     * A command's full help, exactly as {@code COMMAND --help} prints it.
     *
     * @param command a command's name
     * @return its help; empty when it is not one of this bundle's commands
     */
    Optional<String> usage(String command);

    /**
     * A group of commands as help lists them.
     *
     * @param title the group's heading, e.g. "The yearly reporting cycle"
     * @param order where the group stands among every bundle's groups, lower first; the application's
     *        own groups are 100 (the report and the workspace) and 300 (plugins)
     * @param summaries each command with its one-line summary, in order
     * @param guide a document that walks a person through these commands, relative to the application
     *        home (e.g. {@code docs/reporting-cycle.md}), or null
     */
    record Topic(String title, int order, Map<String, String> summaries, String guide) {

        public Topic {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a group of commands has a title");
            }
            summaries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
        }
    }
}
