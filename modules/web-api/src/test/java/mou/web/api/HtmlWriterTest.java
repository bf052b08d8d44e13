package mou.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> 'q' & [x](javascript:alert(1))";

    @Test
    void escapesMarkupInTextAndAttributes() {
        String html = new HtmlWriter().start("p", "title", HOSTILE).text(HOSTILE).end("p").html();
        assertThat(html).startsWith("<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;q&#39; &amp;");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").endsWith("</p>");
        assertThat(html.chars().filter(c -> c == '<').count()).isEqualTo(2);
    }

    @Property
    void escapedTextHasNoMarkupCharactersLeft(@ForAll String text) {
        String escaped = HtmlWriter.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replace("&amp;", "")).doesNotContainPattern("&(?!lt;|gt;|quot;|#39;)");
    }

    @Test
    void replacesCharactersAnHtmlDocumentMayNotHold() {
        assertThat(HtmlWriter.escape("a\u0000b\u0007c\u0085d\ud800e\tf\ng")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng");
        assertThat(HtmlWriter.escape("😀 á")).isEqualTo("😀 á");
        assertThat(HtmlWriter.escape(null)).isEmpty();
    }

    @Test
    void refusesElementsAndAttributesThatCouldRunScript() {
        HtmlWriter html = new HtmlWriter();
        assertThatThrownBy(() -> html.start("script")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'script' is not allowed");
        assertThatThrownBy(() -> html.start("img", "src", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("p", "onclick", "alert(1)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'onclick' is not allowed");
        assertThatThrownBy(() -> html.start("p", "style", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("p", "class")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
        assertThat(html.html()).isEmpty();
    }

    @Test
    void tabindexIsZeroOrMinusOneOnly() {
        // a box that scrolls sideways is reached by the keyboard with tabindex 0; a positive one would reorder the page's tabbing
        assertThat(new HtmlWriter().start("section", "tabindex", "0").html()).isEqualTo("<section tabindex=\"0\"></section>");
        assertThat(new HtmlWriter().start("div", "tabindex", "-1").html()).isEqualTo("<div tabindex=\"-1\"></div>");
        assertThatThrownBy(() -> new HtmlWriter().start("div", "tabindex", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tabindex is 0 or -1");
    }

    @Test
    void linksGoOnlyToThisApplicationOrToWebAddresses() {
        assertThat(new HtmlWriter().link("/report/2016?lang=es", "es").html()).isEqualTo("<a href=\"/report/2016?lang=es\">es</a>");
        assertThat(new HtmlWriter().link("https://calepa.ca.gov/a?b=1&c=2", "x").html())
                .isEqualTo("<a href=\"https://calepa.ca.gov/a?b=1&amp;c=2\">x</a>");
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/", "vbscript:x",
                " /x", "report/2016"}) {
            assertThatThrownBy(() -> new HtmlWriter().link(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("http(s)");
        }
    }

    @Test
    void closesWhatIsLeftOpenAndRefusesAWrongClose() {
        HtmlWriter html = new HtmlWriter().start("table").start("tr").element("td", 1);
        assertThat(html.html()).isEqualTo("<table><tr><td>1</td></tr></table>");
        assertThatThrownBy(() -> html.end("table")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the element open last is tr");
        assertThat(new HtmlWriter().start("p").start("br").text("x").end("p").html()).isEqualTo("<p><br>x</p>");
    }
}
