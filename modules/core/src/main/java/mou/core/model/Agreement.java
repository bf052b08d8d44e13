package mou.core.model;

import java.util.List;

/**
 * The cooperation agreement whose progress is tracked, e.g. the California–Mexico Memorandum
 * of Understanding on Climate Change and the Environment.
 *
 * @param id a short stable id, e.g. {@code "ca-mx-mou-2014"}
 * @param title the agreement's full title
 * @param shortTitle the name a report uses in running text, e.g. "California-Mexico MOU"
 * @param signed when it was signed
 * @param place where it was signed, or null
 * @param signatories who signed it, in the order the source names them
 * @param termYears its term in years, or null when open-ended; from 1 to 100 ({@link Bounds#TERM_YEARS})
 * @param principles the principles cooperation is based on
 * @param objective the overall objective
 * @param actionAreas the priority action areas (and any further areas of cooperation)
 * @param jointActionPlan the plan that set the working groups' goals, or null
 * @param links published texts of the agreement
 */
public record Agreement(
        String id,
        Text title,
        Text shortTitle,
        DateSpan signed,
        Text place,
        List<Signatory> signatories,
        Integer termYears,
        List<Text> principles,
        Text objective,
        List<ActionArea> actionAreas,
        JointActionPlan jointActionPlan,
        List<Link> links) {

    public Agreement {
        signatories = List.copyOf(signatories);
        principles = List.copyOf(principles);
        actionAreas = List.copyOf(actionAreas);
        links = List.copyOf(links);
    }

    /** A person who signed the agreement, with the office they signed for. */
    public record Signatory(Text name, Text role, String organization) {
    }

    /**
     * An area of cooperation under the agreement.
     *
     * @param id the id of the working group that covers it, e.g. {@code "air-quality"}
     * @param name its name
     * @param priority true for the agreement's priority action areas, false for areas added beside them
     */
    public record ActionArea(String id, Text name, boolean priority) {
    }

    /** The Joint Action Plan: when it was established, and where it is published. */
    public record JointActionPlan(DateSpan established, Text description, Link link) {
    }
}
