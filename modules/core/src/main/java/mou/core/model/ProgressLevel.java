package mou.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Every level in key order: {@link #values()} copies its array on each call. */
    private static final ProgressLevel[] LEVELS = values();

    private final String id;
    private final String labelKey;
    private final String colour;

    ProgressLevel(String id, String colour) {
        this.id = id;
        this.labelKey = "level." + id;
        this.colour = colour;
    }

    /** The id used in workspace files, e.g. {@code "significant"}. */
    public String id() {
        return id;
    }

    /** The key of this level's label in the report labels, e.g. {@code "level.significant"}. */
    public String labelKey() {
        return labelKey;
    }

    /** The colour of this level in the Progress Key, as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /** The position of this level in the key: 0 for no progress up to 4 for achieved. */
    public int rank() {
        return ordinal();
    }

    /** The level with this id; read for every assessment loaded, so a plain loop. */
    public static Optional<ProgressLevel> byId(String id) {
        for (ProgressLevel level : LEVELS) {
            if (level.id.equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The ids of all levels, in order, for messages such as "expected one of ...". */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(LEVELS.length);
        for (ProgressLevel level : LEVELS) {
            ids.add(level.id);
        }
        return ids;
    }
}
