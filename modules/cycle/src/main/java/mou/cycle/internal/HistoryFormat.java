package mou.cycle.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import mou.core.model.HistoryEntry;

/** A history entry as one line for people: when, who, what, on what, before → after, and why. */
final class HistoryFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST = 160;

    private HistoryFormat() {
    }

    static String line(HistoryEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.at()).append("  ").append(e.by()).append("  ").append(e.action());
        if (e.groupId() != null) {
            b.append("  ").append(e.groupId());
            if (e.year() != null) {
                b.append(' ').append(e.year());
            }
        }
        if (e.subject() != null) {
            b.append(' ').append(e.subject());
        }
        b.append(": ").append(value(e.before(), "(none)")).append(" -> ").append(value(e.after(), "(removed)"));
        if (e.why() != null && !e.why().isBlank()) {
            b.append("  because: ").append(e.why());
        }
        return b.toString();
    }

    /** The level or state when the value has one (what a reader looks for), else the value in short JSON. */
    static String value(Object value, String none) {
        if (value == null) {
            return none;
        }
        if (value instanceof Map<?, ?> m && m.get("level") instanceof String level) {
            return level;
        }
        if (value instanceof Map<?, ?> m && m.get("state") instanceof String state) {
            return state;
        }
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            json = String.valueOf(value);
        }
        return json.length() > LONGEST ? json.substring(0, LONGEST - 1) + "…" : json;
    }
}
