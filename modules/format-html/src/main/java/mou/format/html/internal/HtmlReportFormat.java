package mou.format.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new HtmlRenderer(document).render(writer);
        writer.flush();
        out.flush();
    }
}
