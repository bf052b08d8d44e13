package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.spi.AttributeProblem;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;

/**
 * The sample workspace files under {@code data/groups/${workingGroupId}/} fit this plugin: the
 * application's own validation (./mou validate) checks the rest once they are in a workspace.
 */
class SampleDataTest {

    private static final Path FOLDER = Path.of("data", "groups", ${groupClass}Group.ID);

    private static Map<String, Object> read(String file) throws IOException {
        return new ObjectMapper().readValue(FOLDER.resolve(file).toFile(), new TypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        return (List<Map<String, Object>>) object.getOrDefault(key, List.of());
    }

    @Test
    void thePlanIsTheGroupsAndItsPilotProjectsAreValid() throws IOException {
        Map<String, Object> plan = read("plan.json");
        assertThat(plan.get("groupId")).isEqualTo(${groupClass}Group.ID);

        PilotProjectType type = new PilotProjectType();
        List<AttributeProblem> errors = new ArrayList<>();
        int pilots = 0;
        for (Map<String, Object> goal : list(plan, "goals")) {
            for (Map<String, Object> activity : list(goal, "activities")) {
                for (Map<String, Object> deliverable : list(activity, "deliverables")) {
                    if (type.id().equals(deliverable.get("type"))) {
                        pilots++;
                        @SuppressWarnings("unchecked")
                        Map<String, Object> attributes = (Map<String, Object>) deliverable.get("attributes");
                        type.validate(attributes).stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(errors::add);
                    }
                }
            }
        }
        assertThat(pilots).isPositive();
        assertThat(errors).isEmpty();
    }

    @Test
    void theYearRatesOnlyActivitiesOfThePlan() throws IOException {
        Map<String, Object> plan = read("plan.json");
        Map<String, Object> year = read(Fixtures.YEAR + ".json");
        List<Object> activities = list(plan, "goals").stream()
                .flatMap(goal -> list(goal, "activities").stream())
                .map(activity -> activity.get("id"))
                .toList();

        assertThat(year.get("groupId")).isEqualTo(${groupClass}Group.ID);
        assertThat(year.get("year")).isEqualTo(Fixtures.YEAR);
        assertThat(list(year, "assessments")).isNotEmpty()
                .allSatisfy(assessment -> assertThat(activities).contains(assessment.get("activityId")));
    }
}
