package mou.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mou.bench.Application;
import mou.bench.Workspaces;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hot paths of a report, warm, for growing synthetic workspaces: loading (parse, map and
 * validate every file), assembling the report document, and rendering it in each format (into a
 * stream that counts and discards, so the disk is not measured). The workspaces are generated
 * once into {@code bench.workspaces} ({@link Workspaces}) before JMH starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmarks {

    /** Working groups of 100 activities and 10 years each ({@link mou.bench.Shape#bench}). */
    @Param({"10", "100", "1000"})
    public int groups;

    private Application app;
    private Path folder;
    private Workspace workspace;
    private ReportDocument document;
    private ReportFormat html;
    private ReportFormat markdown;
    private ReportFormat json;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Workspaces.folder(Path.of(System.getProperty("bench.workspaces", "target/bench-workspaces")), groups);
        app = Application.forWorkspace(folder);
        workspace = app.load(folder);
        document = app.assemble(workspace);
        html = app.format("html");
        markdown = app.format("md");
        json = app.format("json");
    }

    @Benchmark
    public Workspace load() {
        return app.load(folder);
    }

    @Benchmark
    public ReportDocument assemble() {
        return app.assemble(workspace);
    }

    @Benchmark
    public long renderHtml() throws IOException {
        return Application.render(html, document, null);
    }

    @Benchmark
    public long renderMarkdown() throws IOException {
        return Application.render(markdown, document, null);
    }

    @Benchmark
    public long renderJson() throws IOException {
        return Application.render(json, document, null);
    }
}
