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
 * <p>1.4: the workspace's texts go to translators and back as XLIFF 2 ({@link mou.core.cycle.CycleService#exportTranslations},
 * {@link mou.core.cycle.CycleService#importTranslations}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package mou.core.cycle;
