package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.Workspace;
import mou.core.spi.DeliverableType;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceGeneratorTest {

    private static final Path SHIPPED = Path.of("../../data");
    private static final Shape SMALL = new Shape(4, 3, 5, 2, 4, 2016, 3, 2, 7L);

    private static Application app;

    @BeforeAll
    static void wire() {
        app = Application.withSyntheticGroups(SMALL.groups());
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path temp) throws IOException {
        WorkspaceGenerator.generate(SMALL, temp.resolve("a"), SHIPPED);
        WorkspaceGenerator.generate(SMALL, temp.resolve("b"), SHIPPED);

        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        assertThat(a.keySet()).hasSize(3 + SMALL.years() + SMALL.groups() * (1 + SMALL.years())).isEqualTo(b.keySet());
        a.forEach((name, content) -> assertThat(b.get(name)).as(name).isEqualTo(content));
    }

    @Test
    void anotherSeedGivesOtherContent(@TempDir Path temp) throws IOException {
        WorkspaceGenerator.generate(SMALL, temp.resolve("a"), SHIPPED);
        Shape other = new Shape(4, 3, 5, 2, 4, 2016, 3, 2, 8L);
        WorkspaceGenerator.generate(other, temp.resolve("b"), SHIPPED);

        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(new String(b.get("groups/g0001/plan.json"))).isNotEqualTo(new String(a.get("groups/g0001/plan.json")));
    }

    @Test
    void theRealStoreLoadsTheWorkspaceWithoutErrors(@TempDir Path temp) throws IOException {
        WorkspaceGenerator.Summary summary = WorkspaceGenerator.generate(SMALL, temp, SHIPPED);

        LoadResult loaded = app.store().load(temp);

        assertThat(loaded.errors()).extracting(Problem::format).isEmpty();
        Workspace w = loaded.workspace();
        assertThat(w.plans()).hasSize(4);
        assertThat(w.years()).hasSize(SMALL.groups() * SMALL.years());
        assertThat(w.years()).allSatisfy(y -> assertThat(y.assessments()).hasSize(SMALL.activitiesPerGroup()));
        assertThat(w.plans().get(0).activities()).hasSize(15)
                .allSatisfy(a -> assertThat(a.deliverables()).hasSize(2));
        assertThat(summary.assessments()).isEqualTo(SMALL.assessments());
        assertThat(w.organizations()).extracting(o -> o.id()).contains("g0004-org3");
    }

    @Test
    void deliverablesUseTheInstalledPluginsTypesWithAttributesTheyAccept(@TempDir Path temp) throws IOException {
        Shape wide = new Shape(6, 5, 10, 3, 1, 2016, 1, 1, 11L);
        WorkspaceGenerator.Summary summary = WorkspaceGenerator.generate(wide, temp, SHIPPED);
        Workspace w = app.store().load(temp).workspace();

        List<Deliverable> deliverables = w.plans().stream().flatMap(p -> p.activities().stream())
                .flatMap(a -> a.deliverables().stream()).toList();
        List<String> installed = app.deliverableTypes().stream().map(DeliverableType::id).toList();
        // the group plugins' types, not only the core's common ones: the registry names their owner
        List<String> pluginTypes = app.extensions().deliverableTypes().stream()
                .filter(t -> app.extensions().ownerOf(t).isPresent()).map(DeliverableType::id).toList();
        assertThat(pluginTypes).isNotEmpty();
        assertThat(summary.unusableTypes()).isEmpty();
        assertThat(deliverables).extracting(Deliverable::type).allMatch(installed::contains)
                .anyMatch(pluginTypes::contains);
        for (Deliverable d : deliverables) {
            DeliverableType type = app.extensions().deliverableType(d.type()).orElseThrow();
            assertThat(type.validate(d.attributes())).as(d.id() + " " + d.type() + " " + d.attributes()).isEmpty();
        }
    }

    @Test
    void levelsDriftUpwardOverTheYears(@TempDir Path temp) throws IOException {
        Shape longRun = new Shape(2, 2, 20, 1, 8, 2016, 1, 1, 3L);
        WorkspaceGenerator.generate(longRun, temp, null);
        Workspace w = app.store().load(temp).workspace();

        Map<Integer, Double> mean = w.years().stream().collect(Collectors.groupingBy(GroupYear::year, TreeMap::new,
                Collectors.averagingDouble(y -> y.assessments().stream().mapToInt(a -> a.level().rank()).average().orElse(0))));
        assertThat(mean.get(2016)).isGreaterThan(mean.get(2009) + 1.0);
        assertThat(w.years().stream().filter(y -> y.year() == 2016).flatMap(y -> y.assessments().stream())
                .filter(a -> a.level() == ProgressLevel.ACHIEVED)).isNotEmpty();
    }

    @Test
    void refusesAFolderThatHoldsFiles(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("agreement.json"), "{}");

        assertThatThrownBy(() -> WorkspaceGenerator.generate(SMALL, temp, null)).hasMessageContaining("is not empty");
    }

    @Test
    void activitiesAreNumberedWithinTheirGroupAndGoal(@TempDir Path temp) throws IOException {
        WorkspaceGenerator.generate(SMALL, temp, null);
        Workspace w = app.store().load(temp).workspace();

        assertThat(w.plan("g0002").orElseThrow().activities()).extracting(Activity::id)
                .startsWith("g0002-1-01", "g0002-1-02").endsWith("g0002-3-05");
    }

    /** The workspace's files; the empty lock file that every save takes ({@code .mou.lock}) is not workspace data. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".mou.lock")).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
