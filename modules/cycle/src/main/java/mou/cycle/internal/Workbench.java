package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import mou.core.command.AtomicFiles;
import java.util.concurrent.locks.ReentrantLock;
import mou.core.cycle.Acting;
import mou.core.cycle.PartVersion;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.CycleException;
import mou.core.cycle.Problem;
import mou.core.model.Activity;
import mou.core.model.Evidence;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Lengths;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.core.spi.ConcurrentChangeException;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;

/**
 * What every operation of the cycle service shares: loading the workspace (refusing an invalid
 * one), finding a group, a year and an activity with messages that say what exists, the
 * review-state and publication checks, who is acting, and the checked save that records the history.
 */
final class Workbench {

    /** A loaded, valid workspace and what it was loaded from. */
    record Loaded(Path folder, LoadResult basis) {
        Workspace workspace() {
            return basis.workspace();
        }
    }

    private final WorkspaceStore store;
    private final Clock clock;
    /** The installed groups and deliverable types, for the check of a changed workspace ({@link Soundness}); or null. */
    private final mou.core.spi.Extensions extensions;

    Workbench(WorkspaceStore store, Clock clock) {
        this(store, clock, null);
    }

    Workbench(WorkspaceStore store, Clock clock, mou.core.spi.Extensions extensions) {
        this.store = store;
        this.clock = clock;
        this.extensions = extensions;
    }

    WorkspaceStore store() {
        return store;
    }

    /**
     * The moment of a change, to the millisecond: in whole seconds, two changes of the same second had the same time in
     * the history, and the history could not tell which came first.
     */
    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The moment of an export as its About sheet says it, always to the millisecond
     * ({@code 2017-04-03T15:20:00.000Z}): the history says whole seconds, and a change in the export's
     * own second must not pass for an older one ({@code CycleServiceImpl.undoesLaterChanges}).
     */
    String exportMoment() {
        return EXPORT_MOMENT.format(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }

    private static final java.time.format.DateTimeFormatter EXPORT_MOMENT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    static CycleException usage(String field, String message) {
        return new CycleException(Kind.USAGE, field, message);
    }

    static CycleException refused(String message) {
        return new CycleException(Kind.REFUSED, null, message);
    }

    /** A request refused for the problem with its field (a code of {@code mou/core/cycle/problems_*.properties}). */
    static CycleException usage(Problem problem) {
        return new CycleException(Kind.USAGE, List.of(problem));
    }

    /** A change refused for the problem (a code of {@code mou/core/cycle/problems_*.properties}). */
    static CycleException refused(Problem problem) {
        return new CycleException(Kind.REFUSED, List.of(problem));
    }

    /** The workspace folder of a request, which must exist. */
    static Path folder(Acting acting) throws CycleException {
        Path folder = acting == null ? null : acting.workspace();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage(Problem.of("workspace", "workspace.missing", folder));
        }
        return folder.toAbsolutePath().normalize();
    }

    /** Loads the workspace; a workspace with errors is refused with every problem, as validate prints them. */
    Loaded load(Acting acting) throws CycleException {
        return load(acting, false);
    }

    /** The workspace as the caller read it ({@code read}), checked as a load is; or, when that is null, as read now. */
    Loaded load(Acting acting, LoadResult read) throws CycleException {
        if (read == null || read.workspace() == null) {
            return load(acting);
        }
        Path folder = folder(acting);
        refuseErrors(read);
        return new Loaded(folder, read);
    }

    /** @param placeTexts whether to know where each text was read ({@link LoadResult#texts()}), for the translations' rule */
    Loaded load(Acting acting, boolean placeTexts) throws CycleException {
        Path folder = folder(acting);
        // a change in its turn works on the changes of this process that wait to be written; a reader sees what is written
        ReentrantLock turn = WRITERS.get(folder);
        LoadResult result = placeTexts ? store.loadPlacingTexts(folder)
                : turn != null && turn.isHeldByCurrentThread() ? store.loadForChange(folder) : store.load(folder);
        refuseErrors(result);
        return new Loaded(folder, result);
    }

