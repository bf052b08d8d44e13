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
     * The core's report service over the given extensions, with the default section time limit,
     * for tests and tools outside a framework. ReportService is a {@code @ProviderType}: only the
     * core implements it; a test asks here for one instead of writing its own.
     *
     * @since 1.2
     */
    static ReportService forTest(Extensions extensions) {
        return new mou.core.internal.ReportAssembler(extensions);
    }

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

    /**
     * Assembles the report for a year, says which plugins failed, and, when the report is
     * published with parts missing by decision of the program office, says so where each part
     * is missing.
     *
     * @param workspace the loaded workspace
     * @param year the calendar year reported on
     * @param language {@code "en"} or {@code "es"}
     * @param known plugin failures found before the assembly, e.g. {@link #missingPlugins}: the
     *        report shows a notice for each, where the working groups' chapters begin
     * @param missingReason why the report is published although parts are missing, as the
     *        program office gave it ({@code publish --allow-missing REASON}): each failure's
     *        notice is followed by one saying the report was published without that part and
     *        why; null when no part is accepted as missing
     * @return the report and every plugin failure: the known ones, then those of its sections
     * @since 1.2
     */
    AssembledReport assemble(Workspace workspace, int year, String language, List<PluginFailure> known, String missingReason);

    /**
     * The working groups that have progress for a year in the workspace but no installed
     * plugin, so that a report of the year has no chapter for them: one failure of kind
     * {@link PluginFailure.Kind#NOT_INSTALLED} each, in the order of the workspace's plans.
     *
     * @since 1.2
     */
    List<PluginFailure> missingPlugins(Workspace workspace, int year);

    /**
     * Assembles a working group's internal report for one quarter: what happened in it, the
     * figures and events it reports, and the levels of the group's activities as recorded for
     * the year so far. The group's part runs within the section time limit, as a plugin's
     * section does; when its plugin fails, a notice takes its place.
     *
     * @param workspace the loaded workspace, with a plan for the group and its progress for the year
     * @param groupId the working group
     * @param year the calendar year
     * @param quarter 1 to 4
     * @param language {@code "en"} or {@code "es"}
     * @return the report and the plugin failures it shows notices for
     * @throws IllegalArgumentException when the workspace has no plan for the group, no progress
     *         of it for the year, or the quarter is not 1 to 4
     * @since 1.2
     */
    AssembledReport assembleQuarter(Workspace workspace, String groupId, int year, int quarter, String language);

    /**
     * The workspace's texts that the report of a year shows (the agreement, the organizations, the related
     * agreements, the program office's report of the year, and the plan and the year of each group that
     * opened it), each instance once: what must be translated before the year is published in both
     * languages ({@code publish} refuses a missing or stale Spanish among them).
     *
     * @since 1.5
     */
    default List<mou.core.model.Text> shownTexts(Workspace workspace, int year) {
        return mou.core.internal.ShownTexts.of(workspace, year);
    }
}
