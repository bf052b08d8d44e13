package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report page's bar put into the page's bytes is what it is when put into the page's text. */
class ReportBarTest {

    private static final List<String> FILES = List.of("mou-annual-report-2016.html", "mou-annual-report-2016-es.pdf");

    private static void same(String page, String language) {
        Ui ui = Ui.of(language);
        byte[] bytes = ReportPages.withBar(page.getBytes(StandardCharsets.UTF_8), 2016, language, FILES, ui);
        String expected = ReportPages.withBar(page, 2016, language, FILES, ui);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
        // written in pieces (as the server writes a report page), a byte at a time and in runs of odd lengths
        ReportPages.Pieces pieces = new ReportPages.Pieces();
        byte[] all = page.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < all.length; ) {
            int n = Math.min(all.length - i, 1 + i % 7);
            if (n == 1) {
                pieces.write(all[i]);
            } else {
                pieces.write(all, i, n);
            }
            i += n;
        }
        assertThat(pieces.size()).isEqualTo(all.length);
        assertThat(new String(ReportPages.withBar(pieces, 2016, language, FILES, ui), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void aPageLargerThanOnePieceGetsItsBarOnceWithNothingLostAtThePiecesEdges() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Big</title></head><body>");
        int row = 0;
        while (page.length() < ReportPages.Pieces.PIECE * 2 + 12_345) {
            page.append("<p>row ").append(row++).append(" · ñ</p>");
        }
        page.append("</body></html>");
        same(page.toString(), "en");
        same(page.toString(), "es");
    }

    @Test
    void theBarGoesAfterTheBodyTagAndItsStyleBeforeTheHeadsEnd() {
        String page = "<!DOCTYPE html><html lang=\"es\"><HEAD><title>Año 2016 — ñandú</title></HEAD><Body class=\"r\"><h1>Informe</h1></body></html>";
        same(page, "es");
        same(page, "en");
        assertThat(new String(ReportPages.withBar(page.getBytes(StandardCharsets.UTF_8), 2016, "en", FILES, Ui.of("en")), StandardCharsets.UTF_8))
                .contains("<Body class=\"r\"><nav class=\"mou-bar\"").contains("<link rel=\"stylesheet\" href=\"/static/report-bar.css\"></HEAD>");
    }

    @Test
    void theBarGoesAfterTheReportsSkipLinkSoThatTheKeyboardReachesItFirst() {
        String page = "<!DOCTYPE html><html lang=\"es\"><head><title>Informe</title></head><body>\n<a class=\"skip\" href=\"#_main\">Ir al"
                + " informe (ñ)</a>\n<main id=\"_main\"><h1>Informe</h1></main></body></html>";
        same(page, "es");
        String shown = new String(ReportPages.withBar(page.getBytes(StandardCharsets.UTF_8), 2016, "es", FILES, Ui.of("es")), StandardCharsets.UTF_8);
        assertThat(shown).contains("<body>\n<a class=\"skip\" href=\"#_main\">Ir al informe (ñ)</a><nav class=\"mou-bar\"");
        assertThat(shown.indexOf("class=\"skip\"")).isLessThan(shown.indexOf("class=\"mou-bar\""));
    }

    @Test
    void aPageWithoutHeadOrBodyIsWrapped() {
        same("<p>only a paragraph</p>", "en");
        same("<body><p>a body before the head</p></body><head></head>", "en");
    }
}
