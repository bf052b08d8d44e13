package mou.commands.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.command.Io;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import mou.core.spi.WorkspaceStore;

/**
 * What the commands' tests install and run them on: plugins (working groups, deliverable types,
 * sections, formats), a store, the platform and the captured output. The core's provider types
 * (Extensions, ReportService) are the core's own ({@code Extensions.forTest}, {@code ReportService.forTest}).
 */
final class Fakes {

    private Fakes() {
    }

    static class Group implements WorkingGroupPlugin {
        final String id;
        final String name;
        final List<DeliverableType> types;
        final List<ReportSectionContributor> sections;

        Group(String id, String name, List<DeliverableType> types, List<ReportSectionContributor> sections) {
            this.id = id;
            this.name = name;
            this.types = types;
            this.sections = sections;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Text name() {
            return Text.of(name);
        }

        @Override
        public Text topic() {
            return Text.of("Cooperation on " + name);
        }

        @Override
        public double order() {
            return 610;
        }

        @Override
        public List<String> memberOrganizations() {
            return List.of();
        }

        @Override
        public List<DeliverableType> deliverableTypes() {
            return types;
        }

        @Override
        public List<ReportSectionContributor> sections() {
            return sections;
        }
    }

    record Type(String id, Text label, List<AttributeSpec> attributes) implements DeliverableType {
        Type(String id, String label, List<AttributeSpec> attributes) {
            this(id, Text.of(label), attributes);
        }
    }

    /** A report section that contributes nothing, or throws when given a failure. */
    record Section(String id, double order, RuntimeException failure) implements ReportSectionContributor {
        Section(String id, double order) {
            this(id, order, null);
        }

        @Override
        public List<mou.core.report.Section> contribute(ReportContext context) {
            if (failure != null) {
                throw failure;
            }
            return List.of();
        }
    }

    /** A report section that cannot even say where it goes: the core cannot order the sections, so no report is assembled. */
    record Unplaceable(String id) implements ReportSectionContributor {
        @Override
        public double order() {
            throw new IllegalStateException("section " + id + " broke");
        }

        @Override
        public List<mou.core.report.Section> contribute(ReportContext context) {
            return List.of();
        }
    }

    /** Writes "FORMAT ID: TITLE (YEAR, LANGUAGE)"; or fails when told to. */
    static final class Format implements ReportFormat {
        final String id;
        final String extension;
        boolean fail;

        Format(String id, String extension) {
            this.id = id;
            this.extension = extension;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String fileExtension() {
            return extension;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void render(ReportDocument document, OutputStream out) throws IOException {
            out.write(("format " + id + ": " + document.title() + " (" + document.year() + ", " + document.language() + ")")
                    .getBytes(StandardCharsets.UTF_8));
            if (fail) {
                throw new IOException("disk full");
            }
        }
    }

    static final class Store implements WorkspaceStore {
        LoadResult result;
        final List<Path> loaded = new ArrayList<>();

        Store(LoadResult result) {
            this.result = result;
        }

        @Override
        public LoadResult load(Path folder) {
            loaded.add(folder);
            return result;
        }

        @Override
        public void save(Path folder, Workspace workspace) {
            throw new AssertionError("the commands never save");
        }
    }

    static final class FakePlatform implements Platform {
        final Path home;
        final Path plugins;
        final Map<Object, BundleInfo> bundles = new IdentityHashMap<>();
        final Map<String, List<String>> exports = new HashMap<>(Map.of(
                "mou.core.model", List.of("1.0.0"), "mou.core.spi", List.of("1.0.0"), "mou.core.report", List.of("1.0.0")));
        final List<String> installs = new ArrayList<>();
        final List<BundleInfo> uninstalled = new ArrayList<>();
        final List<PluginFailure> problems = new ArrayList<>();
        String refusal;

        FakePlatform(Path home) {
            this.home = home;
            this.plugins = home.resolve("plugins");
        }

        @Override
        public Path home() {
            return home;
        }

        @Override
        public Path plugins() {
            return plugins;
        }

        @Override
        public Optional<BundleInfo> bundleOf(Object object) {
            return Optional.ofNullable(bundles.get(object));
        }

        @Override
        public List<String> exportedVersions(String packageName) {
            return exports.getOrDefault(packageName, List.of());
        }

        /** Read by the real {@link JarProbe}, in a framework of the tests' own. */
        @Override
        public PluginJar read(Path jar) throws PluginJar.NotAPlugin {
            return new JarProbe(TestFramework.context()).read(jar);
        }

        @Override
        public Installed install(PluginJar jar, String location, Optional<Path> previous) throws Refused {
            installs.add(jar.symbolicName() + " at " + location + previous.map(p -> " replacing " + p.getFileName()).orElse(""));
            if (refusal != null) {
                throw new Refused(refusal);
            }
            return new Installed(new BundleInfo(42, jar.symbolicName(), jar.version(), location),
                    List.of(new Group("water", "Water Working Group")), previous.isPresent());
        }

        @Override
        public void uninstall(BundleInfo bundle) {
            uninstalled.add(bundle);
        }

        @Override
        public List<PluginFailure> pluginProblems() {
            return List.copyOf(problems);
        }
    }

    /** Captures what a command prints. */
    static final class Captured {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        Io io(Path cwd) {
            return new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), cwd);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        List<String> outLines() {
            return out().lines().toList();
        }

        List<String> errLines() {
            return err().lines().toList();
        }
    }
}
