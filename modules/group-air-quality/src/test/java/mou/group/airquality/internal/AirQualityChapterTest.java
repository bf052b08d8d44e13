package mou.group.airquality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.ReportContexts;
import mou.core.spi.ReportSectionContributor;
import org.junit.jupiter.api.Test;

class AirQualityChapterTest {

    private final AirQualityGroup group = new AirQualityGroup();
    private final ReportSectionContributor chapter = group.sections().get(0);

    private Section chapter(String language) {
        List<Section> sections = chapter.contribute(ReportContexts.forTest(Fixtures.workspace(), 2016, language, group));
        assertThat(sections).hasSize(1);
        return sections.get(0);
    }

    private static Optional<Section> find(Section section, String id) {
        return Stream.concat(Stream.of(section), section.subsections().stream().flatMap(s -> find(s, id).stream()))
                .filter(s -> s.id().equals(id)).findFirst();
    }

    private static <T extends Block> List<T> blocks(Section section, Class<T> kind) {
        return section.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void isTheGroupsChapterInItsPlace() {
        assertThat(chapter.id()).isEqualTo("air-quality.chapter");
        assertThat(chapter.order()).isEqualTo(620);
        Section section = chapter("en");
        assertThat(section.title()).isEqualTo("Cooperation on Air Quality");
        assertThat(blocks(section, Block.Paragraph.class)).extracting(Block.Paragraph::text)
                .containsExactly("CARB worked with SPA to initiate a joint, two-year study.");
        assertThat(section.subsections()).extracting(Section::id).containsExactly("air-quality.challenges",
                "air-quality.next-steps", "air-quality.progress", "air-quality.work", "air-quality.figures", "air-quality.events");
    }

    @Test
    void theProgressTableSummarisesTheOwnTypes() {
        Block.ProgressTable table = blocks(find(chapter("en"), "air-quality.progress").orElseThrow(), Block.ProgressTable.class).get(0);
        assertThat(table.rows()).extracting(Block.ProgressRow::activityId).containsExactly("aq-3-1", "aq-3-2");
        Block.DeliverableLine study = table.rows().get(1).deliverables().get(0);
        assertThat(study.typeLabel()).isEqualTo("Monitoring study");
        assertThat(study.summary()).startsWith("PM2.5 · 2 sites");
        assertThat(table.rows().get(1).level().label()).isEqualTo("Significant Progress");
    }

    @Test
    void monitoringWorkListsTheOwnDeliverablesWithTheirFacts() {
        Section work = find(chapter("en"), "air-quality.work").orElseThrow();
        assertThat(work.title()).isEqualTo("Monitoring studies and laboratory support");
        assertThat(work.subsections()).extracting(Section::id, Section::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("air-quality.work.aq-3-1-1", "Monitoring and laboratory support"),
                org.assertj.core.groups.Tuple.tuple("air-quality.work.aq-3-2-1", "Monitoring study"));
        Block.Facts facts = blocks(work.subsections().get(1), Block.Facts.class).get(0);
        assertThat(facts.facts()).extracting(Block.Fact::term)
                .contains("Pollutant", "Monitoring sites", "Funded by", "Authorized for payment", "Share of the contract authorized");
        assertThat(facts.facts()).filteredOn(f -> f.term().equals("Funded by"))
                .singleElement().satisfies(f -> assertThat(f.values()).containsExactly("U.S. EPA"));
        assertThat(facts.facts()).filteredOn(f -> f.term().equals("Authorized for payment"))
                .singleElement().satisfies(f -> assertThat(f.values()).containsExactly("$252,038"));
    }

    @Test
    void figuresShowValuesUnitsAndProgressTowardsTheTarget() {
        Section figures = find(chapter("en"), "air-quality.figures").orElseThrow();
        assertThat(figures.title()).isEqualTo("Air monitoring figures, 2016");
        Block.FigureTable table = blocks(figures, Block.FigureTable.class).get(0);
        assertThat(table.headers()).first().isEqualTo("Activity");
        assertThat(table.rows()).extracting(Block.FigureRow::value).containsExactly("355 samples", "52%", "$252,038");
        // the activity by its short reference, not its sentence on every row
        assertThat(table.rows().get(0).group()).matches("Activity \\d+\\.\\d+");
        assertThat(table.rows().get(0).amount()).isEqualByComparingTo("355");
        assertThat(table.rows().get(1).targetAmount()).isEqualByComparingTo("100");
        assertThat(table.rows().get(2).unit()).isEqualTo("USD");
        assertThat(table.rows().get(1).share()).isEqualTo(0.52);
        assertThat(table.rows().get(1).target()).isEqualTo("100%");
        assertThat(table.rows().get(0).share()).isEqualTo(-1);
    }

    @Test
    void eventsAreInDateOrderWithTheirOrganizations() {
        Block.Timeline timeline = blocks(find(chapter("en"), "air-quality.events").orElseThrow(), Block.Timeline.class).get(0);
        assertThat(timeline.entries()).extracting(Block.TimelineEntry::isoDate).containsExactly("2016-04", "2016-06-01", "2016-12-08");
        Block.TimelineEntry tijuana = timeline.entries().get(1);
        assertThat(tijuana.date()).isEqualTo("June 1, 2016");
        assertThat(tijuana.kind()).isEqualTo("Meeting");
        assertThat(tijuana.details()).isEqualTo("CARB, SEMARNAT · 12 participants");
    }

    @Test
    void writesItsOwnHeadingsAndUnitsInSpanish() {
        Section section = chapter("es");
        assertThat(section.title()).isEqualTo("Cooperación en Calidad del Aire");
        assertThat(find(section, "air-quality.work").orElseThrow().title()).isEqualTo("Estudios de monitoreo y apoyo de laboratorio");
        Block.FigureTable table = blocks(find(section, "air-quality.figures").orElseThrow(), Block.FigureTable.class).get(0);
        assertThat(table.headers()).first().isEqualTo("Actividad");
        assertThat(table.rows().get(0).value()).isEqualTo("355 muestras");
        Block.Timeline timeline = blocks(find(section, "air-quality.events").orElseThrow(), Block.Timeline.class).get(0);
        assertThat(timeline.entries().get(1).date()).isEqualTo("1 de junio de 2016");
    }

    @Test
    void anEmptyWorkspaceYieldsNoSection() {
        assertThat(chapter.contribute(ReportContexts.forTest(Fixtures.empty(), 2016, "en", group))).isEmpty();
    }

    @Test
    void aYearWithoutDataLeavesOutTheFiguresAndEvents() {
        Section section = chapter.contribute(ReportContexts.forTest(Fixtures.workspace(), 2017, "en", group)).get(0);
        assertThat(section.subsections()).extracting(Section::id)
                .containsExactly("air-quality.progress", "air-quality.work");
    }

    /**
     * Each unit the group's words say in Spanish ("schools": "escuelas") is said so by the core's units too, which the reports
     * without the group's words use (the quarterly report, the figures of every group) and validate --language es asks by: else
     * the same figure reads "escuelas" in the chapter and "schools" (marked untranslated) in the quarterly report.
     */
    @Test
    void theGroupsUnitWordsAreTheCoresUnits() throws Exception {
        java.util.Properties words = new java.util.Properties();
        try (var in = AirQualityChapter.class.getResourceAsStream("/mou/group/airquality/labels_es.properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> units = words.stringPropertyNames().stream().filter(k -> k.startsWith("unit.")).sorted().toList();
        assertThat(units).isNotEmpty();
        for (String key : units) {
            String unit = key.substring("unit.".length());
            assertThat(mou.core.report.Labels.forLanguage("es").unit(unit)).as(unit).isEqualTo(words.getProperty(key));
            assertThat(mou.core.model.Metric.unitNeedsSpanish(unit)).as(unit).isFalse();
        }
    }
}
