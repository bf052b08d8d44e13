package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void textFallsBackToEnglishWhereNoSpanishIsGiven() {
        Text both = Text.of("Air Quality", "Calidad del Aire");
        assertThat(both.in("es")).isEqualTo("Calidad del Aire");
        assertThat(both.in("en")).isEqualTo("Air Quality");
        assertThat(Text.of("Wildfires").in("es")).isEqualTo("Wildfires");
        assertThat(Text.of("x", " ").es()).isNull();
    }

    @Test
    void progressLevelsAreOrderedAndKnownById() {
        assertThat(ProgressLevel.byId("significant")).contains(ProgressLevel.SIGNIFICANT);
        assertThat(ProgressLevel.byId("good")).isEmpty();
        assertThat(ProgressLevel.INITIAL.rank()).isLessThan(ProgressLevel.MODERATE.rank());
        assertThat(ProgressLevel.ids()).containsExactly("no-progress", "initial", "moderate", "significant", "achieved");
    }

    @Test
    void metricProgressTowardsTargetIsTheShareOfTheWayFromBaseline() {
        Metric drains = new Metric("m", Text.of("Solid waste removed"), new BigDecimal("3800"), "m3",
                new BigDecimal("6000"), null, null, null, null);
        assertThat(drains.progressTowardsTarget()).isCloseTo(0.6333, org.assertj.core.data.Offset.offset(0.001));
        Metric noTarget = new Metric("n", Text.of("Samples"), new BigDecimal("53"), "samples", null, null, null, null, null);
        assertThat(noTarget.progressTowardsTarget()).isEqualTo(-1);
        Metric over = new Metric("o", Text.of("Over"), new BigDecimal("120"), "%", new BigDecimal("100"), new BigDecimal("50"), null, null, null);
        assertThat(over.progressTowardsTarget()).isEqualTo(1.0);
    }

    @Test
    void workspaceFindsLatestYearAcrossGroupsAndReports() {
        Workspace ws = new Workspace(null, List.of(), List.of(), List.of(),
                List.of(new GroupYear("a", 2015, Narrative.EMPTY, List.of(), List.of(), List.of()),
                        new GroupYear("b", 2016, Narrative.EMPTY, List.of(), List.of(), List.of())),
                List.of(new AnnualReport(2014, Text.of("t"), List.of(), null, List.of())));
        assertThat(ws.latestYear()).hasValue(2016);
        assertThat(ws.year("b", 2016)).isPresent();
        assertThat(ws.year("a", 2016)).isEmpty();
    }
}
