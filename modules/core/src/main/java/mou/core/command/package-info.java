/**
 * How every mou command reads what was typed after its name and says how it ended, whichever
 * bundle provides it: {@link mou.core.command.Args} parses the options (Gogo passes the words
 * unparsed), {@link mou.core.command.CommandException} stops a command with the lines to print
 * and an exit {@link mou.core.command.Status}, and {@link mou.core.command.Io} is where it
 * writes and what it resolves relative paths against. {@link mou.core.command.AtomicFiles} is the
 * one way every front door and the store replace a file (whole old or whole new content, never a part),
 * never through a symbolic link, and says in words why a file could not be written.
 * {@link mou.core.command.CommandHelp} is the service through which a bundle's commands are listed
 * and explained by {@code help} (since 1.2, with {@link mou.core.command.Args#nearest}, the one
 * "did you mean" for options and commands; since 1.4, {@link mou.core.command.AtomicFiles#isInside}, whether a
 * path is in a folder, links resolved).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package mou.core.command;
