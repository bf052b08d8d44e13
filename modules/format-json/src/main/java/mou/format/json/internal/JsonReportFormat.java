package mou.format.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;
import org.osgi.service.component.annotations.Component;

/**
 * The assembled report as JSON for machines: the same sections and blocks as the HTML report,
 * each block with a named "type". The shape is documented in docs/report-json.md.
 */
@Component(service = ReportFormat.class)
public final class JsonReportFormat implements ReportFormat {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        ReportJsonWriter.write(document, out);
    }
}
