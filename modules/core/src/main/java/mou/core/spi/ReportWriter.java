package mou.core.spi;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mou.core.command.CommandException;
import mou.core.report.ReportDocument;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes assembled reports to files, the one way every command does it: the formats chosen by
 * their ids, each rendered side by side into a temporary file beside its target and moved into
 * place only when every format has rendered, so that a failure leaves no report half-written.
 * Offered by the core as a service.
 *
 * <p>Its messages begin with the name of the command that asked, as the commands' own do.
 *
 * @since 1.2
 */
@ProviderType
public interface ReportWriter {

    /**
     * The formats to write.
     *
     * @param command the command's name, for messages
     * @param ids the format ids as typed, separated by commas ({@code "html,md"}); empty for every
     *        installed format
     * @return the formats, in the order given, each once
     * @throws CommandException a usage error (exit 2) when a format is not installed (the message
     *         names the installed ones), when the list names none, or when no format is installed
     */
    List<ReportFormat> formats(String command, Optional<String> ids) throws CommandException;

    /**
     * Renders a document in each format and writes {@code folder/stem.EXT} for each, the folder
     * created when missing; an existing file of the same name is replaced at once.
     *
     * @param command the command's name, for messages
     * @param document the report
     * @param formats the formats, as {@link #formats} chose them
     * @param folder where the files go
     * @param stem the file name without its extension, e.g. {@link #annualStem}'s
     * @return the files written, in the formats' order
     * @throws CommandException (exit 3) when a format gives an unusable file extension, two formats
     *         would write the same file, a format fails, or the folder cannot be written; no file
     *         was replaced then
     */
    default List<Path> write(String command, ReportDocument document, List<ReportFormat> formats, Path folder, String stem)
            throws CommandException {
        return write(command, document, formats, folder, stem, RenderOptions.DEFAULT);
    }

    /**
     * As {@link #write(String, ReportDocument, List, Path, String)}, each format rendering with
     * these options ({@link ReportFormat#render(ReportDocument, RenderOptions, OutputStream)}).
     *
     * @since 1.5
     */
    List<Path> write(String command, ReportDocument document, List<ReportFormat> formats, Path folder, String stem,
            RenderOptions options) throws CommandException;

    /** The file name stem of a year's combined report: {@code progress-report-2016}, {@code progress-report-2016-es}. */
    static String annualStem(int year, String language) {
        return "progress-report-" + year + languageSuffix(language);
    }

    /** The file name stem of a group's quarterly report: {@code quarterly-report-air-quality-2016-Q3}. */
    static String quarterlyStem(String groupId, int year, int quarter, String language) {
        return "quarterly-report-" + groupId + "-" + mou.core.model.QuarterlyUpdate.label(year, quarter) + languageSuffix(language);
    }

    private static String languageSuffix(String language) {
        return "en".equals(language) ? "" : "-" + language;
    }
}
