package mou.core.cycle;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a request, for the person who made it.
 *
 * @param field what the problem is about, so that a form shows it beside that field: the name of a
 *        request's component ({@code "rationale"}, {@code "level"}), with the position for one of a
 *        list ({@code "evidence[1]"}); a cell of imported sheet content ({@code "Assessments!E7"});
 *        or null for the request as a whole
 * @param message what is wrong and what to do, in plain words. Where it names a field of the
 *        request it writes it in braces ({@code "a new event needs {kind}"}), so that each front
 *        door shows its own name for it (an option, a form label): see {@link #text}
 */
public record Problem(String field, String message) {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9\\[\\]]*)\\}");

    /** The message with each {@code {field}} replaced by what {@code names} calls that field. */
    public String text(Function<String, String> names) {
        Matcher m = NAME.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Whether the message names fields in braces. */
    public boolean namesFields() {
        return NAME.matcher(message).find();
    }

    /** {@code field: message}, fields named as they are. */
    @Override
    public String toString() {
        return (field == null || namesFields() ? "" : field + ": ") + text(Function.identity());
    }
}