    /** A workspace with errors is not worked on: each error said, in both languages. */
    private static void refuseErrors(LoadResult result) throws CycleException {
        if (result.hasErrors()) {
            List<Problem> problems = new ArrayList<>(result.errors().stream().map(p -> Problem.said(null, p.format("en"), p.format("es"))).toList());
            int errors = result.errors().size();
            problems.add(Problem.of(null, errors == 1 ? "workspace.invalid.one" : "workspace.invalid.many", errors));
            throw new CycleException(Kind.INVALID, problems);
        }
    }

    /**
     * The first control character of a text that no page, report or export can show (a C0 control
     * other than tab, line feed and carriage return, DEL, or a C1 control), or -1; the rule the
     * translations' import applies to a Spanish.
     */
    static int controlCharacter(String text) {
        if (text == null) {
            return -1;
        }
        return text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r').findFirst().orElse(-1);
    }

    /**
     * The problems of a text a person entered for {@code field}: a control character ({@link #controlCharacter}),
     * or more characters than any text may have ({@link Lengths#TEXT}). Returns whether it has none.
     */
    static boolean checkText(String field, String text, List<Problem> problems) {
        return checkText(field, text, false, problems);
    }

    /** As {@link #checkText(String, String, List)} for a one-line text (a title, place, label, unit): at most {@link Lengths#LINE} characters. */
    static boolean checkLine(String field, String text, List<Problem> problems) {
        return checkText(field, text, true, problems);
    }

    private static boolean checkText(String field, String text, boolean line, List<Problem> problems) {
        int c = controlCharacter(text);
        if (c >= 0) {
            problems.add(Problem.of(field, "text.control", field, String.format(Locale.ROOT, "U+%04X", c)));
            return false;
        }
        int most = line ? Lengths.LINE : Lengths.TEXT;
        if (Lengths.over(text, most)) {
            problems.add(Problem.of(field, line ? "text.line.long" : "text.long", field, text.codePointCount(0, text.length()), most));
            return false;
        }
        return true;
    }

    /** As {@link #checkText(String, String, List)} for a text's English ({@code field}) and Spanish ({@code field + "Es"}). */
    static void checkText(String field, mou.core.model.Text text, List<Problem> problems) {
        checkBoth(field, text, false, problems);
    }

    /** As {@link #checkLine(String, String, List)} for a one-line text's English ({@code field}) and Spanish ({@code field + "Es"}). */
    static void checkLine(String field, mou.core.model.Text text, List<Problem> problems) {
        checkBoth(field, text, true, problems);
    }

    private static void checkBoth(String field, mou.core.model.Text text, boolean line, List<Problem> problems) {
        if (text != null) {
            checkText(field, text.en(), line, problems);
            checkText(field + "Es", text.es(), line, problems);
        }
    }

    /** Who is acting on a change: a person's name, one line of at most {@link Acting#MOST_BY} characters. */
    static String actor(Acting acting) throws CycleException {
        String by = acting.by();
        if (by == null) {
            throw usage(Problem.of("by", "by.missing"));
        }
        String name = by.strip();
        if (name.isEmpty() || Lengths.over(name, Acting.MOST_BY) || name.chars().anyMatch(Character::isISOControl)) {
            throw usage(Problem.of("by", "by.invalid", Acting.MOST_BY));
        }
        return name;
    }

    /**
     * How often a change is tried in all when another change of the same file came first: one whose part is still as
     * read (a form), or one without a version read at (the command line).
     */
    static final int ATTEMPTS = 5;

    /** One attempt at a change: it loads, checks and saves, all or nothing. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws CycleException;
    }

    /**
     * Runs a change of one part; when it carries the version its part was read at and another change
     * saved the same file between this one's reading and saving (the store's conflict, not the
     * part's), it is tried again from the start: two people who change different activities of one
     * group's year at the same moment both succeed, while a change over someone else's change of the
     * same part is still refused ({@link #stillAsRead}). Without a version (the command line, whose
     * person saw nothing before the change) it is tried again too, on the file as it is now: what
     * running the command a moment later would do, and the rules (a year submitted or published
     * meanwhile) are checked again on that file. Such a change tries again in its turn with the other
     * processes ({@link WorkspaceStore#inTurn}): it met another process's save (the web application's,
     * whose saves follow each other closely under load, so that each try of its own met one), and now
     * keeps their saves out until it has saved. After {@link #ATTEMPTS} tries the store's conflict is
     * reported as it is.
     */
    <T> T retried(Acting acting, Attempt<T> attempt) throws CycleException {
        return retried(acting, attempt, true);
    }

