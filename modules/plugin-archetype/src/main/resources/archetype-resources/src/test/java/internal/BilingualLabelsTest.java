package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import mou.core.report.Labels;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.junit.jupiter.api.Test;

/**
 * The report is binational: every word this plugin gives a reader has its Spanish. A label added to
 * labels.properties without its line in labels_es.properties, or a deliverable type, attribute or
 * choice without its Spanish words, fails here (the Spanish report would otherwise show it in English).
 */
class BilingualLabelsTest {

    private final ${groupClass}Group group = new ${groupClass}Group();

    /** The group's labels file, as {@link Labels#forPlugin} reads it: {@code labels.properties} or {@code labels_es.properties}. */
    private static Properties labels(String suffix) throws IOException {
        String resource = Labels.pluginBundle(${groupClass}Group.class).replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ${groupClass}Group.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("the labels file %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLabelHasItsSpanishAndNoSpanishLabelIsLeftOver() throws IOException {
        Properties english = labels("");
        Properties spanish = labels("_es");

        Set<Object> withoutSpanish = new TreeSet<>(english.keySet());
        withoutSpanish.removeAll(spanish.keySet());
        assertThat(withoutSpanish).as("labels without their Spanish in labels_es.properties").isEmpty();
        Set<Object> leftOver = new TreeSet<>(spanish.keySet());
        leftOver.removeAll(english.keySet());
        assertThat(leftOver).as("Spanish labels without their English in labels.properties").isEmpty();
        spanish.forEach((key, value) -> assertThat((String) value).as("the Spanish of %s", key).isNotBlank());
    }

    @Test
    void theGroupItsTypesTheirAttributesAndTheirChoicesSpeakSpanish() {
        assertThat(group.name().es()).as("the group's name in Spanish").isNotBlank();
        assertThat(group.topic().es()).as("the group's topic in Spanish").isNotBlank();
        for (DeliverableType type : group.deliverableTypes()) {
            assertThat(type.label().es()).as("the Spanish label of the type %s", type.id()).isNotBlank();
            for (AttributeSpec spec : type.attributes()) {
                assertThat(spec.label().es()).as("the Spanish label of %s.%s", type.id(), spec.name()).isNotBlank();
                spec.words().forEach((value, words) -> assertThat(words.es())
                        .as("the Spanish words of %s.%s = %s", type.id(), spec.name(), value).isNotBlank());
            }
        }
    }
}
