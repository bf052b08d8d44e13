package mou.core.command;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command writes and what it resolves relative paths against.
 *
 * @param out what the command produced (paths written, listings, what changed)
 * @param err problems and messages for the person
 * @param cwd the current directory: relative paths given to the command are resolved against it
 */
public record Io(PrintStream out, PrintStream err, Path cwd) {
}
