package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin kit end to end, as a group outside this repository uses it: a project generated from
 * the archetype in a folder of its own, built with Maven against the core (offline: everything
 * it needs is in the local repository once this reactor is built), then installed into the
 * application: `groups` lists it, `validate` checks its sample data with its own deliverable
 * type, the report has its chapter, and `uninstall` takes it out again.
 */
class PluginKitIT {

    private static final String VERSION = required("mou.version");
    private static final Path LOCAL_REPOSITORY = Paths.get(required("mou.maven.repository"));

    @TempDir
    Path dir;

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests with `mvn verify`");
        }
        return value;
    }

    /** The Maven that runs this build; `mvn` on the path when the tests run elsewhere. */
    private static String mvn() {
        String home = System.getProperty("mou.maven.home");
        if (home != null && !home.isBlank() && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /**
     * A local repository for the nested builds: this build's artifacts of mou-progress (the core
     * API, its parent pom, the archetype), and links to everything else in the real one, so that
     * an older org.mouprogress:core installed there can never stand in for the one built here.
     */
    private Path localRepository() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("m2"));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(LOCAL_REPOSITORY)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals("org") && Files.isDirectory(entry)) {
                    Path org = Files.createDirectories(repository.resolve("org"));
                    try (DirectoryStream<Path> groups = Files.newDirectoryStream(entry)) {
                        for (Path group : groups) {
                            if (!group.getFileName().toString().equals("mouprogress")) {
                                Files.createSymbolicLink(org.resolve(group.getFileName().toString()), group);
                            }
                        }
                    }
                } else {
                    Files.createSymbolicLink(repository.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        Path root = App.MODULES_DIR.getParent();
        put(repository, "mou-progress", root.resolve("pom.xml"), null);
        put(repository, "core", App.MODULES_DIR.resolve("core/pom.xml"), built(App.MODULES_DIR.resolve("core/target"), "core-"));
        put(repository, "plugin-archetype", App.MODULES_DIR.resolve("plugin-archetype/pom.xml"),
                built(App.MODULES_DIR.resolve("plugin-archetype/target"), "plugin-archetype-"));
        return repository;
    }

    private static void put(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("org/mouprogress").resolve(artifactId).resolve(VERSION));
        Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }

    private static Path built(Path target, String prefix) throws IOException {
        Path jar = target.resolve(prefix + VERSION + ".jar");
        assertThat(jar).as("the built jar (build the reactor first)").isRegularFile();
        return jar;
    }

    /**
     * Runs Maven with the given local repository in a folder, and returns its output: offline
     * first (this build has fetched nearly everything); online when something is missing, as on a
     * fresh machine whose repository holds only what this reactor needed.
     */
    private String maven(Path cwd, Path repository, String... goals) throws Exception {
        Result offline = run(cwd, repository, true, goals);
        if (offline.exit() == 0) {
            return offline.output();
        }
        if (!offline.output().contains("offline mode")) {
            throw new AssertionError(offline.command() + " in " + cwd + ":\n" + offline.output());
        }
        Result online = run(cwd, repository, false, goals);
        assertThat(online.exit()).as("%s in %s:%n%s", online.command(), cwd, online.output()).isZero();
        return online.output();
    }

    private record Result(String command, int exit, String output) {
    }

    private Result run(Path cwd, Path repository, boolean offline, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-Dmaven.repo.local=" + repository));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(goals));
        Path log = Files.createTempFile(dir, "mvn", ".log");
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 10 minutes");
        }
        return new Result(String.join(" ", command), process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void aPluginGeneratedFromTheArchetypeBuildsOutsideTheRepositoryInstallsValidatesReportsAndUninstalls() throws Exception {
        Path repository = localRepository();
        Path workspace = Files.createDirectories(dir.resolve("elsewhere"));

        maven(workspace, repository, "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=org.mouprogress", "-DarchetypeArtifactId=plugin-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example", "-DartifactId=group-energy", "-Dversion=1.0.0", "-Dpackage=org.example.energy",
                "-DworkingGroupId=energy", "-Dtopic=Energy");
        Path project = workspace.resolve("group-energy");
        assertThat(project.resolve("pom.xml")).content().contains("<artifactId>core</artifactId><version>" + VERSION + "</version>")
                .doesNotContain("<parent>");
        String build = maven(project, repository, "package");
        assertThat(build).contains("Tests run: 14, Failures: 0, Errors: 0, Skipped: 0").contains("BilingualLabelsTest");
        Path jar = project.resolve("target/group-energy-1.0.0.jar");
        assertThat(jar).isRegularFile();

        App app = App.withGroup(dir);
        App.copyTree(project.resolve("data/groups/energy"), app.data.resolve("groups/energy"));
        App.Run install = app.run("install", jar.toString());
        App.Run groups = app.run("groups");
        App.Run validate = app.run("validate");
        App.Run report = app.run("report", "--format", "md");

        assertThat(install.exit()).as(install.toString()).isZero();
        assertThat(install.out()).as(install.toString()).startsWith("installed energy (Energy Working Group) org.example.group-energy 1.0.0 as ");
        assertThat(groups.out()).as(groups.toString()).contains("energy  Energy Working Group").contains("bundle: org.example.group-energy 1.0.0")
                .contains("energy-pilot-project  Pilot project: site*, status*, startDate, capacity, partners")
                .contains("energy.chapter  (order 660)");
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.out()).as(validate.toString()).contains("6 working groups").contains("; 0 errors, ");
        assertThat(report.exit()).as(report.toString()).isZero();
        String markdown = Files.readString(app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Cooperation on Energy").contains("Pilot project at Mexicali, Baja California")
                .contains("Cooperation on Air Quality");
        assertThat(markdown.indexOf("Cooperation on Air Quality")).isLessThan(markdown.indexOf("Cooperation on Energy"));

        // the group's data is checked by its own deliverable type
        Path plan = app.data.resolve("groups/energy/plan.json");
        Files.writeString(plan, Files.readString(plan).replace("\"status\": \"under-way\"", "\"status\": \"finished\""));
        App.Run invalid = app.run("validate");
        assertThat(invalid.exit()).as(invalid.toString()).isEqualTo(1);
        assertThat(invalid.out()).as(invalid.toString()).containsPattern("groups/energy/plan\\.json:\\d+:\\d+: \\$\\.goals\\[0]\\.activities\\[0]\\.deliverables\\[0]"
                + "\\.attributes\\.status: 'status' must be one of planned, under-way, completed");

        App.Run uninstall = app.run("uninstall", "energy");
        App.Run after = app.run("report", "--format", "md");

        assertThat(uninstall.exit()).as(uninstall.toString()).isZero();
        assertThat(App.names(app.plugins)).containsExactly(App.groupJar().getFileName().toString());
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(Files.readString(app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8))
                .doesNotContain("Cooperation on Energy").contains("Cooperation on Air Quality");

        // a label added in English only fails the project's own test, naming the label
        Path labels;
        try (java.util.stream.Stream<Path> files = Files.walk(project.resolve("src/main/resources"))) {
            labels = files.filter(f -> f.getFileName().toString().equals("labels.properties")).findFirst().orElseThrow();
        }
        Files.writeString(labels, Files.readString(labels, StandardCharsets.UTF_8) + "section.sites=Sites\n", StandardCharsets.UTF_8);
        Result untranslated = run(project, repository, true, "test", "-Dtest=BilingualLabelsTest");
        assertThat(untranslated.exit()).as(untranslated.output()).isNotZero();
        assertThat(untranslated.output()).contains("labels without their Spanish in labels_es.properties").contains("section.sites");
    }
}
