package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.AtomicFiles;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.ConcurrentChangeException;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.core.spi.StoreException;

/**
 * One save of a workspace: works out every file's new content first (merging the model into what
 * is on disk), and only when all of them could be worked out writes those that change, each
 * atomically. Paths are made only from ids that match {@link mou.core.model.Ids} and from years, so a
 * save cannot reach outside the workspace folder.
 */
final class WorkspaceWriter {

    record Change(String name, Path target, byte[] current, byte[] content) {
    }

    private final LocatedJson json;
    private final AtomicFiles files;

    WorkspaceWriter(LocatedJson json, AtomicFiles files) {
        this.json = json;
        this.files = files;
    }

    AtomicFiles files() {
        return files;
    }

    LocatedJson json() {
        return json;
    }

    /** @return the files written, relative to the workspace; files whose content is unchanged are not among them */
    List<String> save(Path folder, Workspace workspace) throws IOException {
        Path root = prepare(folder, workspace);
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            Journal.recover(root, files);
            List<Change> changes = changes(root, workspace, null);
            return commit(root, changes, new HistoryLog.Pending("", 0), List.of());
        }
    }

    /**
     * Saves what changed since {@code basis} was loaded as one transaction ({@link Journal}), committed
     * together with the saves of this process that wait for their turn meanwhile ({@link GroupCommit}):
     * refuses when a file to be written changed on disk since (or since the save of this process that
     * the basis came from), checks every target, then writes the journal, the files, the staged files
     * and the history entries.
     *
     * @param staged a staging folder made by {@link #stage} whose files are moved into {@code target}, or null
     * @param accepted told once the save is checked and queued (or refused): from then on a load for a change
     *        ({@link GroupCommit#view}) finds it
     * @return the files written; empty (and no history appended) when nothing changed
     */
    List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged, String target,
            Runnable accepted, Object owner) throws IOException {
        Path root = prepare(folder, workspace);
        return GroupCommit.of(root).save(this, workspace, basis, history, staged, target, accepted, owner);
    }

    /** With {@code -Dmou.store.timing=true} each checked save prints where its time went (to the standard error). */
    static final boolean TIMING = Boolean.getBoolean("mou.store.timing");

    /** Refuses the save when a file it writes is not as the basis read it ({@code change.current()} is what is there now). */
    static void refuseConflicts(List<Change> changes, LoadResult basis) throws ConcurrentChangeException {
        List<String> changed = new ArrayList<>();
        for (Change change : changes) {
            String then = basis == null ? null : basis.fingerprints().get(change.name());
            String now = change.current() == null ? null : Fingerprints.of(change.current());
            if (!java.util.Objects.equals(then, now)) {
                changed.add(change.name() + (now == null ? " (deleted)" : then == null ? " (created)" : ""));
            }
        }
        if (!changed.isEmpty()) {
            throw new ConcurrentChangeException(changed.stream().map(c -> c.replaceAll(" \\(.*\\)$", "")).toList(),
                    "conflict: " + String.join(", ", changed) + (changed.size() == 1 ? " was" : " were")
                    + " changed on disk after this command read the workspace (by another command, the web application or an editor); "
                    + "nothing was saved, so that change is not lost. Run the command again to apply it to what is there now",
                    "conflicto: " + String.join(", ", changed.stream().map(c -> c.replace(" (deleted)", " (borrado)").replace(" (created)", " (creado)")).toList())
                    + (changed.size() == 1 ? " cambió" : " cambiaron") + " en el disco después de que se leyó el espacio de trabajo (otra"
                    + " orden, la aplicación web o un editor); no se guardó nada, así que ese cambio no se pierde. Repita su cambio sobre lo que hay ahora");
        }
    }

    /** Writes the journal of a save and applies it; every target has been checked. */
    private List<String> commit(Path root, List<Change> changes, HistoryLog.Pending history, List<Journal.Move> moves)
            throws IOException {
        if (changes.isEmpty() && moves.isEmpty()) {
            return List.of();
        }
        List<Journal.Step> steps = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Map<String, byte[]> before = new java.util.HashMap<>();
        for (Change change : changes) {
            steps.add(new Journal.Write(change.name(), change.content()));
            written.add(change.name());
            before.put(change.name(), change.current());
        }
        for (Journal.Move move : moves) {
            steps.add(move);
            written.add(move.name());
        }
        new Journal(steps, history.lines(), history.lengthBefore()).commit(root, files, before);
        return written;
    }

    /**
     * A new, empty staging folder for files that a later {@link #save} moves into {@code target}
     * (a folder of the workspace, e.g. {@code published/2017}): made beside the target, after
     * checking that neither the target nor a folder on its way is a link out of the workspace.
     */
    static Path stage(Path folder, String target) throws IOException {
        Path root = folder.toRealPath();
        // under the lock (which makes the lock file), so that from now on every load looks for what a kill leaves
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            checkFolder(root, target);
            Path parent = root.resolve(target).normalize().getParent();
            Files.createDirectories(parent);
            String name = root.resolve(target).normalize().getFileName().toString();
            return Files.createDirectory(parent.resolve(Journal.stagingName(name)));
        }
    }

    /** The files of a staging folder as steps that move them into {@code target}. */
    static List<Journal.Move> moves(Path root, Path staged, String target) throws IOException {
        if (staged == null) {
            return List.of();
        }
        checkFolder(root, target);
        Path folder = staged.toAbsolutePath().normalize();
        Path expected = root.resolve(target).normalize().getParent();
        if (!folder.startsWith(root) || !expected.equals(folder.getParent())
                || !AtomicFiles.isTemporary(folder.getFileName().toString()) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(staged + " is not a staging folder of " + target + ", so nothing was saved");
        }
        List<Journal.Move> moves = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                if (AtomicFiles.isTemporary(name) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String to = target + "/" + name;
                safeTarget(root, to);
                moves.add(new Journal.Move(root.relativize(file).toString().replace('\\', '/'), to));
            }
        }
        if (moves.isEmpty()) {
            throw new IOException("the staging folder " + staged + " holds no file, so nothing was saved");
        }
        return moves;
    }

    /** Refuses a folder of the layout that is, or lies behind, a link out of the workspace, or is a file. */
    private static void checkFolder(Path root, String target) throws IOException {
        safeTarget(root, target, true);
    }

    static HistoryLog history(LocatedJson json) {
        return new HistoryLog(json);
    }

    private static Path prepare(Path folder, Workspace workspace) throws IOException {
        if (workspace == null || workspace.agreement() == null) {
            throw new IOException("the workspace has no agreement, so nothing was saved");
        }
        Files.createDirectories(folder);
        return folder.toRealPath();
    }

    /**
     * Every file whose content would change, with its new content; nothing is written yet. A plan, a
     * group's year or a report that is the very object the basis loaded from its file (this save did
     * not change it) is left as it is on disk: a save works on the files it changes, not on every file
     * of the workspace (and a file someone edits meanwhile that this save does not change is theirs).
     */
    private List<Change> changes(Path root, Workspace workspace, LoadResult basis) throws IOException {
        return changes(root, workspace, basis, name -> null);
    }

    /**
     * As {@link #changes(Path, Workspace, LoadResult)}, where a file's content is {@code pending}'s when it
     * gives one (a save of this process checked and not yet committed), else the file's on disk.
     */
    List<Change> changes(Path root, Workspace workspace, LoadResult basis, java.util.function.Function<String, byte[]> pending)
            throws IOException {
        return changes(root, workspace, basis, pending, KnownTrees.NONE);
    }

    /**
     * The trees of contents this process worked out: a file whose bytes are exactly such a content is
     * merged into without being parsed again (the tree a content was written from is what parsing it
     * gives, for everything a merge looks at: keys in order, texts, ids, nulls); and a group's year whose
     * assessments alone changed since is worked out from that content ({@link YearSplice}).
     */
    interface KnownTrees {
        KnownTrees NONE = new KnownTrees() {
            @Override
            public Known of(String name, byte[] content) {
                return null;
            }

            @Override
            public void wrote(String name, byte[] content, Known known) {
            }
        };

        /** What {@code content} was written from, when it is known; else null. */
        Known of(String name, byte[] content);

        /** Tells that {@code content} was written from {@code known} (whose tree nobody changes afterwards). */
        void wrote(String name, byte[] content, Known known);
    }

    /**
     * What a content was written from: the tree; for a group's year file, the year it was made from and
     * where the elements of its top lists were written (else both null).
     */
    record Known(JsonNode tree, GroupYear year, TreeWriter.Layout layout) {
    }

    /** A file to work out: for a group's year file the year (else null), and its tree, built when it is needed. */
    private record Planned(GroupYear year, java.util.function.Supplier<JsonNode> tree) {
        static Planned of(JsonNode tree) {
            return new Planned(null, () -> tree);
        }
    }

    /** As {@link #changes(Path, Workspace, LoadResult, java.util.function.Function)}, with the trees of contents known. */
    List<Change> changes(Path root, Workspace workspace, LoadResult basis, java.util.function.Function<String, byte[]> pending, KnownTrees known)
            throws IOException {
        java.util.Set<Object> asLoaded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (basis != null && basis.workspace() != null) {
            asLoaded.addAll(basis.workspace().plans());
            asLoaded.addAll(basis.workspace().years());
            asLoaded.addAll(basis.workspace().reports());
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        Map<String, Planned> trees = new LinkedHashMap<>();
        Workspace loaded = basis == null ? null : basis.workspace();
        if (!asRead(loaded == null ? null : loaded.agreement(), workspace.agreement(), "agreement.json", basis)) {
            trees.put("agreement.json", Planned.of(ModelTrees.agreement(workspace.agreement())));
        }
        if ((!workspace.organizations().isEmpty() || Files.exists(root.resolve("organizations.json"), LinkOption.NOFOLLOW_LINKS))
                && !asRead(loaded == null ? null : loaded.organizations(), workspace.organizations(), "organizations.json", basis)) {
            trees.put("organizations.json", Planned.of(ModelTrees.organizations(workspace.organizations())));
        }
        if ((!workspace.relatedAgreements().isEmpty()
                || Files.exists(root.resolve("related-agreements.json"), LinkOption.NOFOLLOW_LINKS))
                && !asRead(loaded == null ? null : loaded.relatedAgreements(), workspace.relatedAgreements(), "related-agreements.json", basis)) {
            trees.put("related-agreements.json", Planned.of(ModelTrees.relatedAgreements(workspace.relatedAgreements())));
        }
        if (!workspace.calendar().empty() && !asRead(loaded == null ? null : loaded.calendar(), workspace.calendar(), WorkspaceReader.CALENDAR, basis)) {
            // a calendar is only ever written, never removed: a workspace without one leaves calendar.json as it is
            trees.put(WorkspaceReader.CALENDAR, Planned.of(ModelTrees.calendar(workspace.calendar())));
        }
        for (AnnualReport report : workspace.reports()) {
            String name = "reports/" + yearFile(report.year(), "report");
            if (!unchanged(report, name, asLoaded, basis, kept, trees, "report of " + report.year())) {
                add(trees, name, Planned.of(ModelTrees.report(report)), "report of " + report.year());
            }
        }
        for (WorkingGroupPlan plan : workspace.plans()) {
            String name = "groups/" + groupFolder(plan.groupId()) + "/plan.json";
            String what = "plan of the group '" + plan.groupId() + "'";
            if (!unchanged(plan, name, asLoaded, basis, kept, trees, what)) {
                add(trees, name, Planned.of(ModelTrees.plan(plan)), what);
            }
        }
        for (GroupYear year : workspace.years()) {
            String name = "groups/" + groupFolder(year.groupId()) + "/" + yearFile(year.year(), "group's year");
            String what = year.year() + " of the group '" + year.groupId() + "'";
            if (!unchanged(year, name, asLoaded, basis, kept, trees, what)) {
                add(trees, name, new Planned(year, () -> ModelTrees.year(year)), what);
            }
        }

        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Planned> e : trees.entrySet()) {
            String name = e.getKey();
            Planned planned = e.getValue();
            Path target = safeTarget(root, name);
            byte[] waiting = pending.apply(name);
            byte[] current = waiting != null ? waiting : Files.exists(target) ? Files.readAllBytes(target) : null;
            Known last = current == null ? null : known.of(name, current);
            YearSplice.Result spliced = last != null && planned.year() != null && last.year() != null
                    ? YearSplice.of(current, last.tree(), last.layout(), last.year(), planned.year()) : null;
            JsonNode onDisk;
            byte[] content;
            Known written;
            if (spliced != null) {
                onDisk = last.tree();
                content = spliced.content();
                written = new Known(spliced.tree(), planned.year(), spliced.layout());
            } else {
                onDisk = last != null ? last.tree() : current != null ? parseForMerge(name, current) : null;
                JsonNode merged = TreeMerger.merge(onDisk, planned.tree().get());
                if (onDisk == null && merged instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    // keys added to the format later are left out of a new file while they hold nothing
                    ModelTrees.LATER_KEYS.forEach(key -> {
                        if (o.path(key).isArray() && o.get(key).isEmpty()) {
                            o.remove(key);
                        }
                    });
                }
                TreeWriter.Layout layout = planned.year() == null ? null : new TreeWriter.Layout();
                content = TreeWriter.bytes(merged, layout);
                written = new Known(merged, planned.year(), layout);
            }
            if (current == null || !Arrays.equals(current, content)) {
                refuseUnreadable(name, content, written.tree(), json.limits());
            }
            known.wrote(name, content, written);
            if (current == null || !Arrays.equals(current, content)) {
                refuseIfPublished(name, onDisk);
                changes.add(new Change(name, target, current, content));
            }
        }
        return changes;
    }

    /**
     * A file the store would not read back is not written: a text longer than a workspace file may
     * hold (an imported cell of a million characters), or a file larger than one may be. Otherwise
     * the save succeeds and every later command fails on the file it wrote.
     */
    static void refuseUnreadable(String name, byte[] content, JsonNode tree, Limits limits) throws StoreException {
        if (content.length > limits.maxDocumentLength()) {
            throw new StoreException(name + " would be " + String.format(java.util.Locale.ROOT, "%,d", content.length) + " bytes, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", limits.maxDocumentLength()) + " a workspace file may hold; nothing was saved."
                    + " Shorten its longest texts", name + " tendría " + String.format(java.util.Locale.ROOT, "%,d", content.length) + " bytes,"
                    + " más de los " + String.format(java.util.Locale.ROOT, "%,d", limits.maxDocumentLength()) + " que puede tener un archivo del"
                    + " espacio de trabajo; no se guardó nada. Acorte sus textos más largos");
        }
        java.util.ArrayDeque<Map.Entry<String, JsonNode>> todo = new java.util.ArrayDeque<>();
        todo.push(Map.entry("", tree));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> at = todo.pop();
            JsonNode node = at.getValue();
            if (node.isTextual() && node.textValue().length() > limits.maxStringLength()) {
                String where = at.getKey().isEmpty() ? "" : " at " + at.getKey();
                String length = String.format(java.util.Locale.ROOT, "%,d", node.textValue().length());
                String most = String.format(java.util.Locale.ROOT, "%,d", limits.maxStringLength());
                throw new StoreException(name + ": a text" + where + " would be " + length + " characters, more than the " + most
                        + " a workspace file holds in one text; nothing was saved. Shorten it",
                        name + ": un texto" + (where.isEmpty() ? "" : " en " + at.getKey()) + " tendría " + length + " caracteres, más de los "
                        + most + " que un archivo del espacio de trabajo admite en un texto; no se guardó nada. Acórtelo");
            }
            if (node.isObject()) {
                node.fields().forEachRemaining(e -> todo.push(Map.entry(at.getKey().isEmpty() ? e.getKey() : at.getKey() + "." + e.getKey(),
                        e.getValue())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    todo.push(Map.entry(at.getKey() + "[" + i + "]", node.get(i)));
                }
            }
        }
    }

    /** A group's year that is published on disk is locked: nothing may change it any more. */
    private static void refuseIfPublished(String name, JsonNode onDisk) throws IOException {
        if (onDisk == null || !onDisk.path("review").isArray() || onDisk.get("review").isEmpty()) {
            return;
        }
        JsonNode last = onDisk.get("review").get(onDisk.get("review").size() - 1);
        if ("published".equals(last.path("state").asText(null))) {
            throw new IOException(name + " is published (by " + last.path("by").asText("someone") + " on "
                    + last.path("at").asText("an unknown date") + ") and so locked; a published year cannot be changed. "
                    + "Nothing was saved");
        }
    }

    /** True when a file of the workspace's own holds the very value (or list of values) the basis read from it: it is not written. */
    private static boolean asRead(Object then, Object now, String name, LoadResult basis) {
        return then != null && then == now && basis.fingerprints().containsKey(name);
    }

    /**
     * True when {@code part} is the object the basis loaded from {@code name} and so is not written;
     * a name given twice is refused as {@link #add} refuses it.
     */
    private static boolean unchanged(Object part, String name, java.util.Set<Object> asLoaded, LoadResult basis, java.util.Set<String> kept,
            Map<String, Planned> trees, String what) throws IOException {
        if (!asLoaded.contains(part) || !basis.fingerprints().containsKey(name)) {
            if (kept.contains(name)) {
                throw new IOException("the workspace holds the " + what + " twice, so nothing was saved; keep only one");
            }
            return false;
        }
        if (trees.containsKey(name) || !kept.add(name)) {
            throw new IOException("the workspace holds the " + what + " twice, so nothing was saved; keep only one");
        }
        return true;
    }

    private static void add(Map<String, Planned> trees, String name, Planned tree, String what) throws IOException {
        if (trees.putIfAbsent(name, tree) != null) {
            throw new IOException("the workspace holds the " + what + " twice, so nothing was saved; keep only one");
        }
    }

    private static String groupFolder(String groupId) throws IOException {
        if (groupId == null || !mou.core.model.Ids.valid(groupId)) {
            throw new IOException("'" + groupId + "' is not a valid group id (lower case letters, digits and '-'), "
                    + "so nothing was saved; give the group a valid id");
        }
        return groupId;
    }

    private static String yearFile(int year, String what) throws IOException {
        if (year < 1000 || year > 9999) {
            throw new IOException("a " + what + " is for the year " + year + ", which is not a four-digit year, "
                    + "so nothing was saved");
        }
        return year + ".json";
    }

    /**
     * Where to write a file of the layout: the file itself, or the file a link inside the workspace
     * points to; never a place outside the workspace, whatever links the folder holds.
     */
    static Path safeTarget(Path root, String name) throws IOException {
        return safeTarget(root, name, false);
    }

    /** As {@link #safeTarget(Path, String)}, for a file or (when {@code folder}) a folder. */
    static Path safeTarget(Path root, String name, boolean folder) throws IOException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new IOException(name + " would be outside the workspace folder, so nothing was saved");
        }
        // Check each step from the workspace down, so that the message names the link that leads out.
        Path step = root;
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length; i++) {
            step = step.resolve(parts[i]);
            if (!Files.exists(step, LinkOption.NOFOLLOW_LINKS)) {
                return target;
            }
            String shown = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i + 1));
            Path real;
            try {
                real = step.toRealPath();
            } catch (IOException e) {
                throw new IOException(shown + " is a link to something that does not exist, so nothing was saved; remove the link");
            }
            if (!real.startsWith(root)) {
                throw new IOException(shown + " is a link to a place outside the workspace folder, so nothing was saved; "
                        + "replace the link by the file or folder itself");
            }
            if (i == parts.length - 1) {
                if (folder) {
                    if (!Files.isDirectory(real)) {
                        throw new IOException(name + " is a file, not a folder, so nothing was saved; move it away");
                    }
                    return real;
                }
                if (Files.isDirectory(real)) {
                    throw new IOException(name + " is a folder, not a file, so nothing was saved; move it away");
                }
                return real;
            }
            if (!Files.isDirectory(real)) {
                throw new IOException(shown + " is a file, not a folder, so nothing was saved; move it away");
            }
        }
        return target;
    }

    private JsonNode parseForMerge(String name, byte[] current) throws IOException {
        Problems problems = new Problems();
        ParsedFile parsed = json.parse(name, current, problems);
        if (parsed == null || problems.hasErrors()) {
            Problem first = problems.sorted().stream().filter(Problem::isError).findFirst().orElseThrow();
            throw new IOException("cannot save " + name + " because the file on disk has an error (" + first.format()
                    + "); fix it first, so that nothing in the file is lost. Nothing was saved");
        }
        if (!(parsed.root() instanceof JsonObject)) {
            throw new IOException("cannot save " + name + " because the file on disk does not hold an object {...}; "
                    + "fix it first, so that nothing in the file is lost. Nothing was saved");
        }
        return parsed.tree();
    }
}
