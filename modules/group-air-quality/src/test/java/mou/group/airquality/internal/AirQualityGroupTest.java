package mou.group.airquality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.junit.jupiter.api.Test;

class AirQualityGroupTest {

    private final AirQualityGroup group = new AirQualityGroup();

    @Test
    void identifiesTheGroupAsTheSharedIdsDo() {
        assertThat(group.id()).isEqualTo("air-quality");
        assertThat(group.order()).isEqualTo(620);
        assertThat(group.topic().en()).isEqualTo("Air Quality");
        assertThat(group.name().in("es")).isEqualTo("Grupo de Trabajo de Calidad del Aire");
        assertThat(group.memberOrganizations()).containsExactly("carb", "semarnat", "spa");
    }

    @Test
    void bringsItsOwnTypesWithBilingualLabelsAndDistinctAttributes() {
        assertThat(group.deliverableTypes()).extracting(DeliverableType::id)
                .containsExactly("monitoring-study", "monitoring-support", "audit-training");
        for (DeliverableType type : group.deliverableTypes()) {
            assertThat(type.label().es()).as(type.id()).isNotBlank();
            assertThat(type.attributes()).extracting(AttributeSpec::name).doesNotHaveDuplicates();
            assertThat(type.attributes()).allSatisfy(a -> assertThat(a.label().es()).as(type.id() + "." + a.name()).isNotBlank());
        }
    }
}
