package mou.core.cycle;

import java.util.List;

/**
 * What an import changed.
 *
 * @param groupId the group
 * @param year the year
 * @param changes one per changed part (an activity, figure or event id, a narrative part, a quarter),
 *        empty when the sheet says what the year already says
 * @param files the files written, relative to the workspace
 * @param ignored the edits the import did not take, each named by its cell: cells of the plan's
 *        read-only columns whose text is not the plan's (a CSV file has no locked cells); empty
 *        when there are none (since 1.7)
 */
public record Imported(String groupId, int year, List<Change> changes, List<String> files, List<Problem> ignored) {

    public Imported {
        changes = List.copyOf(changes);
        files = List.copyOf(files);
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
    }

    /** What an import changed, with no edit left aside. */
    public Imported(String groupId, int year, List<Change> changes, List<String> files) {
        this(groupId, year, changes, files, List.of());
    }

    /**
     * One changed part, as the history records it.
     *
     * @param subject what changed, or null when only an order changed
     * @param before its plain value before, or null when it is new
     * @param after its plain value after, or null when it was removed
     */
    public record Change(String subject, Object before, Object after) {
    }
}
