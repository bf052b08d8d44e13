package mou.commands.internal;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command writes and what it resolves relative paths against.
 *
 * @param out the command's output (report paths, listings)
 * @param err problems and messages for the person
 * @param cwd the current directory: relative --data/--out paths and install files are resolved against it
 */
record Io(PrintStream out, PrintStream err, Path cwd) {
}
