package mou.commands.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import mou.core.spi.Extensions;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.WorkspaceStore;
import mou.core.command.Io;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The mou commands as Gogo sees them: scope {@code mou}, one method per command, each taking the
 * words as typed (options are parsed by {@link mou.core.command.Args}, never by Gogo).
 *
 * <p>Exit status contract: each command stores its status (0 done, 1 invalid data, 2 usage
 * error, 3 could not be done, 4 report written but some plugins failed) in the session variable {@value #STATUS_VARIABLE} and returns
 * nothing, so the interactive shell prints only what the command wrote; the launcher runs a
 * command through the CommandProcessor, reads the variable afterwards and exits with it.
 */
// immediate: one instance for the framework's life, so that `groups` in the shell can tell what
// failed in the last report (a delayed component would be disposed after each command)
@Component(service = Object.class, immediate = true, property = {
    "osgi.command.scope=mou",
    "osgi.command.function=help",
    "osgi.command.function=report",
    "osgi.command.function=validate",
    "osgi.command.function=groups",
    "osgi.command.function=install",
    "osgi.command.function=uninstall",
    "osgi.command.function=plan",
    "osgi.command.function=version"
})
public final class MouCommands {

    /** The session variable holding the last command's exit status; the launcher reads it. */
    public static final String STATUS_VARIABLE = "mou_status";

    private final Commands commands;

    @Activate
    public MouCommands(@Reference Extensions extensions, @Reference ReportService reports,
            @Reference WorkspaceStore store, @Reference ReportWriter writer, @Reference ServiceComponentRuntime components,
            BundleContext context) {
        this.commands = new Commands(extensions, reports, store, new FrameworkPlatform(context, components), writer);
    }

    @Descriptor("list the mou commands, or explain one: help [COMMAND]")
    public void help(CommandSession session, @Descriptor("[COMMAND]") String... words) {
        run(session, "help", words);
    }

    @Descriptor("write the progress report for a year: report [--data DIR] [--year YEAR] [--format html,md,json] [--out DIR] [--strict]")
    public void report(CommandSession session, @Descriptor("options; see help report") String... words) {
        run(session, "report", words);
    }

    @Descriptor("check the workspace: validate [--data DIR]")
    public void validate(CommandSession session, @Descriptor("options; see help validate") String... words) {
        run(session, "validate", words);
    }

    @Descriptor("list the installed working groups")
    public void groups(CommandSession session, @Descriptor("none") String... words) {
        run(session, "groups", words);
    }

    @Descriptor("install a working-group plugin jar: install FILE.jar [--downgrade]")
    public void install(CommandSession session, @Descriptor("FILE.jar") String... words) {
        run(session, "install", words);
    }

    @Descriptor("remove a working group: uninstall GROUP-ID")
    public void uninstall(CommandSession session, @Descriptor("GROUP-ID") String... words) {
        run(session, "uninstall", words);
    }

    @Descriptor("list a group's goals, activities and deliverables with their ids: plan GROUP-ID [--year YEAR]")
    public void plan(CommandSession session, @Descriptor("GROUP-ID [--year YEAR] [--data DIR]") String... words) {
        run(session, "plan", words);
    }

    @Descriptor("show the version of mou-progress and of each installed plugin")
    public void version(CommandSession session, @Descriptor("none") String... words) {
        run(session, "version", words);
    }

    private void run(CommandSession session, String command, String[] words) {
        // Gogo points System.out and System.err at the session's streams (or a pipe) while a
        // command runs, so writing to them keeps `mou:groups | grep x` working in the shell.
        Path cwd = session.currentDir() != null ? session.currentDir() : Paths.get(System.getProperty("user.dir"));
        int status = commands.run(command, Arrays.asList(words == null ? new String[0] : words),
                new Io(System.out, System.err, cwd));
        System.out.flush();
        System.err.flush();
        session.put(STATUS_VARIABLE, status);
    }
}
