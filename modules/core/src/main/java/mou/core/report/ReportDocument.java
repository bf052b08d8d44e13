package mou.core.report;

import java.util.List;

/**
 * The combined report, assembled and in its language, ready for a format to render.
 *
 * @param title the report's title, e.g. "California-Mexico MOU ... 2016 Progress Report"
 * @param subtitle a second title line, or null
 * @param language ISO 639 code of the language it is written in
 * @param year the calendar year reported on
 * @param sections the top-level sections, in order
 * @param draft whether the year reported on is not published yet: every format shows a visible
 *        "Draft" mark then. A year is a draft while any of its groups' years has a review that is not
 *        published; a year recorded before the review cycle (no review steps at all, like the
 *        shipped 2016 year taken from the published report) is a draft too, since nobody has
 *        published it with mou-progress
 */
public record ReportDocument(String title, String subtitle, String language, int year, List<Section> sections, boolean draft) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** A document that is not a draft (a published year's report, or one that is not a year's report). */
    public ReportDocument(String title, String subtitle, String language, int year, List<Section> sections) {
        this(title, subtitle, language, year, sections, false);
    }
}
