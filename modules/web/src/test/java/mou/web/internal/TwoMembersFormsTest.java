package mou.web.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the tests of the records' forms by two members of Air Quality: the shipped workspace
 * with 2017 opened by the program office; the colleague reads the pages in Spanish.
 */
abstract class TwoMembersFormsTest {

    static final String YEAR = RecordPagesTest.YEAR;

    @TempDir
    Path temp;

    WebFixture web;
    WebFixture.Browser member;
    WebFixture.Browser colleague;

    @BeforeEach
    void open() throws Exception {
        web = new WebFixture(temp).withYearOpened(2017);
        member = web.browser(WebFixture.member("air-quality"));
        colleague = web.browser(WebFixture.member("air-quality"));
        colleague.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
    }
}
