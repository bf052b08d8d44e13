package mou.core.cycle;

import mou.core.spi.LoadResult;

/**
 * Where each group's year stands.
 *
 * @param acting who asks (may name nobody)
 * @param year the year, or null for the latest year any group has
 * @param groupId one group only, or null for all
 * @param read the workspace as already read (a page that shows it beside the status: the same reading,
 *        not another load), or null for the service to read it; a reading with errors is refused as a
 *        load of them is
 */
public record StatusQuery(Acting acting, Integer year, String groupId, LoadResult read) {

    /** The status of the workspace as the service reads it now. */
    public StatusQuery(Acting acting, Integer year, String groupId) {
        this(acting, year, groupId, null);
    }
}
