package mou.testfixtures;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.Block.BulletList;
import mou.core.report.Block.ChartRow;
import mou.core.report.Block.DeliverableLine;
import mou.core.report.Block.Fact;
import mou.core.report.Block.Facts;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.LevelChart;
import mou.core.report.Block.LevelLegend;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.Notice;
import mou.core.report.Block.Paragraph;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Severity;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.ReportDocument;
import mou.core.report.Section;

/**
 * A report shaped like the 2016 California–Mexico MOU progress report, holding every kind of
 * block, and a hostile variant whose every text tries to become markup. The format modules' tests
 * render it; their golden files (src/test/resources/golden) hold what each writes of it.
 */
public final class SampleReport {

    public static final List<String> LEVEL_WORDS = List.of("No Progress", "Initial Progress", "Moderate Progress",
            "Significant Progress", "Deliverable Achieved");

    public static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> **bold** | pipe 'q' & [x](javascript:alert(1))";

    private SampleReport() {
    }

    public static ReportDocument document() {
        return document("en");
    }

    public static ReportDocument document(String language) {
        return new ReportDocument(
                "California-Mexico Memorandum of Understanding on Climate Change and the Environment",
                "2016 Progress Report", language, 2016, List.of(
                        Section.of("introduction", "Introduction", List.of(
                                new Paragraph("In July 2014, California's Governor Edmund G. Brown Jr. and Mexico's Undersecretary "
                                        + "Rodolfo Lacy signed the Memorandum of Understanding (MOU) to Enhance Cooperation on "
                                        + "Climate Change and the Environment."),
                                new Paragraph("The original MOU text is available at https://www.gov.ca.gov/docs/7.28_Climate_MOU_Eng.pdf."))),
                        Section.of("agreement", "The MOU and the Joint Action Plan", List.of(
                                new Facts(List.of(
                                        new Fact("Signed", List.of("July 28, 2014")),
                                        new Fact("Signatories", List.of("Edmund G. Brown Jr., Governor of California",
                                                "Rodolfo Lacy, Undersecretary, SEMARNAT")),
                                        new Fact("Term", List.of("4 years")))),
                                new BulletList(List.of("Climate change", "Air quality", "Clean vehicles", "Wildfires")))),
                        Section.of("at-a-glance", "Progress at a Glance", List.of(
                                new LevelChart("Activities by progress level, per working group", LEVEL_WORDS, List.of(
                                        new ChartRow("Climate Change", List.of(0, 1, 2, 1, 0)),
                                        new ChartRow("Air Quality", List.of(1, 0, 3, 2, 1)),
                                        new ChartRow("Wildfires", List.of(0, 0, 0, 0, 2)))))),
                        new Section("overarching-goals", "Joint Action Plan Overarching Goals", List.of(), List.of(
                                Section.of("overarching-goals.air-quality", "Air Quality", List.of(new BulletList(List.of(
                                        "1. Coordinate air quality planning efforts for airsheds along the border.",
                                        "3. Improve the comparability of data collected in Mexico and California.")))))),
                        airQuality(),
                        Section.of("related-agreements", "Related agreements", List.of(new Table("Agreements",
                                List.of("Agreement", "Parties", "Date"),
                                List.of(List.of("Under2 Coalition", "Michoacán, Tabasco", "2016"),
                                        List.of("Jalisco energy MOU", "Jalisco Energy Agency, California Energy Commission"))))),
                        Section.of("figures", "Figures", List.of(new FigureTable("Figures",
                                List.of("Working group", "Figure", "Value", "Target", "Progress towards target", "As of"),
                                List.of(new FigureRow("Solid Waste", "Solid waste removed from drains", "3,800 m³", "6,000 m³", 3800.0 / 6000,
                                                "December 2016"),
                                        new FigureRow("Wildfires", "Firefighters trained", "71", "", -1, "2016"))))),
                        Section.of("timeline", "Timeline of Events", List.of(new Timeline("Timeline of Events", List.of(
                                new TimelineEntry("April 25–29, 2016", "2016-04-25/2016-04-29", "Training",
                                        "S-130/S-190 Wildfire Suppression Training Course", "Tecate, Baja California", "Wildfires",
                                        "CAL FIRE, CONAFOR · 71 participants"),
                                new TimelineEntry("July 19, 2016", "2016-07-19", "Delivery", "FIRESCOPE WUI guide in Spanish", "",
                                        "Wildfires", ""))))),
                        Section.of("progress-key", "Progress Key", List.of(new LevelLegend("Progress Key", legend()))),
                        Section.of("notices", "Notices", List.of(
                                new Notice(Severity.WARNING, "The figures of the Clean Vehicles group are provisional."),
                                new Notice(Severity.ERROR, "The section \"timeline\" of Wildfires (wildfires) could not be written: boom"),
                                new Notice(Severity.INFO, "Levels marked as inferred were read from the narrative.")))));
    }

