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
 * @param publisher who publishes the report, in its language: the program office of the agreement the report is on,
 *        e.g. "Program Office, California-Mexico MOU" (a format's document metadata name it as the author), or null
 *        when not known (since 1.7)
 */
public record ReportDocument(String title, String subtitle, String language, int year, List<Section> sections, boolean draft,
        String publisher) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** A document whose publisher is not known. */
    public ReportDocument(String title, String subtitle, String language, int year, List<Section> sections, boolean draft) {
        this(title, subtitle, language, year, sections, draft, null);
    }

    /**
     * The same document with other sections (a notice added, a part of it shown): its title, language, year, draft mark
     * and publisher stay.
     *
     * @since 1.7
     */
    public ReportDocument withSections(List<Section> other) {
        return new ReportDocument(title, subtitle, language, year, other, draft, publisher);
    }

    /** A document that is not a draft (a published year's report, or one that is not a year's report). */
    public ReportDocument(String title, String subtitle, String language, int year, List<Section> sections) {
        this(title, subtitle, language, year, sections, false);
    }
}
