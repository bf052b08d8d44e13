package mou.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import mou.core.report.Labels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The publication laid out in parts, for a report too large to lay out at once: openhtmltopdf keeps
 * the whole document's boxes until its last page is written, which for a workspace of a hundred
 * groups (10,000 activities) is more than a 2 GB heap holds. Here each part is its own
 * openhtmltopdf run whose boxes are garbage once it is written: the chapters, a chapter too large
 * for one part split between its sections (the continuation repeats the running header), then the
 * cover and the contents, whose page numbers are known by then. PDFBox joins the parts (their
 * pages and structure trees), then writes what no part could know: the links between parts, the
 * outline, and the footer "page n of N" (as a pagination artifact, in the publication's font).
 * The first part laid out (the cover and contents) gives the document its metadata, output intent,
 * language and title.
 */
final class PartPrinter {

    /** How large a part may be, in elements of the page; a report larger than this is laid out in parts. */
    static final int DEFAULT_PART_SIZE = 40_000;
    /** A link to another part until the parts are joined: an address openhtmltopdf makes a link of whatever its target. */
    static final String LINK = "mou-part:";
    private static final String XHTML = PublicationPage.XHTML;
    private static final String CONTENTS = "_contents";
    /** The footer's place: the middle of the bottom margin (20 mm, publication.css), 8 pt, the colour of the running header. */
    private static final float FOOTER_MIDDLE = 10 * 72 / 25.4f;
    private static final float FOOTER_SIZE = 8;
    private static final float[] FOOTER_GREY = {0x57 / 255f, 0x60 / 255f, 0x6a / 255f};

    private final int partSize;
    private final Labels own;

    /** Where a link target is once the parts are laid out: the page (from 0, counted within the chapters' parts) and its top. */
    private record Anchor(int page, float top) {
    }

    PartPrinter(int partSize, String language) {
        this.partSize = Math.max(1, partSize);
        this.own = Labels.load("mou.format.pdf.internal.labels", PartPrinter.class.getClassLoader(), language);
    }

    /** The number of elements in a page: what decides whether it is laid out in parts. */
    static int size(Node node) {
        int n = node instanceof Element ? 1 : 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            n += size(child);
        }
        return n;
    }

    /** Lays the page out part by part and writes the joined PDF; the page is taken apart doing so. */
    void print(Document page, OutputStream out) throws IOException {
        Element html = page.getDocumentElement();
        Element head = child(html, "head");
        Element body = child(html, "body");
        Element outlineSpec = child(head, "bookmarks");
        if (outlineSpec != null) {
            head.removeChild(outlineSpec);
        }
        Set<String> targets = new HashSet<>();
        targets.add(CONTENTS);
        collectOutlineTargets(outlineSpec, targets);
        List<Element> front = new ArrayList<>();
        List<Element> sections = new ArrayList<>();
        for (Element element : children(body)) {
            String cls = element.getAttribute("class");
            (cls.equals("cover") || cls.equals("toc") ? front : sections).add(element);
        }
        relink(body, targets);

        // the chapters, part by part, each laid out and set aside as a PDF file
        List<byte[]> parts = new ArrayList<>();
        Map<String, Anchor> anchors = new HashMap<>();
        int pages = 0;
        List<List<Element>> split = split(page, sections);
        sections.clear();
        for (int i = 0; i < split.size(); i++) {
            List<Element> part = split.set(i, List.of());
            // the part's elements move into a page of their own, garbage once it is laid out
            byte[] pdf = Printer.layOut(partPage(html, head, part, targets, false, true));
            try (PDDocument laidOut = Loader.loadPDF(pdf)) {
                readAnchors(laidOut, pages, anchors);
                pages += laidOut.getNumberOfPages();
            }
            parts.add(pdf);
        }

        // the cover and the contents, with the chapters' page numbers; again if the contents' length was guessed wrong
        List<Element> tocLinks = new ArrayList<>();
        for (Element element : front) {
            NodeList links = element.getElementsByTagNameNS(XHTML, "a");
            for (int i = 0; i < links.getLength(); i++) {
                tocLinks.add((Element) links.item(i));
            }
        }
        int frontPages = 1 + Math.max(1, (tocLinks.size() + 39) / 40);
        byte[] frontPdf = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            for (Element link : tocLinks) {
                Anchor anchor = anchors.get(link.getAttribute("href").substring(LINK.length()));
                link.setAttribute("data-page", anchor == null ? "" : String.valueOf(frontPages + anchor.page() + 1));
            }
            frontPdf = Printer.layOut(partPage(html, head, front, targets, true, false));
            int laidOut;
            try (PDDocument document = Loader.loadPDF(frontPdf)) {
                laidOut = document.getNumberOfPages();
            }
            if (laidOut == frontPages) {
                break;
            }
            frontPages = laidOut;
        }
        join(frontPdf, frontPages, parts, anchors, outlineSpec, out);
    }

    // ---------------------------------------------------------------- splitting the page

    /**
     * The sections in parts of about {@link #partSize} elements: a part begins with a chapter (which
     * begins a page anyway); a chapter larger than a part is split between its sections, never
     * before its first one (its heading never ends a part).
     */
    private List<List<Element>> split(Document page, List<Element> sections) {
        List<List<Element>> parts = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        int weight = 0;
        for (Element section : sections) {
            int size = size(section);
            boolean chapter = section.getAttribute("class").equals("chapter");
            if (!current.isEmpty() && (chapter || size > partSize) && weight + size > partSize) {
                parts.add(current);
                current = new ArrayList<>();
                weight = 0;
            }
            List<Element> subsections = subsections(section);
            if (size <= partSize || subsections.size() < 2) {
                current.add(section);
                weight += size;
                continue;
            }
            if (!current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
                weight = 0;
            }
            Element runningHeader = null;
            for (Element element : children(section)) {
                if (element.getAttribute("class").equals("run-chapter")) {
                    runningHeader = element;
                }
            }
            Element container = (Element) section.cloneNode(false);
            int containerSize = 0;
            int held = 0;
            for (Node node = section.getFirstChild(); node != null && node != subsections.get(0);) {
                Node next = node.getNextSibling();
                container.appendChild(node);
                containerSize += size(node);
                node = next;
            }
            for (Element sub : subsections) {
                int subSize = size(sub);
                if (held > 0 && containerSize + subSize > partSize) {
                    parts.add(List.of(container));
                    container = page.createElementNS(XHTML, "div");
                    container.setAttribute("class", "continued");
                    if (runningHeader != null) {
                        container.appendChild(runningHeader.cloneNode(true));
                    }
                    containerSize = 0;
                    held = 0;
                }
                container.appendChild(sub);
                containerSize += subSize;
                held++;
            }
            parts.add(List.of(container));
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** A section's own sections: its child divisions that begin with their heading (PublicationPage.section). */
    private static List<Element> subsections(Element section) {
        List<Element> subsections = new ArrayList<>();
        for (Element element : children(section)) {
            Element first = firstChild(element);
            if (element.getLocalName().equals("div") && first != null && first.getLocalName().matches("h[3-6]") && first.hasAttribute("id")) {
                subsections.add(element);
            }
        }
        return subsections;
    }

    /** Every link within the document becomes a link to another part ({@link #LINK}); its target is remembered. */
    private static void relink(Element body, Set<String> targets) {
        // listed before they change: the DOM's live list would search the document again after each change
        NodeList live = body.getElementsByTagNameNS(XHTML, "a");
        List<Element> links = new ArrayList<>(live.getLength());
        for (int i = 0; i < live.getLength(); i++) {
            links.add((Element) live.item(i));
        }
        for (Element link : links) {
            String href = link.getAttribute("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                targets.add(href.substring(1));
                link.setAttribute("href", LINK + href.substring(1));
            }
        }
    }

    private static void collectOutlineTargets(Element parent, Set<String> targets) {
        if (parent == null) {
            return;
        }
        for (Element mark : children(parent)) {
            String href = mark.getAttribute("href");
            if (href.startsWith("#")) {
                targets.add(href.substring(1));
            }
            collectOutlineTargets(mark, targets);
        }
    }

    /**
     * One part as a page of its own: the publication's head (title, metadata, style) without the
     * outline and footer, an outline entry for every link target in it (so that the laid-out part
     * tells where each is), and the given elements as its body (moved there; copied for the front
     * matter, which may be laid out again).
     */
    private static Document partPage(Element html, Element head, List<Element> elements, Set<String> targets, boolean front, boolean move)
            throws IOException {
        Document part = newDocument();
        Element root = (Element) part.importNode(html.cloneNode(false), false);
        part.appendChild(root);
        Element partHead = (Element) part.importNode(head, true);
        root.appendChild(partHead);
        Element style = part.createElementNS(XHTML, "style");
        style.setTextContent("@page { @bottom-center { content: none; } }\n"
                + (front ? ".toc { page-break-after: auto; }\n.toc a::after { content: leader('.') attr(data-page); }\n" : ""));
        partHead.appendChild(style);
        Element marks = part.createElementNS(XHTML, "bookmarks");
        partHead.appendChild(marks);
        Element body = part.createElementNS(XHTML, "body");
        root.appendChild(body);
        for (Element element : elements) {
            body.appendChild(move ? part.adoptNode(element) : part.importNode(element, true));
        }
        markTargets(body, targets, marks);
        return part;
    }

    private static void markTargets(Element element, Set<String> targets, Element marks) {
        String id = element.getAttribute("id");
        if (!id.isEmpty() && targets.contains(id)) {
            Element mark = marks.getOwnerDocument().createElementNS(XHTML, "bookmark");
            mark.setAttribute("name", id);
            mark.setAttribute("href", "#" + id);
            marks.appendChild(mark);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                markTargets(e, targets, marks);
            }
        }
    }

    /** Where the part's outline (one entry per link target) says each target is; the outline is then removed. */
    private static void readAnchors(PDDocument part, int firstPage, Map<String, Anchor> anchors) throws IOException {
        PDDocumentOutline outline = part.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                PDDestination destination = item.getDestination();
                if (destination instanceof PDPageXYZDestination xyz) {
                    int page = xyz.retrievePageNumber();
                    if (page >= 0) {
                        anchors.putIfAbsent(item.getTitle(), new Anchor(firstPage + page, xyz.getTop()));
                    }
                }
            }
        }
        part.getDocumentCatalog().setDocumentOutline(null);
    }

    // ---------------------------------------------------------------- joining the parts

    private void join(byte[] frontPdf, int frontPages, List<byte[]> parts, Map<String, Anchor> chapterAnchors, Element outlineSpec,
            OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(frontPdf)) {
            Map<String, Anchor> anchors = new HashMap<>();
            readAnchors(document, 0, anchors);
            chapterAnchors.forEach((id, anchor) -> anchors.putIfAbsent(id, new Anchor(frontPages + anchor.page(), anchor.top())));
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < parts.size(); i++) {
                // PDFBox 3 copies every object, streams too, into the document appended to: the part can go at once
                try (PDDocument part = Loader.loadPDF(parts.get(i))) {
                    parts.set(i, null);
                    part.getDocumentCatalog().setDocumentOutline(null);
                    merger.appendDocument(document, part);
                }
            }
            links(document, anchors);
            outline(document, outlineSpec, anchors);
            Anchor contents = anchors.get(CONTENTS);
            footers(document, contents == null ? 1 : contents.page());
            Printer.describeLinks(document);
            document.save(out);
        }
    }

    /** Every link to another part goes to its target's page and place (to the first page if it has none). */
    private static void links(PDDocument document, Map<String, Anchor> anchors) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri && uri.getURI() != null
                        && uri.getURI().startsWith(LINK)) {
                    PDActionGoTo go = new PDActionGoTo();
                    go.setDestination(destination(document, anchors.get(uri.getURI().substring(LINK.length()))));
                    link.setAction(go);
                    if (link.getContents() != null && link.getContents().startsWith(LINK)) {
                        link.setContents(null);
                    }
                }
            }
        }
    }

    private static PDPageXYZDestination destination(PDDocument document, Anchor anchor) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        if (anchor == null || anchor.page() >= document.getNumberOfPages()) {
            destination.setPage(document.getPage(0));
        } else {
            destination.setPage(document.getPage(anchor.page()));
            destination.setTop(Math.round(anchor.top()));
        }
        return destination;
    }

    /** The outline the publication asked for (every chapter and section, nested), going where each heading is. */
    private static void outline(PDDocument document, Element spec, Map<String, Anchor> anchors) {
        PDDocumentOutline outline = new PDDocumentOutline();
        addMarks(document, outline, spec, anchors);
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void addMarks(PDDocument document, PDOutlineNode parent, Element spec, Map<String, Anchor> anchors) {
        if (spec == null) {
            return;
        }
        for (Element mark : children(spec)) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.getAttribute("name"));
            String href = mark.getAttribute("href");
            item.setDestination(destination(document, anchors.get(href.startsWith("#") ? href.substring(1) : href)));
            parent.addLast(item);
            addMarks(document, item, mark, anchors);
        }
    }

    /** "page n of N" in the middle of every page's bottom margin but the cover's, as the single layout writes it. */
    private void footers(PDDocument document, int coverPages) throws IOException {
        PDType0Font font = PDType0Font.load(document, Printer.regularFont(), true);
        int total = document.getNumberOfPages();
        for (int i = coverPages; i < total; i++) {
            PDPage page = document.getPage(i);
            String text = own.format("page.footer", String.valueOf(i + 1), String.valueOf(total));
            PDRectangle box = page.getMediaBox();
            float width = font.getStringWidth(text) / 1000 * FOOTER_SIZE;
            float baseline = box.getLowerLeftY() + FOOTER_MIDDLE - FOOTER_SIZE * 0.35f;
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                stream.beginText();
                stream.setNonStrokingColor(FOOTER_GREY[0], FOOTER_GREY[1], FOOTER_GREY[2]);
                stream.setFont(font, FOOTER_SIZE);
                stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, baseline);
                stream.showText(text);
                stream.endText();
                stream.endMarkedContent();
            }
        }
    }

    // ---------------------------------------------------------------- DOM

    private static Document newDocument() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("The JRE offers no XML document builder", e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Element element : children(parent)) {
            if (element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
