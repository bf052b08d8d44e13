package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void theOverviewListsTheCommandsOfOtherBundlesAfterItsOwn() {
        String overview = Help.overview("/home", "/home/plugins", List.of("approve", "rate", "year"));
        assertThat(overview).contains("report ").contains("More commands from installed bundles").contains("approve, rate, year");
        assertThat(overview.indexOf("uninstall")).isLessThan(overview.indexOf("approve, rate, year"));
    }

    @Test
    void withoutOtherCommandsThereIsNoSuchList() {
        assertThat(Help.overview("/home", "/home/plugins", List.of())).doesNotContain("More commands");
    }
}
