package mou.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import mou.core.report.ReportDocument;
import mou.core.spi.RenderOptions;
import mou.core.spi.ReportFormat;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Document;

/**
 * The report as the publication: a designed, archival (PDF/A-2u) and accessible (PDF/UA-1) PDF
 * with a cover, contents with page numbers, an outline, running headers and numbered pages.
 */
@Component(service = ReportFormat.class)
public final class PdfReportFormat implements ReportFormat {

    /** The system property that sets how many elements of the page a part may have (for measuring; see docs/performance.md). */
    static final String PART_SIZE = "mou.pdf.part-size";

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    /** Seconds, not a fraction of one: {@code report} writes the publication when asked ({@code --format pdf}); publish always does. */
    @Override
    public boolean writtenByDefault() {
        return false;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        render(document, RenderOptions.DEFAULT, out);
    }

    /** On the page size asked for; with the cover images of the workspace it came from ({@link CoverImage}), when any. */
    @Override
    public void render(ReportDocument document, RenderOptions options, OutputStream out) throws IOException {
        RenderOptions given = options == null ? RenderOptions.DEFAULT : options;
        Paper paper = given.pageSize() == RenderOptions.PageSize.A4 ? Paper.A4 : Paper.LETTER;
        render(document, paper, CoverImage.in(given.workspace()), out);
    }

    static void render(ReportDocument document, Paper paper, List<CoverImage> coverImages, OutputStream out) throws IOException {
        render(document, paper, coverImages, partSize(), out);
    }

    /**
     * A publication of more than {@code partSize} elements is laid out in parts ({@link PartPrinter}),
     * so that its size is not bounded by the heap; a smaller one at once.
     */
    static void render(ReportDocument document, Paper paper, List<CoverImage> coverImages, int partSize, OutputStream out) throws IOException {
        PublicationPage page = new PublicationPage(document, paper, coverImages, LocalDate.now());
        Document dom = page.build();
        if (PartPrinter.size(dom.getDocumentElement()) > partSize) {
            new PartPrinter(partSize, document.language()).print(dom, out);
        } else {
            Printer.print(dom, out);
        }
        out.flush();
    }

    /** How large a part may be: {@link PartPrinter#DEFAULT_PART_SIZE} elements, or the system property {@value #PART_SIZE}. */
    static int partSize() {
        return Integer.getInteger(PART_SIZE, PartPrinter.DEFAULT_PART_SIZE);
    }
}
