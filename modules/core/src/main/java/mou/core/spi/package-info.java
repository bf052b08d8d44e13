/**
 * The extension points of mou-progress, all OSGi services (whiteboard, Declarative Services):
 * {@link mou.core.spi.WorkingGroupPlugin}, {@link mou.core.spi.DeliverableType},
 * {@link mou.core.spi.ReportSectionContributor}, {@link mou.core.spi.ReportFormat} and
 * {@link mou.core.spi.WorkspaceStore}; and the services the core offers to commands:
 * {@link mou.core.spi.Extensions}, {@link mou.core.spi.ReportService} and
 * {@link mou.core.spi.ReportWriter}. A store refuses a save
 * that would overwrite a change made on disk since the workspace was loaded with a
 * {@link mou.core.spi.ConcurrentChangeException}. Since 1.3 a store saves each change as one
 * transaction with its history entries and staged files, and recovers what a killed save left
 * ({@link mou.core.spi.WorkspaceStore#recover}). Since 1.4 {@link mou.core.spi.PluginProblems} says
 * what is wrong with the installed plugins, the same to every part of the application. Since 1.5
 * a format may be rendered with {@link mou.core.spi.RenderOptions} (the page size, the workspace it
 * came from), and {@link mou.core.spi.ReportWriter} passes them on;
 * {@link mou.core.spi.WorkspaceStore#locked} runs a change of a file the store does not write under the
 * workspace's lock;
 * {@link mou.core.spi.WorkspaceStore#loadPlacingTexts} says where each text was read ({@link mou.core.spi.TextPlace}),
 * so that missing and stale translations are shown in their files. Since 1.6 a change may give its
 * turn up once its save is accepted ({@link mou.core.spi.WorkspaceStore#save(java.nio.file.Path,
 * mou.core.model.Workspace, LoadResult, java.util.List, java.nio.file.Path, String, Runnable)}) and the
 * next change work on the accepted saves ({@link mou.core.spi.WorkspaceStore#loadForChange}), so that a
 * store can commit the saves that wait together; {@link mou.core.spi.WorkspaceStore#commits} counts a
 * store's own saves, for those who keep what they read.
 * Also since 1.6 a {@link mou.core.spi.Problem} and an {@link mou.core.spi.AttributeProblem} may say their
 * message in Spanish too ({@code messageEs}, {@code message(language)}); a deliverable type says its
 * {@code validate} messages in both languages with {@link mou.core.spi.AttributeProblem#error(String, String, String)}
 * and {@link mou.core.spi.AttributeProblem#warning(String, String, String)}. A message said in English only
 * is still accepted and shown as given. A store says why a load or save could not be done in both
 * languages with a {@link mou.core.spi.StoreException} (a {@link mou.core.spi.ConcurrentChangeException} is one).
 * Since 1.7 the sections of a working group ({@link mou.core.spi.WorkingGroupPlugin#sections()}) see the
 * workspace through their group (its plan and years beside what every chapter shares), and what they write
 * is kept until those change; {@link mou.core.spi.Extensions#forTest(java.util.List, java.util.List,
 * java.util.List, java.util.List)} installs sections of no group for a test; a {@link mou.core.spi.PluginFailure}
 * says itself in a language ({@code describe(language)}).
 * Since 1.8 the rules across a workspace's files are one piece of code, {@link mou.core.spi.WorkspaceRules}: a store
 * checks them as it loads, each problem at its line and column, and a change is checked against them before it is
 * saved, so that no change saves a workspace the next load refuses; a store names the lines its history leaves out
 * ({@link mou.core.spi.WorkspaceStore#historyProblems}); the installed plugins' warnings are said in a language
 * ({@link mou.core.spi.Extensions#warnings(String)}).
 * Since 1.9 a deliverable type's choices take their words from its plugin's labels
 * ({@link mou.core.spi.Attributes#withChoiceWords}), the words its summaries use, written once.
 * Since 1.10 a change made again after another process's save of its file takes its turn with the other processes
 * ({@link mou.core.spi.WorkspaceStore#inTurn}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.10.0")
package mou.core.spi;
