package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.RenderOptions;
import mou.core.spi.RenderOptions.PageSize;
import mou.testfixtures.PdfStandards;
import mou.testfixtures.SampleReport;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format on the test fixtures' sample report: options, hostile text, cover images, the format's own words. */
class PdfReportFormatTest {

    private static final PdfReportFormat FORMAT = new PdfReportFormat();

    private static byte[] render(ReportDocument document, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.render(document, options, out);
        return out.toByteArray();
    }

    @Test
    void isThePdfFormat() {
        assertThat(FORMAT.id()).isEqualTo("pdf");
        assertThat(FORMAT.fileExtension()).isEqualTo("pdf");
        assertThat(FORMAT.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void letterByDefaultA4ByOption() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        FORMAT.render(SampleReport.document(), plain);
        byte[] a4 = render(SampleReport.document(), RenderOptions.DEFAULT.withPageSize(PageSize.A4));
        assertThat(mediaBoxes(plain.toByteArray())).isNotEmpty().allMatch(size -> size.equals("612x792"));
        assertThat(mediaBoxes(a4)).isNotEmpty().allMatch(size -> size.equals("595x842"));
    }

    /** Every text of every block kind is markup-like; each appears as text, never as markup. */
    @Test
    void markupLikeTextAppearsAsText() throws IOException {
        String evil = "<script>alert(1)</script> &amp; </td> <b>bold</b>";
        byte[] pdf = render(SampleReport.hostile(evil), RenderOptions.DEFAULT);
        String text = String.join(" ", Pdfs.wholePages(pdf));
        int shown = 0;
        for (int at = text.indexOf(evil); at >= 0; at = text.indexOf(evil, at + 1)) {
            shown++;
        }
        // the title, section headings, paragraphs, lists, facts, each table's cells, the chart's rows, the notice
        assertThat(shown).isGreaterThanOrEqualTo(20);
        assertThat(text).doesNotContain("alert(1)</script> &amp;amp;");
    }

    /**
     * The document information and the XMP metadata are true for any report: the Author is the publisher the document
     * names, in its language, never made from the report's title (which the program office words as it likes); without a
     * publisher, the program office in the report's language. Title, Subject and Language are the report's.
     */
    @Test
    void theAuthorIsThePublisherTheReportNamesNotItsTitle() throws IOException {
        List<Section> sections = List.of(Section.of("introduction", "Introduction", List.of(new Block.Paragraph("A year of work."))));
        ReportDocument english = new ReportDocument("Annual progress of the working groups", "2017 Progress Report", "en", 2017, sections, false,
                "Program Office, Test Agreement");
        ReportDocument spanish = new ReportDocument("Avance anual de los grupos de trabajo", "Informe de Avances 2017", "es", 2017, sections,
                false, "Oficina del Programa, Acuerdo de Prueba");
        ReportDocument nobody = new ReportDocument("Avance anual de los grupos de trabajo", "Informe de Avances 2017", "es", 2017, sections,
                false);
        String[][] expected = {{"Program Office, Test Agreement", "Annual progress of the working groups — 2017 Progress Report", "2017 Progress Report", "en"},
                {"Oficina del Programa, Acuerdo de Prueba", "Avance anual de los grupos de trabajo — Informe de Avances 2017", "Informe de Avances 2017", "es"},
                {"Oficina del Programa", "Avance anual de los grupos de trabajo — Informe de Avances 2017", "Informe de Avances 2017", "es"}};
        ReportDocument[] documents = {english, spanish, nobody};
        for (int i = 0; i < documents.length; i++) {
            try (PDDocument pdf = Pdfs.open(render(documents[i], RenderOptions.DEFAULT))) {
                org.apache.pdfbox.pdmodel.PDDocumentInformation information = pdf.getDocumentInformation();
                assertThat(information.getAuthor()).as(expected[i][0]).isEqualTo(expected[i][0]);
                assertThat(information.getTitle()).isEqualTo(expected[i][1]);
                assertThat(information.getSubject()).isEqualTo(expected[i][2]);
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(expected[i][3]);
                org.apache.xmpbox.XMPMetadata xmp;
                try (java.io.InputStream in = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(in.readAllBytes());
                } catch (org.apache.xmpbox.xml.XmpParsingException e) {
                    throw new AssertionError(e);
                }
                assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(expected[i][0]);
            }
        }
    }

    /**
     * The cover shows the PNG and JPEG files of the workspace's cover/ folder, in name order, each
     * described by its name; any other file, a folder and a link are not shown; and the publication
     * with its images still meets PDF/A-2u and PDF/UA-1.
     */
    @Test
    void theCoverShowsTheWorkspacesCoverImagesDescribedByTheirNames(@TempDir Path temp) throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("data"));
        Path cover = Files.createDirectories(workspace.resolve("cover"));
        image(cover.resolve("2-Seal of the State of California.png"), "png");
        image(cover.resolve("1_SEMARNAT logo.jpg"), "jpg");
        Files.writeString(cover.resolve("notes.txt"), "not an image");
        Files.writeString(cover.resolve("0-broken.png"), "not an image either");
        Files.createDirectories(cover.resolve("folder.png"));
        Path outside = temp.resolve("outside.png");
        image(outside, "png");
        Files.createSymbolicLink(cover.resolve("3-outside.png"), outside);

