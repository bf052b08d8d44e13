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
 * An event's organizations are read as people write them (OrganizationsWritten): by id, acronym or name, separated
 * by commas, semicolons or new lines or joined by "and" / "y". The browser's form split them on spaces, so "CAL FIRE"
 * became 'CAL' and 'FIRE' and "CONAFOR, CAL FIRE" three unknown organizations. One that is none is refused by itself,
 * naming the workspace's nearest ids.
 */
class OrganizationNearTest {

    @TempDir
    Path temp;

    private static RecordEvent event(Fixture f, String id, List<String> organizations) {
        return new RecordEvent(Acting.of(f.data, "Ana"), "wildfires", 2017, id, "training", "2017-05-15", "Training", null, null,
                organizations, null, null, null, null, null, null, true);
    }

    @Test
    void organizationsAreReadByIdAcronymOrNameSeparatedAsPeopleWriteThem() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.service.recordEvent(event(f, "wf-2017-a", List.of("CONAFOR, CAL FIRE")));
        assertThat(f.year("wildfires", 2017).event("wf-2017-a").orElseThrow().organizations()).containsExactly("conafor", "cal-fire");
        // a name with a comma or an "and"/"y" in it is one organization; between organizations they separate
        f.service.recordEvent(event(f, "wf-2017-b", List.of("University of California, Berkeley and SEMARNAT;"
                + " Secretaría de Medio Ambiente y Recursos Naturales\nCalifornia Department of Food and Agriculture y comisión nacional forestal")));
        assertThat(f.year("wildfires", 2017).event("wf-2017-b").orElseThrow().organizations())
                .containsExactly("uc-berkeley", "semarnat", "cdfa", "conafor");
        // ids separated by spaces, as the form asked for before, still read
        f.service.recordEvent(event(f, "wf-2017-c", List.of("carb semarnat", "cal-oes & Cal OES")));
        assertThat(f.year("wildfires", 2017).event("wf-2017-c").orElseThrow().organizations()).containsExactly("carb", "semarnat", "cal-oes");
    }

    @Test
    void eachOrganizationThatIsNoneIsNamedWithTheNearestIds() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        CycleException e = catchThrowableOfType(() -> f.service.recordEvent(event(f, "wf-2017-visit",
                List.of("CONAFOR, cal-fir and zzzzzzzz, CAL FIRES"))), CycleException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0).text("en", n -> n)).isEqualTo("organizations: no organization 'cal-fir' in organizations.json;"
                + " did you mean cal-fire? (write each organization by its id, acronym or name, separated by commas)");
        assertThat(e.problems().get(2).text("es", n -> n)).isEqualTo("organizations: no hay ninguna organización 'CAL FIRES' en"
                + " organizations.json; ¿quiso decir cal-fire? (escriba cada organización por su identificador, sigla o nombre, separadas por comas)");
        // nothing near: what to write
        assertThat(e.problems().get(1).text("en", n -> n)).isEqualTo("organizations: no organization 'zzzzzzzz' in organizations.json;"
                + " write each organization by its id, acronym or name (e.g. carb, CONAFOR, CAL FIRE), separated by commas, or add it there first");
        assertThat(f.year("wildfires", 2017).event("wf-2017-visit")).isEmpty();
    }
}
