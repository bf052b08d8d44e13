package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.command.CommandHelp;
import org.osgi.service.component.annotations.Component;

/**
 * {@code user} as {@code help} lists and explains it: right after {@code serve}, with the web
 * application's guide docs/web.md. The text is {@link UserCommand#USAGE}, which {@code user --help}
 * prints too.
 */
@Component(service = CommandHelp.class)
public final class UserCommandHelp implements CommandHelp {

    @Override
    public List<Topic> topics() {
        return List.of(new Topic("Accounts of the web application", 410,
                Map.of(UserCommand.COMMAND, "add, change, remove and list the accounts that sign in to serve"), "docs/web.md"));
    }

    @Override
    public Optional<String> usage(String command) {
        return UserCommand.COMMAND.equals(command) ? Optional.of(UserCommand.USAGE) : Optional.empty();
    }
}
