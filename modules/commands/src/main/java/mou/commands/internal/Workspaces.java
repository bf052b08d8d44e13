package mou.commands.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Workspace;

/** The workspace folder a command reads, and the years a workspace has. */
final class Workspaces {

    private Workspaces() {
    }

    static Path dataFolder(Platform platform, Args options, Io io, String command) throws CommandException {
        Optional<String> given = options.value("--data");
        Path data = given.map(d -> io.cwd().resolve(d)).orElse(platform.home().resolve("data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw CommandException.usage(command + ": there is no workspace folder at " + data
                    + (given.isPresent() ? "" : " (give one with --data DIR)"));
        }
        return data;
    }

    static Set<Integer> years(Workspace workspace) {
        Set<Integer> years = new TreeSet<>();
        workspace.years().stream().map(GroupYear::year).forEach(years::add);
        workspace.reports().stream().map(AnnualReport::year).forEach(years::add);
        return years;
    }
}
