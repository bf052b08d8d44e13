package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.command.CommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path home;

    ServeCommand.Settings settings(String... words) throws CommandException {
        return ServeCommand.settings(ServeCommand.options(List.of(words)), home, home);
    }

    @Test
    void listensOnThisMachineOnly8080ByDefault() throws Exception {
        Files.createDirectories(home.resolve("data"));
        ServeCommand.Settings settings = settings();
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.bind().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.bind().isLoopbackAddress()).isTrue();
        assertThat(settings.data()).isEqualTo(home.resolve("data"));
        ServeCommand.Settings given = settings("--port", "9000", "--bind", "0.0.0.0", "--data", ".");
        assertThat(given.port()).isEqualTo(9000);
        assertThat(given.bind().isAnyLocalAddress()).isTrue();
        assertThat(given.data()).isEqualTo(home);
    }

    @Test
    void refusesABadPortAddressOrFolderWithAUsageError() throws Exception {
        Files.createDirectories(home.resolve("data"));
        for (String port : List.of("0", "65536", "80x", "-1", "99999999999")) {
            assertThatThrownBy(() -> settings("--port", port)).as(port).isInstanceOf(CommandException.class)
                    .hasMessageContaining("--port must be a port number from 1 to 65535, not '" + port + "'")
                    .satisfies(e -> assertThat(((CommandException) e).status()).isEqualTo(2));
        }
        for (String bind : List.of("no such host!", "a b", "-")) {
            assertThatThrownBy(() -> settings("--bind", bind)).as(bind).isInstanceOf(CommandException.class)
                    .hasMessageContaining("--bind must be an address of this machine");
        }
        assertThatThrownBy(() -> settings("--data", "missing")).isInstanceOf(CommandException.class)
                .hasMessageContaining("there is no workspace folder at " + home.resolve("missing"));
        assertThatThrownBy(() -> settings("--colour")).isInstanceOf(CommandException.class);
    }
}
