package mou.format.pdf.internal;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays the publication's XHTML out into PDF with openhtmltopdf (on Apache PDFBox): PDF/A-2u for
 * archiving (the sRGB output intent of the JRE, every font embedded), tagged for PDF/UA-1 (the
 * structure from the markup, the document's language and title), DejaVu Sans shipped in this
 * bundle (its licence beside it) for every character a report in English or Spanish needs.
 */
final class Printer {

    static final String FONT_FAMILY = "DejaVu Sans";
    /** The class of a table's row group kept on one page (publication.css). */
    static final String KEPT = "kept";
    /** How often a page is laid out at most: again only when a kept row group had to be let go. */
    private static final int MAX_LAYOUTS = 3;
    private static final String FONTS = "fonts/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = font("DejaVuSans-Oblique.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every layout remark to the console; a command's output is its own.
        XRLog.setLoggingEnabled(false);
        // this bundle's own copy of PDFBox looks for no system font (see OwnFonts)
        FontMappers.set(new OwnFonts(REGULAR));
    }

    private Printer() {
    }

    /** Writes the document as PDF; does not close the stream. */
    static void print(Document page, OutputStream out) throws IOException {
        try (PdfBoxRenderer renderer = laidOut(page, out); PDDocument pdf = renderer.createPDFKeepOpen()) {
            describeLinks(pdf);
            pdf.save(out);
        }
    }

    /**
     * Lays one part of the publication out (see {@link PartPrinter}) and returns it as a PDF file:
     * saved while openhtmltopdf's fonts are open (their subsets are made on saving), so that its
     * layout is garbage once this returns.
     */
    static byte[] layOut(Document page) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (PdfBoxRenderer renderer = laidOut(page, OutputStream.nullOutputStream()); PDDocument pdf = renderer.createPDFKeepOpen()) {
            pdf.save(bytes);
        }
        return bytes.toByteArray();
    }

    /** The regular face of the publication's font (for what {@link PartPrinter} writes itself: the page numbers). */
    static InputStream regularFont() {
        return new ByteArrayInputStream(REGULAR);
    }

    /**
     * The page laid out. A row group the stylesheet keeps on one page ({@value #KEPT}: an activity and
     * why it has its level) that openhtmltopdf could only keep so by splitting one of its rows (when
     * the group with its table's caption and header is taller than a page, its fallback lays the rows
     * out where they fall) is let go with the other groups of its table, and the page laid out again:
     * the table's rows are then one group (in the page given), each row kept whole as every table row
     * is (one table of the shipped report in Spanish on Letter paper, for one).
     */
    private static PdfBoxRenderer laidOut(Document page, OutputStream out) {
        for (int attempt = 1; ; attempt++) {
            PdfBoxRenderer renderer = builder(page, out).buildPdfRenderer();
            List<Element> split = new ArrayList<>();
            try {
                renderer.layout();
                splitKeptGroups(renderer.getRootBox(), renderer.getRootBox().getLayer().getPages(), split);
            } catch (RuntimeException e) {
                renderer.close();
                throw e;
            }
            if (split.isEmpty() || attempt == MAX_LAYOUTS) {
                return renderer;
            }
            renderer.close();
            for (Element group : split) {
                // the page itself changes; a group already merged into its table's first has no parent any more
                if (group.getParentNode() instanceof Element table) {
                    oneRowGroup(table);
                }
            }
        }
    }

    /**
     * A table's rows as one row group that is not kept on a page: each row is then kept whole where
     * the groups would split one (openhtmltopdf keeps rows whole in one group, not across groups).
     */
    private static void oneRowGroup(Element table) {
        Element first = null;
        for (Node child = table.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element group && "tbody".equals(group.getLocalName())) {
                if (first == null) {
                    first = group;
                    first.removeAttribute("class");
                } else {
                    while (group.getFirstChild() != null) {
                        first.appendChild(group.getFirstChild());
                    }
                    table.removeChild(group);
                }
            }
            child = next;
        }
    }

    /** The kept row groups with a row split across pages that would fit on one. */
    private static void splitKeptGroups(Box box, List<PageBox> pages, List<Element> into) {
        if (box instanceof TableRowBox row && row.getParent() instanceof TableSectionBox group && group.getElement() != null
                && List.of(group.getElement().getAttribute("class").split(" ")).contains(KEPT) && !into.contains(group.getElement())) {
            int top = row.getAbsY();
            int bottom = top + row.getHeight();
            for (PageBox page : pages) {
                if (top < page.getBottom() && bottom > page.getBottom() && row.getHeight() < page.getBottom() - page.getTop()) {
                    into.add(group.getElement());
                    break;
                }
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            splitKeptGroups(box.getChild(i), pages, into);
        }
    }

    private static PdfRendererBuilder builder(Document page, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useFont(supplier(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(supplier(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(supplier(OBLIQUE), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.withProducer("mou-progress");
        builder.useUnicodeLineBreaker(new LineBreaks());
        // The page holds its images as data: URIs; nothing else is ever fetched.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withW3cDocument(page, "about:blank");
        builder.toStream(out);
        return builder;
    }

    /**
     * PDF/UA asks every link annotation for its description in its Contents: openhtmltopdf gives it
     * to the link's structure element only (from the link's title), so it is copied from there; a
     * link without one is described by its web address, or as a link within the document.
     */
    static void describeLinks(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            describeLinks(root.getKids(), null);
        }
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && blank(link.getContents())) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Link");
                }
            }
        }
    }

    private static void describeLinks(List<Object> kids, PDStructureElement parent) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                describeLinks(element.getKids(), element);
            } else if (kid instanceof PDObjectReference reference && parent != null
                    && reference.getReferencedObject() instanceof PDAnnotationLink link && blank(link.getContents())
                    && !blank(parent.getAlternateDescription())) {
                link.setContents(parent.getAlternateDescription());
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static FSSupplier<InputStream> supplier(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    private static byte[] font(String name) {
        try (InputStream in = Printer.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The PDF format's font " + name + " is missing from its bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
