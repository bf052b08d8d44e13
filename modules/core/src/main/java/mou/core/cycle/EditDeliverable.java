package mou.core.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.spi.AttributeSpec;

/**
 * Edit the attributes of a deliverable of a group's plan, from the group's year: its members while
 * the year is editable, or the program office. The values are as a person types them into a form
 * built from the deliverable type's {@link AttributeSpec}s ({@link #typed} writes a value that way);
 * an attribute not named keeps its value, an empty text removes the attribute, and attributes the
 * type does not know are kept as they are. The type's own {@code validate} decides what is accepted.
 *
 * <p>How each kind of attribute is typed: a text as it is (a bilingual text whose English is not
 * changed keeps its Spanish); a list of texts one per line; a number in digits with a {@code .} for
 * decimals; true or false; a date such as {@code 2017-03}; a quantity as its number and unit
 * ({@code 6000 m3}); organizations as ids separated by commas; counts as {@code id: number}, one per line.
 *
 * @param acting who edits it
 * @param groupId the group whose plan has the deliverable
 * @param year the group's year it is edited from, which must be editable
 * @param deliverableId the deliverable's id
 * @param attributes the attributes to change, by name, each as typed
 * @param spanish the Spanish of text attributes (kind {@code TEXT}), by name, as a form gives it: an attribute not named keeps
 *        the Spanish its text has (stale when its English changed), an empty one removes it, any other translates the text's
 *        English (as given, or as it is); a Spanish for a text without English, or for an attribute that is no text, is refused
 *        (field {@code NAMEEs}, as {@code titleEs} names a title's Spanish). Null or empty for none (since 1.11). For a list of texts
 *        (kind {@code TEXT_LIST}) the Spanish of its items, one line per item of the list as its English is after this edit, in the
 *        same order: each line translates its item's English, an empty or missing line leaves its item without Spanish, more
 *        lines than items are refused
 * @since 1.3
 */
public record EditDeliverable(Acting acting, String groupId, int year, String deliverableId, Map<String, String> attributes,
        Map<String, String> spanish) {

    public EditDeliverable {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        spanish = spanish == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spanish));
    }

    /** An edit of the attributes' values alone: every text keeps its Spanish (every caller before 1.11). */
    public EditDeliverable(Acting acting, String groupId, int year, String deliverableId, Map<String, String> attributes) {
        this(acting, groupId, year, deliverableId, attributes, null);
    }

    /** A value of an attribute as a person types it (see the class), or empty for none. */
    public static String typed(AttributeSpec.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        switch (kind) {
            case TEXT:
                return text(value);
            case TEXT_LIST:
                if (value instanceof List<?> list) {
                    List<String> lines = new ArrayList<>();
                    list.forEach(v -> lines.add(text(v)));
                    return String.join("\n", lines);
                }
                break;
            case INTEGER, NUMBER, MONEY, PERCENT:
                if (value instanceof Number n) {
                    return number(n);
                }
                break;
            case QUANTITY:
                if (value instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
                    return number(n) + (m.get("unit") == null ? "" : " " + m.get("unit"));
                }
                break;
            case ORGANIZATIONS:
                if (value instanceof List<?> list) {
                    List<String> ids = new ArrayList<>();
                    list.forEach(v -> ids.add(String.valueOf(v)));
                    return String.join(", ", ids);
                }
                break;
            case COUNTS:
                if (value instanceof Map<?, ?> m) {
                    List<String> lines = new ArrayList<>();
                    m.forEach((k, v) -> lines.add(k + ": " + (v instanceof Number n ? number(n) : v)));
                    return String.join("\n", lines);
                }
                break;
            default:
                break;
        }
        return String.valueOf(value);
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> m && m.get("en") != null) {
            return String.valueOf(m.get("en"));
        }
        return String.valueOf(value);
    }

    private static String number(Number n) {
        try {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return n.toString();
        }
    }
}
