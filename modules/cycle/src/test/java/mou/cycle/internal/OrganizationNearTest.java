package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.RecordEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event's organization typed as people write it (CONAFOR, a letter off) is refused naming the workspace's nearest
 * ids; it said only "no organization 'CONAFOR'; use the ids of its organizations or add it there first", which a
 * member in the browser, who cannot see or edit organizations.json, could not act on.
 */
class OrganizationNearTest {

    @TempDir
    Path temp;

    @Test
    void anOrganizationInCapitalsOrALetterOffIsRefusedNamingTheNearestIds() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        CycleException e = catchThrowableOfType(() -> f.service.recordEvent(new RecordEvent(Acting.of(f.data, "Ana"), "wildfires", 2017,
                "wf-2017-visit", "training", "2017-05-15", "Training", null, null, List.of("CONAFOR", "cal-fir", "zzzzzzzz"), null, null,
                null, null, null, null, true)), CycleException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0).text("en", n -> n)).isEqualTo("organizations: no organization 'CONAFOR' in organizations.json;"
                + " did you mean conafor? (organizations are named by their ids, in lower case)");
        assertThat(e.problems().get(1).text("es", n -> n)).isEqualTo("organizations: no hay ninguna organización 'cal-fir' en"
                + " organizations.json; ¿quiso decir cal-fire? (las organizaciones se nombran por su identificador, en minúsculas)");
        // nothing near: as before
        assertThat(e.problems().get(2).text("en", n -> n)).startsWith("organizations: no organization 'zzzzzzzz' in organizations.json;"
                + " use the ids of its organizations");
        assertThat(f.year("wildfires", 2017).event("wf-2017-visit")).isEmpty();
    }
}
