package mou.core.spi;

import java.util.List;
import mou.core.report.ReportDocument;

/**
 * A report as {@link ReportService#assemble(mou.core.model.Workspace, int, String, List)} assembled
 * it, with the plugin failures that it shows notices for instead of their parts.
 *
 * @param document the report, complete but for the failed parts
 * @param failures every plugin failure, those known before the assembly first, then those of
 *        its sections in report order; empty when every plugin did its part
 */
public record AssembledReport(ReportDocument document, List<PluginFailure> failures) {

    public AssembledReport {
        failures = List.copyOf(failures);
    }

    /** Whether some plugin's part is missing. */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
