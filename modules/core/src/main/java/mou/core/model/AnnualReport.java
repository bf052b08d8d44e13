package mou.core.model;

import java.util.List;

/**
 * What the program office writes for a year's combined report beside the groups' own parts.
 *
 * @param year the calendar year reported on
 * @param title the report's title
 * @param introduction the introduction's paragraphs
 * @param relatedAgreementsIntro the paragraph that opens the list of related agreements, or null
 * @param finalComments the closing paragraphs
 */
public record AnnualReport(int year, Text title, List<Text> introduction, Text relatedAgreementsIntro, List<Text> finalComments) {

    public AnnualReport {
        introduction = List.copyOf(introduction);
        finalComments = List.copyOf(finalComments);
    }
}
