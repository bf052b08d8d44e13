package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Due;
import mou.core.cycle.DueQuery;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.GroupYear;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status and the due dates of a workspace as the caller already read it (a page that shows that
 * reading beside them): the same rule on that reading, no other load; a reading with errors is refused
 * as a load of them is.
 */
class GivenReadingTest {

    @TempDir
    Path temp;

    Fixture f;
    Acting asking;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        asking = Acting.of(f.data, null);
    }

    @Test
    void theStatusAndDueDatesAreOfTheReadingGivenNotOfAnotherLoad() throws Exception {
        LoadResult read = f.store.load(f.data);
        Workspace workspace = read.workspace();
        // the reading given lacks Air Quality's 2016: what the files hold does not count
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.removeIf(y -> y.groupId().equals("air-quality") && y.year() == 2016);
        LoadResult given = new LoadResult(workspace.with(years, workspace.reports()), read.problems(), read.fingerprints());

        YearStatus fromFiles = f.service.status(new StatusQuery(asking, 2016, "air-quality"));
        YearStatus fromGiven = f.service.status(new StatusQuery(asking, 2016, "air-quality", given));
        assertThat(fromFiles.groups().get(0).year()).isNotNull();
        assertThat(fromGiven.groups().get(0).year()).as("the given reading's: no 2016 for the group").isNull();
        assertThat(f.service.status(new StatusQuery(asking, 2016, null, read))).isEqualTo(f.service.status(new StatusQuery(asking, 2016, null)));

        LocalDate on = LocalDate.of(2017, 6, 1);
        Due dueFiles = f.service.due(new DueQuery(asking, 2016, null, on));
        assertThat(f.service.due(new DueQuery(asking, 2016, null, on, read))).isEqualTo(dueFiles);
    }

    @Test
    void aGroupsStatusIsWorkedOutAgainOnlyWhenItsPlanOrYearIsAnotherObject() throws Exception {
        LoadResult read = f.store.load(f.data);
        YearStatus first = f.service.status(new StatusQuery(asking, 2016, null, read));
        YearStatus again = f.service.status(new StatusQuery(asking, 2016, null, read));
        for (int i = 0; i < first.groups().size(); i++) {
            assertThat(again.groups().get(i)).as("the same plan and year: kept").isSameAs(first.groups().get(i));
        }
        // Air Quality's year as another object with one assessment fewer: its status is worked out again, the others kept
        Workspace workspace = read.workspace();
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.replaceAll(y -> y.groupId().equals("air-quality") && y.year() == 2016
                ? y.withAssessments(y.assessments().subList(1, y.assessments().size())) : y);
        LoadResult changed = new LoadResult(workspace.with(years, workspace.reports()), read.problems(), read.fingerprints());
        YearStatus after = f.service.status(new StatusQuery(asking, 2016, null, changed));
        assertThat(after.groups().get(0).groupId()).isEqualTo("air-quality");
        assertThat(after.groups().get(0).rated() + after.groups().get(0).carriedOver())
                .isEqualTo(first.groups().get(0).rated() + first.groups().get(0).carriedOver() - 1);
        for (int i = 1; i < first.groups().size(); i++) {
            assertThat(after.groups().get(i)).isSameAs(first.groups().get(i));
        }
    }

    @Test
    void aReadingWithErrorsIsRefusedAsALoadOfThemIs() {
        LoadResult read = f.store.load(f.data);
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.add(new Problem(Problem.Severity.ERROR, "agreement.json", 3, 5, "", "a broken field"));
        LoadResult broken = new LoadResult(read.workspace(), problems, read.fingerprints());

        CycleException refused = catchThrowableOfType(() -> f.service.status(new StatusQuery(asking, 2016, null, broken)), CycleException.class);
        assertThat(refused.kind()).isEqualTo(CycleException.Kind.INVALID);
        assertThat(refused.getMessage()).contains("a broken field");
        CycleException due = catchThrowableOfType(() -> f.service.due(new DueQuery(asking, 2016, null, null, broken)), CycleException.class);
        assertThat(due.kind()).isEqualTo(CycleException.Kind.INVALID);
    }
}
