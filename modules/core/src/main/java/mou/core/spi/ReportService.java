package mou.core.spi;

import java.util.List;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assembles the combined report from the sections the installed bundles contribute. A section
 * that throws, or that does not finish within the time limit (the framework property
 * {@code mou.section.timeout}, in milliseconds), leaves a notice naming its plugin and the cause
 * in its place; the rest of the report is written.
 */
@ProviderType
public interface ReportService {

    /**
     * Assembles the report for a year.
     *
     * @param workspace the loaded workspace
     * @param year the calendar year reported on
     * @param language {@code "en"} or {@code "es"}
     */
    ReportDocument assemble(Workspace workspace, int year, String language);

    /**
     * Assembles the report for a year and says which plugins failed.
     *
     * @param workspace the loaded workspace
     * @param year the calendar year reported on
     * @param language {@code "en"} or {@code "es"}
     * @param known plugin failures found before the assembly (e.g. a working group whose component
     *        failed to activate, and so has no chapter): the report shows a notice for each, where
     *        the working groups' chapters begin
     * @return the report and every plugin failure: the known ones, then those of its sections
     * @since 1.1
     */
    AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known);
}
