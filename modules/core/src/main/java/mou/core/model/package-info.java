/**
 * The model of a cooperation agreement and its progress, in the progress report's own words:
 * {@link mou.core.model.Agreement}, {@link mou.core.model.WorkingGroupPlan},
 * {@link mou.core.model.OverarchingGoal}, {@link mou.core.model.Activity},
 * {@link mou.core.model.Deliverable}, {@link mou.core.model.ProgressLevel},
 * {@link mou.core.model.Assessment}, and the yearly {@link mou.core.model.GroupYear} with its
 * {@link mou.core.model.QuarterlyUpdate}s and {@link mou.core.model.Review}; the workspace's
 * history of changes is made of {@link mou.core.model.HistoryEntry}s; the workspace's
 * {@link mou.core.model.ReportingCalendar} says when quarterly updates and annual reports are due (since 1.5).
 * The rules of the work that every front door shares are model code here: which
 * {@link mou.core.model.ReviewAction} moves which {@link mou.core.model.ReviewState}, a
 * {@link mou.core.model.Quarter}, the one id rule ({@link mou.core.model.Ids}) and the one evidence
 * rule ({@link mou.core.model.Evidence}), the rule of a new rating and of a level carried over
 * from the year before ({@link mou.core.model.Assessment#ratingProblem}), what a year misses before it
 * is submitted or published ({@link mou.core.model.Gap}), and the bounds of every number ({@link mou.core.model.Bounds},
 * {@link mou.core.model.Years}) and country ({@link mou.core.model.Organization#isCountry}).
 * All values are immutable records; every text a person reads is a bilingual {@link mou.core.model.Text}
 * whose Spanish remembers the English it translates, so a later change of the English shows (since 1.6).
 * A value that cannot be read says why in English and Spanish ({@link mou.core.model.InvalidValueException},
 * {@link mou.core.model.Bounds#describe(String)}, since 1.7); which of a text's or a message's two languages
 * is said in a language is one rule, {@link mou.core.model.Text#in(String, String, String)} (since 1.7).
 * A number a person wrote is read by one rule, {@link mou.core.model.Bounds#parseWritten(String)}: a comma only between
 * thousands, a whole number without an exponent (since 1.8). The languages are one list, {@link mou.core.model.Text#LANGUAGES}
 * (since 1.9).
 * A carried-over level's rationale is shown in the reader's language by one rule, {@link mou.core.model.Assessment#shownRationale()}, and a figure's unit has its Spanish, {@link mou.core.model.Metric#unitText()},
 * {@link mou.core.model.Metric#unitIn(String)}, with one rule of which units need none, {@link mou.core.model.Metric#unitNeedsSpanish(String)} (since 1.10).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.10.0")
package mou.core.model;
