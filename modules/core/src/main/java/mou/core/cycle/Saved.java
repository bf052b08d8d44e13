package mou.core.cycle;

import java.util.List;

/**
 * What a change to one part of a group's year did.
 *
 * @param <T> the part: an assessment, event, figure, quarterly update, narrative part or review state
 * @param groupId the working group
 * @param year the year
 * @param subject what changed in the year (an activity, figure or event id, a narrative part, a
 *        quarter such as {@code Q3}), or null for the year as a whole
 * @param before the part before, or null when it is new
 * @param after the part after, or null when it was removed
 * @param changed whether anything was saved (false when the request said what the year already says)
 * @param files the files written, relative to the workspace
 */
public record Saved<T>(String groupId, int year, String subject, T before, T after, boolean changed, List<String> files) {

    public Saved {
        files = List.copyOf(files);
    }
}
