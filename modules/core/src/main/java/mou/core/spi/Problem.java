package mou.core.spi;

/**
 * A problem found in a workspace, located in its file.
 *
 * @param severity errors make the workspace invalid; warnings do not
 * @param file the file, relative to the workspace, with '/' separators
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path the JSON path of the value, e.g. {@code $.goals[2].activities[0].id}, or empty
 * @param message what is wrong and what to do, in plain words
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: path: message}, with "warning: " before the message for warnings. */
    public String format() {
        StringBuilder b = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        return b.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
