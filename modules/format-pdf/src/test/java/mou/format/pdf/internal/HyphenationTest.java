package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Hyphenation by the TeX patterns (English and Spanish), and where the publication uses it. */
class HyphenationTest {

    private static final Hyphenation ENGLISH = Hyphenation.forLanguage("en");
    private static final Hyphenation SPANISH = Hyphenation.forLanguage("es");

    private static String shown(Hyphenation hyphenation, String text) {
        return hyphenation.softHyphens(text).replace(Hyphenation.SOFT_HYPHEN, '-');
    }

    @Test
    void englishWordsAsTeXHyphenatesThem() {
        assertThat(shown(ENGLISH, "hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(shown(ENGLISH, "cooperation")).isEqualTo("co-op-er-a-tion");
        assertThat(shown(ENGLISH, "implementation")).isEqualTo("im-ple-men-ta-tion");
        assertThat(shown(ENGLISH, "greenhouse emissions")).isEqualTo("green-house emis-sions");
        // Knuth's exceptions: "as-so-ciate", not the patterns' "as-so-ci-ate"
        assertThat(shown(ENGLISH, "associate")).isEqualTo("as-so-ciate");
        // at least three letters after the last hyphen in English
        assertThat(shown(ENGLISH, "computer")).isEqualTo("com-puter");
    }

    @Test
    void spanishWordsKeepTheirDigraphsTogether() {
        assertThat(shown(SPANISH, "desarrollo")).isEqualTo("de-sa-rro-llo");
        assertThat(shown(SPANISH, "información")).isEqualTo("in-for-ma-ción");
        assertThat(shown(SPANISH, "contaminación atmosférica")).isEqualTo("con-ta-mi-na-ción at-mos-fé-ri-ca");
        assertThat(shown(SPANISH, "transfronteriza")).isEqualTo("trans-fron-te-ri-za");
        assertThat(shown(SPANISH, "(capacitación), ¿reducción?")).isEqualTo("(ca-pa-ci-ta-ción), ¿re-duc-ción?");
        assertThat(Hyphenation.forLanguage("es-MX")).isSameAs(SPANISH);
        assertThat(Hyphenation.forLanguage("fr")).isNull();
    }

    @Test
    void addressesNumbersCodesAndAcronymsStayWhole() {
        for (String whole : List.of("https://calepa.ca.gov/abcdefgh", "www.example.org", "name@example.org", "2016-2017", "NOM-044-SEMARNAT-2017",
                "SEMARNAT", "CalEPA", "gases_efecto", "file.json", "MOU2016", "table", "Baja")) {
            assertThat(SPANISH.softHyphens(whole)).as(whole).isEqualTo(whole);
            assertThat(ENGLISH.softHyphens(whole)).as(whole).isEqualTo(whole);
        }
        // a word with soft hyphens of its own keeps them as they are
        assertThat(SPANISH.softHyphens("de\u00adsarrollo")).isEqualTo("de\u00adsarrollo");
        // parts joined by a hyphen or an apostrophe are hyphenated each on its own
        assertThat(shown(ENGLISH, "cross-border Mexico’s")).isEqualTo("cross-bor-der Mex-ico’s");
        // white space is kept as it is
        assertThat(shown(ENGLISH, " two  words\n")).isEqualTo(" two  words\n");
    }

    /** In a table cell a column is never narrower than a word's longest part: only long words, in parts of four letters at least. */
    @Test
    void inATableCellOnlyLongWordsInLongParts() {
        assertThat(SPANISH.softHyphens("contaminación atmosférica de vehículos", true).replace(Hyphenation.SOFT_HYPHEN, '-'))
                .isEqualTo("conta-mina-ción atmos-férica de vehículos");
        assertThat(SPANISH.softHyphens("desarrollo", true).replace(Hyphenation.SOFT_HYPHEN, '-')).isEqualTo("desa-rrollo");
        assertThat(ENGLISH.softHyphens("Fire Investigation, Communication", true).replace(Hyphenation.SOFT_HYPHEN, '-'))
                .isEqualTo("Fire Inves-tiga-tion, Commu-nica-tion");
    }

    @Test
    void aLineBreaksAfterASoftHyphenBetweenLetters() {
        LineBreaks breaker = new LineBreaks();
        breaker.setText("de\u00adsa\u00adrro\u00adllo x");
        List<Integer> found = new ArrayList<>();
        for (int at = breaker.next(); at >= 0; at = breaker.next()) {
            found.add(at);
        }
        assertThat(found).containsExactly(3, 6, 10, 14, 15);
    }

    /**
     * The publication hyphenates paragraphs and long table cells in the report's language, never
     * headings, captions, web addresses, short cells (labels) or names kept as they are.
     */
    @Test
    void thePublicationHyphenatesRunningTextOnly() {
        String sentence = "La contaminación atmosférica transfronteriza y el desarrollo de capacidades institucionales";
        Section section = new Section("s", "Contaminación atmosférica transfronteriza", List.of(
                new Block.Paragraph(sentence + " https://semarnat.gob.mx/informacion"),
                new Block.Table("Capacitación internacional", List.of("Actividad", "Descripción"),
                        List.of(List.of("Capacitación", sentence)))), List.of());
        ReportDocument document = new ReportDocument("Informe", "", "es", 2016, List.of(section));
        Document page = new PublicationPage(document, Paper.LETTER, List.of(), LocalDate.of(2017, 1, 31)).build();
        // a chapter's heading holds the running header's copy of its title (drawn in the top margin, not in the text) before the title
        assertThat(texts(page, "h2")).contains("Contaminación atmosférica transfronteriza".repeat(2)).noneMatch(h -> h.contains("\u00ad"));
        assertThat(texts(page, "caption")).containsExactly("Capacitación internacional");
        assertThat(texts(page, "a")).contains("https://semarnat.gob.mx/informacion");
        assertThat(texts(page, "p")).anySatisfy(p -> assertThat(p).startsWith("La con\u00adta\u00admi\u00adna\u00adción"));
        List<String> cells = texts(page, "td");
        // a short cell is a label, left whole; a long one is hyphenated as cells are (long words, four letters at least on each side)
        assertThat(cells).contains("Capacitación").anySatisfy(c -> assertThat(c).contains(" desa\u00adrrollo ").contains("atmos\u00adférica"));
        // the text is the same without its soft hyphens
        assertThat(texts(page, "p")).anySatisfy(p -> assertThat(p.replace("\u00ad", "")).isEqualTo(sentence + " https://semarnat.gob.mx/informacion"));
    }

    private static List<String> texts(Document page, String name) {
        List<String> texts = new ArrayList<>();
        NodeList found = page.getElementsByTagNameNS(PublicationPage.XHTML, name);
        for (int i = 0; i < found.getLength(); i++) {
            Node node = found.item(i);
            if (node instanceof Element element) {
                texts.add(element.getTextContent());
            }
        }
        return texts;
    }
}
