package mou.format.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;
import org.osgi.service.component.annotations.Component;

/**
 * The report as one self-contained HTML page, the one people read and print: inline CSS and
 * SVG only, so it opens offline, can be mailed as one file and prints to a clean PDF.
 */
@Component(service = ReportFormat.class)
public final class HtmlReportFormat implements ReportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        HtmlOutput page = new HtmlOutput(out);
        try {
            new HtmlRenderer(document, page).render();
            page.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
