package mou.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfStandardsTest {

    /** A font that may be embedded (SIL Open Font License), shipped inside PDFBox's own jar. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    @Test
    void aTaggedPdfA2uFromOpenhtmltopdfMeetsBothStandards() throws IOException {
        byte[] pdf = openhtmltopdf("""
                <!DOCTYPE html>
                <html lang="es"><head><meta charset="utf-8"/><title>Informe de Avances 2016</title>
                <style>body { font-family: 'Liberation Sans'; } table { border-collapse: collapse; } td, th { border: 1px solid #333; }</style>
                </head><body>
                <h1>Informe de Avances 2016</h1>
                <p>Calidad del aire: año, niño, acción, más información.</p>
                <h2>Metas</h2>
                <table><thead><tr><th scope="col">Actividad</th><th scope="col">Avance</th></tr></thead>
                <tbody><tr><td>Inventario de emisiones</td><td>Completado</td></tr></tbody></table>
                <ul><li>Primero</li><li>Segundo</li></ul>
                </body></html>
                """);

        assertThat(PdfStandards.declaredPdfA2(pdf)).isEqualTo(PDFAFlavour.PDFA_2_U);
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        assertThat(failed).as(PdfStandards.describe(failed)).isEmpty();
        assertThat(PdfStandards.describe(failed)).isEqualTo("no failed rule");
    }

    @Test
    void aPlainPdfWithoutTagsOrMetadataFailsPdfUa1AndPdfA2bWithNamedRules() throws IOException {
        byte[] pdf = plainPdfBox();

        assertThat(PdfStandards.declaredPdfA2(pdf)).as("it declares no PDF/A level").isEqualTo(PDFAFlavour.PDFA_2_B);
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        List<PdfStandards.FailedRule> ua = failed.stream().filter(r -> r.standard().equals("PDF/UA-1")).toList();
        List<PdfStandards.FailedRule> archive = failed.stream().filter(r -> r.standard().equals("PDF/A-2B")).toList();
        // not tagged (ISO 14289-1 7.1), no title in the metadata (7.1), the font not embedded (7.21.4.1)
        assertThat(ua).extracting(PdfStandards.FailedRule::clause).contains("7.1", "7.21.4.1");
        assertThat(ua).allSatisfy(r -> {
            assertThat(r.description()).isNotBlank();
            assertThat(r.count()).isPositive();
            assertThat(r.id()).isEqualTo(r.clause() + "-" + r.test());
        });
        // no PDF/A identification in XMP metadata (ISO 19005-2 6.6.4), the font not embedded (6.2.11.4.1)
        assertThat(archive).extracting(PdfStandards.FailedRule::clause).contains("6.2.11.4.1");
        assertThat(archive).isNotEmpty();
        String described = PdfStandards.describe(failed);
        assertThat(described).startsWith(failed.size() + " failed rules:").contains("PDF/UA-1 rule 7.1-").contains("PDF/A-2B rule ");
    }

    @Test
    void whatIsNoPdfIsSaidSo() {
        assertThatThrownBy(() -> PdfStandards.failedRules("<html>no PDF</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("veraPDF cannot read this as a PDF");
    }

    static byte[] openhtmltopdf(String html) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useFont(() -> font(), "Liberation Sans");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException(FONT + " is not in PDFBox's jar");
        }
        return in;
    }

    private static byte[] plainPdfBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("2016 Progress Report");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
