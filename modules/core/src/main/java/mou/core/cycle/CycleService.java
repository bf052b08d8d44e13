package mou.core.cycle;

import mou.core.model.Assessment;
import mou.core.model.Event;
import mou.core.model.Metric;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewState;
import mou.core.model.Text;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operations of the yearly reporting cycle, the one place their rules live. Each change loads
 * the workspace (refusing one with errors), checks the request, and saves with the store's check
 * for concurrent changes, recording what changed in the history under {@link Acting#by()}. A
 * refused request changes nothing and throws a {@link CycleException} naming every problem found.
 * No change is saved that would leave the workspace with an error its next load would find and it did
 * not have before (since 1.8: {@link CycleException.Kind#INVALID}, with those errors); a text with a control
 * character other than tab and line breaks is refused, naming its field (since 1.8).
 * A group changes its year only while it is a draft or returned ({@link ReviewState#editable()}).
 */
@ProviderType
public interface CycleService {

    /** Opens a year for one group or all; a year is never opened before a group's latest one. */
    YearOpened openYear(OpenYear request) throws CycleException;

    /** Where each group's year stands. */
    YearStatus status(StatusQuery request) throws CycleException;

    /**
     * What is due and overdue, by the workspace's reporting calendar: for each group and year, each
     * quarter's update (done when the group's year has that quarter's update) and the annual report
     * (done when the group's year is published), with its date and its state on the day asked about.
     *
     * @since 1.3
     */
    Due due(DueQuery request) throws CycleException;

    /**
     * Rates an activity; a rating needs a rationale and evidence that follows the evidence rule, and
     * a new level a new rationale ({@link Assessment#ratingProblem}); it clears a level carried over.
     */
    Saved<Assessment> rate(Rate request) throws CycleException;

    /** Records a quarterly update; the figures and events it names must be the year's. Checks {@link Acting#readAt()} against the update. */
    Saved<QuarterlyUpdate> update(RecordUpdate request) throws CycleException;

    /**
     * Adds or corrects an event; checks {@link Acting#readAt()} against the event (none for a new one). A request
     * that says it adds ({@link RecordEvent#adding()}, since 1.8) is refused when the year has an event of that id.
     */
    Saved<Event> recordEvent(RecordEvent request) throws CycleException;

    /** Removes an event; checks {@link Acting#readAt()} against the event. */
    Saved<Event> removeEvent(Remove request) throws CycleException;

    /**
     * Adds or corrects a figure; checks {@link Acting#readAt()} against the figure (none for a new one). A request
     * that says it adds ({@link RecordFigure#adding()}, since 1.8) is refused when the year has a figure of that id.
     */
    Saved<Metric> recordFigure(RecordFigure request) throws CycleException;

    /** Removes a figure; checks {@link Acting#readAt()} against the figure. */
    Saved<Metric> removeFigure(Remove request) throws CycleException;

    /**
     * Edits a deliverable's attributes from a group's year ({@link EditDeliverable}): the year must be
     * editable, the deliverable type installed, and the attributes as changed must pass the type's
     * own {@code validate}, each problem naming its attribute as the field; attributes the type does
     * not know are kept. Checks {@link Acting#readAt()} against the deliverable as it is.
     *
     * @since 1.3
     */
    Saved<mou.core.model.Deliverable> editDeliverable(EditDeliverable request) throws CycleException;

    /** Writes a part of the narrative. */
    Saved<java.util.List<Text>> narrative(WriteNarrative request) throws CycleException;

    /**
     * Writes the program office's introduction or final comments of a year's report ({@link WriteIntroduction}), by the
     * rules of a narrative part: control characters and lengths, the Spanish kept (stale) or removed, the version read
     * at; refused once the year is published. The {@link Saved#groupId()} is null.
     *
     * @since 1.10
     */
    Saved<java.util.List<Text>> introduction(WriteIntroduction request) throws CycleException;

    /**
     * Submits, returns or approves a group's year, as {@link mou.core.model.ReviewAction} allows; a
     * year that misses parts ({@link mou.core.model.Gap}) is submitted only with {@link ReviewYear#incomplete()}.
     */
    Saved<ReviewState> review(ReviewYear request) throws CycleException;

    /** The recorded changes that match. */
    History history(HistoryQuery request) throws CycleException;

    /** A group's year as sheet tables. */
    YearSheet exportYear(ExportYear request) throws CycleException;

    /** Applies a filled-in sheet of a group's year, all or nothing. */
    Imported importYear(ImportYear request) throws CycleException;

    /**
     * A group's year as an XLSX workbook to fill in, as {@code export} writes it.
     *
     * @since 1.3
     */
    byte[] exportWorkbook(ExportYear request) throws CycleException;

    /**
     * Applies a filled-in XLSX workbook of a group's year, all or nothing, as {@code import} does; a
     * file that is no workbook, too large or hostile is refused as {@link CycleException.Kind#INVALID}.
     *
     * @since 1.3
     */
    Imported importWorkbook(ImportWorkbook request) throws CycleException;

    /**
     * A recorded change in words, as the {@code history} command prints it: a line saying when, who,
     * what and on which group's year and part, then the change one field per line, then why.
     *
     * @since 1.3
     */
    java.util.List<String> describe(mou.core.model.HistoryEntry entry);

    /**
     * {@link #describe(mou.core.model.HistoryEntry)} in {@code language} ({@code en} or {@code es}), for a page
     * in that language; the default is the English.
     *
     * @since 1.5
     */
    default java.util.List<String> describe(mou.core.model.HistoryEntry entry, String language) {
        return describe(entry);
    }

    /**
     * Publishes a year whose groups are all approved, and writes its report; a year that misses parts
     * (its introduction, what submit lists, a plugin's part) only with {@link Publish#allowMissing()}.
     */
    Published publish(Publish request) throws CycleException;

    /**
     * The texts to translate into Spanish as an XLIFF 2.0 document ({@link ExportedTranslations}):
     * by default those without Spanish and those whose English changed after they were translated;
     * changes nothing.
     *
     * @since 1.4
     */
    ExportedTranslations exportTranslations(ExportTranslations request) throws CycleException;

    /**
     * Applies the Spanish of an XLIFF 2.0 document that {@link #exportTranslations} wrote, all or
     * nothing, in one save with a history entry per text: a document that is no well-formed XLIFF 2
     * (a DOCTYPE included), too large, about other languages, or with a unit that names no text of the
     * workspace, whose English changed since the export, or of a published year, is refused with every
     * problem, each naming its unit, and nothing is applied.
     *
     * @since 1.4
     */
    ImportedTranslations importTranslations(ImportTranslations request) throws CycleException;
}
