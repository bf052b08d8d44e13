package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.model.ProgressLevel;
import mou.core.report.Block.EvidenceLine;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.Notice;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Severity;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.format.html.internal.HtmlReportFormat;
import mou.testfixtures.SampleReport;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in headless Chromium: the shipped report (the page `./mou report` writes of
 * data/, as modules/itest approves it byte for byte) and the sample report with every kind of
 * block, a draft, marks and evidence (rendered here by the HTML format itself). On a phone (390
 * px) the page reflows; axe-core finds nothing; printed, it breaks before chapters only and fits
 * the paper's width; the marks after a level are whole. Skipped, with one line, where Chromium,
 * chromedriver or axe-core are not installed ({@link Browser}).
 */
@Slow
class ReportInBrowserTest {

    /** A phone's viewport (an iPhone 12-14's, in CSS pixels). */
    private static final int PHONE = 390;
    /** What a Letter page holds between the report's margins (8.5 in less 2 × 14 mm), in CSS pixels. */
    private static final int LETTER_CONTENT = 816 - 2 * 53;

    private static Browser browser;
    private static Path shipped;
    private static Path sample;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeAvailable();
        shipped = Path.of(System.getProperty("mou.shippedReport", "../itest/src/test/resources/golden/progress-report-2016.html"));
        assertThat(shipped).as("the shipped report as modules/itest approves it").isRegularFile();
        sample = Path.of("target/browser/sample-report.html");
        Files.createDirectories(sample.getParent());
        Files.write(sample, render(sampleDraft()));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static byte[] render(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportFormat().render(document, out);
        return out.toByteArray();
    }

    /** The sample report as a draft, with a notice first, and a chapter whose levels carry every mark and evidence. */
    static ReportDocument sampleDraft() {
        ReportDocument base = SampleReport.document();
        List<EvidenceLine> evidence = List.of(new EvidenceLine("Audit report", "https://example.org/audit?y=2017&q=1", true),
                new EvidenceLine(null, "https://example.org/a-long/address/that/should/wrap/on/a/phone/screen/report.pdf", true),
                new EvidenceLine("Station log", "evidence/air-quality/station-log-with-a-long-name.xlsx", false));
        ProgressTable marked = new ProgressTable("Marked levels", null, List.of(), List.of(
                new ProgressRow("m-1", "An inferred level", null, List.of(),
                        new LevelMark(ProgressLevel.MODERATE, "Moderate Progress", true, "Read from the narrative.", null, false, List.of())),
                new ProgressRow("m-2", "A carried-over level with evidence", null, List.of(),
                        new LevelMark(ProgressLevel.INITIAL, "Initial Progress", false, "Carried over.", "Initial Progress → Initial Progress",
                                true, evidence)),
                new ProgressRow("m-3", "Both marks", null, List.of(),
                        new LevelMark(ProgressLevel.ACHIEVED, "Deliverable Achieved", true, "", null, true, List.of()))));
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(Section.of("notice", "About this report", List.of(new Notice(Severity.INFO,
                "The 2016 levels were inferred from the published narrative; see https://example.org/method."))));
        sections.addAll(base.sections());
        sections.add(new Section("marked", "Marked levels", List.of(), List.of(Section.of("marked.table", "Marked", List.of(marked)))));
        return new ReportDocument(base.title(), base.subtitle(), base.language(), 2017, sections, true);
    }

    private void phone(Path page) {
        browser.open(page);
        browser.media("");
        browser.viewport(PHONE, 844, true);
    }

    private void desktop(Path page) {
        browser.open(page);
        browser.media("");
        browser.desktop();
    }

    // ---------------------------------------------------------------- phone

    @Test
    void onAPhoneThePageReflows_tablesScrollInTheirOwnBoxOrStack() {
        for (Path page : List.of(shipped, sample)) {
            phone(page);
            assertThat(browser.number("return document.documentElement.scrollWidth")).as("%s: page width at 390 px", page)
                    .isLessThanOrEqualTo(PHONE);
            // Every table a reader sees is in a focusable, named box that scrolls sideways, or stacks into cards.
            @SuppressWarnings("unchecked")
            List<String> unreachable = (List<String>) browser.script("""
                    const bad = [];
                    for (const t of document.querySelectorAll('table')) {
                      if (t.closest('.sr-only')) continue;
                      const box = t.closest('.table-box');
                      const name = id => { const e = document.getElementById(id); return e ? e.textContent.trim() : ''; };
                      const boxed = box && box.tabIndex === 0 && box.getAttribute('role') === 'region'
                          && name(box.getAttribute('aria-labelledby')) !== '' && box.getBoundingClientRect().right <= 390
                          && getComputedStyle(box).overflowX === 'auto';
                      const stacked = getComputedStyle(t).display === 'block' && t.getBoundingClientRect().right <= 390
                          && [...t.querySelectorAll('tbody tr:not(.why-print)')].every(r => getComputedStyle(r).display === 'block')
                          && [...t.querySelectorAll('tbody tr.why-print')].every(r => getComputedStyle(r).display === 'none');
                      if (!boxed && !stacked) bad.push((t.className || 'table') + ' under ' + (t.closest('section') || {}).id);
                    }
                    return bad;""");
            assertThat(unreachable).as(page.toString()).isEmpty();
            // The timeline's dates wrap: "October 24, 2016 – November 4, 2016" is no 300 px column.
            assertThat(browser.number("return Math.max(0, ...[...document.querySelectorAll('td.date')].map(d => d.getBoundingClientRect().width))"))
                    .as("widest date cell").isLessThan(180);
        }
    }

