/**
 * The yearly reporting cycle as a service, for every front door (the {@code ./mou} commands, the
 * spreadsheet import, a web application): {@link mou.core.cycle.CycleService} opens a year, records
 * ratings, events, figures, quarterly updates and narrative parts, edits deliverables, moves a group's year through
 * review, imports and exports a group's year as sheet content, publishes a year and answers
 * questions about the history, where each year stands and what is due ({@link mou.core.cycle.CycleService#due}, since 1.3). Requests are records that say who acts
 * and on which workspace ({@link mou.core.cycle.Acting}); a refused request throws a
 * {@link mou.core.cycle.CycleException} whose {@link mou.core.cycle.Problem}s name the field they are
 * about, and changes nothing. Every change is saved with the store's check for concurrent changes
 * and recorded in the workspace's history.
 *
 * <p>1.3: a rating takes evidence files ({@link mou.core.cycle.Rate#files()}, {@link mou.core.cycle.EvidenceFile}),
 * kept inside the workspace in the rating's transaction; a narrative part is written only if it is still as
 * the person read it ({@link mou.core.cycle.Acting#readAt()}).
 *
 * <p>1.4: a problem has a stable code and values ({@link mou.core.cycle.Problem#code()}, {@link mou.core.cycle.Problem#args()}),
 * with its words in English and Spanish in {@code mou/core/cycle/problems_en.properties} and {@code problems_es.properties}
 * ({@link mou.core.cycle.Problem#message(String)}); the English message is the one it had. Review steps and
 * publishing take the version read at ({@link mou.core.cycle.ReviewYear}, {@link mou.core.cycle.Publish},
 * {@link mou.core.cycle.PartVersion#ofYear}).
 * Also in 1.4: a year whose report shows texts without a current Spanish version is published only with
 * {@link mou.core.cycle.Publish#allowUntranslated()}; the requests that write a text take its Spanish too.
 * Also in 1.4: the workspace's texts go to translators and back as XLIFF 2 ({@link mou.core.cycle.CycleService#exportTranslations},
 * {@link mou.core.cycle.CycleService#importTranslations}).
 *
 * <p>1.5: a problem without a code may carry its Spanish ({@link mou.core.cycle.Problem#said}, {@link mou.core.cycle.Problem#messageEs()}),
 * as a deliverable type or the store said it; a history entry is described in a language
 * ({@link mou.core.cycle.CycleService#describe(mou.core.model.HistoryEntry, String)}).
 *
 * <p>1.6: status and due dates of a reading the caller already has ({@link mou.core.cycle.StatusQuery}, {@link mou.core.cycle.DueQuery}).
 *
 * <p>1.7: an import says which edits it did not take ({@link mou.core.cycle.Imported#ignored()}: cells of the plan's read-only columns).
 *
 * <p>1.8: a request can say it adds a new event or figure ({@link mou.core.cycle.RecordEvent#adding()},
 * {@link mou.core.cycle.RecordFigure#adding()}): an id the group's year already has is then refused instead of
 * correcting that record. Also in 1.8: a change that would leave the workspace with an error the store's load
 * finds and the workspace did not have before (an organization or activity that does not exist, an id used
 * twice ...) is refused with those errors; a deliverable's organizations must be the workspace's; a text with a
 * control character (other than tab and line breaks) is refused, naming its field.
 * Also in 1.8: a sheet's column may hold several of its choices in a cell ({@link mou.core.cycle.SheetColumn#several()}: the quarters
 * whose updates report a figure or an event). A form's emptied Spanish field removes the Spanish: {@link mou.core.cycle.Rate#spanishRemoved()},
 * {@link mou.core.cycle.WriteNarrative#spanishRemoved()}, {@link mou.core.cycle.RecordUpdate#spanishRemoved()}; for the texts of events and
 * figures an empty Spanish value ({@code ""}, not null) does it, as an empty value clears any other optional one.
 * Also in 1.8: a front door says a problem in its own words where the cycle's name a command to type
 * ({@link mou.core.cycle.Problem#text(String, java.util.function.Function, java.util.function.Function)}).
 *
 * <p>1.9: the rules the front doors share are said here once: the longest name of the person acting
 * ({@link mou.core.cycle.Acting#MOST_BY}, the web application's accounts too); where evidence files are kept and what
 * they are named ({@link mou.core.cycle.EvidenceFile#folder}, {@link mou.core.cycle.EvidenceFile#keptName}); where a year's
 * publication is ({@link mou.core.cycle.Published#folder}).
 *
 * <p>1.10: a due item of a published year that was never done (a quarterly update not written) is
 * {@link mou.core.cycle.Due.State#CLOSED}, not overdue: the year is final and locked, so it is no longer owed. The rule of
 * a due item's state is one, {@link mou.core.cycle.Due.State#of}.
 * <p>1.10: the program office writes its introduction and final comments of a year's report
 * ({@link mou.core.cycle.CycleService#introduction}, {@link mou.core.cycle.WriteIntroduction}) by every front door.
 * <p>1.11: a group's year is exported as sheets in English or Spanish ({@link mou.core.cycle.ExportYear#language()}: the
 * sheets' names, headings, instructions and choices), and either is imported, as are workbooks exported before; an import
 * says the values of its problems in the language of the person importing ({@link mou.core.cycle.ImportYear#language()},
 * {@link mou.core.cycle.ImportWorkbook#language()}: a workbook of another group names both groups by their titles).
 * <p>Also 1.11: a rating takes the Spanish of its evidence links' titles as a form gives them ({@link mou.core.cycle.Rate#evidenceEs()}):
 * kept when not given, removed when given empty, refused without a title to translate; an edit of a deliverable takes the Spanish
 * of its text attributes the same way ({@link mou.core.cycle.EditDeliverable#spanish()}).
 * <p>1.12: a figure's unit takes its Spanish ({@link mou.core.cycle.RecordFigure#unitEs()}) by the same rule; an edit of a
 * deliverable takes the Spanish of its lists of texts, one line per item ({@link mou.core.cycle.EditDeliverable#spanish()}).
 * <p>1.13: a text that publishing found without its current Spanish carries where the workspace keeps it, typed
 * ({@link mou.core.cycle.PartPlace#of(Problem)}: the group, the year, the part and its id), for a front door to name it in its
 * own words; before, a front door took the place apart from its {@code FILE#POINTER} name.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.13.0")
package mou.core.cycle;