    /**
     * As {@link #retried(Acting, Attempt)}, without taking the turn of this process's changes: for a change that takes
     * seconds before it saves (publish makes its report), which every other change would otherwise wait for. A save
     * of another change that meets its files is caught by the store's check, and it is tried again.
     */
    <T> T retriedOutsideTheTurn(Acting acting, Attempt<T> attempt) throws CycleException {
        return retried(acting, attempt, false);
    }

    private <T> T retried(Acting acting, Attempt<T> attempt, boolean takeTurn) throws CycleException {
        // in one process (the web application) the changes of a workspace take turns: none of them is wasted on a conflict
        // with another of the same process; the store's check still guards against other processes (the command line)
        ReentrantLock turn = !takeTurn || acting == null || acting.workspace() == null ? null
                : WRITERS.computeIfAbsent(acting.workspace().toAbsolutePath().normalize(), w -> new ReentrantLock());
        long asked = System.nanoTime();
        // a change without a version that met another process's save tries again keeping the other processes out
        boolean withOthersOut = false;
        for (int i = 1;; i++) {
            if (turn != null) {
                turn.lock();
            }
            long started = System.nanoTime();
            try {
                T done = withOthersOut ? inTurn(acting, attempt) : attempt.run();
                if (TIMING) {
                    System.err.printf("mou.store.timing change: turn wait %.2f ms, load+check+save %.2f ms, attempts %d%n",
                            (started - asked) / 1e6, (System.nanoTime() - started) / 1e6, i);
                }
                return done;
            } catch (CycleException e) {
                // only the store's conflict (a file saved meanwhile) is tried again: the part's (readAt) and a rule's (an
                // import that would undo a later change) say the same on the file as it is now
                boolean fileChanged = e == STORE_CONFLICT.get();
                if (acting == null || !fileChanged || i >= ATTEMPTS) {
                    throw e;
                }
                // not publish (outside the turn): it takes seconds, which the other processes' saves would wait
                withOthersOut = takeTurn && acting.readAt() == null;
            } finally {
                STORE_CONFLICT.remove();
                // the save gives the turn up once it is checked and waits to be written ({@link #save}): then the next change
                // works on it (the store's loadForChange) while it is written together with the others waiting
                if (turn != null && turn.isHeldByCurrentThread()) {
                    turn.unlock();
                }
            }
        }
    }

    /** The conflict the last {@link #save} of this thread met in the store (a file changed since the load), for {@link #retried}. */
    private static final ThreadLocal<CycleException> STORE_CONFLICT = new ThreadLocal<>();

    /** An attempt run in its turn with the other processes ({@link WorkspaceStore#inTurn}). */
    private <T> T inTurn(Acting acting, Attempt<T> attempt) throws CycleException {
        try {
            return store.<T, CycleException>inTurn(folder(acting), attempt::run);
        } catch (mou.core.spi.StoreException e) {
            throw new CycleException(Kind.REFUSED, List.of(Problem.said(null, e.getMessage(), e.messageEs())));
        } catch (IOException e) {
            throw refused(e.getMessage() == null ? "the workspace's lock could not be had; nothing was saved" : e.getMessage());
        }
    }

    /** With {@code -Dmou.store.timing=true} each change prints where its time went (to the standard error). */
    private static final boolean TIMING = Boolean.getBoolean("mou.store.timing");

    /** The turn of each workspace's changes in this process. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, ReentrantLock> WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Refuses a change to a part that someone else changed since the person read it: the request's
     * {@link Acting#readAt()} (when given) must be the {@link PartVersion} of the part as it is now.
     */
    static void stillAsRead(Acting acting, Problem subject, Object now) throws CycleException {
        if (!asRead(acting, now)) {
            throw conflict(subject);
        }
    }

