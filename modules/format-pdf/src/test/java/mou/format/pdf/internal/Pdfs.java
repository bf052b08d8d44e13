package mou.format.pdf.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** What the tests read back from a PDF with PDFBox: the text of each page, the outline. */
final class Pdfs {

    /** The page margins of the publication (publication.css), in points: 22 mm at the top, 20 mm at the bottom. */
    private static final float MARGIN_TOP = 22 * 72 / 25.4f;
    private static final float MARGIN_BOTTOM = 20 * 72 / 25.4f;

    private static final Map<byte[], List<String>> PAGES = Collections.synchronizedMap(new IdentityHashMap<>());

    private Pdfs() {
    }

    /** The height of the first page's body (between the top and bottom margins), in points. */
    static float bodyHeight(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return document.getPage(0).getMediaBox().getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One outline entry: its title, its depth (1 for the top level) and the page it goes to (from 1). */
    record Entry(String title, int depth, int page) {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in order, whitespace runs as one space (read once per PDF: the tests ask again and again). */
    static List<String> pages(byte[] pdf) {
        return PAGES.computeIfAbsent(pdf, Pdfs::readPages);
    }

    private static List<String> readPages(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                // the body of the page: between the running header (top margin) and the footer (bottom margin)
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("body", new Rectangle2D.Float(0, MARGIN_TOP, box.getWidth(), box.getHeight() - MARGIN_TOP - MARGIN_BOTTOM));
                stripper.extractRegions(page);
                // a line broken after a hyphen ("mid-" / "2017") is one word again; the font's ligatures
                // (PDFBox applies "ff", "fi", "fl") are their letters again, as a reader copying the text gets them
                String text = stripper.getTextForRegion("body").replaceAll("(?<=\\S-)\\R", "");
                pages.add(normal(Normalizer.normalize(text, Normalizer.Form.NFKC)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running header of each page: the text in its top margin. */
    static List<String> headers(byte[] pdf) {
        return margins(pdf, true);
    }

    /** The footer of each page: the text in its bottom margin. */
    static List<String> footers(byte[] pdf) {
        return margins(pdf, false);
    }

    private static List<String> margins(byte[] pdf, boolean top) {
        try (PDDocument document = open(pdf)) {
            List<String> margins = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("margin", top ? new Rectangle2D.Float(0, 0, box.getWidth(), MARGIN_TOP)
                        : new Rectangle2D.Float(0, box.getHeight() - MARGIN_BOTTOM, box.getWidth(), MARGIN_BOTTOM));
                stripper.extractRegions(page);
                margins.add(normal(stripper.getTextForRegion("margin")));
            }
            return margins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page including its running header and footer, whitespace runs as one space. */
    static List<String> wholePages(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            List<String> pages = new ArrayList<>();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normal(stripper.getText(document)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text, pages joined by a space; a page that ends after a hyphen inside a word ("face-to-" / "face") is joined as lines are. */
    static String text(byte[] pdf) {
        StringBuilder text = new StringBuilder();
        for (String page : pages(pdf)) {
            boolean word = text.length() > 1 && text.charAt(text.length() - 1) == '-' && Character.isLetter(text.charAt(text.length() - 2))
                    && !page.isEmpty() && Character.isLetter(page.charAt(0));
            text.append(text.length() == 0 || word ? "" : " ").append(page);
        }
        return text.toString();
    }

    static List<Entry> outline(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            List<Entry> entries = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                collect(document, document.getDocumentCatalog().getDocumentOutline(), 1, entries);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDDocument document, PDOutlineNode node, int depth, List<Entry> into) throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = item.findDestinationPage(document) == null ? -1 : document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            into.add(new Entry(normal(item.getTitle()), depth, page));
            collect(document, item, depth + 1, into);
        }
    }

    /** Whitespace runs become one space, so line wrapping does not matter. */
    static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
