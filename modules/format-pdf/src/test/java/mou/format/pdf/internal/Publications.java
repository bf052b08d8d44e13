package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.report.TextMarks;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * What every rendering of a publication must show, whether laid out at once or in parts: the
 * contents give the pages where the headings are, the outline has every chapter and section, every
 * page after the cover says "page n of N", the running header names the chapter, and the links
 * within the document go to their targets.
 */
final class Publications {

    private Publications() {
    }

    /**
     * Each entry of the contents (chapters and their sections) gives a page number; that page holds
     * the heading, and the outline entry of the same section goes to the same page. Returns how many
     * entries were checked.
     */
    static int contentsGiveThePagesWhereTheHeadingsAre(byte[] pdf, ReportDocument document, String language) {
        List<String> pages = Pdfs.pages(pdf);
        List<Pdfs.Entry> outline = Pdfs.outline(pdf);
        String contentsWord = language.equals("es") ? "Contenido" : "Contents";
        int contentsPage = 0;
        while (!pages.get(contentsPage).startsWith(contentsWord) && !pages.get(contentsPage).contains(" " + contentsWord + " ")) {
            contentsPage++;
        }
        // the contents run until the page of the first section
        String contents = String.join(" ", pages.subList(contentsPage, Math.min(pages.size(), contentsPage + 3)));
        int from = 0;
        int checked = 0;
        for (Section chapter : document.sections()) {
            List<Section> entries = new ArrayList<>();
            entries.add(chapter);
            entries.addAll(chapter.subsections());
            for (Section section : entries) {
                String title = Pdfs.normal(TextMarks.plain(section.title()));
                Matcher m = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)(?!\\d)").matcher(contents);
                assertThat(m.find(from)).as("the contents name %s with a page", title).isTrue();
                from = m.end();
                int page = Integer.parseInt(m.group(1));
                assertThat(page).as("page of %s", title).isBetween(contentsPage + 2, pages.size());
                assertThat(pages.get(page - 1)).as("page %d, where the contents say %s is", page, title).contains(title);
                int outlinePage = outline.stream().filter(e -> e.title().equals(title) && e.page() == page).findFirst()
                        .map(Pdfs.Entry::page).orElse(-1);
                assertThat(outlinePage).as("an outline entry for %s on page %d", title, page).isEqualTo(page);
                checked++;
            }
        }
        return checked;
    }

    /** The outline has an entry for every chapter and section, in order, nested as the report is, each going to a page. */
    static void outlineHasEveryChapterAndSection(byte[] pdf, ReportDocument document) {
        List<Pdfs.Entry> outline = Pdfs.outline(pdf);
        List<String> expected = new ArrayList<>();
        titles(document.sections(), 1, expected);
        assertThat(outline.stream().map(e -> e.depth() + " " + e.title()).toList()).isEqualTo(expected);
        assertThat(outline).allSatisfy(e -> assertThat(e.page()).as(e.title()).isPositive());
    }

    /** Every page but the cover's (the pages before the contents) says "page n of N" in its footer, nothing else. */
    static void everyPageSaysItsNumberOfAll(byte[] pdf, String language) {
        List<String> footers = Pdfs.footers(pdf);
        int contents = Pdfs.outline(pdf).isEmpty() ? 1 : firstPageWith(pdf, language.equals("es") ? "Contenido" : "Contents");
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            String expected = i + 1 < contents ? "" : (language.equals("es") ? "página " + (i + 1) + " de " + total : "page " + (i + 1) + " of " + total);
            assertThat(footers.get(i)).as("the footer of page %d", i + 1).isEqualTo(expected);
        }
    }

    /**
     * From the first chapter on, the running header of every page names the chapter (top-level
     * section) the page is in: the last one begun before it; a page where a chapter begins names
     * that one (the first, when two begin there).
     */
    static void theHeaderNamesTheChapter(byte[] pdf) {
        List<String> headers = Pdfs.headers(pdf);
        List<Pdfs.Entry> chapters = Pdfs.outline(pdf).stream().filter(e -> e.depth() == 1).toList();
        int named = 0;
        for (int page = chapters.get(0).page(); page <= headers.size(); page++) {
            int p = page;
            List<String> possible = new ArrayList<>();
            List<String> beginning = chapters.stream().filter(e -> e.page() == p).map(Pdfs.Entry::title).toList();
            if (beginning.isEmpty()) {
                chapters.stream().filter(e -> e.page() < p).reduce((a, b) -> b).ifPresent(e -> possible.add(e.title()));
            } else {
                // the first chapter whose heading is on the page, never the one before it
                possible.add(beginning.get(0));
            }
            assertThat(headers.get(page - 1)).as("the running header of page %d", page).isIn(possible);
            named += headers.get(page - 1).isEmpty() ? 0 : 1;
        }
        assertThat(named).as("pages whose header names their chapter").isGreaterThan((headers.size() - chapters.get(0).page()) / 2);
    }

    /**
     * Every link within the document goes to a page after the cover; a link of the contents goes to
     * the page that holds its words (the section's title). Returns how many links were checked.
     */
    static int linksGoToTheirTargets(byte[] pdf) {
        List<String> pages = Pdfs.pages(pdf);
        int checked = 0;
        try (PDDocument document = Pdfs.open(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    assertThat(link.getAction()).as("a link on page %d: %s", i + 1, link.getContents()).isNotNull();
                    if (link.getAction() instanceof PDActionGoTo go) {
                        PDPageDestination destination = (PDPageDestination) go.getDestination();
                        int target = document.getPages().indexOf(destination.getPage());
                        assertThat(target).as("where the link %s on page %d goes", link.getContents(), i + 1).isPositive();
                        if (pages.get(i).startsWith("Contents") || pages.get(i).startsWith("Contenido")) {
                            assertThat(pages.get(target)).as("page %d, where the contents' link %s goes", target + 1, link.getContents())
                                    .contains(Pdfs.normal(link.getContents()));
                        }
                        checked++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked;
    }

    private static int firstPageWith(byte[] pdf, String start) {
        List<String> pages = Pdfs.pages(pdf);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page begins with " + start);
    }

    private static void titles(List<Section> sections, int depth, List<String> into) {
        for (Section section : sections) {
            into.add(depth + " " + Pdfs.normal(TextMarks.plain(section.title())));
            titles(section.subsections(), depth + 1, into);
        }
    }
}
