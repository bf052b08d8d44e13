package mou.commands.internal;

import java.util.List;
import mou.core.command.CommandException;
import mou.core.command.Io;

/**
 * One of the application's commands, free of Gogo and of the framework so it can be tested with
 * plain objects: it takes the words typed after its name and returns its exit status
 * ({@link mou.core.command.Status}), or stops with a {@link CommandException} that says why.
 */
interface Command {

    /** The name people type. */
    String name();

    /** Runs the command with the words typed after its name. */
    int run(List<String> words, Io io) throws CommandException;
}
