package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import mou.store.json.internal.JsonWorkspaceStore;

/**
 * A copy of the shipped workspace in a temporary folder, the real JSON store on it, and the cycle
 * commands run as the shell would run them, with their output captured.
 */
final class Fixture {

    static final Path SHIPPED = Path.of("../../data").toAbsolutePath().normalize();
    static final Instant NOW = Instant.parse("2017-04-03T15:20:00Z");

    /** A report format that writes every paragraph and notice, enough to see what a report says. */
    static final ReportFormat TEXT = new ReportFormat() {
        public String id() {
            return "txt";
        }

        public String fileExtension() {
            return "txt";
        }

        public String mediaType() {
            return "text/plain";
        }

        public void render(ReportDocument document, OutputStream out) throws IOException {
            StringBuilder b = new StringBuilder(document.title()).append('\n');
            document.sections().forEach(s -> write(s, b));
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }

        private void write(Section s, StringBuilder b) {
            b.append("# ").append(s.title()).append('\n');
            for (Block block : s.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    b.append(p.text()).append('\n');
                } else if (block instanceof Block.Notice n) {
                    b.append(n.severity()).append(": ").append(n.text()).append('\n');
                }
            }
            s.subsections().forEach(sub -> write(sub, b));
        }
    };

    /** No group plugin installed: the store checks the data without deliverable types, which is all the cycle needs. */
    static final Extensions EXTENSIONS = Extensions.forTest(List.of(), List.of(), List.of(TEXT));

    /** The shipped workspace's working groups. */
    static final List<String> SHIPPED_GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    /** A plugin for every shipped group, whose chapter lists the group's levels of the year ("aq-1-1 achieved"). */
    static final Extensions GROUPS_INSTALLED = Extensions.forTest(SHIPPED_GROUPS.stream().map(Fixture::levels).toList(), List.of(), List.of(TEXT));

    /** The core's report service with every shipped group's plugin installed: what publish hands to the formats. */
    static final ReportService REPORTS = ReportService.forTest(GROUPS_INSTALLED);

    private static WorkingGroupPlugin levels(String id) {
        ReportSectionContributor chapter = new ReportSectionContributor() {
            public String id() {
                return id + ".chapter";
            }

            public double order() {
                return 600;
            }

            public List<Section> contribute(ReportContext context) {
                return List.of(Section.of(id, id, context.workspace().year(id, context.year()).stream()
                        .flatMap(y -> y.assessments().stream())
                        .map(a -> (Block) new Block.Paragraph(a.activityId() + " " + a.level().id())).toList()));
            }
        };
        return new WorkingGroupPlugin() {
            public String id() {
                return id;
            }

            public Text name() {
                return Text.of(id);
            }

            public Text topic() {
                return Text.of(id);
            }

            public double order() {
                return 600;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of(chapter);
            }
        };
    }

    final Path home;
    final Path data;
    final JsonWorkspaceStore store = new JsonWorkspaceStore(EXTENSIONS);
    final CycleServiceImpl service;
    final Cycle cycle;

    Fixture(Path temp) {
        this(temp, REPORTS);
    }

    /** With a report service of the test's own, e.g. the core's real one. */
    Fixture(Path temp, ReportService reports) {
        this.home = temp.resolve("home");
        this.data = home.resolve("data");
        copy(SHIPPED, data);
        this.service = new CycleServiceImpl(store, reports, new ReportFiles(EXTENSIONS), Clock.fixed(NOW, ZoneOffset.UTC));
        this.cycle = new Cycle(new Shell(service, home, "account-user"));
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
