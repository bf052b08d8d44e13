package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import mou.core.model.ProgressLevel;
import mou.core.report.Block.EvidenceLine;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.Paragraph;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.testfixtures.SampleReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * What issue 13 asked of the page: the marks of a level that was inferred or carried over, the
 * evidence given with a rating, the Draft mark, tables that do not widen a phone's page and are
 * named once, collapsible contents, and pages that break before chapters only.
 */
class MarksAndLayoutTest {

    static final String EVIL = SampleReport.HOSTILE;

    private static LevelMark level(ProgressLevel level, String words, boolean inferred, String rationale, boolean carried,
            List<EvidenceLine> evidence) {
        return new LevelMark(level, words, inferred, rationale, null, carried, evidence);
    }

    /**
     * A draft of 2017: a group chapter whose progress table has an inferred level, a carried-over
     * level with evidence of every kind (hostile ones among them), and a plain level; a second
     * chapter with a carried-over level only; a short section; tables with and without captions of
     * their own.
     */
    static ReportDocument marked() {
        List<EvidenceLine> evidence = List.of(
                new EvidenceLine("Audit report 2017", "https://example.org/audit?y=2017&q=1", true),
                new EvidenceLine(null, "http://example.org/a_b/100%", true),
                new EvidenceLine("Station log", "evidence/aq/station-log.xlsx", false),
                new EvidenceLine(EVIL, "javascript:alert(1)", true),
                new EvidenceLine(null, "https://example.org/\"><script>alert(1)</script>", true),
                new EvidenceLine(EVIL, "../\"><img src=x onerror=alert(1)>.pdf", false));
        ProgressTable progress = new ProgressTable("Air Quality Overarching Goal 1", "Improve the data.", List.of(), List.of(
                new ProgressRow("aq-1", "Audit the stations", null, List.of(),
                        level(ProgressLevel.MODERATE, "Moderate Progress", true, "Read from the narrative.", false, List.of())),
                new ProgressRow("aq-2", "Train the staff", null, List.of(),
                        level(ProgressLevel.INITIAL, "Initial Progress", false, "", true, evidence)),
                new ProgressRow("aq-3", "Share the data", null, List.of(),
                        level(ProgressLevel.SIGNIFICANT, "Significant Progress", false, "", false, List.of())),
                new ProgressRow("aq-4", "Another inferred", null, List.of(),
                        level(ProgressLevel.NO_PROGRESS, "No Progress", true, "Also read.", false, List.of()))));
        ProgressTable carriedOnly = new ProgressTable(null, null, List.of(), List.of(
                new ProgressRow("cv-1", "Set standards", null, List.of(),
                        level(ProgressLevel.ACHIEVED, "Deliverable Achieved", false, "", true, List.of()))));
        FigureTable figures = new FigureTable("Figures", List.of(), List.of(
                new FigureRow("Air Quality", "Stations audited", "12", "20", 0.6, "2017")));
        Timeline timeline = new Timeline(null, List.of(
                new TimelineEntry("October 24, 2016 – November 4, 2016", "2016-10-24/2016-11-04", "Training", "A course",
                        "Tijuana", "Air Quality", null)));
        Table plain = new Table("Stations and their audits", List.of("Station", "Audited"), List.of(List.of("Tijuana", "yes")));
        return new ReportDocument("The report", "2017 Progress Report", "en", 2017, List.of(
                Section.of("introduction", "Introduction", List.of(new Paragraph("In 2017..."))),
                new Section("air-quality", "Cooperation on Air Quality", List.of(), List.of(
                        Section.of("air-quality.progress", "Progress on Air Quality", List.of(progress)),
                        Section.of("air-quality.stations", "Stations", List.of(plain)))),
                new Section("clean-vehicles", "Cooperation on Clean Vehicles", List.of(), List.of(
                        Section.of("clean-vehicles.progress", "Progress on Clean Vehicles", List.of(carriedOnly)))),
                Section.of("figures", "Figures", List.of(figures)),
                Section.of("timeline", "Timeline of Events", List.of(timeline))), true);
    }

    private static Document parse(ReportDocument document) throws IOException {
        return Jsoup.parse(HtmlReportFormatTest.render(document));
    }

