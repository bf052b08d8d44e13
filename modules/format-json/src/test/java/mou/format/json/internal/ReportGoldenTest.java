package mou.format.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import mou.core.report.ReportDocument;
import mou.testfixtures.Golden;
import mou.testfixtures.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * What this format writes of the sample report (every kind of block; in English, in Spanish, and
 * with every text hostile), byte for byte as approved in src/test/resources/golden. A deliberate
 * change of the output: run the tests with {@code -Dgolden.update=true}, review the golden files
 * with {@code git diff}, commit them with the change (see {@link Golden}). What it writes of the
 * shipped report is approved in modules/itest (ReportContentIT).
 */
class ReportGoldenTest {

    private static byte[] rendered(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportFormat().render(document, out);
        return out.toByteArray();
    }

    @Test
    void theSampleReportIsWrittenAsApproved() throws IOException {
        Golden.assertMatches("sample-report.json", rendered(SampleReport.document()));
    }

    @Test
    void theSampleReportInSpanishIsWrittenAsApproved() throws IOException {
        Golden.assertMatches("sample-report-es.json", rendered(SampleReport.document("es")));
    }

    @Test
    void aReportWhoseEveryTextIsHostileIsWrittenAsApproved() throws IOException {
        Golden.assertMatches("hostile-report.json", rendered(SampleReport.hostile(SampleReport.HOSTILE)));
    }
}
