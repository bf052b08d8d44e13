package mou.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import mou.core.internal.types.TrainingCourseType;
import org.junit.jupiter.api.Test;

class AttributeSpecTest {

    @Test
    void eachKindAcceptsItsValuesAndExplainsWhatItExpects() {
        assertThat(AttributeSpec.of("n", "N", AttributeSpec.Kind.INTEGER).check(71)).isEmpty();
        assertThat(AttributeSpec.of("n", "N", AttributeSpec.Kind.INTEGER).check(7.5)).hasValueSatisfying(m -> assertThat(m).contains("whole number"));
        assertThat(AttributeSpec.of("p", "P", AttributeSpec.Kind.PERCENT).check(120)).hasValueSatisfying(m -> assertThat(m).contains("0 to 100"));
        assertThat(AttributeSpec.of("d", "D", AttributeSpec.Kind.DATE).check("2016-04-25/2016-04-29")).isEmpty();
        assertThat(AttributeSpec.of("d", "D", AttributeSpec.Kind.DATE).check("April 2016")).isPresent();
        assertThat(AttributeSpec.choice("s", "S", false, "draft", "published").check("proposed"))
                .hasValueSatisfying(m -> assertThat(m).contains("one of draft, published"));
        assertThat(AttributeSpec.of("q", "Q", AttributeSpec.Kind.QUANTITY).check(Map.of("value", 6000, "unit", "m3"))).isEmpty();
        assertThat(AttributeSpec.of("q", "Q", AttributeSpec.Kind.QUANTITY).check(6000)).isPresent();
        assertThat(AttributeSpec.of("c", "C", AttributeSpec.Kind.COUNTS).check(Map.of("cal-fire", 10))).isEmpty();
        assertThat(AttributeSpec.of("u", "U", AttributeSpec.Kind.URL).check("javascript:alert(1)")).isPresent();
        assertThat(AttributeSpec.of("t", "T", AttributeSpec.Kind.TEXT).check(Map.of("en", "x", "es", "y"))).isEmpty();
        assertThat(AttributeSpec.of("l", "L", AttributeSpec.Kind.TEXT_LIST).check(List.of("a", 3))).isPresent();
    }

    @Test
    void defaultValidationRequiresRequiredAttributesAndWarnsOfUnknownOnes() {
        DeliverableType type = new DeliverableType() {
            public String id() {
                return "study";
            }

            public mou.core.model.Text label() {
                return mou.core.model.Text.of("Study");
            }

            public List<AttributeSpec> attributes() {
                return List.of(AttributeSpec.required("pollutant", "Pollutant", AttributeSpec.Kind.TEXT));
            }
        };
        List<AttributeProblem> problems = type.validate(Map.of("polutant", "PM2.5"));
        assertThat(problems).extracting(AttributeProblem::attribute).containsExactlyInAnyOrder("pollutant", "polutant");
        assertThat(problems).filteredOn(p -> p.attribute().equals("polutant")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
        assertThat(problems).filteredOn(p -> p.attribute().equals("pollutant")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("required"));
    }

    @Test
    void trainingCourseSharesMustAddUp() {
        TrainingCourseType training = new TrainingCourseType();
        assertThat(training.validate(Map.of("classroomPercent", 80, "fieldPercent", 20))).isEmpty();
        assertThat(training.validate(Map.of("classroomPercent", 80, "fieldPercent", 30)))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("add up to 100"));
    }

    @Test
    void summaryListsGivenAttributesForPeople() {
        TrainingCourseType training = new TrainingCourseType();
        String summary = training.summarise(new mou.core.model.Deliverable("d", "training-course", mou.core.model.Text.of("t"), null,
                Map.of("date", "2016-04-25/2016-04-29", "place", "Tecate, Baja California", "participants", 71)), "en");
        assertThat(summary).contains("Dates: April 25–29, 2016").contains("Place: Tecate, Baja California").contains("Participants: 71");
    }

    @Test
    void aChoiceIsShownInWordsOfTheReportsLanguage() {
        AttributeSpec status = Attributes.choice("status", "Status", "Estado", "planned", "under-construction", "solar-pv")
                .withWords("planned", "planned", "previsto").withWords("solar-pv", "solar PV", "fotovoltaica solar");

        assertThat(status.display("solar-pv", "en")).isEqualTo("solar PV");
        assertThat(status.display("solar-pv", "es")).isEqualTo("fotovoltaica solar");
        assertThat(status.display("under-construction", "en")).as("no words given: the value with spaces").isEqualTo("under construction");
        assertThat(status.withUnit("x").display("planned", "es")).as("the words stay with a unit").isEqualTo("previsto");
        assertThat(status.check("solar-pv")).isEmpty();
        assertThat(AttributeSpec.summarise(List.of(status), Map.of("status", "solar-pv"), "es")).isEqualTo("Estado: fotovoltaica solar");
        assertThatThrownBy(() -> status.withWords("wind", "wind", "eólica")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'wind' is not one of the values of status");
    }

    @Test
    void theCoresDocumentsShowTheirKindAndStatusInWordsInTheStandardProgressTable() {
        DeliverableType document = new mou.core.internal.types.DocumentType();
        mou.core.model.Deliverable deliverable = new mou.core.model.Deliverable("d-1", "document", mou.core.model.Text.of("Guide."), null,
                Map.of("kind", "recommendations", "status", "in-progress"));
        mou.core.model.Workspace workspace = new mou.core.model.Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(document.summarise(deliverable, ReportContexts.forTest(workspace, 2016, "en")))
                .isEqualTo("Kind: recommendations · Status: in progress");
        assertThat(document.summarise(deliverable, ReportContexts.forTest(workspace, 2016, "es")))
                .isEqualTo("Tipo: recomendaciones · Estado: en curso");
    }
}