    public static Section airQuality() {
        Section deepest = Section.of("air-quality.progress.detail.more", "Station notes", List.of(new Paragraph("Deepest level.")));
        Section detail = new Section("air-quality.progress.detail", "Monitoring detail", List.of(new Paragraph("Deeper still.")),
                List.of(deepest));
        Section progress = new Section("air-quality.progress", "Progress on Air Quality", List.of(progressTable()), List.of(detail));
        Section challenges = Section.of("air-quality.challenges", "Challenges", List.of(new Paragraph(
                "The primary obstacle to closer cooperation is a lack of regular, organized communication.")));
        return new Section("air-quality", "Cooperation on Air Quality", List.of(new Paragraph(
                "The primary accomplishments of the Air Quality Working Group in 2016 include the "
                        + "commencement of a two-year study of fine particulate matter (PM2.5) in Mexicali.")),
                List.of(challenges, progress));
    }

    public static ProgressTable progressTable() {
        return new ProgressTable("Air Quality Overarching Goal 3",
                "Improve the comparability of data collected in Mexico and California.",
                List.of("Overarching Goal 3", "Working Group Activities", "Deliverables", "Progress"),
                List.of(
                        new ProgressRow("aq-3-1", "Improve auditing of the Baja California air quality monitoring network.", null,
                                List.of(new DeliverableLine("aq-3-1-d1", "Training course", "Audit training for SPA staff",
                                                "2 sessions, 12 participants", null),
                                        new DeliverableLine("aq-3-1-d2", "Equipment donation", "Calibration equipment certified", "",
                                                "Certified in 2016")),
                                new LevelMark(ProgressLevel.SIGNIFICANT, "Significant Progress", false, "", "Initial Progress → Significant Progress")),
                        new ProgressRow("aq-3-2", "Analyse PM10 samples from the SPA network.", "Continues from 2015.",
                                List.of(new DeliverableLine("aq-3-2-d1", "Information exchange", "PM10 sample analysis", "", null)),
                                new LevelMark(ProgressLevel.MODERATE, "Moderate Progress", true,
                                        "The narrative says CARB continues to support the network with PM10 analysis.", null)),
                        new ProgressRow("aq-3-3", "Donate surplus air monitoring equipment to SPA.", null, List.of(),
                                new LevelMark(ProgressLevel.ACHIEVED, "Deliverable Achieved", false, "", null)),
                        new ProgressRow("aq-3-4", "Share emission inventory methods.", null, List.of(),
                                new LevelMark(null, "Not rated", false, "", null)),
                        new ProgressRow("aq-3-5", "Set up a joint PM2.5 study.", null, List.of(),
                                new LevelMark(ProgressLevel.NO_PROGRESS, "No Progress", false, "Stated by the group.", null)),
                        new ProgressRow("aq-3-6", "Exchange laboratory methods.", null, List.of(),
                                new LevelMark(ProgressLevel.INITIAL, "Initial Progress", false, "", null))));
    }

    public static List<LevelMark> legend() {
        return List.of(
                new LevelMark(ProgressLevel.NO_PROGRESS, "No Progress", false, "", null),
                new LevelMark(ProgressLevel.INITIAL, "Initial Progress", false, "", null),
                new LevelMark(ProgressLevel.MODERATE, "Moderate Progress", false, "", null),
                new LevelMark(ProgressLevel.SIGNIFICANT, "Significant Progress", false, "", null),
                new LevelMark(ProgressLevel.ACHIEVED, "Deliverable Achieved", false, "", null));
    }

    /** Every text of every block kind set to {@code evil}. */
    public static ReportDocument hostile(String evil) {
        LevelMark mark = new LevelMark(ProgressLevel.MODERATE, evil, true, evil, evil);
        List<Block> blocks = List.of(
                new Paragraph(evil),
                new BulletList(List.of(evil)),
                new Facts(List.of(new Fact(evil, List.of(evil)))),
                new Table(evil, List.of(evil, evil), List.of(List.of(evil, evil))),
                new ProgressTable(evil, evil, List.of(evil, evil, evil, evil),
                        List.of(new ProgressRow(evil, evil, evil, List.of(new DeliverableLine(evil, evil, evil, evil, evil)), mark))),
                new LevelChart(evil, List.of(evil, evil, evil, evil, evil), List.of(new ChartRow(evil, List.of(1, 2, 3, 4, 5)))),
                new FigureTable(evil, List.of(evil, evil, evil, evil, evil, evil), List.of(new FigureRow(evil, evil, evil, evil, 0.5, evil))),
                new Timeline(evil, List.of(new TimelineEntry(evil, evil, evil, evil, evil, evil, evil))),
                new LevelLegend(evil, List.of(mark)),
                new Notice(Severity.ERROR, evil));
        return new ReportDocument(evil, evil, "en", 2016, List.of(
                new Section(evil, evil, blocks, List.of(Section.of(evil, evil, List.of(new Paragraph(evil)))))));
    }

    /** The kinds of block in a document, to check that a sample holds every kind the core defines. */
    public static Set<Class<?>> blockKinds(ReportDocument document) {
        return document.sections().stream().flatMap(SampleReport::blocks).map(Object::getClass).collect(Collectors.toSet());
    }

    private static java.util.stream.Stream<Block> blocks(Section section) {
        return java.util.stream.Stream.concat(section.blocks().stream(), section.subsections().stream().flatMap(SampleReport::blocks));
    }

    public static Set<Class<?>> permittedBlockKinds() {
        return Set.of(Block.class.getPermittedSubclasses());
    }
}
