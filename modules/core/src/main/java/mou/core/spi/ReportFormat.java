package mou.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import mou.core.report.ReportDocument;
import org.osgi.annotation.versioning.ConsumerType;

/** Renders an assembled {@link ReportDocument} to a file format such as HTML, Markdown or JSON. */
@ConsumerType
public interface ReportFormat {

    /** The format's id as given to {@code report --format}, e.g. {@code "html"}. */
    String id();

    /** The extension of the files it writes, without the dot, e.g. {@code "md"}. */
    String fileExtension();

    /** The media type of what it writes, e.g. {@code "text/html"}. */
    String mediaType();

    /** Writes the document; must not close the stream. */
    void render(ReportDocument document, OutputStream out) throws IOException;

    /**
     * Writes the document with options (the page size, the workspace it came from); must not close
     * the stream. A format that has no use for them need not implement this: it renders as
     * {@link #render(ReportDocument, OutputStream)} does.
     *
     * @since 1.5
     */
    default void render(ReportDocument document, RenderOptions options, OutputStream out) throws IOException {
        render(document, out);
    }

    /**
     * Whether {@code report} writes this format when no {@code --format} is given. A format that takes
     * seconds to write (the PDF publication) says no: it is written when asked for by name and by
     * {@code publish}, which writes every installed format.
     *
     * @since 1.5
     */
    default boolean writtenByDefault() {
        return true;
    }
}
