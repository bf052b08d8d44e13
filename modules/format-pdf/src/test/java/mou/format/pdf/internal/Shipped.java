package mou.format.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.internal.ExtensionRegistry;
import mou.core.internal.sections.AgreementSection;
import mou.core.internal.sections.AtAGlanceSection;
import mou.core.internal.sections.ExecutiveSummarySection;
import mou.core.internal.sections.FiguresSection;
import mou.core.internal.sections.FinalCommentsSection;
import mou.core.internal.sections.IntroductionSection;
import mou.core.internal.sections.OverarchingGoalsSection;
import mou.core.internal.sections.ProgressKeySection;
import mou.core.internal.sections.RelatedAgreementsSection;
import mou.core.internal.sections.TimelineSection;
import mou.core.internal.sections.YearOverYearSection;
import mou.core.internal.types.DocumentType;
import mou.core.internal.types.EquipmentDonationType;
import mou.core.internal.types.InformationExchangeType;
import mou.core.internal.types.TrainingCourseType;
import mou.core.internal.types.WorkshopType;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.ReportService;
import mou.group.airquality.internal.AirQualityGroup;
import mou.group.cleanvehicles.internal.CleanVehiclesGroup;
import mou.group.climatechange.internal.ClimateChangeGroup;
import mou.group.solidwaste.internal.SolidWasteGroup;
import mou.group.wildfires.internal.WildfiresGroup;
import mou.store.json.internal.JsonWorkspaceStore;

/**
 * The shipped workspace ({@code data/} of the repository) with the five shipped groups and the core's
 * common deliverable types installed, its 2016 report assembled in-process, and that report as this
 * format writes it: once per language for all the tests.
 */
final class Shipped {

    static final Path DATA = Path.of("../../data").toAbsolutePath().normalize();
    /** What the real framework installs: the core's registry with its own sections and common types, and the shipped groups. */
    private static final Extensions EXTENSIONS = ExtensionRegistry.of(
            List.of(new ClimateChangeGroup(), new AirQualityGroup(), new CleanVehiclesGroup(), new WildfiresGroup(), new SolidWasteGroup()),
            List.of(new DocumentType(), new EquipmentDonationType(), new InformationExchangeType(), new TrainingCourseType(),
                    new WorkshopType()),
            List.of(new IntroductionSection(), new RelatedAgreementsSection(), new AgreementSection(), new ExecutiveSummarySection(),
                    new AtAGlanceSection(), new YearOverYearSection(), new OverarchingGoalsSection(), new FiguresSection(),
                    new TimelineSection(), new FinalCommentsSection(), new ProgressKeySection()),
            List.of());
    private static final Map<String, ReportDocument> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();
    private static Workspace workspace;

    private Shipped() {
    }

    static synchronized Workspace workspace() {
        if (workspace == null) {
            LoadResult loaded = new JsonWorkspaceStore(EXTENSIONS).load(DATA);
            if (!loaded.problems().isEmpty() && loaded.workspace() == null) {
                throw new IllegalStateException("The shipped workspace does not load: " + loaded.problems());
            }
            workspace = loaded.workspace();
        }
        return workspace;
    }

    /** The 2016 report in a language, as every format receives it. */
    static ReportDocument document(String language) {
        return DOCUMENTS.computeIfAbsent(language,
                l -> ReportService.forTest(EXTENSIONS).assemble(workspace(), 2016, l, List.of()).document());
    }

    /** The 2016 report in a language as this format writes it (Letter, no cover images). */
    static byte[] pdf(String language) {
        return pdf(language, Paper.LETTER);
    }

    /** The 2016 report in a language on a paper, rendered once for all the tests. */
    static byte[] pdf(String language, Paper paper) {
        return PDFS.computeIfAbsent(language + " " + paper, key -> render(document(language), paper));
    }

    static byte[] render(ReportDocument document, Paper paper) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfReportFormat.render(document, paper, List.of(), out);
            if (Boolean.getBoolean("pdf.keep")) {
                Files.write(Path.of("target", "shipped-" + document.language() + "-" + paper + ".pdf"), out.toByteArray());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
