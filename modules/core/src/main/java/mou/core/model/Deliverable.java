package mou.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * A deliverable of an activity. Deliverables are typed: {@code type} names a
 * {@link mou.core.spi.DeliverableType} contributed by the core or by a working-group plugin,
 * which says what {@code attributes} it accepts and how it summarises itself.
 *
 * @param id stable id, unique within the workspace
 * @param type the deliverable type id, e.g. {@code "information-exchange"} or {@code "monitoring-study"}
 * @param title the deliverable as the plan states it
 * @param note a remark on it (e.g. "not currently considered a necessary deliverable"), or null
 * @param attributes the type's attributes, as plain JSON-like values (String, Number, Boolean,
 *        List, Map); kept as given when the type's plugin is not installed
 */
public record Deliverable(String id, String type, Text title, Text note, Map<String, Object> attributes) {

    public Deliverable {
        Objects.requireNonNull(type, "type");
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
