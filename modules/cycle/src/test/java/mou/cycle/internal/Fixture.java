package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.command.Io;
import mou.core.internal.ReportFiles;
import java.util.ArrayList;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Text;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.store.json.internal.JsonWorkspaceStore;
import mou.testfixtures.TestFormat;
import mou.testfixtures.TestGroup;

/**
 * A copy of the shipped workspace in a temporary folder, the real JSON store on it, and the cycle
 * commands run as the shell would run them, with their output captured.
 */
final class Fixture {

    static final Path SHIPPED = Path.of("../../data").toAbsolutePath().normalize();
    static final Instant NOW = Instant.parse("2017-04-03T15:20:00Z");

    /** A report format that writes every paragraph and notice, enough to see what a report says. */
    static final ReportFormat TEXT = TestFormat.text();

    /** No group plugin installed: the store checks the data without deliverable types, which is all the cycle needs. */
    static final Extensions EXTENSIONS = Extensions.forTest(List.of(), List.of(), List.of(TEXT));

    /** The shipped workspace's working groups. */
    static final List<String> SHIPPED_GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    /** A plugin for every shipped group, whose chapter lists the group's levels of the year ("aq-1-1 achieved"). */
    static final Extensions GROUPS_INSTALLED = Extensions.forTest(SHIPPED_GROUPS.stream().map(TestGroup::listingLevels).toList(), List.of(), List.of(TEXT));

    /** The core's report service with every shipped group's plugin installed: what publish hands to the formats. */
    static final ReportService REPORTS = ReportService.forTest(GROUPS_INSTALLED);

    final Path home;
    final Path data;
    final JsonWorkspaceStore store = new JsonWorkspaceStore(EXTENSIONS);
    final CycleServiceImpl service;
    final Cycle cycle;
    /** The service's clock: at {@link #NOW} until a test moves it on ({@link #later}). */
    private final MovingClock clock = new MovingClock(NOW);

    Fixture(Path temp) {
        this(temp, REPORTS);
    }

    /** With a report service of the test's own, e.g. the core's over other plugins. */
    Fixture(Path temp, ReportService reports) {
        this.home = temp.resolve("home");
        this.data = home.resolve("data");
        copy(SHIPPED, data);
        this.service = new CycleServiceImpl(store, reports, new ReportFiles(EXTENSIONS), clock);
        this.cycle = new Cycle(new Shell(service, home, "account-user"));
    }

    /**
     * Moves the clock on: an export made in the same second as a change cannot tell that it came after
     * it, so a test that exports what it has just recorded, and imports it again, exports a second later.
     */
    void later(long seconds) {
        clock.now = clock.now.plusSeconds(seconds);
    }

    /** Moves the clock on by a part of a second. */
    void laterMillis(long millis) {
        clock.now = clock.now.plusMillis(millis);
    }

    private static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** What one command printed and returned. */
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    Run run(String command, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = cycle.run(command, List.of(words), new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), home));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed. */
    Run ok(String command, String... words) {
        Run run = run(command, words);
        assertThat(run.status()).as("%s %s\n%s", command, String.join(" ", words), run).isZero();
        return run;
    }

    Workspace workspace() {
        LoadResult result = store.load(data);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result.workspace();
    }

    GroupYear year(String group, int year) {
        return workspace().year(group, year).orElseThrow();
    }

    /**
     * Every opened group's year of {@code year} rated for that year (each level as it stands, with a
     * rationale of the year), its narrative's required parts written, and the program office's
     * introduction, each text with its Spanish: a year with nothing missing, written with the store as test setup.
     */
    void complete(int year) {
        Workspace ws = workspace();
        for (GroupYear y : ws.years().stream().filter(y -> y.year() == year).toList()) {
            List<Assessment> rated = y.assessments().stream().map(a -> new Assessment(a.activityId(), a.level(),
                    Text.of("Rated for " + year + ": " + a.activityId() + ".", "Calificada para " + year + ": " + a.activityId() + "."),
                    a.evidence(), false)).toList();
            Narrative n = new Narrative(List.of(Text.of("In " + year + " the group of " + y.groupId() + " met its plan.",
                    "En " + year + " el grupo " + y.groupId() + " cumplió su plan.")),
                    List.of(Text.of("It held its meetings.", "Celebró sus reuniones.")), y.narrative().challenges(),
                    List.of(Text.of("It goes on in " + (year + 1) + ".", "Continúa en " + (year + 1) + ".")));
            ws = Workbench.withYear(ws, y.withAssessments(rated).withNarrative(n));
        }
        List<AnnualReport> reports = new ArrayList<>();
        for (AnnualReport r : ws.reports()) {
            reports.add(r.year() != year ? r : new AnnualReport(year, r.title(), List.of(Text.of("The program office introduces " + year + ".",
                    "La oficina del programa presenta " + year + ".")),
                    r.relatedAgreementsIntro(), r.finalComments()));
        }
        try {
            store.save(data, new Workspace(ws.agreement(), ws.organizations(), ws.relatedAgreements(), ws.plans(), ws.years(), reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<HistoryEntry> history() {
        try {
            return store.history(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the workspace with its content, to show that nothing changed. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Opens a workbook file, lets {@code change} edit it as a person would in a spreadsheet program, and saves it in place. */
    static void editWorkbook(Path workbook, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> change) {
        try (java.io.InputStream in = Files.newInputStream(workbook);
                org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            change.accept(book);
            try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
