package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import mou.core.model.Evidence.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domain rules every front door shares: review transitions, quarters, ids and evidence. */
class RulesTest {

    @Test
    void aYearIsFourDigits() {
        assertThat(Years.parse(" 2017 ")).hasValue(2017);
        assertThat(Years.parse("17")).isEmpty();
        assertThat(Years.parse("2017a")).isEmpty();
        assertThat(Years.parse("２０１７")).isEmpty();
        assertThat(Years.parse(null)).isEmpty();
    }

    @Nested
    class Transitions {

        @Test
        void eachActionStartsOnlyFromItsStates() {
            assertThat(ReviewState.DRAFT.actions()).containsExactly(ReviewAction.SUBMIT);
            assertThat(ReviewState.RETURNED.actions()).containsExactly(ReviewAction.SUBMIT);
            assertThat(ReviewState.SUBMITTED.actions()).containsExactly(ReviewAction.RETURN, ReviewAction.APPROVE);
            assertThat(ReviewState.APPROVED.actions()).containsExactly(ReviewAction.RETURN, ReviewAction.PUBLISH);
            assertThat(ReviewState.PUBLISHED.actions()).as("a published year is locked").isEmpty();
        }

        @Test
        void theStateAfterAnAction() {
            assertThat(ReviewState.DRAFT.after(ReviewAction.SUBMIT)).contains(ReviewState.SUBMITTED);
            assertThat(ReviewState.APPROVED.after(ReviewAction.RETURN)).contains(ReviewState.RETURNED);
            assertThat(ReviewState.DRAFT.after(ReviewAction.APPROVE)).isEmpty();
            assertThat(ReviewState.SUBMITTED.after(ReviewAction.PUBLISH)).isEmpty();
            assertThat(ReviewAction.byId("return")).contains(ReviewAction.RETURN);
            assertThat(ReviewAction.byId("close")).isEmpty();
        }
    }

    @Nested
    class Quarters {

        @Test
        void readsAndWritesTheYearAndQuarter() {
            assertThat(Quarter.parse("2017-Q3")).isEqualTo(new Quarter(2017, 3));
            assertThat(Quarter.parse(" 2017-q1 ")).hasToString("2017-Q1");
            assertThatThrownBy(() -> Quarter.parse("2017-Q5")).hasMessageContaining("must be a quarter such as 2017-Q3");
            assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Quarter(2017, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anUpdatesLabelAndAQuarterlyReportsFileAreWrittenAsAQuarterIsRead() {
            for (int q = 1; q <= 4; q++) {
                assertThat(QuarterlyUpdate.label(2017, q)).isEqualTo(new Quarter(2017, q).toString());
                assertThat(Quarter.parse(QuarterlyUpdate.label(2017, q))).isEqualTo(new Quarter(2017, q));
            }
            assertThat(mou.core.spi.ReportWriter.quarterlyStem("air-quality", 2017, 3, "es")).isEqualTo("quarterly-report-air-quality-2017-Q3-es");
        }

        @Test
        void aQuarterWithinAYear() {
            assertThat(Quarter.inYear("3", 2017)).isEqualTo(new Quarter(2017, 3));
            assertThat(Quarter.inYear("Q2", 2017)).isEqualTo(new Quarter(2017, 2));
            assertThat(Quarter.inYear("2017-Q4", 2017)).isEqualTo(new Quarter(2017, 4));
            assertThatThrownBy(() -> Quarter.inYear("2016-Q4", 2017)).hasMessage("2016-Q4 is not a quarter of 2017; use 2017-Q1 to 2017-Q4");
            assertThatThrownBy(() -> Quarter.inYear("5", 2017)).hasMessageContaining("must be a quarter");
            // within a known year, said as the forms and the workbook offer it: 1 to 4
            assertThatThrownBy(() -> Quarter.inYear("Q5", 2017)).hasMessage("must be a quarter of 2017: 1 to 4, Q1 to Q4, or 2017-Q1 to 2017-Q4,"
                    + " not 'Q5'").isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageEs())
                    .isEqualTo("debe ser un trimestre de 2017: de 1 a 4, de Q1 a Q4, o de 2017-Q1 a 2017-Q4, no 'Q5'"));
        }
    }

    @Test
    void ids() {
        assertThat(Ids.valid("aq-3-2")).isTrue();
        assertThat(Ids.valid("2017-meeting")).isTrue();
        assertThat(Ids.valid("-aq")).isFalse();
        assertThat(Ids.valid("AQ_1")).isFalse();
        assertThat(Ids.valid("")).isFalse();
        assertThat(Ids.valid(null)).isFalse();
        assertThat(Ids.problem("AQ_1")).startsWith("'AQ_1' is not a valid id; use lower case letters");
    }

    @Nested
    class EvidenceRule {

        @TempDir
        Path temp;

        Path workspace() throws Exception {
            Path ws = Files.createDirectories(temp.resolve("ws")).toRealPath();
            Files.createDirectories(ws.resolve("evidence"));
            Files.writeString(ws.resolve("evidence/minutes.txt"), "minutes");
            return ws;
        }

        @Test
        void webAddressesAndFilesInsideTheWorkspaceAreAccepted() throws Exception {
            Path ws = workspace();
            assertThat(Evidence.check(ws, "https://example.org/report.pdf")).isEmpty();
            assertThat(Evidence.check(ws, "HTTP://example.org")).isEmpty();
            assertThat(Evidence.check(ws, "evidence/minutes.txt")).isEmpty();
            assertThat(Evidence.check(ws, "evidence/./minutes.txt")).isEmpty();
        }

