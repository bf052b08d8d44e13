package mou.core.testgroup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.Text;
import mou.core.report.Labels;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.ReportSectionContributor;
import org.junit.jupiter.api.Test;

/** The skeleton a group plugin extends: who the group is, given once, and its own words found by its package. */
class AbstractWorkingGroupTest {

    static final class EnergyGroup extends AbstractWorkingGroup {
        EnergyGroup() {
            super("energy", Text.of("Energy Working Group", "Grupo de Trabajo de Energía"), Text.of("Energy", "Energía"), 660,
                    new ArrayList<>(List.of("calepa", "sener")));
        }

        @Override
        public List<ReportSectionContributor> sections() {
            return List.of();
        }
    }

    @Test
    void givesBackWhoTheGroupIs() {
        EnergyGroup group = new EnergyGroup();

        assertThat(group.id()).isEqualTo("energy");
        assertThat(group.name().in("es")).isEqualTo("Grupo de Trabajo de Energía");
        assertThat(group.topic().en()).isEqualTo("Energy");
        assertThat(group.order()).isEqualTo(660);
        assertThat(group.memberOrganizations()).containsExactly("calepa", "sener");
        assertThat(group.partnerOrganizations()).isEmpty();
        assertThat(group.deliverableTypes()).isEmpty();
        assertThat(group).hasToString("energy");
    }

    @Test
    void readsItsWordsFromTheLabelsOfThePackageAboveInternal() {
        EnergyGroup group = new EnergyGroup();

        assertThat(Labels.pluginBundle(EnergyGroup.class)).isEqualTo("mou.core.testgroup.labels");
        assertThat(group.labels("en").get("chapter.extra")).isEqualTo("Pilot projects");
        assertThat(group.labels("es").get("chapter.extra")).isEqualTo("Proyectos piloto");
        assertThat(Labels.forPlugin(AbstractWorkingGroupTest.class, "es").get("chapter.extra")).isEqualTo("Proyectos piloto");
    }

    @Test
    void aClassOutsideAnInternalPackageReadsTheLabelsBesideIt() {
        assertThat(Labels.pluginBundle(Labels.class)).isEqualTo("mou.core.report.labels");
    }

    @Test
    void refusesAGroupWithoutAnId() {
        assertThatThrownBy(() -> new AbstractWorkingGroup(null, Text.of("x"), Text.of("x"), 1, List.of()) {
            @Override
            public List<ReportSectionContributor> sections() {
                return List.of();
            }
        }).isInstanceOf(NullPointerException.class).hasMessage("id");
    }
}
