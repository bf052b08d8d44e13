package mou.commands.internal;

/** A mistake in how a command was called; its message tells the person what to type instead. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
