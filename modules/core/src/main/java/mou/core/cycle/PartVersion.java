package mou.core.cycle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of one part of a group's year (an assessment, an event, a figure, a quarterly
 * update, a narrative part, a deliverable): a short digest of its content, the same for the same
 * content in any process. A form carries the version it was read at ({@link Acting#readAt()}); the
 * {@link CycleService} compares it with the part as it is when it saves.
 */
public final class PartVersion {

    /** The version of a part that does not exist (yet). */
    public static final String NONE = "none";

    private PartVersion() {
    }

    /** The version of a part's content; null gives {@link #NONE}. */
    public static String of(Object part) {
        if (part == null) {
            return NONE;
        }
        StringBuilder b = new StringBuilder();
        canonical(part, b);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The version of a reporting year as the review page shows it: every group's year of it (its
     * content and its review steps), in the order of their group ids. What a publish request's
     * {@link Acting#readAt()} is (since 1.4).
     */
    public static String ofYear(Collection<mou.core.model.GroupYear> years) {
        return of(years.stream().sorted(java.util.Comparator.comparing(mou.core.model.GroupYear::groupId)).toList());
    }

    /** Whether a part is still as it was when read at {@code readAt}; a null {@code readAt} asks no question. */
    public static boolean matches(String readAt, Object part) {
        return readAt == null || readAt.equals(of(part));
    }

    /** A text of the content whose form does not depend on map order or on how lists are implemented. */
    private static void canonical(Object value, StringBuilder b) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            b.append('{');
            sorted.forEach((k, v) -> {
                b.append(k).append('=');
                canonical(v, b);
                b.append(';');
            });
            b.append('}');
        } else if (value instanceof Collection<?> list) {
            b.append('[');
            list.forEach(v -> {
                canonical(v, b);
                b.append(';');
            });
            b.append(']');
        } else if (value instanceof Record record) {
            b.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                b.append(component.getName()).append('=');
                try {
                    canonical(component.getAccessor().invoke(record), b);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("the part " + record.getClass().getSimpleName() + " cannot be read", e);
                }
                b.append(';');
            }
            b.append(')');
        } else if (value instanceof Enum<?> e) {
            b.append(e.name());
        } else {
            b.append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }
}
