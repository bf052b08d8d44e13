package mou.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One endpoint of the application: its method, its path pattern ({@code /group/{group}/{year}}:
 * each {@code {name}} matches one path segment), who may use it, and what answers it. The routes
 * are the one list of endpoints: {@link WebApp} checks access and the CSRF token of every
 * {@code POST} from it, and the tests enumerate it so that no endpoint escapes them.
 *
 * @param method {@code GET} (reads) or {@code POST} (changes; always needs the form's CSRF token)
 * @param pattern the path pattern
 * @param access who may use it
 * @param handler what answers it
 */
record Route(String method, String pattern, Access access, Handler handler) {

    private static final Pattern PART = Pattern.compile("\\{([a-z][a-zA-Z]*)\\}");

    /** What answers a request that matched a route and passed its access check. */
    @FunctionalInterface
    interface Handler {
        Response handle(Call call) throws WebApp.Refusal;
    }

    /** Whether the request changes something (and so needs the CSRF token). */
    boolean changes() {
        return method.equals("POST");
    }

    /** The path's parts named in the pattern, when the path matches it. */
    Optional<Map<String, String>> match(List<String> segments) {
        List<String> parts = WebApp.segments(pattern);
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            var m = PART.matcher(parts.get(i));
            if (m.matches()) {
                values.put(m.group(1), segments.get(i));
            } else if (!parts.get(i).equals(segments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return method + " " + pattern + " (" + access.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
    }
}
