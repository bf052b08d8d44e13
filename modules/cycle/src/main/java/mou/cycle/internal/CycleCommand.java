package mou.cycle.internal;

import java.util.List;
import mou.core.command.CommandException;
import mou.core.command.Io;

/**
 * One command of the reporting cycle: it reads its options, builds a request, calls the cycle
 * service and prints the result. A mistake or a refusal is thrown with its lines and exit status.
 */
interface CycleCommand {

    void run(List<String> words, Io io) throws CommandException;
}
