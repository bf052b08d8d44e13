package mou.core.model;

import java.util.List;

/**
 * Another agreement the report relates to the main one, such as the Under2 Coalition or an
 * energy MOU, with the figures the report gives about it.
 *
 * @param id stable id
 * @param title its name
 * @param parties the parties, as the source names them
 * @param date when it was signed or the event the report mentions, or null
 * @param description what the report says of it (one or more paragraphs)
 * @param figures quantified facts about it, e.g. 165 jurisdictions
 * @param links where to read more
 */
public record RelatedAgreement(
        String id,
        Text title,
        List<Text> parties,
        DateSpan date,
        List<Text> description,
        List<Metric> figures,
        List<Link> links) {

    public RelatedAgreement {
        parties = List.copyOf(parties);
        description = List.copyOf(description);
        figures = List.copyOf(figures);
        links = List.copyOf(links);
    }
}
