package mou.commands.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;

/** {@code help [COMMAND]}: the list of commands, or how to use one. */
final class HelpCommand implements Command {

    private final Platform platform;

    HelpCommand(Platform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("help", words, Set.of(), Set.of());
        if (options.help()) {
            return Help.print("help", platform, io);
        }
        List<String> arguments = options.arguments();
        if (arguments.isEmpty()) {
            io.out().print(Help.overview(platform.home().toString(), platform.plugins().toString(), platform.otherCommands()));
            return Status.OK;
        }
        if (arguments.size() > 1) {
            throw CommandException.usage("help: give at most one command, e.g. help report");
        }
        String command = arguments.get(0);
        if (!Help.SUMMARIES.containsKey(command)) {
            throw CommandException.usage("help: there is no command '" + command + "'; commands: " + String.join(", ", Commands.names()));
        }
        return Help.print(command, platform, io);
    }
}
