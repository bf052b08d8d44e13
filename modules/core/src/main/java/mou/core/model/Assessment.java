package mou.core.model;

import java.util.List;

/**
 * An activity's level on the Progress Key in a year, as its working group rated it.
 *
 * @param activityId the activity rated
 * @param level its level
 * @param rationale why the group gives this level
 * @param evidence what supports the rating
 * @param inferred true when the level was not stated by the group but inferred from the
 *        narrative (the 2016 report's progress icons were lost), so a reader can tell
 */
public record Assessment(String activityId, ProgressLevel level, Text rationale, List<Link> evidence, boolean inferred) {

    public Assessment {
        evidence = List.copyOf(evidence);
    }
}
