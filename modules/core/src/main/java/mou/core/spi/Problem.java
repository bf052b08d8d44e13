package mou.core.spi;

/**
 * A problem found in a workspace, located in its file.
 *
 * @param severity errors make the workspace invalid; warnings do not
 * @param file the file, relative to the workspace, with '/' separators
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path the JSON path of the value, e.g. {@code $.goals[2].activities[0].id}, or empty
 * @param message what is wrong and what to do, in plain English words (the commands print it)
 * @param messageEs the same in Spanish, for pages in Spanish; null when the problem was said in
 *        English only, and then shown in English (since 1.6)
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message, String messageEs) {

    /** A problem said in English only (shown as given in every language). */
    public Problem(Severity severity, String file, int line, int column, String path, String message) {
        this(severity, file, line, column, path, message, null);
    }

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in {@code language} ({@code en} or {@code es}): its Spanish when it has one, else its English (since 1.6). */
    public String message(String language) {
        return mou.core.model.Text.in(language, message, messageEs);
    }

    /** {@code file:line:column: path: message}, with "warning: " before the message for warnings. */
    public String format() {
        return format("en");
    }

    /**
     * {@link #format()} in {@code language}: the message in that language, after "aviso: " for a warning
     * in Spanish (since 1.6).
     */
    public String format(String language) {
        boolean es = "es".equals(language);
        StringBuilder b = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        if (severity == Severity.WARNING) {
            b.append(es ? "aviso: " : "warning: ");
        }
        return b.append(message(language)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