    @Test
    void onAPhoneTheContentsAreShortAndTheIntroductionIsNearTheTop() {
        phone(shipped);
        double contents = browser.number("return document.querySelector('nav.toc').getBoundingClientRect().height");
        double introduction = browser.number("return document.querySelector('main > section').getBoundingClientRect().top + scrollY");
        System.out.printf("Browser tests: the shipped report at %d px is %.0f px wide; its contents %.0f px tall; the introduction at %.0f px%n",
                PHONE, browser.number("return document.documentElement.scrollWidth"), contents, introduction);
        assertThat(contents).as("the contents' height at 390 px (1,836 px before issue 13)").isLessThan(450);
        assertThat(introduction).as("where the introduction starts").isLessThan(900);
        // The contents still collapse: closed, only their heading shows.
        browser.script("document.querySelector('nav.toc details').open = false");
        assertThat(browser.number("return document.querySelector('nav.toc').getBoundingClientRect().height")).isLessThan(80);
    }

    @Test
    void marksAfterALevelAreWhole_onAPhoneAndOnADesktop() {
        for (boolean onPhone : new boolean[] {true, false}) {
            if (onPhone) {
                phone(sample);
            } else {
                desktop(sample);
            }
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) browser.script("""
                    const bad = [];
                    const marks = document.querySelectorAll('.badge .mark');
                    if (marks.length < 4) bad.push('only ' + marks.length + ' marks');
                    for (const m of marks) {
                      const r = m.getBoundingClientRect(), b = m.closest('.badge').getBoundingClientRect();
                      const words = m.parentElement.querySelector('.lv-words').getBoundingClientRect();
                      const cell = m.closest('td').getBoundingClientRect();
                      const whole = r.width >= m.scrollWidth - 0.5 && r.width > 4 && r.height > 4
                          && r.left >= b.left && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5
                          && r.right <= cell.right && !(r.left < words.right - 0.5 && r.top < words.bottom - 0.5 && r.bottom > words.top + 0.5);
                      if (!whole) bad.push(m.className + ' ' + JSON.stringify(r) + ' in ' + JSON.stringify(b));
                    }
                    return bad;""");
            assertThat(cut).as(onPhone ? "on a phone" : "on a desktop").isEmpty();
            // The printed copy of a level's reason is not on the screen.
            assertThat(browser.number("return [...document.querySelectorAll('tr.why-print')].filter(r => r.getBoundingClientRect().height > 0).length"))
                    .isZero();
        }
    }

    // ---------------------------------------------------------------- axe-core

    @Test
    void axeCoreFindsNothing_onADesktopAndOnAPhone() {
        for (Path page : List.of(shipped, sample)) {
            desktop(page);
            assertThat(browser.axe()).as("axe-core on %s, desktop", page).isEmpty();
            phone(page);
            assertThat(browser.axe()).as("axe-core on %s, 390 px", page).isEmpty();
        }
    }

    // ---------------------------------------------------------------- print

    @Test
    void printedThePagesBreakBeforeChaptersOnly_andFitThePapersWidth() {
        browser.open(shipped);
        browser.media("print");
        browser.viewport(LETTER_CONTENT, 900, false);
        // Chromium shrinks a page wider than the paper to fit, which made the text of the 42 pages before issue 13 6 pt small.
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("printed width").isLessThanOrEqualTo(LETTER_CONTENT);
        @SuppressWarnings("unchecked")
        List<String> breaks = (List<String>) browser.script("""
                return [...document.querySelectorAll('main, main section')]
                    .filter(e => getComputedStyle(e).breakBefore === 'page')
                    .map(e => e.tagName === 'MAIN' ? 'main' : e.id);""");
        @SuppressWarnings("unchecked")
        List<String> chapters = (List<String>) browser.script("""
                return [...document.querySelectorAll('main > section')].filter(s => s.querySelector(':scope > section')).map(s => s.id);""");
        assertThat(chapters).contains("climate-change", "air-quality", "clean-vehicles", "wildfires", "solid-waste");
        assertThat(breaks.get(0)).isEqualTo("main");
        assertThat(breaks.subList(1, breaks.size())).as("page breaks").containsExactlyElementsOf(chapters);
        // Headings stay with what follows, and no row is split.
        assertThat(browser.script("""
                return [...document.querySelectorAll('main h2, main h3, main h4, caption, thead')]
                    .every(h => getComputedStyle(h).breakAfter === 'avoid');""")).isEqualTo(true);
        assertThat(browser.script("""
                return [...document.querySelectorAll('main tr')].every(r => getComputedStyle(r).breakInside === 'avoid');""")).isEqualTo(true);
        // A level's reason, collapsed on screen, is printed.
        assertThat(browser.number("return [...document.querySelectorAll('tr.why-print')].filter(r => r.getBoundingClientRect().height > 0).length"))
                .isEqualTo(browser.number("return document.querySelectorAll('details.why').length")).isGreaterThan(0);
        browser.desktop();
        browser.media("");
        byte[] pdf = browser.pdf();
        int pages = Browser.pages(pdf);
        System.out.printf("Browser tests: the shipped report prints on %d pages (Letter, at 100 %%)%n", pages);
        assertThat(pages).as("printed pages (84 at the same size, 42 shrunk to 57 %, before issue 13)").isBetween(10, 60);
    }
}