        @Test
        void whatCanNeverBeRightIsInvalidOnEveryOccasion() throws Exception {
            Path ws = workspace();
            Files.writeString(temp.resolve("outside.txt"), "secret");
            for (String bad : new String[] {"../outside.txt", "evidence/../../outside.txt", "/etc/passwd", "file:///etc/passwd",
                "C:/Windows/win.ini", "evidence\\minutes.txt", "", "https://", "https://exa mple.org", "evidence"}) {
                Evidence.Finding f = Evidence.check(ws, bad).orElseThrow(() -> new AssertionError(bad));
                assertThat(f.kind()).as(bad).isEqualTo(Kind.INVALID);
                assertThat(f.errorWhenRead()).as(bad).isTrue();
                assertThat(f.refusedWhenRecorded()).as(bad).isTrue();
                assertThat(f.message()).as(bad).doesNotContain("secret");
            }
            assertThat(Evidence.check(ws, "../outside.txt").orElseThrow().message()).contains("leads outside the workspace folder");
        }

        @Test
        void theAccountsFolderIsNeverEvidenceNotEvenThroughALink() throws Exception {
            Path ws = workspace();
            Files.createDirectories(ws.resolve("access"));
            Files.writeString(ws.resolve("access/users.json"), "{\"users\": []}");
            Files.createSymbolicLink(ws.resolve("evidence/users.json"), ws.resolve("access/users.json"));
            for (String bad : new String[] {"access/users.json", "Access/users.json", "evidence/../access/users.json", "evidence/users.json"}) {
                Evidence.Finding f = Evidence.check(ws, bad).orElseThrow(() -> new AssertionError(bad));
                assertThat(f.kind()).as(bad).isEqualTo(Kind.INVALID);
                assertThat(f.message()).as(bad).contains("holds the accounts");
            }
        }

        @Test
        void addressesThatRunCodeOrHideCharactersAreInvalidWhateverTheirSpelling() throws Exception {
            Path ws = workspace();
            Files.writeString(ws.resolve("evidence/minutes 2017: final.txt"), "minutes");
            for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
                "java\nscript:alert(1)", "java\rscript:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
                "javascript:alert(1)\u0000", "\u200Bjavascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "blob:https://example.org/x", "https://example.org/\tx", "https://exa\nmple.org",
                "evidence/minutes.txt\u0000", "evidence/\u202Etxt.exe", "\thttps://example.org"}) {
                Evidence.Finding f = Evidence.check(ws, bad).orElseThrow(() -> new AssertionError(bad.replaceAll("\\p{Cc}", "?")));
                assertThat(f.kind()).as(bad).isEqualTo(Kind.INVALID);
                assertThat(f.message()).as(bad).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
            }
            assertThat(Evidence.check(ws, "java\tscript:alert(1)").orElseThrow().message())
                    .startsWith("'java<U+0009>script:alert(1)' holds a tab, line break or other invisible character");
            assertThat(Evidence.check(ws, "javascript:alert(1)").orElseThrow().message())
                    .contains("a javascript: address").contains("only https:// and http:// web addresses and files inside the workspace");
            assertThat(Evidence.check(ws, "data:text/html,x").orElseThrow().message()).contains("a data: address");
            // what was accepted before still is
            assertThat(Evidence.check(ws, "  https://example.org/report.pdf  ")).isEmpty();
            assertThat(Evidence.check(ws, "https://example.org/a?b=c&d=%20e#f")).isEmpty();
            assertThat(Evidence.check(ws, "evidence/minutes 2017: final.txt")).isEmpty();
            assertThat(Evidence.isWebAddress("https://example.org")).isTrue();
            assertThat(Evidence.isWebAddress("https://exa\tmple.org")).isFalse();
            assertThat(Evidence.isWebAddress("https://")).isFalse();
            assertThat(Evidence.isWebAddress("javascript:alert(1)")).isFalse();
        }

        @Test
        void aLinkLeadingOutsideIsInvalidEvenThoughTheFileExists() throws Exception {
            Path ws = workspace();
            Path outside = Files.writeString(temp.resolve("outside.txt"), "secret");
            Files.createSymbolicLink(ws.resolve("evidence/linked.txt"), outside);
            Evidence.Finding f = Evidence.check(ws, "evidence/linked.txt").orElseThrow();
            assertThat(f.kind()).isEqualTo(Kind.INVALID);
            assertThat(f.message()).contains("link to a place outside the workspace");
        }

        @Test
        void aMissingFileIsRefusedWhenRecordedAndAWarningWhenRead() throws Exception {
            Path ws = workspace();
            Evidence.Finding f = Evidence.check(ws, "evidence/none.pdf").orElseThrow();
            assertThat(f.kind()).isEqualTo(Kind.MISSING);
            assertThat(f.refusedWhenRecorded()).isTrue();
            assertThat(f.errorWhenRead()).isFalse();
            assertThat(f.message()).contains("there is no file 'evidence/none.pdf' in the workspace");
            Files.createSymbolicLink(ws.resolve("evidence/dangling.txt"), ws.resolve("evidence/gone.txt"));
            assertThat(Evidence.check(ws, "evidence/dangling.txt").orElseThrow().kind()).isEqualTo(Kind.MISSING);
        }
    }
}
