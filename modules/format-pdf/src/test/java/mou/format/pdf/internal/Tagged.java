package mou.format.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tagged structure of a publication as laid out: each structure element (in reading order) with
 * the text it shows, page by page, as PDFBox reads it from the marked content its tags point to.
 * This is where things are on the pages, whatever the text extraction makes of the reading order.
 */
final class Tagged {

    /** A piece of the text of an element on one page (from 1): its text and the baselines of its lines. */
    record Piece(int page, String text, TreeSet<Integer> lines) {
    }

    /**
     * A structure element, in reading order: its type (P, H2, TR...), its depth in the tree, the
     * structure types above it, and its own text (not its children's) on each page.
     */
    record Node(String type, int depth, List<String> above, List<Piece> pieces, List<Node> children) {

        /** Its text and its descendants', in reading order. */
        List<Piece> all() {
            List<Piece> all = new ArrayList<>(pieces);
            children.forEach(child -> all.addAll(child.all()));
            return all;
        }

        /** The pages its text and its descendants' is on. */
        TreeSet<Integer> pages() {
            TreeSet<Integer> pages = new TreeSet<>();
            all().stream().filter(piece -> !piece.text().isBlank()).forEach(piece -> pages.add(piece.page()));
            return pages;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            all().forEach(piece -> text.append(piece.text()));
            return Pdfs.normal(text.toString());
        }

        /** The distinct lines (baselines, in tenths of a point) its text has on a page. */
        TreeSet<Integer> lines(int page) {
            TreeSet<Integer> lines = new TreeSet<>();
            all().stream().filter(piece -> piece.page() == page && !piece.text().isBlank()).forEach(piece -> lines.addAll(piece.lines()));
            return lines;
        }
    }

    private Tagged() {
    }

    /** Every structure element, depth first in reading order. */
    static List<Node> elements(byte[] pdf) {
        try (PDDocument document = Pdfs.open(pdf)) {
            Map<PDPage, Integer> pageNumbers = new HashMap<>();
            Map<Integer, Map<Integer, PDMarkedContent>> contents = new HashMap<>();
            int n = 0;
            for (PDPage page : document.getPages()) {
                n++;
                pageNumbers.put(page, n);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, PDMarkedContent> byId = new HashMap<>();
                collect(extractor.getMarkedContents(), byId);
                contents.put(n, byId);
            }
            List<Node> roots = new ArrayList<>();
            for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                if (kid instanceof PDStructureElement element) {
                    roots.add(node(element, null, 0, List.of(), pageNumbers, contents));
                }
            }
            List<Node> flat = new ArrayList<>();
            roots.forEach(root -> flatten(root, flat));
            return flat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(child -> flatten(child, into));
    }

    private static void collect(List<PDMarkedContent> marked, Map<Integer, PDMarkedContent> byId) {
        for (PDMarkedContent content : marked) {
            if (content.getMCID() >= 0) {
                byId.put(content.getMCID(), content);
            }
            for (Object inner : content.getContents()) {
                if (inner instanceof PDMarkedContent nested) {
                    collect(List.of(nested), byId);
                }
            }
        }
    }

    private static Node node(PDStructureElement element, PDPage inherited, int depth, List<String> above, Map<PDPage, Integer> pageNumbers,
            Map<Integer, Map<Integer, PDMarkedContent>> contents) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        List<Piece> pieces = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        List<String> path = new ArrayList<>(above);
        path.add(element.getStructureType());
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                children.add(node(child, page, depth + 1, path, pageNumbers, contents));
            } else if (kid instanceof Integer mcid && page != null) {
                pieces.add(piece(pageNumbers.get(page), mcid, contents));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    pieces.add(piece(pageNumbers.get(on), reference.getMCID(), contents));
                }
            }
        }
        return new Node(element.getStructureType(), depth, List.copyOf(above), pieces, children);
    }

    private static Piece piece(int page, int mcid, Map<Integer, Map<Integer, PDMarkedContent>> contents) {
        PDMarkedContent content = contents.getOrDefault(page, Map.of()).get(mcid);
        StringBuilder text = new StringBuilder();
        TreeSet<Integer> lines = new TreeSet<>();
        if (content != null) {
            positions(content, text, lines);
        }
        return new Piece(page, text.toString(), lines);
    }

    private static void positions(PDMarkedContent content, StringBuilder text, TreeSet<Integer> lines) {
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition position) {
                text.append(position.getUnicode());
                if (!position.getUnicode().isBlank()) {
                    lines.add(Math.round(position.getYDirAdj() * 10));
                }
            } else if (inner instanceof PDMarkedContent nested && nested.getMCID() < 0) {
                positions(nested, text, lines);
            }
        }
    }
}
