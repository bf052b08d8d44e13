package mou.format.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new MarkdownRenderer(document).render(writer);
        writer.flush();
        out.flush();
    }
}
