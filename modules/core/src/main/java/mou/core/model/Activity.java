package mou.core.model;

import java.util.List;

/**
 * A working group activity: a row of a "Progress on ..." table.
 *
 * @param id stable id, unique within the workspace, e.g. {@code "aq-3-2"}
 * @param description the activity as the plan states it
 * @param deliverables what the activity is to deliver, in order
 * @param note a remark the table makes on the activity, or null
 */
public record Activity(String id, Text description, List<Deliverable> deliverables, Text note) {

    public Activity {
        deliverables = List.copyOf(deliverables);
    }
}
