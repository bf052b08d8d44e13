package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mou.core.model.ProgressLevel;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.testfixtures.SampleReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportFormatTest {

    private final HtmlReportFormat format = new HtmlReportFormat();

    static String render(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportFormat().render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(ReportDocument document) throws IOException {
        return Jsoup.parse(render(document));
    }

    @Test
    void identifiesItselfAsHtml() {
        assertThat(format.id()).isEqualTo("html");
        assertThat(format.fileExtension()).isEqualTo("html");
        assertThat(format.mediaType()).isEqualTo("text/html");
    }

    @Test
    void theSampleHoldsEveryBlockKindAndEachIsRendered() throws IOException {
        ReportDocument sample = SampleReport.document();
        assertThat(SampleReport.blockKinds(sample)).containsExactlyInAnyOrderElementsOf(SampleReport.permittedBlockKinds());
        Document html = parse(sample);
        assertThat(html.select(".unknown-block")).isEmpty();
        assertThat(html.select("main p")).isNotEmpty();
        assertThat(html.select("main ul:not(.deliverables):not(.key) > li")).isNotEmpty();
        assertThat(html.select("dl.facts dt")).extracting(Element::text).containsExactly("Signed", "Signatories", "Term");
        assertThat(html.select("table.plain")).hasSize(1);
        assertThat(html.select("table.progress")).hasSize(1);
        assertThat(html.select("figure.chart > svg")).hasSize(1);
        assertThat(html.select("table.figures")).hasSize(1);
        assertThat(html.select("table.timeline")).hasSize(1);
        assertThat(html.select("figure.legend")).hasSize(1);
        assertThat(html.select(".notice")).hasSize(3);
    }

    @Test
    void isOneSelfContainedUtf8Html5Page() throws IOException {
        String page = render(SampleReport.document());
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        Document html = Jsoup.parse(page);
        assertThat(html.select("head > meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(html.title()).contains("California-Mexico Memorandum").contains("2016 Progress Report");
        // Nothing that a browser would fetch: no scripts, stylesheets, images, frames, fonts, imports.
        assertThat(html.select("script, link, img, iframe, object, embed, video, audio, source, use")).isEmpty();
        assertThat(html.select("[src], [srcset], [poster], [background]")).isEmpty();
        assertThat(html.select("style")).hasSize(1);
        String css = html.select("style").html();
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(html.select("[style]").eachAttr("style")).allSatisfy(style -> assertThat(style).doesNotContain("url("));
        // Links are either in-page anchors or addresses written in the report's own text.
        for (Element a : html.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#")) {
                assertThat(a.text()).isEqualTo(href);
            }
        }
    }

    @Test
    void headingsFormAnOutlineWithoutSkippedLevels() throws IOException {
        Document html = parse(SampleReport.document());
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.selectFirst("h1").text()).startsWith("California-Mexico Memorandum");
        int previous = 1;
        for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("heading %s after h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(html.select("main > section > h2")).extracting(Element::text)
                .startsWith("Introduction", "The MOU and the Joint Action Plan");
        assertThat(html.select("section#air-quality\\.progress > h3").text()).isEqualTo("Progress on Air Quality");
        assertThat(html.select("section#air-quality\\.progress\\.detail > h4").text()).isEqualTo("Monitoring detail");
        assertThat(html.select("section#air-quality\\.progress\\.detail\\.more > h5").text()).isEqualTo("Station notes");
    }

    @Test
    void contentsLinkToEverySectionByItsId() throws IOException {
        Document html = parse(SampleReport.document());
        Element toc = html.selectFirst("nav.toc");
        assertThat(toc).isNotNull();
        assertThat(toc.selectFirst("h2").text()).isEqualTo("Contents");
        List<String> targets = toc.select("a").eachAttr("href");
        assertThat(targets).contains("#introduction", "#air-quality", "#air-quality.progress", "#progress-key");
        for (String target : targets) {
            assertThat(html.getElementById(target.substring(1))).as(target).isNotNull();
        }
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void sectionIdsAreSanitisedAndMadeUnique() throws IOException {
        ReportDocument document = new ReportDocument("T", null, "en", 2016, List.of(
                Section.of("a b\"<c>", "One", List.of()),
                Section.of("dup", "Two", List.of()),
                Section.of("dup", "Three", List.of())));
        Document html = parse(document);
        assertThat(html.select("main > section").eachAttr("id")).containsExactly("a-b--c-", "dup", "dup-2");
        assertThat(html.select("nav a").eachAttr("href")).containsExactly("#a-b--c-", "#dup", "#dup-2");
    }

    @Test
    void tablesHaveCaptionsAndScopedHeaders() throws IOException {
        Document html = parse(SampleReport.document());
        for (Element table : html.select("table")) {
            // named once: by its own caption, or (where it has none, or the caption would repeat the heading) by its section's heading
            if (table.child(0).tagName().equals("caption")) {
                assertThat(table.attr("aria-labelledby")).isEmpty();
            } else {
                Element heading = html.getElementById(table.attr("aria-labelledby"));
                assertThat(heading).as("what names a table without a caption").isNotNull();
                assertThat(heading.tagName()).matches("h[2-6]");
                assertThat(heading.parent().select("table")).contains(table);
            }
            assertThat(table.select("thead th")).isNotEmpty().allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        }
        // A plain table's short row is padded, so every row is as wide as the header.
        Element plain = html.selectFirst("table.plain");
        assertThat(plain.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(3));
    }

    @Test
    void progressTableShowsTheGoalOnceAndOneRowPerActivity() throws IOException {
        Document html = parse(SampleReport.document());
        Element table = html.selectFirst("table.progress");
        assertThat(table.selectFirst("caption .cap").text()).isEqualTo("Air Quality Overarching Goal 3");
        assertThat(table.select("caption .goal").text()).isEqualTo("Improve the comparability of data collected in Mexico and California.");
        assertThat(table.text().split("Improve the comparability", -1)).hasSize(2);
        assertThat(table.select("thead th")).extracting(Element::text)
                .containsExactly("Working Group Activities", "Deliverables", "Progress");
        // one row per activity, and under each with a reason a row of it that only print shows
        Elements rows = table.select("tbody tr:not(.why-print)");
        assertThat(rows).hasSize(SampleReport.progressTable().rows().size());
        assertThat(table.select("tbody tr.why-print")).hasSize(2);

        Element first = rows.get(0);
        assertThat(first.selectFirst("th[scope=row]").text()).startsWith("Improve auditing");
        Elements deliverables = first.select("ul.deliverables > li");
        assertThat(deliverables).hasSize(2);
        assertThat(deliverables.get(0).selectFirst(".dtype").text()).isEqualTo("Training course");
        assertThat(deliverables.get(0).selectFirst(".dtitle").text()).isEqualTo("Audit training for SPA staff");
        assertThat(deliverables.get(0).selectFirst(".dsummary").text()).isEqualTo("2 sessions, 12 participants");
        assertThat(deliverables.get(1).selectFirst(".deliverable-note").text()).isEqualTo("Note: Certified in 2016");
        assertThat(first.selectFirst(".change").text()).isEqualTo("Change since 2015: Initial Progress → Significant Progress");

        Element second = rows.get(1);
        assertThat(second.selectFirst(".activity-note").text()).isEqualTo("Note: Continues from 2015.");
    }

    @Test
    void inferredLevelsCarryAMarkExplainedOnceAtTheEndOfTheChapter_andTheirReasonIsCollapsed() throws IOException {
        Document html = parse(SampleReport.document());
        Element inferredRow = html.select("table.progress tbody tr:not(.why-print)").get(1);
        Element badge = inferredRow.selectFirst(".badge");
        assertThat(badge.hasClass("marked")).isTrue();
        // A symbol with a tooltip, hidden from screen readers, which read the words instead; no sentence on the row.
        Element mark = badge.selectFirst(".mark-inferred");
        assertThat(mark.text()).isEqualTo(HtmlRenderer.INFERRED_SYMBOL);
        assertThat(mark.attr("title")).isEqualTo("Inferred from the narrative");
        assertThat(mark.attr("aria-hidden")).isEqualTo("true");
        assertThat(mark.nextElementSibling().hasClass("sr-only")).isTrue();
        assertThat(mark.nextElementSibling().text()).isEqualTo("(Inferred from the narrative)");
        assertThat(inferredRow.select("sup, .inferred-note")).isEmpty();
        // The reason: collapsed on screen, and a copy that only print shows, in a row of its own under the activity's.
        Element why = inferredRow.selectFirst("details.why");
        assertThat(why.hasAttr("open")).isFalse();
        assertThat(why.selectFirst("summary").text()).isEqualTo("Why");
        assertThat(why.selectFirst(".why-text").text()).isEqualTo("The narrative says CARB continues to support the network with PM10 analysis.");
        Element printed = inferredRow.nextElementSibling();
        assertThat(printed.hasClass("why-print")).isTrue();
        assertThat(printed.selectFirst("td").attr("colspan")).isEqualTo("3");
        assertThat(printed.text()).isEqualTo("Why: " + why.selectFirst(".why-text").text());
        assertThat(html.select("style").html()).contains("table.progress tr.why-print { display: none; }");
        // A stated level with a reason has the reason, and no mark.
        Element stated = html.select("table.progress tbody tr:not(.why-print)").get(4);
        assertThat(stated.select(".mark")).isEmpty();
        assertThat(stated.selectFirst("details.why .why-text").text()).isEqualTo("Stated by the group.");
        // A level without a reason has nothing to open.
        assertThat(html.select("table.progress tbody tr:not(.why-print)").get(0).select("details")).isEmpty();
        // Explained once, at the end of the chapter, after its last subsection.
        Element chapter = html.getElementById("air-quality");
        assertThat(html.select(".marks-note")).hasSize(1);
        Element note = chapter.selectFirst(".marks-note");
        assertThat(note.parent()).isEqualTo(chapter);
        assertThat(note.nextElementSibling()).isNull();
        assertThat(note.text()).isEqualTo(HtmlRenderer.INFERRED_SYMBOL
                + " Inferred from the narrative: the level was read from the published narrative; the working group did not state it.");
        // No numbered notes and no links back to the rows any more.
        assertThat(html.select(".footnotes, a[href^=#_fn]")).isEmpty();
    }

    @Test
    void theLevelIsCarriedByWordsAndShapeNotOnlyByColour() throws IOException {
        Document html = parse(SampleReport.document());
        Elements badges = html.select("table.progress td.level .badge");
        assertThat(badges).extracting(e -> e.selectFirst(".lv-words").text()).containsExactly(
                "Significant Progress", "Moderate Progress", "Deliverable Achieved", "Not rated", "No Progress", "Initial Progress");
        // Each level has its own shape: count the filled parts of the ball.
        Set<String> shapes = new HashSet<>();
        for (Element badge : badges) {
            Element svg = badge.selectFirst("svg.ball");
            assertThat(svg).isNotNull();
            assertThat(svg.attr("aria-hidden")).isEqualTo("true");
            shapes.add(svg.html().replaceAll("fill=\"#[0-9a-f]{6}\"", "fill=\"c\""));
        }
        assertThat(shapes).hasSize(6);
        // The words stay readable: dark text on a light tint of each colour.
        for (ProgressLevel level : ProgressLevel.values()) {
            assertThat(LevelLook.contrast(LevelLook.INK, LevelLook.tint(level, 0.22))).as(level.id()).isGreaterThanOrEqualTo(7.0);
            assertThat(html.select("style").html()).contains(".lv-" + level.id() + " { --lv: " + level.colour().toLowerCase());
        }
        // Legend: words beside each shape and swatch.
        assertThat(html.select("figure.legend li")).extracting(e -> e.selectFirst(".key-words").text())
                .containsExactlyElementsOf(SampleReport.LEVEL_WORDS);
        assertThat(html.select("figure.legend li")).allSatisfy(li -> {
            assertThat(li.select("svg.ball")).hasSize(1);
            assertThat(li.select(".swatch")).hasSize(1);
        });
    }

    @Test
    void countsOnChartSegmentsUseTheMoreContrastingInk() {
        for (ProgressLevel level : ProgressLevel.values()) {
            String ink = LevelLook.textOn(level.colour());
            String other = ink.equals("#000000") ? "#ffffff" : "#000000";
            assertThat(LevelLook.contrast(ink, level.colour())).as(level.id())
                    .isGreaterThanOrEqualTo(LevelLook.contrast(other, level.colour()))
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void levelChartIsAnAccessibleStackedBarChartWithTheNumbersInATable() throws IOException {
        Document html = parse(SampleReport.document());
        Element figure = html.selectFirst("figure.chart");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Activities by progress level, per working group");
        Element svg = figure.selectFirst("figure > svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        String[] labelledBy = svg.attr("aria-labelledby").split(" ");
        assertThat(html.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
        String description = html.getElementById(labelledBy[1]).text();
        assertThat(description).contains("Climate Change: 1 Initial Progress, 2 Moderate Progress, 1 Significant Progress (Total 4).")
                .contains("Wildfires: 2 Deliverable Achieved (Total 2).");
        // One rect per non-zero count, in the level's colour, with the count written on it.
        Elements rects = svg.select("rect");
        assertThat(rects).hasSize(3 + 4 + 1);
        assertThat(rects.get(0).attr("fill")).isEqualTo(ProgressLevel.INITIAL.colour());
        assertThat(rects.get(0).selectFirst("title").text()).isEqualTo("Climate Change — Initial Progress: 1");
        assertThat(svg.select("g > text").eachText()).contains("Climate Change", "Air Quality", "Wildfires", "3", "7");
        // The legend and the table for screen readers.
        assertThat(figure.select("ul.key li")).extracting(Element::text).containsExactlyElementsOf(SampleReport.LEVEL_WORDS);
        Element data = figure.selectFirst(".sr-only > table.chart-data");
        assertThat(data.select("tbody tr")).hasSize(3);
        assertThat(data.select("tbody tr").get(1).select("td").eachText()).containsExactly("1", "0", "3", "2", "1", "7");
    }

    @Test
    void figuresShowABarAndThePercentageWhereThereIsATarget() throws IOException {
        Document html = parse(SampleReport.document());
        Elements rows = html.select("table.figures tbody tr");
        assertThat(rows.get(0).selectFirst(".share").text()).isEqualTo("63%");
        assertThat(rows.get(0).selectFirst(".bar > span").attr("style")).isEqualTo("width:63.3%");
        assertThat(rows.get(0).selectFirst(".bar").attr("aria-hidden")).isEqualTo("true");
        assertThat(rows.get(1).select(".bar")).isEmpty();
        assertThat(rows.get(1).text()).contains("No target");
    }

    @Test
    void timelineGivesMachinesTheDateWhereHtmlAllowsIt() throws IOException {
        Document html = parse(SampleReport.document());
        Elements rows = html.select("table.timeline tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).selectFirst("[data-iso]").attr("data-iso")).isEqualTo("2016-04-25/2016-04-29");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("April 25–29, 2016", "Training", "Tecate, Baja California", "Wildfires");
        assertThat(rows.get(0).selectFirst(".event-details").text()).isEqualTo("CAL FIRE, CONAFOR · 71 participants");
        assertThat(rows.get(1).selectFirst("time").attr("datetime")).isEqualTo("2016-07-19");
        assertThat(html.select("table.timeline thead th").eachText()).containsExactly("Date", "Event", "Kind", "Place", "Working group");
    }

    @Test
    void noticesAreVisibleBoxesWithARole() throws IOException {
        Document html = parse(SampleReport.document());
        Elements notices = html.select(".notice");
        assertThat(notices.get(0).attr("role")).isEqualTo("note");
        assertThat(notices.get(0).text()).startsWith("Warning:");
        assertThat(notices.get(1).attr("role")).isEqualTo("alert");
        assertThat(notices.get(1).text()).startsWith("Error: The section \"timeline\"");
        assertThat(notices.get(2).text()).startsWith("Note:");
    }

    @Test
    void addressesInTheTextBecomeLinks() throws IOException {
        Document html = parse(SampleReport.document());
        Element link = html.selectFirst("#introduction a[href^=https]");
        assertThat(link.attr("href")).isEqualTo("https://www.gov.ca.gov/docs/7.28_Climate_MOU_Eng.pdf");
        assertThat(link.parent().text()).endsWith("7.28_Climate_MOU_Eng.pdf.");
    }

    @Test
    void markupInAnyTextRendersInert() throws IOException {
        String evil = SampleReport.HOSTILE;
        String page = render(SampleReport.hostile(evil));
        Document html = Jsoup.parse(page);
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            assertThat(a.getValue()).doesNotStartWithIgnoringCase("javascript:");
        }));
        assertThat(page).doesNotContain("<script").doesNotContain("<img");
        // The words are all still there, as text.
        assertThat(html.title()).isEqualTo(evil + " — " + evil);
        assertThat(html.selectFirst("main p").text()).isEqualTo(evil);
        assertThat(html.select("svg title").first().text()).isEqualTo(evil);
        assertThat(html.select("svg text").first().text()).isEqualTo(evil);
        assertThat(html.select(".lv-words").first().text()).isEqualTo(evil);
        // The hostile section id became a harmless id.
        assertThat(html.select("main > section").attr("id")).matches("[A-Za-z0-9.-]+");
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreReplaced() {
        assertThat(Html.escape("a\u0000b\u0007c\uD800d\u0085e\tf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf");
        assertThat(Html.escape("emoji \uD83D\uDFE2 ok")).isEqualTo("emoji \uD83D\uDFE2 ok");
        assertThat(Html.escape("&<>\"'")).isEqualTo("&amp;&lt;&gt;&quot;&#39;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void linksStopWhereAUrlCannotGoOn() {
        assertThat(Html.inline("see (https://example.org/a_b), then")).isEqualTo(
                "see (<a href=\"https://example.org/a_b\">https://example.org/a_b</a>), then");
        assertThat(Html.inline("x https://e.org/?a=1&b=2\"><script>")).isEqualTo(
                "x <a href=\"https://e.org/?a=1&amp;b=2\">https://e.org/?a=1&amp;b=2</a>&quot;&gt;&lt;script&gt;");
        assertThat(Html.inline("javascript:alert(1) http://")).isEqualTo("javascript:alert(1) http://");
        assertThat(Html.inline("https://e.org/100%")).contains("href=\"https://e.org/100%25\"");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertThat(render(SampleReport.document())).isEqualTo(render(SampleReport.document()));
    }

    @Test
    void spanishReportUsesSpanishWords() throws IOException {
        Document html = parse(SampleReport.document("es"));
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(html.selectFirst("nav.toc h2").text()).isEqualTo("Contenido");
        assertThat(html.selectFirst("a.skip").text()).isEqualTo("Ir al informe");
        assertThat(html.selectFirst(".mark-inferred").attr("title")).isEqualTo("Inferido de la narrativa");
        assertThat(html.selectFirst(".marks-note").text()).contains("Inferido de la narrativa: el nivel se dedujo de la narrativa publicada");
        assertThat(html.selectFirst("details.why summary").text()).isEqualTo("Por qué");
        // The number is formatted the Spanish way, with a (no-break) space before the sign.
        assertThat(html.select("table.figures .share").first().text()).matches("63[\\s\\u00a0\\u202f]%");
    }

    @Test
    void anEmptyReportIsStillAPage() throws IOException {
        Document html = parse(new ReportDocument("", null, null, 2017, List.of()));
        assertThat(html.title()).isEqualTo("2017");
        assertThat(html.selectFirst("h1").text()).isEqualTo("2017");
        assertThat(html.select("nav")).isEmpty();
        assertThat(html.selectFirst("main")).isNotNull();
    }

    @Test
    void printStylesheetMakesACleanPaperReport() throws IOException {
        String css = Jsoup.parse(render(SampleReport.document())).select("style").html();
        String print = css.substring(css.indexOf("@media print"));
        // numbered pages
        assertThat(css).contains("@page").contains("@bottom-center { content: counter(page) \" / \" counter(pages);");
        // a new page before the report's first section and before each chapter, not before every section
        assertThat(print).contains("main { break-before: page; }")
                .contains("main > section.chapter { break-before: page; }")
                .doesNotContain("main > section { break-before: page; }")
                .contains("h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid;")
                .contains("thead { display: table-header-group; }")
                .contains("tr, td, th, figure")
                .contains("color: #000");
        // what scrolls on screen is printed whole; a reason collapsed on screen is printed in its row
        assertThat(print).contains(".table-box { overflow: visible; }").contains(".why { display: none; }")
                .contains("table.progress tr.why-print { display: table-row; break-before: avoid; }");
        assertThat(css.substring(0, css.indexOf("@media print"))).contains("table.progress tr.why-print { display: none; }");
    }

    @Test
    void rendersIntoTheCallersStreamWithoutClosingIt() throws IOException {
        List<String> events = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                events.add("closed");
            }
        };
        format.render(SampleReport.document(), out);
        assertThat(events).isEmpty();
        assertThat(out.size()).isGreaterThan(10_000);
    }
}
