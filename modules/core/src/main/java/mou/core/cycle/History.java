package mou.core.cycle;

import java.util.List;
import mou.core.model.HistoryEntry;

/**
 * The recorded changes that match a query.
 *
 * @param entries the matching entries, oldest first (the newest ones only, when the query asked for
 *        at most some)
 * @param recorded how many entries the workspace's history holds in all
 * @param matched how many entries matched the query in all, {@code entries} or more (since 1.3)
 */
public record History(List<HistoryEntry> entries, int recorded, int matched) {

    public History {
        entries = List.copyOf(entries);
    }

    /** Every matching entry. */
    public History(List<HistoryEntry> entries, int recorded) {
        this(entries, recorded, entries.size());
    }

    /**
     * Whether older matching entries were left out.
     *
     * @since 1.3
     */
    public boolean more() {
        return matched > entries.size();
    }
}
