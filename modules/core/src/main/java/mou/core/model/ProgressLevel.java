package mou.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five levels of the Progress Key, in order. Each level has a stable id (used in the
 * workspace files), a label key (resolved through the report labels, so a Spanish report is a
 * matter of data) and the colour the published report uses for it.
 */
public enum ProgressLevel {
    NO_PROGRESS("no-progress", "#d9534f"),
    INITIAL("initial", "#f0ad4e"),
    MODERATE("moderate", "#e6c619"),
    SIGNIFICANT("significant", "#5cb85c"),
    ACHIEVED("achieved", "#2e6da4");

    private final String id;
    private final String colour;

    ProgressLevel(String id, String colour) {
        this.id = id;
        this.colour = colour;
    }

    /** The id used in workspace files, e.g. {@code "significant"}. */
    public String id() {
        return id;
    }

    /** The key of this level's label in the report labels, e.g. {@code "level.significant"}. */
    public String labelKey() {
        return "level." + id;
    }

    /** The colour of this level in the Progress Key, as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /** The position of this level in the key: 0 for no progress up to 4 for achieved. */
    public int rank() {
        return ordinal();
    }

    public static Optional<ProgressLevel> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    /** The ids of all levels, in order, for messages such as "expected one of ...". */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ProgressLevel::id).collect(Collectors.toList());
    }
}