    @Test
    void aCarriedOverLevelHasItsOwnMarkExplainedOncePerChapter() throws IOException {
        Document html = parse(marked());
        Elements rows = html.select("#air-quality table.progress tbody tr:not(.why-print)");
        Element carried = rows.get(1).selectFirst(".badge");
        assertThat(carried.hasClass("marked")).isTrue();
        Element mark = carried.selectFirst(".mark-carried");
        assertThat(mark.text()).isEqualTo(HtmlRenderer.CARRIED_SYMBOL);
        assertThat(mark.attr("title")).isEqualTo("Carried over from 2016, not re-rated");
        assertThat(mark.attr("aria-hidden")).isEqualTo("true");
        assertThat(carried.selectFirst(".sr-only").text()).isEqualTo("(Carried over from 2016, not re-rated)");
        assertThat(carried.select(".mark-inferred")).isEmpty();
        // A plain level: no mark, a plain badge.
        assertThat(rows.get(2).select(".mark")).isEmpty();
        assertThat(rows.get(2).selectFirst(".badge").hasClass("marked")).isFalse();

        // Each chapter explains the marks it uses, once each, in the order inferred, carried over.
        Elements firstNote = html.select("#air-quality > .marks-note p");
        assertThat(firstNote).extracting(Element::text).containsExactly(
                HtmlRenderer.INFERRED_SYMBOL + " Inferred from the narrative: the level was read from the published narrative;"
                        + " the working group did not state it.",
                HtmlRenderer.CARRIED_SYMBOL + " Carried over from 2016, not re-rated: the level was carried over from 2016 when 2017"
                        + " was opened; nobody has re-rated or confirmed it for 2017 yet.");
        assertThat(html.select("#clean-vehicles > .marks-note p")).extracting(p -> p.selectFirst(".mark").text())
                .containsExactly(HtmlRenderer.CARRIED_SYMBOL);
        // A section without marked levels explains nothing.
        assertThat(html.select("#introduction .marks-note, #figures .marks-note")).isEmpty();
        assertThat(html.select(".marks-note")).hasSize(2);
    }

