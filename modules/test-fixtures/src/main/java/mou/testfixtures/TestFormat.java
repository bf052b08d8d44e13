package mou.testfixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.RenderOptions;
import mou.core.spi.ReportFormat;

/**
 * A report format for tests. {@link #summary} writes one line, "format ID: TITLE (YEAR, LANGUAGE)",
 * and fails ("disk full") after writing when told to; {@link #text} writes the title and every
 * section's title, paragraphs and notices, enough to see what a report says. Asked for A4 pages, either
 * adds a line "paper: a4".
 */
public final class TestFormat implements ReportFormat {

    private final String id;
    private final String extension;
    private final boolean full;
    private final boolean byDefault;
    private boolean fail;

    private TestFormat(String id, String extension, boolean full, boolean byDefault) {
        this.id = id;
        this.extension = extension;
        this.full = full;
        this.byDefault = byDefault;
    }

    public static TestFormat summary(String id, String extension) {
        return new TestFormat(id, extension, false, true);
    }

    /** As {@link #summary}, a format that {@code report} writes only when asked for by name (as the PDF). */
    public static TestFormat onRequest(String id, String extension) {
        return new TestFormat(id, extension, false, false);
    }

    @Override
    public boolean writtenByDefault() {
        return byDefault;
    }

    /** The "txt" format. */
    public static TestFormat text() {
        return new TestFormat("txt", "txt", true, true);
    }

    /** From now on, rendering fails with "disk full" after it has written. */
    public void fail() {
        fail = true;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String fileExtension() {
        return extension;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        if (full) {
            StringBuilder b = new StringBuilder(document.title()).append('\n');
            document.sections().forEach(s -> write(s, b));
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(("format " + id + ": " + document.title() + " (" + document.year() + ", " + document.language() + ")")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fail) {
            throw new IOException("disk full");
        }
    }

    /** As {@link #render(ReportDocument, OutputStream)}, then a line "paper: a4" when asked for A4 (Letter is the default). */
    @Override
    public void render(ReportDocument document, RenderOptions options, OutputStream out) throws IOException {
        render(document, out);
        if (options != null && options.pageSize() == RenderOptions.PageSize.A4) {
            out.write("\npaper: a4".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(Section s, StringBuilder b) {
        b.append("# ").append(s.title()).append('\n');
        for (Block block : s.blocks()) {
            if (block instanceof Block.Paragraph p) {
                b.append(p.text()).append('\n');
            } else if (block instanceof Block.Notice n) {
                b.append(n.severity()).append(": ").append(n.text()).append('\n');
            }
        }
        s.subsections().forEach(sub -> write(sub, b));
    }
}
