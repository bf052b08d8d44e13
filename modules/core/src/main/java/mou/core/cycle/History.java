package mou.core.cycle;

import java.util.List;
import mou.core.model.HistoryEntry;

/**
 * The recorded changes that match a query.
 *
 * @param entries the matching entries, oldest first
 * @param recorded how many entries the workspace's history holds in all
 */
public record History(List<HistoryEntry> entries, int recorded) {
}
