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
 */
public record ReportDocument(String title, String subtitle, String language, int year, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }
}
