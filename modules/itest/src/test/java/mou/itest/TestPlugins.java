package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Working-group plugins built by the tests themselves, the way a group outside this repository
 * builds one: Java sources compiled against the built core API jar, then made into a bundle by
 * bnd (manifest with version ranges from the core's exports, Declarative Services descriptors from
 * the annotations). Each is a group whose one section behaves as told.
 */
final class TestPlugins {

    /** What a test plugin's chapter does when the report asks for it. */
    enum Behaviour {
        /** Writes a chapter "Cooperation on NAME" saying which version of the plugin wrote it. */
        WRITES,
        /** Throws an IllegalStateException. */
        THROWS,
        /** Sleeps for minutes, ignoring interrupts, like a plugin stuck on a remote call. */
        HANGS,
        /** The group's component throws in its constructor, so it never becomes a working group. */
        FAILS_TO_ACTIVATE,
        /** The group's component needs a service nobody offers, so it is never satisfied. */
        WAITS_FOR_A_SERVICE
    }

    /**
     * A plugin to build.
     *
     * @param groupId the working group's id, e.g. "lab"; the bundle is {@code org.example.group-<id>}
     * @param name the group's topic, e.g. "Testing": "Testing Working Group", "Cooperation on Testing"
     * @param version the bundle version
     * @param behaviour what its chapter does
     * @param bnd more bnd instructions, e.g. an Import-Package
     */
    record Plugin(String groupId, String name, String version, Behaviour behaviour, Map<String, String> bnd) {

        Plugin(String groupId, String name, String version, Behaviour behaviour) {
            this(groupId, name, version, behaviour, Map.of());
        }

        String symbolicName() {
            return "org.example.group-" + groupId;
        }

        String packageName() {
            return "org.example." + groupId.replace("-", "") + ".internal";
        }

        String chapterTitle() {
            return "Cooperation on " + name;
        }

        /** The sentence its chapter writes, naming the version. */
        String chapterText() {
            return "The " + name + " Working Group's chapter, written by its plugin version " + version + ".";
        }
    }

    private TestPlugins() {
    }

    /** Builds the plugin into {@code dir/<file>} and returns the jar. */
    static Path build(Plugin plugin, Path dir, String file) throws IOException {
        Path work = Files.createTempDirectory(dir, "build-" + plugin.groupId() + "-");
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path source = sources.resolve(plugin.packageName().replace('.', '/')).resolve("TestGroup.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, source(plugin), StandardCharsets.UTF_8);
        compile(source, classes);
        Path jar = dir.resolve(file);
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", plugin.symbolicName());
            builder.setProperty("Bundle-Version", plugin.version());
            builder.setProperty("Bundle-Name", plugin.name() + " Working Group (built by a test)");
            builder.setProperty("Private-Package", plugin.packageName());
            builder.setProperty("-noextraheaders", "true");
            plugin.bnd().forEach(builder::setProperty);
            builder.addClasspath(classes.toFile());
            for (Path api : apiJars()) {
                builder.addClasspath(api.toFile());
            }
            Jar built = builder.build();
            assertThat(builder.getErrors()).as("bnd errors building %s", plugin.symbolicName()).isEmpty();
            built.write(jar.toFile());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("bnd could not build " + plugin.symbolicName() + ": " + e, e);
        }
        return jar;
    }

    private static void compile(Path source, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler (the tests run on a JDK)").isNotNull();
        StringWriter diagnostics = new StringWriter();
        String classpath = String.join(java.io.File.pathSeparator, apiJars().stream().map(Path::toString).toList());
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source.toFile());
            boolean compiled = javac.getTask(diagnostics, files, null,
                    List.of("--release", "17", "-parameters", "-classpath", classpath, "-d", classes.toString()), null, units).call();
            assertThat(compiled).as("javac of %s:%n%s", source.getFileName(), diagnostics).isTrue();
        }
    }

    /** The API a plugin compiles against: the core as the application runs it, and the OSGi annotations. */
    static List<Path> apiJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        jars.add(coreJar());
        jars.add(jarOf("org.osgi.service.component.annotations.Component"));
        jars.add(jarOf("org.osgi.annotation.versioning.ConsumerType"));
        return jars;
    }

    static Path coreJar() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(App.BUNDLES, "core-*.jar")) {
            files.forEach(found::add);
        }
        assertThat(found).as("the core jar in %s", App.BUNDLES).hasSize(1);
        return found.get(0);
    }

    private static Path jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, TestPlugins.class.getClassLoader());
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the test class path lacks " + className, e);
        }
    }

    private static String source(Plugin plugin) {
        String activation = plugin.behaviour() == Behaviour.FAILS_TO_ACTIVATE
                ? "throw new IllegalStateException(\"no licence to report for " + plugin.name() + "\");"
                : "";
        String chapter = switch (plugin.behaviour()) {
            case WRITES, FAILS_TO_ACTIVATE, WAITS_FOR_A_SERVICE -> "return List.of(Section.of(\"" + plugin.groupId() + "\", \"" + plugin.chapterTitle()
                    + "\", List.of(new Block.Paragraph(\"" + plugin.chapterText() + "\"))));";
            case THROWS -> "throw new IllegalStateException(\"the " + plugin.name() + " chapter broke on purpose\");";
            case HANGS -> """
                    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
                    while (System.nanoTime() < until) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            // stubborn on purpose: the report must not wait for it
                        }
                    }
                    return List.of();""";
        };
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PACKAGE", plugin.packageName());
        values.put("GROUP_ID", plugin.groupId());
        values.put("NAME", plugin.name());
        values.put("ACTIVATION", activation);
        values.put("PARAMETERS", plugin.behaviour() == Behaviour.WAITS_FOR_A_SERVICE ? "@Reference Licence licence" : "");
        values.put("CHAPTER", chapter);
        String text = """
                package PACKAGE;

                import java.util.List;
                import mou.core.model.Text;
                import mou.core.report.Block;
                import mou.core.report.Section;
                import mou.core.spi.ReportContext;
                import mou.core.spi.ReportSectionContributor;
                import mou.core.spi.WorkingGroupPlugin;
                import org.osgi.service.component.annotations.Activate;
                import org.osgi.service.component.annotations.Component;
                import org.osgi.service.component.annotations.Reference;

                @Component(service = WorkingGroupPlugin.class, property = "mou.group=GROUP_ID")
                public final class TestGroup implements WorkingGroupPlugin {

                    /** A service that no bundle offers. */
                    public interface Licence {
                    }

                    private final ReportSectionContributor chapter = new ReportSectionContributor() {
                        public String id() {
                            return "GROUP_ID.chapter";
                        }

                        public double order() {
                            return 695;
                        }

                        public List<Section> contribute(ReportContext context) {
                            CHAPTER
                        }
                    };

                    @Activate
                    public TestGroup(PARAMETERS) {
                        ACTIVATION
                    }

                    public String id() {
                        return "GROUP_ID";
                    }

                    public Text name() {
                        return Text.of("NAME Working Group");
                    }

                    public Text topic() {
                        return Text.of("NAME");
                    }

                    public double order() {
                        return 695;
                    }

                    public List<String> memberOrganizations() {
                        return List.of();
                    }

                    public List<ReportSectionContributor> sections() {
                        return List.of(chapter);
                    }
                }
                """;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }
}
