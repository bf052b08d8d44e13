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

    /** The parts by their ids, in order: what commands, pages and sheets call them. */
    public static final List<String> PARTS = List.of("summary", "accomplishments", "challenges", "next-steps");

    public Narrative {
        summary = List.copyOf(summary);
        accomplishments = List.copyOf(accomplishments);
        challenges = List.copyOf(challenges);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * A part by its id ({@link #PARTS}).
     *
     * @throws IllegalArgumentException for an id that is not a part
     */
    public List<Text> part(String id) {
        return switch (checked(id)) {
            case "summary" -> summary;
            case "accomplishments" -> accomplishments;
            case "challenges" -> challenges;
            default -> nextSteps;
        };
    }

    /** The same narrative with one part, by its id, replaced. */
    public Narrative withPart(String id, List<Text> paragraphs) {
        String part = checked(id);
        return new Narrative(part.equals("summary") ? paragraphs : summary, part.equals("accomplishments") ? paragraphs : accomplishments,
                part.equals("challenges") ? paragraphs : challenges, part.equals("next-steps") ? paragraphs : nextSteps);
    }

    private static String checked(String id) {
        if (!PARTS.contains(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a part of the narrative; the parts are " + String.join(", ", PARTS));
        }
        return id;
    }
}
