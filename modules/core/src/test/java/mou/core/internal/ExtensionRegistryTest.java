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
    }
}
