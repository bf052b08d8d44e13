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

    /**
     * A form's Spanish field of a link's title ({@link Rate#evidenceEs()}): by the rule of every Spanish text, a Spanish given
     * translates the title's English (a stale one so confirmed, too), one given empty removes it, none given keeps it, and a
     * Spanish for a link without a title is refused naming its field, nothing saved.
     */
    @Test
    void aLinksTitleTakesItsSpanishFromTheFormsSpanishFieldByTheRuleOfEverySpanishText() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        Acting ana = Acting.of(f.data, "Ana");
        String url = "https://example.org/network-2017.pdf";
        String minutes = "https://example.org/minutes.pdf";
        Text why = Text.of("ProAire was adopted.");
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", why, List.of(new Link(Text.of("Network report"), url),
                new Link(Text.of("Minutes"), minutes)), List.of(), false, java.util.Arrays.asList("Informe de la red", null)));
        List<Link> evidence = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence();
        assertThat(evidence.get(0).title()).isEqualTo(Text.of("Network report", "Informe de la red"));
        assertThat(evidence.get(1).title().es()).isNull();

        // the English changed and the Spanish not given: kept, stale; then given as it was, it translates the English now
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", why, List.of(new Link(Text.of("Network report 2017"), url)), List.of(),
                false, java.util.Arrays.asList((String) null)));
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence().get(0).title().spanishStale()).isTrue();
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", why, List.of(new Link(Text.of("Network report 2017"), url)), List.of(),
                false, List.of("Informe de la red")));
        Text confirmed = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence().get(0).title();
        assertThat(confirmed.es()).isEqualTo("Informe de la red");
        assertThat(confirmed.spanishStale()).isFalse();

        // emptied: removed
        f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", why, List.of(new Link(Text.of("Network report 2017"), url)), List.of(),
                false, List.of("")));
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().evidence().get(0).title().es()).isNull();

        // a Spanish title without an English one: refused beside its field, nothing saved
        String before = java.nio.file.Files.readString(f.data.resolve("groups/air-quality/2017.json"));
        mou.core.cycle.CycleException e = org.assertj.core.api.Assertions.catchThrowableOfType(mou.core.cycle.CycleException.class,
                () -> f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", why, List.of(new Link(null, url)), List.of(), false,
                        List.of("Informe de la red"))));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("evidenceEs[0]");
            assertThat(p.code()).isEqualTo("text.spanish.alone");
            assertThat(p.text("es", n -> n.equals("evidenceEs[0]") ? "Título del enlace 1 (español)" : "Título del enlace 1"))
                    .startsWith("Título del enlace 1 (español): este texto en español no tiene un inglés que traducir: escriba también"
                            + " Título del enlace 1");
        });
        assertThat(java.nio.file.Files.readString(f.data.resolve("groups/air-quality/2017.json"))).isEqualTo(before);
    }
}