    /**
     * Whether the part is as the form read it ({@code true} without a version: the command line). A form read before the
     * part changed is the conflict ({@link #conflict}) only when it would change the part: the very form sent again (a
     * double click, a form sent again after a slow or lost answer) finds the part as it asks for it, and is answered as
     * done, with nothing saved again, as an event or figure added twice is.
     */
    static boolean asRead(Acting acting, Object now) {
        return PartVersion.matches(acting.readAt(), now);
    }

    /**
     * Whether a removal finds what it asks for already: the part is gone, and the form that asks read it there (a version
     * other than {@link PartVersion#NONE}). That is the removal sent again (a double click, a form sent again after a slow or
     * lost answer, or with Back), answered as done as the first was, with nothing saved and no second line in the history.
     * Without a version (the command line, whose person typed the id) a part that is not there is still unknown.
     */
    static boolean removedAlready(Acting acting, Object now) {
        return now == null && acting.readAt() != null && !acting.readAt().equals(PartVersion.NONE);
    }

    /** The refusal of a change over a part that changed since the form read it (the conflict page's). */
    static CycleException conflict(Problem subject) {
        return new CycleException(Kind.CONFLICT, List.of(new Problem("readAt", subject.code(), subject.args(), null)));
    }

    /** As {@link #stillAsRead}, with the version of the part as it is now. */
    static void stillAt(Acting acting, Problem subject, String now) throws CycleException {
        if (acting.readAt() != null && !acting.readAt().equals(now)) {
            throw conflict(subject);
        }
    }

    static WorkingGroupPlan plan(Workspace workspace, String groupId) throws CycleException {
        return workspace.plan(groupId).orElseThrow(() -> usage(Problem.of("groupId", "group.unknown", groupId,
                workspace.plans().stream().map(WorkingGroupPlan::groupId).collect(Collectors.joining(", ")))));
    }

    /**
     * A working group as a person is told of it: its title in {@code language} (in English while it has no Spanish), or its
     * id when the workspace (null: not read) has no such group.
     */
    static String groupName(Workspace workspace, String groupId, String language) {
        return workspace == null ? groupId : workspace.plan(groupId).map(p -> p.name().in(language)).filter(n -> n != null && !n.isBlank())
                .orElse(groupId);
    }

    static GroupYear groupYear(Workspace workspace, String groupId, int year) throws CycleException {
        plan(workspace, groupId);
        return workspace.year(groupId, year).orElseThrow(() -> {
            List<String> years = workspace.years().stream().filter(y -> y.groupId().equals(groupId))
                    .map(y -> String.valueOf(y.year())).sorted().toList();
            return usage(years.isEmpty() ? Problem.of("year", "year.notOpened", groupId, year)
                    : Problem.of("year", "year.notOpened.years", groupId, year, String.join(", ", years)));
        });
    }

    /** The group whose plan has the activity. */
    static WorkingGroupPlan planOfActivity(Workspace workspace, String activityId) throws CycleException {
        for (WorkingGroupPlan plan : workspace.plans()) {
            if (plan.activity(activityId).isPresent()) {
                return plan;
            }
        }
        throw usage(Problem.of("activityId", "activity.unknown", activityId));
    }

    static String activities(WorkingGroupPlan plan) {
        return plan.activities().stream().map(Activity::id).collect(Collectors.joining(", "));
    }

