package mou.cycle.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import mou.core.command.Io;
import mou.core.cycle.CycleService;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reporting cycle's commands as Gogo sees them: scope {@code mou}, one method per command,
 * each taking the words as typed and handing them to its command class, which calls the
 * {@link CycleService}. Like the other mou commands, each leaves its exit status in the
 * session variable {@value #STATUS_VARIABLE} and returns nothing. Gogo maps a command named like
 * a Java keyword to the method with a leading underscore ({@code import}, {@code return}).
 */
@Component(service = Object.class, property = {
    "osgi.command.scope=mou",
    "osgi.command.function=year",
    "osgi.command.function=rate",
    "osgi.command.function=update",
    "osgi.command.function=event",
    "osgi.command.function=figure",
    "osgi.command.function=narrative",
    "osgi.command.function=introduction",
    "osgi.command.function=export",
    "osgi.command.function=import",
    "osgi.command.function=submit",
    "osgi.command.function=return",
    "osgi.command.function=approve",
    "osgi.command.function=publish",
    "osgi.command.function=history",
    "osgi.command.function=due",
    "osgi.command.function=translations"
})
public final class CycleCommands {

    public static final String STATUS_VARIABLE = "mou_status";

    private final Cycle cycle;

    @Activate
    public CycleCommands(@Reference CycleService service, BundleContext context) {
        String home = context.getProperty("mou.home");
        this.cycle = new Cycle(new Shell(service, home == null || home.isBlank() ? Paths.get(System.getProperty("user.dir")) : Paths.get(home),
                System.getProperty("user.name")));
    }

    @Descriptor("open a reporting year or show its status: year open YEAR [--group G] | year status [YEAR]")
    public void year(CommandSession session, @Descriptor("see year --help") String... words) {
        run(session, "year", words);
    }

    @Descriptor("rate an activity: rate ACTIVITY-ID LEVEL --rationale TEXT [--evidence URL-OR-PATH]")
    public void rate(CommandSession session, @Descriptor("see rate --help") String... words) {
        run(session, "rate", words);
    }

    @Descriptor("record a quarterly update: update GROUP-ID YEAR-Qn --text TEXT")
    public void update(CommandSession session, @Descriptor("see update --help") String... words) {
        run(session, "update", words);
    }

    @Descriptor("add, correct or remove an event: event GROUP-ID YEAR EVENT-ID ...")
    public void event(CommandSession session, @Descriptor("see event --help") String... words) {
        run(session, "event", words);
    }

    @Descriptor("add, correct or remove a figure: figure GROUP-ID YEAR FIGURE-ID ...")
    public void figure(CommandSession session, @Descriptor("see figure --help") String... words) {
        run(session, "figure", words);
    }

    @Descriptor("write a narrative part: narrative GROUP-ID YEAR PART --text TEXT")
    public void narrative(CommandSession session, @Descriptor("see narrative --help") String... words) {
        run(session, "narrative", words);
    }

    @Descriptor("write the program office's introduction or final comments: introduction YEAR [--final] --text TEXT")
    public void introduction(CommandSession session, @Descriptor("see introduction --help") String... words) {
        run(session, "introduction", words);
    }

    @Descriptor("export a group's year to fill in: export GROUP-ID YEAR [--format xlsx|csv]")
    public void export(CommandSession session, @Descriptor("see export --help") String... words) {
        run(session, "export", words);
    }

    @Descriptor("import a filled-in workbook: import FILE.xlsx | FILE.csv | FOLDER")
    public void _import(CommandSession session, @Descriptor("see import --help") String... words) {
        run(session, "import", words);
    }

    @Descriptor("submit a group's year for review: submit GROUP-ID YEAR")
    public void submit(CommandSession session, @Descriptor("see submit --help") String... words) {
        run(session, "submit", words);
    }

    @Descriptor("return a submitted year to its group: return GROUP-ID YEAR --reason TEXT")
    public void _return(CommandSession session, @Descriptor("see return --help") String... words) {
        run(session, "return", words);
    }

    @Descriptor("approve a submitted year: approve GROUP-ID YEAR")
    public void approve(CommandSession session, @Descriptor("see approve --help") String... words) {
        run(session, "approve", words);
    }

    @Descriptor("publish a year and write its combined report: publish YEAR")
    public void publish(CommandSession session, @Descriptor("see publish --help") String... words) {
        run(session, "publish", words);
    }

    @Descriptor("show the recorded changes: history [--group G] [--activity ID]")
    public void history(CommandSession session, @Descriptor("see history --help") String... words) {
        run(session, "history", words);
    }

    @Descriptor("what is due and overdue: due [--year Y] [--group G] [--on DATE]")
    public void due(CommandSession session, @Descriptor("see due --help") String... words) {
        run(session, "due", words);
    }

    @Descriptor("the texts to translate as XLIFF 2 and back: translations export [--group G] [--year Y] [--all] | translations import FILE")
    public void translations(CommandSession session, @Descriptor("see translations --help") String... words) {
        run(session, "translations", words);
    }

    private void run(CommandSession session, String command, String[] words) {
        Path cwd = session.currentDir() != null ? session.currentDir() : Paths.get(System.getProperty("user.dir"));
        int status = cycle.run(command, Arrays.asList(words == null ? new String[0] : words), new Io(System.out, System.err, cwd));
        System.out.flush();
        System.err.flush();
        session.put(STATUS_VARIABLE, status);
    }
}
