package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.cycle.ReviewYear;
import mou.core.model.ReviewAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review steps carry the version of the year they were read at: a step taken over a change
 * someone else made meanwhile gets the shared conflict page, nothing changes, and the step's form
 * is offered again, read now.
 */
class ReviewConflictTest {

    private static final String GROUP = "air-quality";

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home);
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
        office = web.browser(WebFixture.office());
    }

    /** The version a form of the review page carries. */
    static String readAt(Response page, String form) {
        Matcher m = Pattern.compile("id=\"form-" + Pattern.quote(form) + "\".*?name=\"readAt\" value=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page.text());
        assertThat(m.find()).as("the page has the form %s with its version", form).isTrue();
        return m.group(1);
    }

    private void step(String group, ReviewAction action, String reason) throws CycleException {
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, action == ReviewAction.SUBMIT ? "Mara Member" : "Otto Other"), group, 2017,
                action, reason, action == ReviewAction.SUBMIT ? "Ratings follow." : null));
    }

    @Test
    void anApprovalOverAReturnAndResubmissionMeanwhileGetsTheConflictPageAndIsOfferedAgain() throws Exception {
        step(GROUP, ReviewAction.SUBMIT, null);
        String read = readAt(office.get("/review/2017"), GROUP + "-approve");
        // meanwhile another officer returns the year and the group submits it again: the same state, not the same year
        step(GROUP, ReviewAction.RETURN, "Add the survey.");
        step(GROUP, ReviewAction.SUBMIT, null);
        Map<String, Integer> before = ReviewPagesTest.files(web.data);

        Response conflict = office.post("/review/2017/" + GROUP + "/approve", "readAt", read);
        assertThat(conflict.status()).isEqualTo(409);
        String text = conflict.text();
        assertThat(text).contains("Someone else changed this since you read it").contains("Saved by Mara Member")
                .contains("id=\"form-" + GROUP + "-approve\"");
        assertThat(ReviewPagesTest.files(web.data)).as("nothing changed").isEqualTo(before);
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("submitted");

        String again = readAt(conflict, GROUP + "-approve");
        assertThat(again).isNotEqualTo(read);
        assertThat(office.post("/review/2017/" + GROUP + "/approve", "readAt", again).status()).isEqualTo(303);
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("approved");
    }

    @Test
    void aReturnWithItsReasonOverAnApprovalMeanwhileKeepsTheReasonTypedAndOffersTheReturnAgain() throws Exception {
        step(GROUP, ReviewAction.SUBMIT, null);
        String read = readAt(office.get("/review/2017"), GROUP + "-return");
        step(GROUP, ReviewAction.APPROVE, null);

        Response conflict = office.post("/review/2017/" + GROUP + "/return", "readAt", read, "reason", "Add <b>the</b> survey.");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Add &lt;b&gt;the&lt;/b&gt; survey.").contains("id=\"form-" + GROUP + "-return\"");
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("approved");
    }

    @Test
    void aSubmitOverAnotherMembersChangeMeanwhileIsAConflictAndAStepThatCannotBeTakenAnyMoreIsNotOffered() throws Exception {
        WebFixture.Browser member = web.browser(WebFixture.member(GROUP));
        String read = readAt(member.get("/review/2017"), GROUP + "-submit");
        // another member of the group submits meanwhile (the same person's own step is "You saved this already", below)
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Mia Member"), GROUP, 2017, ReviewAction.SUBMIT, null, "Ratings follow."));

        Response conflict = member.post("/review/2017/" + GROUP + "/submit", "readAt", read, "incomplete", "Later.");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this since you read it").doesNotContain("id=\"form-" + GROUP + "-submit\"")
                .contains("href=\"/review/2017#group-" + GROUP + "\"");
    }

    @Test
    void aSubmitSentTwiceByTheSameMemberSaysTheyDidItAlready() throws Exception {
        WebFixture.Browser member = web.browser(WebFixture.member(GROUP));
        String read = readAt(member.get("/review/2017"), GROUP + "-submit");
        assertThat(member.post("/review/2017/" + GROUP + "/submit", "readAt", read, "incomplete", "Later.").status()).isEqualTo(303);
        // the very step sent again: taken already, answered as the first was
        int steps = web.app.workspace().year(GROUP, 2017).orElseThrow().review().steps().size();
        Response same = member.post("/review/2017/" + GROUP + "/submit", "readAt", read, "incomplete", "Later.");
        assertThat(same.status()).isEqualTo(303);
        assertThat(same.headers().get("Location")).isEqualTo("/review/2017?moved=" + GROUP + "#group-" + GROUP);
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().steps()).hasSize(steps);
        // sent again with other words: the person's own step, earlier
        Response twice = member.post("/review/2017/" + GROUP + "/submit", "readAt", read, "incomplete", "Later, really.");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("You saved this already").contains("You saved it at ").doesNotContain("Someone else")
                .doesNotContain("Saved by Mara Member");
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("submitted");
    }

    @Test
    void publishingOverAChangeOfOneGroupsYearMeanwhileIsAConflictAndNothingIsPublished() throws Exception {
        for (String group : WebAppTest.GROUPS) {
            step(group, ReviewAction.SUBMIT, null);
            step(group, ReviewAction.APPROVE, null);
        }
        String read = readAt(office.get("/review/2017"), "publish");
        step(GROUP, ReviewAction.RETURN, "One more figure.");
        step(GROUP, ReviewAction.SUBMIT, null);
        step(GROUP, ReviewAction.APPROVE, null);

        Response conflict = office.post("/review/2017/publish", "readAt", read, "allowMissing", "The board meets.");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this since you read it").contains("The board meets.");
        assertThat(Files.exists(web.data.resolve("published/2017"))).isFalse();

        Response published = office.post("/review/2017/publish", "readAt", readAt(conflict, "publish"), "allowMissing", "The board meets.");
        assertThat(published.status()).isEqualTo(303);
        assertThat(Files.isDirectory(web.data.resolve("published/2017"))).isTrue();
    }

    @Test
    void theReviewPagesFormsCarryTheVersionOfTheYear() throws IOException {
        Response page = office.get("/review/2017");
        assertThat(page.text()).doesNotContain("id=\"form-" + GROUP + "-approve\"");
        assertThat(readAt(web.browser(WebFixture.member(GROUP)).get("/review/2017"), GROUP + "-submit")).matches("[0-9a-f]{24}");
    }
}
