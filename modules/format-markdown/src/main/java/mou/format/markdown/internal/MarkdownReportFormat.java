package mou.format.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;
import org.osgi.service.component.annotations.Component;

/** The report as GitHub-flavoured Markdown, for a repository, a wiki or a review in plain text. */
@Component(service = ReportFormat.class)
public final class MarkdownReportFormat implements ReportFormat {

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        try {
            new MarkdownRenderer(document, new MarkdownOutput(out)).render();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
