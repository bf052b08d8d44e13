package mou.web.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the forms call their fields, by the field's name, in the page's language: the labels of the
 * records' forms (events, figures, quarterly updates), and of the pages that name a field outside its
 * form (the page after a session ended shows what the form carried; the refusals of the rating and
 * review forms name the field a problem is in). A name that no form has is shown as it is.
 */
final class FieldNames {

    /** The fields whose label is a word of their own. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("level", "group.rating.level"), Map.entry("rationale", "group.form.rationale"),
            Map.entry("rationaleEs", "group.form.rationaleEs"), Map.entry("paragraphs", "group.narrative.paragraphs"),
            Map.entry("paragraphsEs", "group.narrative.paragraphsEs"), Map.entry("reason", "review.field.reason"),
            Map.entry("incomplete", "review.field.incomplete"), Map.entry("allowMissing", "review.field.allowMissing"),
            Map.entry("allowUntranslated", "review.field.allowUntranslated"), Map.entry("activityId", "records.activity"),
            Map.entry("quarter", "records.quarter"), Map.entry("kind", "records.event.kind"), Map.entry("date", "records.event.date"),
            Map.entry("title", "records.event.title"), Map.entry("titleEs", "records.event.titleEs"), Map.entry("place", "records.form.place"),
            Map.entry("placeEs", "records.event.placeEs"), Map.entry("organizations", "records.event.organizations"),
            Map.entry("participants", "records.event.participants"), Map.entry("description", "records.form.description"),
            Map.entry("descriptionEs", "records.event.descriptionEs"), Map.entry("label", "records.figure.label"),
            Map.entry("labelEs", "records.figure.labelEs"), Map.entry("value", "records.figure.value"), Map.entry("unit", "records.figure.unit"),
            Map.entry("unitEs", "records.figure.unitEs"),
            Map.entry("target", "records.figure.target"), Map.entry("baseline", "records.figure.baseline"),
            Map.entry("asOf", "records.figure.asOf"), Map.entry("note", "records.form.note"), Map.entry("noteEs", "records.figure.noteEs"),
            Map.entry("happened", "records.form.happened"), Map.entry("happenedEs", "records.update.happenedEs"),
            Map.entry("figures", "records.update.figures"), Map.entry("events", "records.update.events"),
            Map.entry("dropFigures", "records.update.dropFigures"), Map.entry("dropEvents", "records.update.dropEvents"),
            Map.entry("eventId", "records.id"), Map.entry("figureId", "records.id"));
    /** The rating form's numbered fields: a link's title, its Spanish and address (counted from 0), a file and its title (from 1). */
    private static final Pattern NUMBERED = Pattern.compile("(evidenceTitleEs-|evidenceTitle-|evidenceUrl-|evidence-|fileTitleEs|fileTitle|file)(\\d{1,3})");

    private FieldNames() {
    }

    static String label(Ui ui, String name) {
        String key = WORDS.get(name);
        if (key != null) {
            return ui.t(key);
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            int n = Integer.parseInt(numbered.group(2));
            return switch (numbered.group(1)) {
                case "evidenceTitle-" -> ui.t("group.form.linkTitle", n + 1);
                case "evidenceTitleEs-" -> ui.t("group.form.linkTitleEs", n + 1);
                case "evidenceUrl-", "evidence-" -> ui.t("group.form.linkUrl", n + 1);
                case "fileTitle" -> ui.t("group.form.fileTitle", n);
                case "fileTitleEs" -> ui.t("group.form.fileTitleEs", n);
                default -> ui.t("group.form.file", n);
            };
        }
        return name;
    }
}
