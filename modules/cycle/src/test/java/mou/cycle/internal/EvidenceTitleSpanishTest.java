package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.Rate;
import mou.core.model.Link;
import mou.core.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evidence link's title given in English only, as the web's rate form sends every link it shows, keeps the
 * Spanish the same link's title had (stale when its English changed); every rating from the browser dropped it.
 */
class EvidenceTitleSpanishTest {

    @TempDir
    Path temp;

    @Test
    void aLinksTitleSentBackInEnglishOnlyKeepsItsSpanish() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        Acting ana = Acting.of(f.data, "Ana");
        String url = "https://example.org/network-2017.pdf";
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", Text.of("ProAire was adopted.", "Se adoptó el ProAire."),
                List.of(new Link(Text.of("Network report", "Informe de la red"), url))));

        // the same link sent back as a form shows it: its title in English
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", Text.of("ProAire was adopted in May."),
                List.of(new Link(Text.of("Network report"), url), new Link(Text.of("Minutes"), "https://example.org/minutes.pdf"))));
        List<Link> evidence = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence();
        assertThat(evidence.get(0).title().es()).isEqualTo("Informe de la red");
        assertThat(evidence.get(0).title().spanishStale()).isFalse();
        assertThat(evidence.get(1).title().es()).isNull();

        // its English corrected: the Spanish stays, older than its English, for validate and publish to show
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", Text.of("ProAire was adopted in May."),
                List.of(new Link(Text.of("Network report 2017"), url))));
        Text title = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence().get(0).title();
        assertThat(title.en()).isEqualTo("Network report 2017");
        assertThat(title.es()).isEqualTo("Informe de la red");
        assertThat(title.spanishStale()).isTrue();
    }
}
