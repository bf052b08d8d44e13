package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void readsClausesWithQuotedVersionRangesContainingCommas() {
        List<Headers.Clause> clauses = Headers.parse(
                "mou.core.model;version=\"[1.0,2)\",mou.core.spi;version=\"[1.0,2)\";resolution:=optional,org.osgi.framework");

        assertThat(clauses).hasSize(3);
        assertThat(clauses.get(0).names()).containsExactly("mou.core.model");
        assertThat(clauses.get(0).attribute("version")).isEqualTo("[1.0,2)");
        assertThat(clauses.get(1).directive("resolution")).isEqualTo("optional");
        assertThat(clauses.get(2).names()).containsExactly("org.osgi.framework");
        assertThat(clauses.get(2).attributes()).isEmpty();
    }

    @Test
    void keepsTypedAttributesUnderTheirPlainName() {
        List<Headers.Clause> clauses = Headers.parse(
                "osgi.service;objectClass:List<String>=\"mou.core.spi.WorkingGroupPlugin,mou.core.spi.ReportSectionContributor\";uses:=\"mou.core.spi\"");

        assertThat(clauses).hasSize(1);
        assertThat(Headers.listValue(clauses.get(0).attribute("objectClass")))
                .containsExactly("mou.core.spi.WorkingGroupPlugin", "mou.core.spi.ReportSectionContributor");
        assertThat(clauses.get(0).directive("uses")).isEqualTo("mou.core.spi");
    }

    @Test
    void aClauseMayNameSeveralPackages() {
        List<Headers.Clause> clauses = Headers.parse("a.b;c.d;version=1.2");

        assertThat(clauses.get(0).names()).containsExactly("a.b", "c.d");
        assertThat(clauses.get(0).attribute("version")).isEqualTo("1.2");
    }

    @Test
    void anEscapedCommaStaysInsideAListElement() {
        assertThat(Headers.listValue("a\\,b,c")).containsExactly("a,b", "c");
    }

    @Test
    void anEmptyOrMissingHeaderHasNoClauses() {
        assertThat(Headers.parse(null)).isEmpty();
        assertThat(Headers.parse("  ")).isEmpty();
    }
}
