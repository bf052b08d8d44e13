package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mou.core.report.TextMarks;
import mou.core.spi.AttributeProblem;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

class PilotProjectTypeTest {

    private final PilotProjectType type = new PilotProjectType();

    @Test
    void aProjectWithEveryAttributeRightHasNoProblem() {
        assertThat(type.validate(Map.of("site", "Tijuana", "status", "completed", "startDate", "2016-04",
                "capacity", Map.of("value", 2, "unit", "MW"), "partners", List.of("calepa")))).isEmpty();
    }

    @Test
    void missingAndWrongValuesAreErrorsNamingTheirAttribute() {
        List<AttributeProblem> problems = type.validate(Map.of("status", "finished", "capacity", 2));

        assertThat(problems).extracting(AttributeProblem::attribute).containsExactlyInAnyOrder("site", "status", "capacity");
        assertThat(problems).filteredOn(p -> p.attribute().equals("status")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("planned, under-way, completed"));
    }

    @Test
    void everyProblemIsSaidInSpanishToo() {
        List<AttributeProblem> problems = new java.util.ArrayList<>(type.validate(Map.of("status", "finished", "capacity", 2)));
        problems.addAll(type.validate(Map.of("site", "Tijuana", "status", "completed")));

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.messageEs()).as("the Spanish of: %s", p.message()).isNotBlank().isNotEqualTo(p.message());
            assertThat(p.message("es")).isEqualTo(p.messageEs());
        });
        assertThat(problems).filteredOn(p -> p.attribute().equals("startDate")).singleElement()
                .satisfies(p -> assertThat(p.message("es")).contains("proyecto piloto terminado"));
    }

    @Test
    void aCompletedProjectMustSayWhenItStarted() {
        assertThat(type.validate(Map.of("site", "Tijuana", "status", "completed")))
                .singleElement().satisfies(p -> {
                    assertThat(p.attribute()).isEqualTo("startDate");
                    assertThat(p.message()).contains("completed");
                });
    }

    @Test
    void theSummaryWritesTheStatusInWordsAndPartnersAsAcronymsInTheReportsLanguage() {
        var deliverable = Fixtures.pilot("p", Map.of("site", "Mexicali", "status", "under-way", "partners", List.of("calepa", "semarnat")));

        String en = type.summarise(deliverable, ReportContexts.forTest(Fixtures.workspace(), Fixtures.YEAR, "en", new ${groupClass}Group()));
        String es = type.summarise(deliverable, ReportContexts.forTest(Fixtures.workspace(), Fixtures.YEAR, "es", new ${groupClass}Group()));

        assertThat(en).contains("Site: Mexicali").contains("Status: under way").contains("Partners: CalEPA, SEMARNAT");
        // a text shown in English in a Spanish report (here the partners' acronyms, which the test workspace gives in
        // English only) carries invisible marks that the formats turn into lang="en" and "[EN]": compare without them
        assertThat(TextMarks.plain(es)).contains("Sitio: Mexicali").contains("Estado: en curso").contains("Socios: CalEPA, SEMARNAT");
    }
}
