package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

/** A level carried over into a year, not rated for it, is marked so in the report's level marks (both ways of making them). */
class CarriedOverMarkTest {

    @Test
    void aCarriedOverLevelIsMarkedAndARatedOneIsNot() {
        Workspace w = Fixtures.workspace();
        GroupYear alpha2016 = w.year("alpha", 2016).orElseThrow();
        Assessment carried = Assessment.carriedOver(alpha2016.assessment("al-1-1").orElseThrow(), 2016, 2017);
        Assessment rated = new Assessment("al-1-2", alpha2016.assessment("al-1-2").orElseThrow().level(), mou.core.model.Text.of("Rated."),
                List.of(), false);
        List<GroupYear> years = new ArrayList<>(w.years());
        years.add(new GroupYear("alpha", 2017, Narrative.EMPTY, List.of(carried, rated), List.of(), List.of()));
        Workspace with2017 = new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
        ReportContext context = ReportContexts.forTest(with2017, 2017, "en");

        assertThat(Chapters.levelMark(context, "alpha", "al-1-1").carriedOver()).isTrue();
        assertThat(Chapters.levelMark(context, "alpha", "al-1-2").carriedOver()).isFalse();

        List<Block.ProgressRow> rows = Chapters.progressTables(context, with2017.plan("alpha").orElseThrow(), "Alpha").stream()
                .filter(b -> b instanceof Block.ProgressTable).flatMap(b -> ((Block.ProgressTable) b).rows().stream()).toList();
        assertThat(rows).filteredOn(r -> r.activityId().equals("al-1-1")).singleElement()
                .satisfies(r -> assertThat(r.level().carriedOver()).isTrue());
        assertThat(rows).filteredOn(r -> r.activityId().equals("al-1-2")).singleElement()
                .satisfies(r -> assertThat(r.level().carriedOver()).isFalse());
    }

    @Test
    void aCarriedOverLevelsRationaleIsInTheReportsLanguageAlsoFromAYearThatKeptOnlyItsEnglish() {
        Workspace w = Fixtures.workspace();
        GroupYear alpha2016 = w.year("alpha", 2016).orElseThrow();
        Assessment from = alpha2016.assessment("al-1-1").orElseThrow();
        Assessment old = new Assessment("al-1-1", from.level(), mou.core.model.Text.of(Assessment.carriedOverRationale(2016, 2017)),
                List.of(), false, true);
        List<GroupYear> years = new ArrayList<>(w.years());
        years.add(new GroupYear("alpha", 2017, Narrative.EMPTY, List.of(old), List.of(), List.of()));
        Workspace with2017 = new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());

        ReportContext spanish = ReportContexts.forTest(with2017, 2017, "es");
        assertThat(Chapters.levelMark(spanish, "alpha", "al-1-1").rationale())
                .isEqualTo("Nivel que viene de 2016; aún sin calificar de nuevo para 2017.");
        assertThat(Chapters.levelMark(ReportContexts.forTest(with2017, 2017, "en"), "alpha", "al-1-1").rationale())
                .isEqualTo("Level carried over from 2016; not yet re-rated for 2017.");
    }
}