        List<CoverImage> found = CoverImage.in(workspace);
        assertThat(found).extracting(CoverImage::description).containsExactly("SEMARNAT logo", "Seal of the State of California");
        assertThat(found).allSatisfy(image -> assertThat(image.dataUri()).startsWith("data:image/png;base64,"));

        // the blue as each file holds it (the palette of the PNG shifts it a little)
        int sealBlue = ImageIO.read(cover.resolve("2-Seal of the State of California.png").toFile()).getRGB(20, 20);
        int logoBlue = ImageIO.read(cover.resolve("1_SEMARNAT logo.jpg").toFile()).getRGB(20, 20);
        byte[] pdf = render(SampleReport.document(), new RenderOptions(PageSize.LETTER, workspace));
        try (PDDocument document = Pdfs.open(pdf)) {
            PDPage first = document.getPage(0);
            int images = 0;
            for (COSName name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    // the image decodes as what it is (a JPEG's bytes under a wrong filter would not)
                    assertThat(image.getImage().getWidth()).isEqualTo(40);
                    // in its colours: the middle of the disc is the blue it was drawn in, the corner white
                    int centre = image.getImage().getRGB(20, 20);
                    assertThat(near(centre, sealBlue) || near(centre, logoBlue)).as("the disc's blue, not %06x", centre & 0xffffff).isTrue();
                    assertThat(near(image.getImage().getRGB(1, 1), 0xffffff)).as("the white corner").isTrue();
                    images++;
                }
            }
            assertThat(images).isEqualTo(2);
            List<String> figures = new ArrayList<>();
            figures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures).containsExactly("SEMARNAT logo", "Seal of the State of California");
        }
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        assertThat(failed).as(PdfStandards.describe(failed)).isEmpty();
    }

    @Test
    void noCoverFolderNoWorkspaceNoImages(@TempDir Path temp) throws IOException {
        assertThat(CoverImage.in(null)).isEmpty();
        assertThat(CoverImage.in(temp)).isEmpty();
        Files.writeString(temp.resolve("cover"), "a file, not a folder");
        assertThat(CoverImage.in(temp)).isEmpty();
    }

    @Test
    void anImagesDescriptionIsItsNameWithoutTheNumberThatOrdersIt() {
        assertThat(CoverImage.description("01 - Seal of Baja California.png")).isEqualTo("Seal of Baja California");
        assertThat(CoverImage.description("logo_conafor.jpeg")).isEqualTo("logo conafor");
        assertThat(CoverImage.description("2016.png")).isEqualTo("2016");
        assertThat(CoverImage.mediaType(".hidden.png")).isNull();
        assertThat(CoverImage.mediaType("seal.PNG")).isEqualTo("image/png");
        assertThat(CoverImage.mediaType("seal.svg")).isNull();
    }

    /**
     * Characters the shipped font lacks (Chinese, emoji) in a field: the publication still meets
     * PDF/A-2u and PDF/UA-1 (no missing glyph is drawn), the text around them copies as written, and
     * each such character is drawn and copied as openhtmltopdf's replacement text "#".
     */
    @Test
    void charactersTheFontLacksKeepThePublicationValid() throws IOException {
        String field = "Reunión en 北京 sobre calidad del aire 🌍 y cooperación.";
        Section section = new Section("s", "Eventos", List.of(new Block.Paragraph(field),
                new Block.Table(null, List.of("Lugar", "Tema"), List.of(List.of("東京", field)))), List.of());
        byte[] pdf = render(new ReportDocument("Informe 🌍", "", "es", 2016, List.of(section)), RenderOptions.DEFAULT);
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        assertThat(failed).as(PdfStandards.describe(failed)).isEmpty();
        String text = String.join(" ", Pdfs.wholePages(pdf));
        assertThat(text).contains("Reunión en ## sobre calidad del aire # y cooperación.").contains("## ")
                .doesNotContain("北").doesNotContain("\ufffd");
    }

    @Test
    void linesBreakBetweenWordsOnly() {
        assertThat(breaks("Mexico’s plan")).containsExactly(9, 13);
        assertThat(breaks("U.S. EPA")).containsExactly(5, 8);
        assertThat(breaks("trans-border air")).containsExactly(6, 13, 16);
        assertThat(breaks("subnational/regional")).containsExactly(20);
        assertThat(breaks("see https://a.example/x/y now")).containsExactly(4, 21, 23, 26, 29);
    }

    @Test
    void aRunTooLongForAColumnBreaksAfterItsLongestRunAndADateOnlyAtItsDash() {
        assertThat(breaks("a".repeat(60))).containsExactly(24, 48, 60);
        // a no-break space joins the words of a date without making them one run; the range breaks at its dash only
        String range = PublicationPage.wholeDates("24 de octubre de 2016 – 4 de noviembre de 2016");
        assertThat(range).isEqualTo("24\u00A0de\u00A0octubre\u00A0de\u00A02016 – 4\u00A0de\u00A0noviembre\u00A0de\u00A02016");
        assertThat(breaks(range)).containsExactly(24, range.length());
        assertThat(breaks("air – water")).containsExactly(6, 11);
        // a range of days, of years, and a date written with hyphens: no break between their numbers ("15–" / "19 de mayo")
        String days = PublicationPage.wholeDates("15–19 de mayo de 2017");
        assertThat(breaks(days)).containsExactly(days.length());
        assertThat(breaks("2016–2017 and 2017-03-14")).containsExactly(10, 14, 24);
        assertThat(breaks("aq-2017-tijuana")).containsExactly(3, 8, 15);
        // a character of two chars (an emoji) and a letter with its accent after it stay whole
        String emoji = "b".repeat(23) + "🌍" + "c".repeat(10);
        assertThat(breaks(emoji)).containsExactly(25, emoji.length());
        String accent = "d".repeat(24) + "e\u0301" + "f".repeat(10);
        assertThat(breaks(accent)).doesNotContain(25).first().isEqualTo(24);
    }

    /**
     * A table wider than the page loses the columns past its edge: a 200-character address without a
     * slash in a cell, and a timeline whose dates are long ranges in Spanish, keep every column on the page.
     */
    @Test
    void aLongAddressInACellAndLongDateRangesKeepEveryColumnOnThePage() throws IOException {
        String address = "https://example.org/" + "a".repeat(60) + "verylongsegment".repeat(8) + "?q=" + "x".repeat(20);
        Block.Table progress = new Block.Table(null, List.of("Actividad", "Entregables", "Avance"),
                List.of(List.of("1.1 Coordinar la calidad del aire", "Véase " + address, "Avance moderado")));
        List<Block.TimelineEntry> events = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            events.add(new Block.TimelineEntry(i + " de octubre de 2016 – " + i + " de noviembre de 2016", "2016-10-0" + i, "Capacitación",
                    "Curso " + i, "Ensenada, Baja California", i % 2 == 0 ? "Incendios Forestales" : "Calidad del Aire", ""));
        }
        Section section = new Section("s", "Avance", List.of(progress, new Block.Timeline("Cronología de eventos", events)), List.of());
        byte[] pdf = render(new ReportDocument("Informe", "", "es", 2016, List.of(section)), RenderOptions.DEFAULT);
        String text = String.join(" ", Pdfs.wholePages(pdf));
        assertThat(text).contains("Avance moderado").contains("Grupo de trabajo").contains("Incendios Forestales").contains("Calidad del Aire")
                .contains("Ensenada, Baja California");
    }

    private static List<Integer> breaks(String text) {
        LineBreaks breaker = new LineBreaks();
        breaker.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int at = breaker.next(); at >= 0; at = breaker.next()) {
            found.add(at);
        }
        return found;
    }

    /** Whether two colours differ by at most 8 in each channel (a JPEG and a palette shift them a little). */
    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }

    private static void figures(List<Object> kids, List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    into.add(element.getAlternateDescription());
                }
                figures(element.getKids(), into);
            }
        }
    }

    private static List<String> mediaBoxes(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Pdfs.open(pdf)) {
            for (PDPage page : document.getPages()) {
                sizes.add(Math.round(page.getMediaBox().getWidth()) + "x" + Math.round(page.getMediaBox().getHeight()));
            }
        }
        return sizes;
    }

    /** A blue disc on white; the PNG with a colour palette (as image editors save logos), the JPEG in RGB. */
    private static void image(Path file, String type) throws IOException {
        BufferedImage image = new BufferedImage(40, 40, type.equals("png") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(new Color(0x0b3d62));
        g.fillOval(4, 4, 32, 32);
        g.dispose();
        ImageIO.write(image, type, file.toFile());
    }
}
