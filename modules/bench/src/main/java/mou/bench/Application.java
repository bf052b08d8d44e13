package mou.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import mou.core.spi.WorkspaceStore;

/**
 * The application in one JVM, without a framework: the components of the bundles on the class
 * path (core, store, formats, the installed group plugins) wired by {@link Components}, plus the
 * synthetic working groups a generated workspace needs. The same store, assembler and formats as
 * {@code ./mou report}; what is left out is the framework's boot and the command's argument handling.
 */
public final class Application {

    static {
        // a command is a process of its own: the benchmarks time a load that reads every file, not one that the store kept
        if (System.getProperty("mou.store.keep") == null) {
            System.setProperty("mou.store.keep", "false");
        }
    }

    private final Components components;

    private Application(Components components) {
        this.components = components;
    }

    /** The application with {@code synthetic} synthetic groups ({@code g0001}...) installed beside the real plugins. */
    public static Application withSyntheticGroups(int synthetic) {
        List<WorkingGroupPlugin> groups = new ArrayList<>();
        for (int i = 1; i <= synthetic; i++) {
            groups.add(new SyntheticGroup(i, synthetic));
        }
        return new Application(Components.start(groups));
    }

    /** The application with the synthetic groups a workspace folder holds (its {@code groups/g0001}... folders). */
    public static Application forWorkspace(Path folder) throws IOException {
        int highest = 0;
        Path groups = folder.resolve("groups");
        if (Files.isDirectory(groups)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(groups)) {
                for (Path dir : dirs) {
                    highest = Math.max(highest, SyntheticGroup.numberOf(dir.getFileName().toString()).orElse(0));
                }
            }
        }
        return withSyntheticGroups(highest);
    }

    public WorkspaceStore store() {
        return components.one(WorkspaceStore.class);
    }

    public ReportService reports() {
        return components.one(ReportService.class);
    }

    public Extensions extensions() {
        return components.one(Extensions.class);
    }

    /** The installed formats, by id. */
    public List<ReportFormat> formats() {
        return extensions().formats();
    }

    public ReportFormat format(String id) {
        return extensions().format(id).orElseThrow(() -> new IllegalArgumentException("no report format '" + id
                + "' on the class path; installed: " + formats().stream().map(ReportFormat::id).toList()));
    }

    /** Every installed deliverable type (the core's and the real plugins'), by id, so the order does not depend on the class path. */
    public List<DeliverableType> deliverableTypes() {
        List<DeliverableType> types = new ArrayList<>(extensions().deliverableTypes());
        types.sort(Comparator.comparing(DeliverableType::id));
        return types;
    }

    /** Loads a workspace; fails with the first errors when it has any. */
    public Workspace load(Path folder) {
        LoadResult result = store().load(folder);
        if (result.hasErrors()) {
            throw new IllegalStateException("the workspace " + folder + " has " + result.errors().size() + " errors, e.g. "
                    + result.errors().stream().limit(5).map(p -> p.format()).toList());
        }
        return result.workspace();
    }

    public ReportDocument assemble(Workspace workspace) {
        int year = workspace.latestYear().orElseThrow(() -> new IllegalStateException("the workspace records no year"));
        return reports().assemble(workspace, year, "en");
    }

    /** Renders into {@code out} and returns the number of bytes written. */
    public static long render(ReportFormat format, ReportDocument document, OutputStream out) throws IOException {
        CountingStream counting = new CountingStream(out);
        format.render(document, counting);
        counting.flush();
        return counting.count;
    }

    /** Counts what passes through; with a null target it discards, so rendering is measured without the disk. */
    static final class CountingStream extends OutputStream {

        private final OutputStream target;
        private long count;

        CountingStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            if (target != null) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (target != null) {
                target.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }
    }
}
