package mou.core.spi;

import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import org.osgi.annotation.versioning.ProviderType;

/** Assembles the combined report from the sections the installed bundles contribute. */
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
}
