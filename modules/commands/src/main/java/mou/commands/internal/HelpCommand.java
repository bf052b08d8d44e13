package mou.commands.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.CommandHelp;
import mou.core.command.Io;
import mou.core.command.Status;

/**
 * {@code help [COMMAND]}: the list of commands, grouped, or how to use one, whichever bundle
 * provides it (another bundle's commands are explained by its {@link CommandHelp} service).
 */
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
        List<CommandHelp> others = platform.commandHelp();
        if (arguments.isEmpty()) {
            io.out().print(Help.overview(platform.home(), platform.plugins().toString(), others, platform.otherCommands()));
            return Status.OK;
        }
        if (arguments.size() > 1) {
            throw CommandException.usage("help: give at most one command, e.g. help report");
        }
        String command = arguments.get(0);
        if (Help.SUMMARIES.containsKey(command)) {
            return Help.print(command, platform, io);
        }
        for (CommandHelp other : others) {
            Optional<String> usage = other.usage(command);
            if (usage.isPresent()) {
                io.out().print(usage.get());
                return Status.OK;
            }
        }
        if (platform.otherCommands().contains(command)) {
            io.out().println("help: " + command + " comes from an installed bundle that gives no help here; " + command
                    + " --help may explain it");
            return Status.OK;
        }
        List<String> known = names(others);
        String guess = Args.didYouMean(command, known);
        throw CommandException.usage("help: there is no command '" + command + "'" + (guess.isEmpty() ? "; commands: "
                : "; " + guess + " Commands: ") + String.join(", ", known));
    }

    /** Every command help knows of: this bundle's, then the other bundles' in their groups' order, then those without help. */
    private List<String> names(List<CommandHelp> others) {
        Set<String> names = new LinkedHashSet<>(Help.SUMMARIES.keySet());
        others.forEach(h -> h.topics().forEach(t -> names.addAll(t.summaries().keySet())));
        names.addAll(platform.otherCommands());
        return new ArrayList<>(names);
    }
}
