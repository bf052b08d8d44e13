package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A carried-over level's rationale is the model's sentence, said in the page's language, also from a year that kept only its English. */
class CarriedOverRationalePagesTest {

    private static final String YEAR = "/group/air-quality/2017";
    private static final String ENGLISH = "Level carried over from 2016; not yet re-rated for 2017.";
    private static final String SPANISH = "Nivel que viene de 2016; aún sin calificar de nuevo para 2017.";

    @TempDir
    Path temp;

    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void open() throws Exception {
        web = new WebFixture(temp).withYearOpened(2017);
        member = web.browser(WebFixture.member("air-quality"));
    }

    @Test
    void theSentenceIsInThePagesLanguageAlsoWhenTheYearsFileKeptOnlyItsEnglish() throws Exception {
        Path file = web.data.resolve("groups/air-quality/2017.json");
        String json = Files.readString(file);
        String old = json.replaceAll("\\{\\s*\"en\": \"(Level carried over from 2016; not yet re-rated for 2017\\.)\",\\s*\"es\": \"[^\"]*\",\\s*\"esOf\": \"[^\"]*\"\\s*\\}",
                "\"$1\"");
        assertThat(old).isNotEqualTo(json).doesNotContain(SPANISH);
        Files.writeString(file, old);
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(YEAR).text()).contains(SPANISH).doesNotContain(ENGLISH);
        assertThat(member.get(YEAR + "/activity/aq-2-1").text()).contains(SPANISH).doesNotContain(ENGLISH);
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
        assertThat(member.get(YEAR).text()).contains(ENGLISH).doesNotContain(SPANISH);
    }
}
