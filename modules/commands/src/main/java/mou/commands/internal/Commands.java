package mou.commands.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.spi.Extensions;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.WorkspaceStore;

/**
 * The application's commands by name, one class each: {@link ReportCommand}, {@link ValidateCommand},
 * {@link GroupsCommand}, {@link InstallCommand}, {@link UninstallCommand}, {@link PlanCommand}, {@link VersionCommand}
 * and {@link HelpCommand}.
 * Runs one with the words typed after its name and returns its exit status
 * ({@link mou.core.command.Status}); a command that stops says why on standard error.
 */
final class Commands {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Commands(Extensions extensions, ReportService reports, WorkspaceStore store, Platform platform, ReportWriter writer) {
        LastReport lastReport = new LastReport();
        for (Command command : List.of(new HelpCommand(platform), new ReportCommand(reports, store, platform, writer, lastReport),
                new ValidateCommand(store, extensions, platform), new GroupsCommand(extensions, platform, lastReport), new InstallCommand(platform),
                new UninstallCommand(extensions, platform), new PlanCommand(store, extensions, platform),
                new VersionCommand(extensions, platform))) {
            commands.put(command.name(), command);
        }
    }

    /** The command names, in the order help lists them. */
    static List<String> names() {
        return List.copyOf(Help.SUMMARIES.keySet());
    }

    int run(String name, List<String> words, Io io) {
        try {
            Command command = commands.get(name);
            if (command == null) {
                String guess = mou.core.command.Args.didYouMean(name, names());
                throw CommandException.usage("unknown command '" + name + "'" + (guess.isEmpty() ? "; commands: " : "; " + guess
                        + " Commands: ") + String.join(", ", names()));
            }
            return command.run(words, io);
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            return e.status();
        }
    }
}
