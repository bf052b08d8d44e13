package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.command.CommandHelp;
import org.junit.jupiter.api.Test;

/** help lists serve under a heading of its own and explains it with serve --help's own text. */
class ServeCommandHelpTest {

    @Test
    void serveIsListedWithOneLineAndExplainedByItsUsage() {
        ServeCommandHelp help = new ServeCommandHelp();
        CommandHelp.Topic topic = help.topics().get(0);
        assertThat(topic.summaries()).containsOnlyKeys("serve");
        assertThat(topic.summaries().get("serve")).contains("browsers");
        assertThat(topic.order()).isGreaterThan(300);
        assertThat(topic.guide()).isEqualTo("docs/web.md");
        assertThat(help.usage("serve")).contains(ServeCommand.USAGE);
        assertThat(help.usage("report")).isEmpty();
    }
}
