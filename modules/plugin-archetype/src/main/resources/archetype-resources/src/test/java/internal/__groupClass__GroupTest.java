package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.spi.ReportSectionContributor;
import org.junit.jupiter.api.Test;

class ${groupClass}GroupTest {

    private final ${groupClass}Group group = new ${groupClass}Group();

    @Test
    void itsIdIsUsableInWorkspaceFilesAndItsNamesAreBilingual() {
        assertThat(group.id()).matches("[a-z][a-z0-9-]*");
        assertThat(group.name().en()).isNotBlank();
        assertThat(group.name().es()).isNotBlank();
        assertThat(group.topic().in("es")).isNotBlank();
    }

    @Test
    void itBringsItsPilotProjectTypeAndOneChapterInItsPlaceAmongTheGroups() {
        assertThat(group.deliverableTypes()).extracting(t -> t.id()).containsExactly(${groupClass}Group.ID + "-pilot-project");
        assertThat(group.sections()).singleElement().satisfies(section -> {
            assertThat(section.id()).isEqualTo(${groupClass}Group.ID + ".chapter");
            assertThat(section.order()).isEqualTo(group.order()).isBetween(600.0, 900.0);
        });
        assertThat(group.sections()).extracting(ReportSectionContributor::id).doesNotHaveDuplicates();
    }
}
