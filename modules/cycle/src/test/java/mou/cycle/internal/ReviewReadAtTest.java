package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Publish;
import mou.core.cycle.ReviewYear;
import mou.core.model.GroupYear;
import mou.core.model.ReviewAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cycle API 1.4: a review step and publishing are taken only on the year as the person read it. */
class ReviewReadAtTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
    }

    private void step(String group, ReviewAction action, String readAt) throws CycleException {
        f.service.review(new ReviewYear(new Acting(f.data, "Someone", null, readAt), group, 2017, action,
                action == ReviewAction.RETURN ? "Add the survey." : null, action == ReviewAction.SUBMIT ? "Later." : null));
    }

    @Test
    void aStepOnAYearChangedSinceItWasReadIsAConflictAndChangesNothing() throws Exception {
        step("air-quality", ReviewAction.SUBMIT, null);
        String read = PartVersion.of(f.year("air-quality", 2017));
        step("air-quality", ReviewAction.RETURN, null);
        step("air-quality", ReviewAction.SUBMIT, null);
        Map<String, String> before = f.files();

        assertThatThrownBy(() -> step("air-quality", ReviewAction.APPROVE, read)).isInstanceOfSatisfying(CycleException.class, e -> {
            assertThat(e.kind()).isEqualTo(CycleException.Kind.CONFLICT);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("readAt");
                assertThat(p.code()).isEqualTo("conflict.review");
                assertThat(p.message()).startsWith("air-quality 2017 was changed by someone else since you read it");
            });
        });
        assertThat(f.files()).isEqualTo(before);

        GroupYear now = f.year("air-quality", 2017);
        step("air-quality", ReviewAction.APPROVE, PartVersion.of(now));
        assertThat(f.year("air-quality", 2017).review().state().id()).isEqualTo("approved");
    }

    @Test
    void publishingAYearWhoseGroupsChangedSinceItWasReadIsAConflict() throws Exception {
        for (GroupYear y : f.workspace().years().stream().filter(y -> y.year() == 2017).toList()) {
            step(y.groupId(), ReviewAction.SUBMIT, null);
            step(y.groupId(), ReviewAction.APPROVE, null);
        }
        String read = PartVersion.ofYear(f.workspace().years().stream().filter(y -> y.year() == 2017).toList());
        step("air-quality", ReviewAction.RETURN, null);
        step("air-quality", ReviewAction.SUBMIT, null);
        step("air-quality", ReviewAction.APPROVE, null);

        assertThatThrownBy(() -> f.service.publish(new Publish(new Acting(f.data, "Office", null, read), 2017, "en", List.of(), null, "Board.")))
                .isInstanceOfSatisfying(CycleException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.code()).isEqualTo("conflict.publish")));
        assertThat(f.data.resolve("published/2017")).doesNotExist();

        String now = PartVersion.ofYear(f.workspace().years().stream().filter(y -> y.year() == 2017).toList());
        f.service.publish(new Publish(new Acting(f.data, "Office", null, now), 2017, "en", List.of(), null, "Board."));
        assertThat(f.data.resolve("published/2017")).isDirectory();
        // the one rule for where a publication is, which the web application and the report command read
        assertThat(mou.core.cycle.Published.folder(f.data, 2017)).isEqualTo(f.data.resolve("published/2017"));
    }
}
