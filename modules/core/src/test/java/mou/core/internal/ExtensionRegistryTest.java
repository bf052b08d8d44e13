package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.Test;

class ExtensionRegistryTest {

    @Test
    void findsAGroupByIdAsItComesAndGoes() {
        ExtensionRegistry registry = new ExtensionRegistry();
        WorkingGroupPlugin alpha = Fixtures.group("alpha", "Alpha", 610);
        WorkingGroupPlugin beta = Fixtures.group("beta", "Beta", 600);
        registry.addGroup(alpha);
        registry.addGroup(beta);

        assertThat(registry.group("alpha")).containsSame(alpha);
        assertThat(registry.group("beta")).containsSame(beta);
        assertThat(registry.group("gamma")).isEmpty();
        assertThat(registry.groups()).containsExactly(beta, alpha);

        registry.removeGroup(alpha);

        assertThat(registry.group("alpha")).isEmpty();
        assertThat(registry.group("beta")).containsSame(beta);
    }

    @Test
    void ofTwoGroupsWithOneIdTheFirstRegisteredIsFound() {
        ExtensionRegistry registry = new ExtensionRegistry();
        WorkingGroupPlugin first = Fixtures.group("alpha", "First", 620);
        WorkingGroupPlugin second = Fixtures.group("alpha", "Second", 610);
        registry.addGroup(first);
        registry.addGroup(second);

        assertThat(registry.group("alpha")).containsSame(first);
        // one chapter and one set of types: the second is set aside, and named by a warning
        assertThat(registry.groups()).containsExactly(first);
        assertThat(registry.warnings()).singleElement().asString()
                .startsWith("two plugins are installed for the working group alpha: ")
                .contains("the report and the commands use ").contains("take the one you do not want out of the plugins folder");
        assertThat(registry.warnings("es")).singleElement().asString()
                .startsWith("hay dos complementos instalados para el grupo de trabajo alpha: ");

        registry.removeGroup(first);

        assertThat(registry.groups()).as("the other one, once the first is gone").containsExactly(second);
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void warnsOfTwoInstalledGroupsWithTheSameChapterOrder() {
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.addGroup(Fixtures.group("solid-waste", "Solid Waste", 690));
        registry.addGroup(Fixtures.group("air-quality", "Air Quality", 620));

        assertThat(registry.warnings()).isEmpty();

        WorkingGroupPlugin energy = Fixtures.group("energy", "Energy", 690);
        registry.addGroup(energy);
        registry.addGroup(Fixtures.group("water", "Water", 620.5));

        assertThat(registry.warnings()).containsExactly("the working groups energy and solid-waste have the same chapter order, 690,"
                + " so their chapters follow each other by id; give one of them another order()");
        assertThat(registry.warnings("es")).containsExactly("los grupos de trabajo energy y solid-waste tienen el mismo orden de capítulo,"
                + " 690, así que sus capítulos se siguen por identificador; dé a uno de ellos otro order()");

        registry.removeGroup(energy);

        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void namesEveryGroupThatSharesAnOrderOnceAndKeepsFractions() {
        assertThat(mou.core.spi.Extensions.orderWarnings(java.util.List.of(Fixtures.group("c", "C", 612.5),
                Fixtures.group("a", "A", 612.5), Fixtures.group("b", "B", 612.5), Fixtures.group("d", "D", 613))))
                .singleElement().asString().startsWith("the working groups a, b and c have the same chapter order, 612.5,");
    }
}
