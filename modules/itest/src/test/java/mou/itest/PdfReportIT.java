package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mou.testfixtures.PdfStandards;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped 2016 report as a PDF (issue 16), written by the launcher as its own process, as
 * {@code ./mou report --format pdf} writes it, in English and in Spanish: veraPDF finds no failed
 * rule of PDF/A-2 (the level the PDF declares) or PDF/UA-1. And {@code publish} writes the PDF in
 * both languages beside the other formats in {@code published/YEAR/}.
 *
 * <p>The two languages' reports are two processes at once, and both PDFs are read and handed to veraPDF
 * (each on a thread of its own, at once) before any test runs, so that no test depends on another's
 * order ({@code publish} gives the home a fresh workspace).
 *
 * <p>The PDF format bundle ships with the application (launcher/target/bundles): without it
 * {@code --format pdf} is a usage error and these tests fail, they are not skipped.
 */
@Slow
class PdfReportIT {

    /** Where the English PDF of {@code report} is kept from the first home (reset gives the home a fresh workspace). */
    private static final String REPORT_EN = "report-en.pdf";

    static InProcessApp mou;
    static App.Run english;
    static App.Run spanish;
    /** What each report wrote, as it wrote it (null when it wrote nothing), and veraPDF's findings on it. */
    static Written englishPdf;
    static Written spanishPdf;
    private static ExecutorService validating;

    /** A PDF the report command wrote: where, its bytes, and the rules veraPDF finds it breaks (under way). */
    record Written(Path path, byte[] bytes, Future<List<PdfStandards.FailedRule>> failed) {

        List<PdfStandards.FailedRule> failedRules() throws Exception {
            assertThat(bytes).as("%s was written", path).isNotNull();
            return failed.get();
        }
    }

    @BeforeAll
    static void bothReports() throws Exception {
        mou = InProcessApp.boot();
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        CompletableFuture<App.Run> es = CompletableFuture.supplyAsync(() -> {
            try {
                return mou.app.run("report", "--format", "pdf", "--language", "es", "--out", "out-es");
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        english = mou.app.run("report", "--format", "pdf", "--out", "out-en");
        spanish = es.join();
        Path pdf = mou.app.home.resolve("out-en/progress-report-2016.pdf");
        if (Files.isRegularFile(pdf)) {
            Files.copy(pdf, mou.app.home.getParent().resolve(REPORT_EN));
        }
        validating = Executors.newFixedThreadPool(2);
        englishPdf = written(pdf);
        spanishPdf = written(mou.app.home.resolve("out-es/progress-report-2016-es.pdf"));
    }

    private static Written written(Path pdf) throws Exception {
        byte[] bytes = Files.isRegularFile(pdf) ? Files.readAllBytes(pdf) : null;
        return new Written(pdf, bytes, bytes == null ? null : validating.submit(() -> PdfStandards.failedRules(bytes)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (validating != null) {
            validating.shutdownNow();
        }
        if (mou != null) {
            mou.close();
        }
    }

    @Test
    void reportFormatPdfWritesTheShippedReportInEachLanguage() throws Exception {
        assertThat(english.exit()).as(english.toString()).isZero();
        assertThat(english.outLines()).containsExactly(mou.app.home.resolve("out-en/progress-report-2016.pdf").toString());
        assertThat(spanish.exit()).as(spanish.toString()).isZero();
        assertThat(spanish.outLines()).containsExactly(mou.app.home.resolve("out-es/progress-report-2016-es.pdf").toString());
        for (Written pdf : List.of(englishPdf, spanishPdf)) {
            byte[] bytes = pdf.bytes();
            assertThat(bytes).as("%s was written", pdf.path()).isNotNull();
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).as(pdf.path().toString()).isEqualTo("%PDF-");
            assertThat(bytes.length).as("%s: the shipped report as PDF is at most 2 MB", pdf.path()).isLessThanOrEqualTo(2 * 1024 * 1024);
        }
    }

    @Test
    void theEnglishPdfMeetsPdfA2AndPdfUa1() throws Exception {
        assertThat(english.exit()).as(english.toString()).isZero();
        List<PdfStandards.FailedRule> failed = englishPdf.failedRules();
        assertThat(failed).withFailMessage(PdfStandards.describe(failed)).isEmpty();
    }

    @Test
    void theSpanishPdfMeetsPdfA2AndPdfUa1() throws Exception {
        assertThat(spanish.exit()).as(spanish.toString()).isZero();
        List<PdfStandards.FailedRule> failed = spanishPdf.failedRules();
        assertThat(failed).withFailMessage(PdfStandards.describe(failed)).isEmpty();
    }

    @Test
    void publishPutsThePdfInBothLanguagesBesideTheOtherFormats() throws Exception {
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        for (String group : List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
            App.Run submit = mou.run("submit", group, "2016", "--by", "Group Lead");
            assertThat(submit.exit()).as(submit.toString()).isZero();
            App.Run approve = mou.run("approve", group, "2016", "--by", "Program Office");
            assertThat(approve.exit()).as(approve.toString()).isZero();
        }

        App.Run publish = mou.app.run("publish", "2016", "--by", "Maria Lopez");

        assertThat(publish.exit()).as(publish.toString()).isZero();
        Path published = mou.app.data.resolve("published/2016");
        List<String> files = List.of("progress-report-2016.html", "progress-report-2016.md", "progress-report-2016.json",
                "progress-report-2016.pdf", "progress-report-2016-es.html", "progress-report-2016-es.md", "progress-report-2016-es.json",
                "progress-report-2016-es.pdf");
        assertThat(App.names(published)).containsExactlyInAnyOrderElementsOf(files);
        assertThat(publish.outLines()).containsExactlyInAnyOrderElementsOf(files.stream().map(f -> published.resolve(f).toString()).toList());
        for (String pdf : List.of("progress-report-2016.pdf", "progress-report-2016-es.pdf")) {
            byte[] bytes = Files.readAllBytes(published.resolve(pdf));
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).as(pdf).startsWith("%PDF-").contains("%%EOF");
            assertThat(PdfStandards.declaredPdfA2(bytes)).as(pdf + " declares the PDF/A-2 level the report command's PDF does")
                    .isEqualTo(PdfStandards.declaredPdfA2(Files.readAllBytes(mou.app.home.getParent().resolve(REPORT_EN))));
        }
        assertThat(Files.readString(published.resolve("progress-report-2016-es.html"))).contains("<html lang=\"es\"");
    }
}