    @Test
    void evidenceStandsWithTheRating_webAddressesAsLinks_filesByName() throws IOException {
        String page = HtmlReportFormatTest.render(marked());
        Document html = Jsoup.parse(page);
        Element cell = html.select("#air-quality table.progress tbody tr:not(.why-print)").get(1).selectFirst("td.level");
        Element evidence = cell.selectFirst(".evidence");
        assertThat(evidence.selectFirst(".evidence-label").text()).isEqualTo("Evidence:");
        Elements items = evidence.select("li");
        assertThat(items).hasSize(6);
        // A web address with a title: a link named by the title; without one, by the address.
        assertThat(items.get(0).selectFirst("a").attr("href")).isEqualTo("https://example.org/audit?y=2017&q=1");
        assertThat(items.get(0).selectFirst("a").text()).isEqualTo("Audit report 2017");
        assertThat(items.get(0).selectFirst("a").hasClass("ev-titled")).isTrue();
        assertThat(page).contains("href=\"https://example.org/audit?y=2017&amp;q=1\"");
        assertThat(items.get(1).selectFirst("a").attr("href")).isEqualTo("http://example.org/a_b/100%25");
        assertThat(items.get(1).selectFirst("a").text()).isEqualTo("http://example.org/a_b/100%");
        assertThat(items.get(1).selectFirst("a").hasClass("ev-titled")).isFalse();
        // A file in the workspace: its name, as text, never a link.
        assertThat(items.get(2).select("a")).isEmpty();
        assertThat(items.get(2).text()).isEqualTo("Station log File evidence/aq/station-log.xlsx");
        assertThat(items.get(2).selectFirst(".ev-file").text()).isEqualTo("evidence/aq/station-log.xlsx");
        // Anything that is not wholly an http(s) address is shown, inert, and never followed.
        assertThat(items.get(3).select("a")).isEmpty();
        assertThat(items.get(3).text()).isEqualTo(EVIL + " javascript:alert(1)");
        assertThat(items.get(4).select("a")).isEmpty();
        assertThat(items.get(4).text()).isEqualTo("https://example.org/\"><script>alert(1)</script>");
        assertThat(items.get(5).select("a")).isEmpty();
        assertThat(items.get(5).selectFirst(".ev-file").text()).isEqualTo("../\"><img src=x onerror=alert(1)>.pdf");
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("#.*|https?://.*"));
        // Only levels with evidence have the list.
        assertThat(html.select(".evidence")).hasSize(1);
    }

    @Test
    void whatMakesAnEvidenceAddressALink() {
        assertThat(HtmlRenderer.isLinkable("https://example.org/a?b=1&c=2#d")).isTrue();
        assertThat(HtmlRenderer.isLinkable("http://example.org")).isTrue();
        assertThat(HtmlRenderer.isLinkable("https://")).isFalse();
        assertThat(HtmlRenderer.isLinkable("https://x")).as("as in running text").isTrue();
        assertThat(HtmlRenderer.isLinkable("ftp://example.org/file")).isFalse();
        assertThat(HtmlRenderer.isLinkable("javascript:alert(1)")).isFalse();
        assertThat(HtmlRenderer.isLinkable("see https://example.org")).isFalse();
        assertThat(HtmlRenderer.isLinkable("https://example.org/a b")).isFalse();
        assertThat(HtmlRenderer.isLinkable("https://example.org/\"x")).isFalse();
        assertThat(HtmlRenderer.isLinkable("https://example.org/ñ")).isFalse();
        assertThat(HtmlRenderer.isLinkable("evidence/file.pdf")).isFalse();
    }

    @Test
    void aDraftSaysSoAtTheTopAndOnEveryPrintedPage() throws IOException {
        Document html = parse(marked());
        Element banner = html.selectFirst("header.cover > .draft");
        assertThat(banner).isNotNull();
        assertThat(banner.elementSiblingIndex()).as("the banner comes first").isZero();
        assertThat(banner.text()).isEqualTo("Draft This report on 2017 is not published yet: its content may still change.");
        assertThat(html.select("style").html()).contains("@page { @top-right { content: \"DRAFT\";");

        ReportDocument published = new ReportDocument("The report", null, "en", 2016, marked().sections(), false);
        Document final_ = parse(published);
        assertThat(final_.select(".draft")).isEmpty();
        assertThat(final_.select("style").html()).doesNotContain("@top-right");

        ReportDocument spanish = new ReportDocument("El informe", null, "es", 2017, List.of(), true);
        Document es = parse(spanish);
        assertThat(es.selectFirst(".draft").text()).startsWith("Borrador Este informe sobre 2017 aún no está publicado");
        assertThat(es.select("style").html()).contains("content: \"BORRADOR\";");
    }

    @Test
    void aCssStringCannotEndTheStringTheRuleOrTheStyleElement() {
        assertThat(Html.cssString("Draft")).isEqualTo("\"Draft\"");
        assertThat(Html.cssString("a\"b\\c")).isEqualTo("\"a\\22 b\\5c c\"");
        assertThat(Html.cssString("</style><script>")).isEqualTo("\"\\3c /style\\3e \\3c script\\3e \"");
        assertThat(Html.cssString("line\nbreak\r\u0000\u0007\ttab")).isEqualTo("\"line\\a break\\d \uFFFD\uFFFD tab\"");
        assertThat(Html.cssString(null)).isEqualTo("\"\"");
    }

    @Test
    void wideTablesScrollInANamedFocusableBox_andAreNamedOnce() throws IOException {
        Document html = parse(marked());
        // A caption of its own: the box and the table are named by it.
        Element plain = html.selectFirst("table.plain");
        Element box = plain.parent();
        assertThat(box.hasClass("table-box")).isTrue();
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(box.attr("tabindex")).isEqualTo("0");
        Element caption = plain.selectFirst("caption");
        assertThat(caption.text()).isEqualTo("Stations and their audits");
        assertThat(box.attr("aria-labelledby")).isEqualTo(caption.id());
        assertThat(plain.hasAttr("aria-labelledby")).isFalse();
        // A caption that repeats the heading ("Figures" under "Figures"), and none at all: the heading names them.
        for (String kind : List.of("figures", "timeline")) {
            Element table = html.selectFirst("table." + kind);
            assertThat(table.select("caption")).as(kind).isEmpty();
            Element heading = html.getElementById(table.attr("aria-labelledby"));
            assertThat(heading.tagName()).isEqualTo("h2");
            assertThat(heading.text()).isEqualTo(kind.equals("figures") ? "Figures" : "Timeline of Events");
            assertThat(table.parent().attr("aria-labelledby")).isEqualTo(heading.id());
            assertThat(table.parent().attr("role")).isEqualTo("region");
        }
        assertThat(html.text().split("Figures", -1)).as("'Figures' in the contents and the heading only").hasSize(3);
        // A progress table without caption or goal is named by its heading too; progress tables stack on a phone, unboxed.
        Element carriedOnly = html.selectFirst("#clean-vehicles table.progress");
        assertThat(carriedOnly.select("caption")).isEmpty();
        assertThat(html.getElementById(carriedOnly.attr("aria-labelledby")).text()).isEqualTo("Progress on Clean Vehicles");
        assertThat(carriedOnly.parent().hasClass("table-box")).isFalse();
        // The timeline's date may wrap.
        String css = html.select("style").html();
        assertThat(css).doesNotContain("td.date { white-space: nowrap");
        // Every id is unique, and every aria-labelledby names an element of the page.
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(new java.util.HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(html.select("[aria-labelledby]")).allSatisfy(e -> {
            for (String id : e.attr("aria-labelledby").split(" ")) {
                assertThat(html.getElementById(id)).as(id).isNotNull();
            }
        });
    }

    @Test
    void theContentsCollapse_andPrintedPagesBreakBeforeChaptersOnly() throws IOException {
        Document html = parse(marked());
        Element details = html.selectFirst("nav.toc > details");
        assertThat(details.hasAttr("open")).isTrue();
        assertThat(details.child(0).tagName()).isEqualTo("summary");
        assertThat(details.child(0).selectFirst("h2").text()).isEqualTo("Contents");
        assertThat(html.selectFirst("nav.toc").attr("aria-labelledby")).isEqualTo(details.selectFirst("h2").id());
        // A top-level section with subsections is a chapter; the short ones are not.
        assertThat(html.select("main > section.chapter").eachAttr("id")).containsExactly("air-quality", "clean-vehicles");
        assertThat(html.select("main > section:not(.chapter)").eachAttr("id")).containsExactly("introduction", "figures", "timeline");
        assertThat(html.select("section section.chapter")).isEmpty();
    }
}
