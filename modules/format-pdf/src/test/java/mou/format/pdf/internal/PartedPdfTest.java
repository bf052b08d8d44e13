package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.report.ReportDocument;
import mou.testfixtures.PdfStandards;
import mou.testfixtures.Slow;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped report laid out in parts ({@link PartPrinter}), as a report too large for one layout
 * is: with parts of a sixth of its size, so that the chapters are laid out apart and the largest
 * is split between its sections. It passes what the single layout passes.
 */
@Slow
class PartedPdfTest {

    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    /** The shipped report in parts of a sixth of its size. */
    static byte[] parted(String language) {
        return PDFS.computeIfAbsent(language, l -> {
            ReportDocument document = Shipped.document(l);
            int size = PartPrinter.size(new PublicationPage(document, Paper.LETTER, List.of(), LocalDate.now()).build().getDocumentElement());
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfReportFormat.render(document, Paper.LETTER, List.of(), size / 6, out);
                if (Boolean.getBoolean("pdf.keep")) {
                    Files.write(Path.of("target", "parted-" + l + ".pdf"), out.toByteArray());
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void meetsPdfA2uAndPdfUa1WithNoFailedRule(String language) {
        byte[] pdf = parted(language);
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        assertThat(failed).as(PdfStandards.describe(failed)).isEmpty();
        assertThat(PdfStandards.name(PdfStandards.declaredPdfA2(pdf))).containsIgnoringCase("2u");
    }

    /**
     * Laid out in parts: each part has its own subsets of the fonts (the single layout has one of
     * each face), at least as many pages as the single layout (each part begins a page), the same text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void isLaidOutInPartsWithTheSameText(String language) throws IOException {
        assertThat(fonts(parted(language))).isGreaterThan(fonts(Shipped.pdf(language)) + 3);
        List<String> parted = Pdfs.pages(parted(language));
        List<String> single = Pdfs.pages(Shipped.pdf(language));
        assertThat(parted.size()).isGreaterThanOrEqualTo(single.size());
        // the words of the body, page breaks and page numbers of the contents aside
        assertThat(words(parted)).isEqualTo(words(single));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theContentsGiveThePagesWhereTheHeadingsAre(String language) {
        assertThat(Publications.contentsGiveThePagesWhereTheHeadingsAre(parted(language), Shipped.document(language), language))
                .isGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theOutlineHasAnEntryForEveryChapterAndSectionInOrder(String language) {
        Publications.outlineHasEveryChapterAndSection(parted(language), Shipped.document(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPageSaysItsNumberAndTheHeaderNamesTheChapter(String language) {
        Publications.everyPageSaysItsNumberOfAll(parted(language), language);
        Publications.theHeaderNamesTheChapter(parted(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theLinksWithinTheDocumentGoToTheirTargets(String language) {
        assertThat(Publications.linksGoToTheirTargets(parted(language))).isGreaterThan(40);
    }

    /** One document: the language, title and output intent of the publication; the file stays near the single layout's size. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void isOneDocumentWithItsLanguageAndTitle(String language) throws IOException {
        try (PDDocument parted = Pdfs.open(parted(language)); PDDocument single = Pdfs.open(Shipped.pdf(language))) {
            assertThat(parted.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(parted.getDocumentInformation().getTitle()).isNotBlank().isEqualTo(single.getDocumentInformation().getTitle());
            assertThat(parted.getDocumentInformation().getAuthor()).isNotBlank().isEqualTo(single.getDocumentInformation().getAuthor());
            assertThat(parted.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(parted.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        assertThat(parted(language).length).isLessThan(3 * Shipped.pdf(language).length);
    }

    /** How many font objects the pages use. */
    private static int fonts(byte[] pdf) throws IOException {
        Set<COSBase> fonts = Collections.newSetFromMap(new IdentityHashMap<>());
        try (PDDocument document = Pdfs.open(pdf)) {
            for (PDPage page : document.getPages()) {
                COSDictionary resources = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                if (resources != null) {
                    for (COSName name : resources.keySet()) {
                        fonts.add(resources.getDictionaryObject(name));
                    }
                }
            }
        }
        return fonts.size();
    }

    private static String words(List<String> pages) {
        // the contents' page numbers differ; everything else is the same text
        return String.join(" ", pages).replaceAll("[ .]*\\d+", "").replaceAll("\\s+", " ");
    }
}
