package mou.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {

    private final Map<String, Object> attributes = Map.of(
            "count", 355, "code", "NOM-EM-167", "title", Map.of("en", "Guide", "es", "Guía"),
            "topics", List.of("MRV", Map.of("en", "offsets", "es", "compensaciones")),
            "orgs", List.of("carb", "spa"), "date", "2016-06-07", "bad-date", "June", "status", "in-progress");

    @Test
    void readsValuesOnlyWhenTheyFit() {
        assertThat(Attributes.number(attributes, "count")).contains(new BigDecimal("355"));
        assertThat(Attributes.number(attributes, "code")).isEmpty();
        assertThat(Attributes.string(attributes, "code")).contains("NOM-EM-167");
        assertThat(Attributes.text(attributes, "title", "es")).contains("Guía");
        assertThat(Attributes.texts(attributes, "topics", "es")).containsExactly("MRV", "compensaciones");
        assertThat(Attributes.organizations(attributes, "orgs", id -> id.toUpperCase(java.util.Locale.ROOT))).isEqualTo("CARB, SPA");
        assertThat(Attributes.date(attributes, "date", "en")).contains("June 7, 2016");
        assertThat(Attributes.date(attributes, "bad-date", "en")).isEmpty();
    }

    @Test
    void shownUsesTheSpecAndChoiceWordsFallBackToTheValue() {
        List<AttributeSpec> specs = List.of(Attributes.spec("count", "Count", "Cantidad", AttributeSpec.Kind.INTEGER),
                Attributes.spec("code", "Code", "Código", AttributeSpec.Kind.INTEGER));
        assertThat(Attributes.shown(specs, attributes, "count", "en")).contains("355");
        assertThat(Attributes.shown(specs, attributes, "code", "en")).as("a value that does not fit its spec").isEmpty();
        mou.core.report.Labels labels = mou.core.report.Labels.forLanguage("en");
        assertThat(Attributes.choiceWords(labels, "document", attributes, "status")).contains("in progress");
        assertThat(Attributes.join(List.of("pm2.5", "", "2 sites"))).isEqualTo("Pm2.5 · 2 sites");
    }

    @Test
    void numbersAreWrittenForReadersInBothLanguages() {
        assertThat(Numbers.amount(new BigDecimal("252038"), "USD", "en")).isEqualTo("$252,038");
        assertThat(Numbers.amount(new BigDecimal("3800"), "m3", "en")).isEqualTo("3,800 m³");
        assertThat(Numbers.amount(new BigDecimal("52"), "%", "es")).isEqualTo("52%");
        assertThat(Numbers.number(new BigDecimal("1500.5"), "es")).isEqualTo("1,500.5");
        assertThat(Numbers.list(List.of("Sonora", "Sinaloa", "Baja California"), "es")).isEqualTo("Sonora, Sinaloa y Baja California");
    }
}
