package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Spanish text older than its English (the English changed after the translation): the Spanish report
 * shows it as it was translated, unmarked, and counts it in a notice of its own; the texts counted are
 * those the year's report shows ({@link ShownTexts}).
 */
class StaleTranslationsTest {

    private static final Text STALE = Text.of("Intro paragraph.", "Párrafo de introducción.").withEnglish("Intro paragraph, revised.");

    private ExtensionRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new ExtensionRegistry();
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
    }

    private static Workspace withIntroduction(Workspace ws, Text introduction) {
        List<AnnualReport> reports = new ArrayList<>();
        for (AnnualReport r : ws.reports()) {
            reports.add(r.year() != 2016 ? r : new AnnualReport(2016, r.title(), List.of(introduction), r.relatedAgreementsIntro(), r.finalComments()));
        }
        return ws.with(ws.years(), reports);
    }

    private static List<String> notices(ReportDocument document) {
        return document.sections().get(0).blocks().stream().filter(b -> b instanceof Block.Notice).map(b -> ((Block.Notice) b).text()).toList();
    }

    @Test
    void theSpanishReportShowsAStaleTextAsTranslatedAndCountsItInItsNotice() {
        Workspace ws = withIntroduction(Fixtures.workspace(), STALE);

        ReportDocument spanish = new ReportAssembler(registry).assemble(ws, 2016, "es", List.of()).document();

        assertThat(notices(spanish)).contains("1 texto en español del espacio de trabajo traduce una versión anterior del inglés"
                + " (el inglés cambió después de traducirlo): se muestra tal como se tradujo.");
        // every section shows a workspace text as TextMarks.shown does: the stale Spanish as it is, without a mark
        assertThat(mou.core.report.TextMarks.shown(STALE, "es")).isEqualTo("Párrafo de introducción.");
        ReportDocument english = new ReportAssembler(registry).assemble(ws, 2016, "en", List.of()).document();
        assertThat(notices(english)).noneMatch(n -> n.contains("older English") || n.contains("anterior del inglés"));
    }

    @Test
    void aCurrentTranslationIsNotCounted() {
        Workspace ws = withIntroduction(Fixtures.workspace(), Text.of("Intro paragraph.", "Párrafo de introducción."));

        ReportDocument spanish = new ReportAssembler(registry).assemble(ws, 2016, "es", List.of()).document();

        assertThat(notices(spanish)).noneMatch(n -> n.contains("anterior del inglés"));
    }

    @Test
    void theShownTextsAreThoseOfTheYearAndOfTheGroupsThatOpenedIt() {
        Workspace ws = Fixtures.workspace();
        Text only2015 = Text.of("Only in 2015.");
        List<GroupYear> years = new ArrayList<>(ws.years());
        years.add(new GroupYear("beta", 2015, new Narrative(List.of(only2015), List.of(), List.of(), List.of()), List.of(), List.of(), List.of()));
        ws = ws.with(years, ws.reports());

        List<Text> shown = ShownTexts.of(ws, 2016);

        assertThat(shown).contains(ws.report(2016).orElseThrow().introduction().get(0), ws.agreement().title(),
                ws.plan("alpha").orElseThrow().name(), ws.year("alpha", 2016).orElseThrow().narrative().summary().get(0));
        assertThat(shown).doesNotContain(only2015, ws.year("alpha", 2015).orElseThrow().assessments().get(0).rationale());
    }

    @Test
    void anInstalledGroupThatDidNotOpenTheYearHasItsPlanShownAndCountedOneThatIsNotInstalledDoesNot() {
        Workspace full = Fixtures.workspace();
        // beta did not open 2016: its chapter (when its plugin is installed) shows its plan with a notice
        Workspace ws = full.with(full.years().stream().filter(y -> !(y.groupId().equals("beta") && y.year() == 2016)).toList(), full.reports());
        Text betaName = ws.plan("beta").orElseThrow().name();

        assertThat(ShownTexts.of(ws, 2016, java.util.Set.of("alpha", "beta"))).as("beta installed").contains(betaName);
        assertThat(ShownTexts.of(ws, 2016, java.util.Set.of("alpha"))).as("beta not installed: no chapter").doesNotContain(betaName);
        assertThat(ShownTexts.of(full, 2016, java.util.Set.of("alpha", "beta")).stream().filter(t -> t == betaName).count())
                .as("a plan of a group that opened the year, once").isEqualTo(1);
    }
}
