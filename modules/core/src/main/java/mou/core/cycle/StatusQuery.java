package mou.core.cycle;

/**
 * Where each group's year stands.
 *
 * @param acting who asks (may name nobody)
 * @param year the year, or null for the latest year any group has
 * @param groupId one group only, or null for all
 */
public record StatusQuery(Acting acting, Integer year, String groupId) {
}