    /** A level of the Progress Key by id ({@code moderate}) or by its words ({@code Moderate Progress}). */
    static Optional<ProgressLevel> level(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Labels english = Labels.forLanguage("en");
        // the Spanish words too: a member who works in Spanish types "Avance moderado" into the workbook's Level cell
        Labels spanish = Labels.forLanguage("es");
        for (ProgressLevel level : ProgressLevel.values()) {
            if (level.id().equals(t) || english.level(level).toLowerCase(Locale.ROOT).equals(t)
                    || spanish.level(level).toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    static String levels() {
        Labels english = Labels.forLanguage("en");
        List<String> all = new ArrayList<>();
        for (ProgressLevel level : ProgressLevel.values()) {
            all.add(level.id() + " (" + english.level(level) + ")");
        }
        return String.join(", ", all);
    }

    /** Refuses a change to a year that is under review or published, saying who moved it there and when. */
    static void editable(GroupYear year) throws CycleException {
        ReviewState state = year.review().state();
        if (state.editable()) {
            return;
        }
        ReviewStep last = year.review().last().orElseThrow();
        String name = year.groupId() + " " + year.year();
        if (state == ReviewState.PUBLISHED) {
            throw refused(Problem.of(null, "year.published", name, last.by(), last.at()));
        }
        throw refused(Problem.of(null, state == ReviewState.SUBMITTED ? "year.underReview.submitted" : "year.underReview.approved",
                name, last.by(), last.at(), year.groupId(), year.year()));
    }

    /**
     * What is wrong with evidence a person records now, by the one rule ({@link Evidence}): a
     * missing file is refused here. Empty when it is acceptable.
     */
    static Optional<Evidence.Finding> evidenceProblem(Path workspace, String url) {
        try {
            return Evidence.check(workspace.toRealPath(), url.strip()).filter(Evidence.Finding::refusedWhenRecorded);
        } catch (IOException e) {
            return Optional.of(new Evidence.Finding(Evidence.Kind.MISSING, "the workspace folder " + workspace
                    + " cannot be read; check that it exists and that you may read it", "no se puede leer la carpeta del espacio de trabajo "
                    + workspace + "; compruebe que existe y que usted puede leerla"));
        }
    }

    static Workspace withYear(Workspace w, GroupYear year) {
        List<GroupYear> years = new ArrayList<>();
        boolean replaced = false;
        for (GroupYear y : w.years()) {
            if (y.groupId().equals(year.groupId()) && y.year() == year.year()) {
                years.add(year);
                replaced = true;
            } else {
                years.add(y);
            }
        }
        if (!replaced) {
            years.add(year);
        }
        return w.with(years, w.reports());
    }

    /**
     * Refuses a change that would leave the workspace with an error the store's load finds and the
     * workspace does not have now ({@link Soundness}): after such a save every command and page would
     * refuse the workspace. Each request checks its own values first, naming its fields; this is the
     * guard behind them all, whatever front door the change came through. Nothing is saved.
     */
    void refuseBreaking(Workspace before, Workspace changed) throws CycleException {
        List<Problem> added = Soundness.added(before, changed, extensions);
        if (!added.isEmpty()) {
            List<Problem> problems = new ArrayList<>(added);
            problems.add(added.size() == 1 ? Problem.of(null, "workspace.wouldBreak.one") : Problem.of(null, "workspace.wouldBreak.many", added.size()));
            throw new CycleException(Kind.INVALID, problems);
        }
    }

    /**
     * Saves the changed workspace and its history entries, refusing if a file changed on disk
     * since the load.
     *
     * @return the files written (relative to the workspace)
     */
    List<String> save(Loaded loaded, Workspace changed, List<HistoryEntry> history) throws CycleException {
        return save(loaded, changed, history, null, null);
    }

    /** As {@link #save(Loaded, Workspace, List)}, moving the files of a staging folder into {@code target} in the same transaction. */
    List<String> save(Loaded loaded, Workspace changed, List<HistoryEntry> history, Path staged, String target) throws CycleException {
        refuseBreaking(loaded.workspace(), changed);
        try {
            ReentrantLock turn = WRITERS.get(loaded.folder());
            return store.save(loaded.folder(), changed, loaded.basis(), history, staged, target, () -> {
                if (turn != null && turn.isHeldByCurrentThread()) {
                    turn.unlock();
                }
            });
        } catch (ConcurrentChangeException e) {
            CycleException conflict = new CycleException(Kind.CONFLICT, List.of(Problem.said(null, e.getMessage(), e.messageEs())));
            STORE_CONFLICT.set(conflict);
            throw conflict;
        } catch (mou.core.spi.StoreException e) {
            throw new CycleException(Kind.REFUSED, List.of(Problem.said(null, e.getMessage(), e.messageEs())));
        } catch (IOException e) {
            throw refused(e instanceof FileSystemException f && f.getFile() != null ? AtomicFiles.describe(Path.of(f.getFile()), f)
                    : e.getMessage() == null ? "the workspace could not be saved" : e.getMessage());
        }
    }
}
