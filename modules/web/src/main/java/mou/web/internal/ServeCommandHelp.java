package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.command.CommandHelp;
import org.osgi.service.component.annotations.Component;

/**
 * {@code serve} as {@code help} lists and explains it: a group of its own, after the application's
 * plugins group, with the web application's guide docs/web.md. The text is {@link ServeCommand#USAGE},
 * which {@code serve --help} prints too.
 */
@Component(service = CommandHelp.class)
public final class ServeCommandHelp implements CommandHelp {

    static final String COMMAND = "serve";

    @Override
    public List<Topic> topics() {
        return List.of(new Topic("The web application", 400,
                Map.of(COMMAND, "serve the workspace to browsers: dashboard, reports, the groups' forms, review, plugins"), "docs/web.md"));
    }

    @Override
    public Optional<String> usage(String command) {
        return COMMAND.equals(command) ? Optional.of(ServeCommand.USAGE) : Optional.empty();
    }
}
