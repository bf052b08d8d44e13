package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mou.core.report.ReportDocument;
import mou.testfixtures.SampleReport;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/**
 * The W3C Nu HTML checker, run offline from its Maven jar (its schemas are inside it): the
 * pages must be clean, without errors and without warnings.
 */
class NuValidatorTest {

    private static final String CLEAN = "Document checking completed. No errors found.";

    /**
     * The checker's report; {@code detectLanguage} off where the test's words are not in the
     * page's language on purpose (English sample texts under Spanish labels, markup soup).
     */
    private static String check(ReportDocument document, boolean detectLanguage) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setNoLangDetect(!detectLanguage);
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        byte[] page = HtmlReportFormatTest.render(document).getBytes(StandardCharsets.UTF_8);
        return validator.validate(new ByteArrayInputStream(page)).strip();
    }

    @Test
    void theSampleReportIsValidHtml() throws Exception {
        assertThat(check(SampleReport.document(), true)).isEqualTo(CLEAN);
    }

    @Test
    void theSpanishReportIsValidHtml() throws Exception {
        assertThat(check(SampleReport.document("es"), false)).isEqualTo(CLEAN);
    }

    @Test
    void aReportFullOfMarkupIsStillValidHtml() throws Exception {
        assertThat(check(SampleReport.hostile(SampleReport.HOSTILE), false)).isEqualTo(CLEAN);
    }

    @Test
    void aDraftWithMarksEvidenceAndTablesNamedByTheirHeadingsIsValidHtml() throws Exception {
        assertThat(check(MarksAndLayoutTest.marked(), false)).isEqualTo(CLEAN);
    }

    @Test
    void anEmptyReportIsValidHtml() throws Exception {
        assertThat(check(new ReportDocument("Empty", null, "en", 2016, List.of()), true)).isEqualTo(CLEAN);
    }
}
