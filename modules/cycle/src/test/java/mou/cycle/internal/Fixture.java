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
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.command.Io;
import mou.core.internal.ReportFiles;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.AssembledReport;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
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

    /** No group plugin installed: the store checks the data without deliverable types, which is all the cycle needs. */
    static final Extensions EXTENSIONS = new Extensions() {
        public List<WorkingGroupPlugin> groups() {
            return List.of();
        }

        public Optional<WorkingGroupPlugin> group(String id) {
            return Optional.empty();
        }

        public List<DeliverableType> deliverableTypes() {
            return List.of();
        }

        public Optional<DeliverableType> deliverableType(String id) {
            return Optional.empty();
        }

        public Optional<WorkingGroupPlugin> ownerOf(DeliverableType type) {
            return Optional.empty();
        }

        public List<ReportSectionContributor> sections() {
            return List.of();
        }

        public List<ReportFormat> formats() {
            return List.of(TEXT);
        }

        public Optional<ReportFormat> format(String id) {
            return id.equals("txt") ? Optional.of(TEXT) : Optional.empty();
        }
    };

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

    /** The years of the workspace as one section each, with every group's levels: what publish hands to the formats. */
    static final ReportService REPORTS = new ReportService() {
        public ReportDocument assemble(Workspace workspace, int year, String language) {
            return new ReportDocument("Report " + year, null, language, year,
                    workspace.years().stream().filter(y -> y.year() == year)
                            .map(y -> Section.of(y.groupId(), y.groupId(), y.assessments().stream()
                                    .map(a -> (Block) new Block.Paragraph(a.activityId() + " " + a.level().id())).toList()))
                            .toList());
        }

        public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known) {
            return new AssembledReport(assemble(workspace, year, language), known);
        }

        public AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known, String missingReason) {
            return assemble(workspace, year, language, known);
        }

        /** As if every group had its plugin: {@link PublishTest} uses the core's real service to see the rule. */
        public List<PluginFailure> missingPlugins(Workspace workspace, int year) {
            return List.of();
        }

        public AssembledReport assembleQuarter(Workspace workspace, String groupId, int year, int quarter, String language) {
            throw new UnsupportedOperationException("the cycle makes no quarterly report");
        }
    };

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
