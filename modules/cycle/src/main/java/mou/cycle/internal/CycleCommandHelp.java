package mou.cycle.internal;

import java.util.List;
import java.util.Optional;
import mou.core.command.CommandHelp;
import org.osgi.service.component.annotations.Component;

/**
 * The reporting cycle's commands as {@code help} lists and explains them: one group, in the order
 * of the cycle, between the application's own groups, with the walk-through docs/reporting-cycle.md.
 * The texts are {@link CycleHelp}'s, which {@code COMMAND --help} prints too.
 */
@Component(service = CommandHelp.class)
public final class CycleCommandHelp implements CommandHelp {

    @Override
    public List<Topic> topics() {
        return List.of(new Topic(CycleHelp.TITLE, 200, CycleHelp.SUMMARIES, CycleHelp.GUIDE));
    }

    @Override
    public Optional<String> usage(String command) {
        return CycleHelp.SUMMARIES.containsKey(command) ? Optional.of(CycleHelp.of(command)) : Optional.empty();
    }
}
