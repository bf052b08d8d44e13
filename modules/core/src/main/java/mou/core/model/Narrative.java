package mou.core.model;

import java.util.List;

/**
 * A working group's account of its year, in paragraphs.
 *
 * @param summary the group's paragraph(s) for the report's executive summary
 * @param accomplishments what was achieved (the body of the group's "Cooperation on ..." chapter)
 * @param challenges obstacles met
 * @param nextSteps plans for the next year
 */
public record Narrative(List<Text> summary, List<Text> accomplishments, List<Text> challenges, List<Text> nextSteps) {

    public static final Narrative EMPTY = new Narrative(List.of(), List.of(), List.of(), List.of());

    public Narrative {
        summary = List.copyOf(summary);
        accomplishments = List.copyOf(accomplishments);
        challenges = List.copyOf(challenges);
        nextSteps = List.copyOf(nextSteps);
    }
}
