package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Saved;
import mou.core.cycle.WriteIntroduction;
import mou.core.model.AnnualReport;
import mou.core.model.HistoryEntry;
import mou.core.model.Lengths;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cycle API 1.10: the program office writes the introduction and final comments of a year's report
 * ({@code reports/YEAR.json}) through the cycle service and the {@code introduction} command, by the rules of a
 * narrative part; before, the file had to be edited by hand.
 */
class IntroductionTest {

    @TempDir
    Path temp;
    Fixture f;
    Acting office;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
        office = new Acting(f.data, "Maria Lopez", "the board's words");
    }

    private AnnualReport report(int year) {
        return f.workspace().report(year).orElseThrow();
    }

    private WriteIntroduction write(Acting acting, int year, String part, Text... paragraphs) {
        return new WriteIntroduction(acting, year, part, List.of(paragraphs), false, false);
    }

    @Test
    void theIntroductionIsWrittenInBothLanguagesTheRestOfTheFileIsKeptAndTheHistoryRecordsIt() throws Exception {
        Path file = f.data.resolve("reports/2017.json");
        // what the file holds beyond the introduction stays as it is, byte for byte
        String edited = Files.readString(file).replace("\"relatedAgreementsIntro\": null",
                "\"relatedAgreementsIntro\": {\"en\": \"Related agreements follow.\", \"es\": \"Siguen los acuerdos relacionados.\"}");
        assertThat(edited).contains("Related agreements follow.");
        Files.writeString(file, edited);
        String titleBefore = edited.substring(edited.indexOf("\"title\""), edited.indexOf("\"introduction\""));
        int entries = f.history().size();

        Saved<List<Text>> saved = f.service.introduction(write(office, 2017, "introduction",
                Text.of("In 2017 the working groups met.", "En 2017 los grupos de trabajo se reunieron."), Text.of("Second.", "Segundo.")));

        assertThat(saved.changed()).isTrue();
        assertThat(saved.files()).contains("reports/2017.json");
        AnnualReport report = report(2017);
        assertThat(report.introduction()).extracting(Text::en).containsExactly("In 2017 the working groups met.", "Second.");
        assertThat(report.introduction()).extracting(Text::es).containsExactly("En 2017 los grupos de trabajo se reunieron.", "Segundo.");
        assertThat(report.relatedAgreementsIntro().en()).isEqualTo("Related agreements follow.");
        assertThat(report.finalComments()).isEmpty();
        String after = Files.readString(file);
        assertThat(after).contains(titleBefore).contains("Siguen los acuerdos relacionados.");
        List<HistoryEntry> history = f.history();
        assertThat(history).hasSize(entries + 1);
        HistoryEntry entry = history.get(entries);
        assertThat(entry.action()).isEqualTo("introduction");
        assertThat(entry.groupId()).isNull();
        assertThat(entry.year()).isEqualTo(2017);
        assertThat(entry.subject()).isEqualTo("introduction");
        assertThat(entry.by()).isEqualTo("Maria Lopez");
        assertThat(entry.why()).isEqualTo("the board's words");
        assertThat(String.join("\n", f.service.describe(entry))).contains("introduction  2017: introduction changed")
                .contains("In 2017 the working groups met.");
        assertThat(f.ok("history", "--year", "2017").out()).contains("Maria Lopez  introduction  2017: introduction changed");
        assertThat(String.join("\n", f.service.describe(entry, "es"))).contains("introducción  2017: cambió la introducción");

        // the final comments are the other part; the introduction stays
        f.service.introduction(write(office, 2017, "final-comments", Text.of("We thank everyone.", "Agradecemos a todos.")));
        assertThat(report(2017).finalComments()).extracting(Text::es).containsExactly("Agradecemos a todos.");
        assertThat(report(2017).introduction()).hasSize(2);
        // the same again changes nothing and records nothing
        int now = f.history().size();
        Saved<List<Text>> same = f.service.introduction(write(office, 2017, "final-comments", Text.of("We thank everyone.", "Agradecemos a todos.")));
        assertThat(same.changed()).isFalse();
        assertThat(f.history()).hasSize(now);
    }

    @Test
    void englishGivenAloneKeepsTheSpanishAsStaleAndAFormsEmptiedSpanishRemovesIt() throws Exception {
        f.service.introduction(write(office, 2017, "introduction", Text.of("First.", "Primero.")));
        f.service.introduction(write(office, 2017, "introduction", Text.of("First, corrected.")));
        Text kept = report(2017).introduction().get(0);
        assertThat(kept.en()).isEqualTo("First, corrected.");
        assertThat(kept.es()).isEqualTo("Primero.");
        assertThat(kept.spanishStale()).isTrue();

        f.service.introduction(new WriteIntroduction(office, 2017, "introduction", List.of(Text.of("First, again.")), false, true));
        assertThat(report(2017).introduction().get(0).es()).isNull();
    }

    @Test
    void aControlCharacterOrATooLongTextIsRefusedNamingItsFieldAndNothingChanges() throws Exception {
        Map<String, String> before = f.files();
        CycleException e = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(office, 2017, "introduction",
                Text.of("Bell\u0007", "Largo " + "x".repeat(Lengths.TEXT)))));
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("paragraphs", "paragraphsEs");
        assertThat(e.problems().get(0).message()).contains("U+0007");
        assertThat(e.problems().get(1).message("es")).contains(String.valueOf(Lengths.TEXT).substring(0, 2));
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aChangeOverSomeoneElsesChangeIsAConflictAndNothingIsSaved() throws Exception {
        String read = PartVersion.of(report(2017).introduction());
        f.service.introduction(write(office.readAt(read), 2017, "introduction", Text.of("Ana's.", "De Ana.")));
        Map<String, String> before = f.files();
        CycleException e = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(
                new Acting(f.data, "Bruno", null).readAt(read), 2017, "introduction", Text.of("Bruno's.", "De Bruno."))));
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("readAt");
        assertThat(e.problems().get(0).message()).contains("introduction for 2017 was changed by someone else");
        assertThat(e.problems().get(0).message("es")).contains("otra persona cambió la introducción");
        assertThat(f.files()).isEqualTo(before);
        // the final comments have their own version: read at theirs, they are written
        f.service.introduction(write(new Acting(f.data, "Bruno", null).readAt(PartVersion.of(List.of())), 2017, "final-comments",
                Text.of("Bruno's end.", "Fin de Bruno.")));
        assertThat(report(2017).finalComments()).hasSize(1);
    }

    @Test
    void aPublishedYearAYearNobodyOpenedAndAnUnknownPartAreRefused() throws Exception {
        Map<String, String> before = f.files();
        CycleException notOpened = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(office, 2019,
                "introduction", Text.of("New.", "Nuevo."))));
        assertThat(notOpened.kind()).isEqualTo(Kind.USAGE);
        assertThat(notOpened.problems().get(0).message()).contains("year open 2019");
        CycleException part = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(office, 2017, "preface",
                Text.of("New.", "Nuevo."))));
        assertThat(part.problems()).extracting(Problem::field).containsExactly("part");
        assertThat(f.files()).isEqualTo(before);

        f.complete(2017);
        for (String g : Fixture.SHIPPED_GROUPS) {
            f.ok("submit", g, "2017");
            f.ok("approve", g, "2017");
        }
        f.ok("publish", "2017", "--by", "Maria Lopez");
        Map<String, String> published = f.files();
        CycleException locked = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(office, 2017,
                "final-comments", Text.of("New.", "Nuevo."))));
        assertThat(locked.kind()).isEqualTo(Kind.REFUSED);
        assertThat(locked.problems().get(0).message()).startsWith("2017 was published (by Maria Lopez").contains("cannot be changed");
        assertThat(locked.problems().get(0).message("es")).startsWith("2017 se publicó (por Maria Lopez");
        // refused as published before anything is said of the texts, which could not be saved there however corrected
        CycleException first = catchThrowableOfType(CycleException.class, () -> f.service.introduction(write(office, 2017,
                "introduction", Text.of("Bad \u0001 text.", null))));
        assertThat(first.kind()).isEqualTo(Kind.REFUSED);
        assertThat(first.problems().get(0).message()).startsWith("2017 was published");
        Fixture.Run run = f.run("introduction", "2017", "--text", "New.", "--by", "Maria Lopez");
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("2017 was published").doesNotContain("Exception");
        assertThat(f.files()).isEqualTo(published);
    }

    @Test
    void theCommandWritesTheIntroductionAndTheFinalCommentsAndSaysWhatIsWrong() throws Exception {
        Fixture.Run run = f.ok("introduction", "2017", "--text", "In 2017 ...", "--es", "En 2017 ...", "--text", "More.", "--es", "Más.",
                "--by", "Maria Lopez");
        assertThat(run.out()).contains("program office 2017 introduction: 2 paragraphs");
        assertThat(report(2017).introduction()).extracting(Text::es).containsExactly("En 2017 ...", "Más.");
        f.ok("introduction", "2017", "--final", "--text", "Thanks.", "--es", "Gracias.", "--by", "Maria Lopez");
        assertThat(report(2017).finalComments()).extracting(Text::en).containsExactly("Thanks.");
        assertThat(f.ok("introduction", "2017", "--final", "--clear", "--by", "Maria Lopez").out()).contains("0 paragraphs");
        assertThat(report(2017).finalComments()).isEmpty();

        assertThat(f.ok("introduction", "--help").out()).contains("Usage: introduction YEAR [--final] --text TEXT");
        Fixture.Run none = f.run("introduction", "2017", "--by", "Maria Lopez");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("give the paragraphs with --text TEXT");
    }

    @Test
    void publishNamesTheCommandForAMissingIntroductionAndNoLongerTheJsonFile() {
        Fixture.Run status = f.ok("year", "status", "2017");
        assertThat(status.out()).contains("introduction 2017 --text TEXT").doesNotContain("write it into reports/2017.json");
    }

    @Test
    void aSpanishParagraphsProblemNamesTheOptionItWasGivenWith() {
        // the field paragraphsEs was named as an option no command has (--paragraphs-es), for narrative and update too
        Fixture.Run introduction = f.run("introduction", "2017", "--text", "Fine.", "--es", "Mal\u0007.", "--by", "Maria Lopez");
        assertThat(introduction.status()).isEqualTo(2);
        assertThat(introduction.err()).contains("--es TEXT: the text contains a control character (U+0007)").doesNotContain("--paragraphs-es");
        Fixture.Run narrative = f.run("narrative", "air-quality", "2017", "summary", "--text", "Fine.", "--es", "Mal\u0007.", "--by", "Ana");
        assertThat(narrative.err()).contains("--es TEXT: the text contains a control character (U+0007)").doesNotContain("--paragraphs-es");
        Fixture.Run update = f.run("update", "air-quality", "2017-Q1", "--text", "Fine.", "--es", "Mal\u0007.", "--by", "Ana");
        assertThat(update.err()).contains("--es TEXT: the text contains a control character (U+0007)").doesNotContain("--happened-es");
    }
}
