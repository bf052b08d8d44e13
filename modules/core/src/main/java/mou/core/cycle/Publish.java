package mou.core.cycle;

import java.nio.file.Path;
import java.util.List;
import mou.core.spi.RenderOptions.PageSize;

/**
 * Publish a year whose groups are all approved: lock it and write its combined report. A year
 * whose report would miss a part (a plugin failed, or a group has progress for the year but no
 * plugin installed), or that misses parts of its content ({@link mou.core.model.Gap}: activities
 * not rated for the year, empty narrative parts, the program office's introduction) is refused
 * unless the program office says why it publishes it so.
 *
 * @param acting who publishes it (the program office); its {@link Acting#readAt()}, when given, is
 *        {@link PartVersion#ofYear} of the year's groups' years as the person read them: a year
 *        changed since is refused as a {@link CycleException.Kind#CONFLICT} (since 1.4)
 * @param year the year
 * @param language {@code en} or {@code es} for the report in that language only; null for the publication, written in both
 *        ({@code progress-report-YEAR.EXT} and {@code progress-report-YEAR-es.EXT} in each format)
 * @param formats ids of the report formats to write; empty for every installed format
 * @param out the folder to write the report into, or null for the workspace's {@code published/YEAR/}
 * @param allowMissing why the year is published although parts of its report are missing
 *        (recorded in the history and the review steps, and printed in the report's notice), or null to refuse then
 * @param allowUntranslated why the year is published although texts its report shows have no Spanish version, or
 *        a Spanish version older than their English (the report is binational: such a year is refused otherwise);
 *        recorded in the history and printed in the report's notice; null to refuse then (since 1.4)
 * @param paper the page size of the paged formats (the PDF publication); null for US Letter (since 1.4)
 */
public record Publish(Acting acting, int year, String language, List<String> formats, Path out, String allowMissing,
        String allowUntranslated, PageSize paper) {

    public Publish {
        if (paper == null) {
            paper = PageSize.LETTER;
        }
    }

    /** A publication on US Letter pages. */
    public Publish(Acting acting, int year, String language, List<String> formats, Path out, String allowMissing,
            String allowUntranslated) {
        this(acting, year, language, formats, out, allowMissing, allowUntranslated, null);
    }

    /** A publication on US Letter pages that refuses missing or stale translations. */
    public Publish(Acting acting, int year, String language, List<String> formats, Path out, String allowMissing) {
        this(acting, year, language, formats, out, allowMissing, null, null);
    }
}
