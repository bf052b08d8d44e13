package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.model.Evidence;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;

/**
 * What the store keeps of its loads of one workspace: each group's folder as it was read (its model,
 * problems, ids and fingerprints, no parsed file), so that a load reads again only the groups whose
 * files changed. A group's reading is used again only when all of these are as they were: the
 * folder's entries; every file's content (its fingerprint, see below); the organizations that its
 * references were checked against; the installed groups and deliverable types (the very objects);
 * and what each of its evidence references finds now.
 *
 * <p>A file's content counts as unchanged when its size, modification time, status-change time and
 * file key (inode) are all as they were when it was read and its status-change time is well before
 * that read, so that a change within the file system's clock tick of the read cannot hide (the way git
 * treats "racily clean" files); in any other case the file is read and its fingerprint (length and
 * two checksums of its bytes) compared. Status-change time is set by the system on every write and
 * cannot be set back by a program, unlike the modification time. Where the file system offers no
 * status-change time, every file is read and its fingerprint compared.
 */
final class LoadCache {

    /** What a file's status said, taken before its content was read. */
    record FileState(long size, FileTime modified, FileTime changed, Object key) {
    }

    /** A group's folder as read: what {@link WorkspaceLoad} takes of it. */
    record Part(Problems problems, Map<String, String> fingerprints, List<WorkspaceReader.Declared> declared, Set<String> planActivities,
            List<WorkingGroupPlan> plans, List<GroupYear> years) {

        static Part of(WorkspaceReader reader) {
            return new Part(reader.problems(), Map.copyOf(reader.fingerprints()), List.copyOf(reader.declared()),
                    Set.copyOf(reader.planActivities()), List.copyOf(reader.plans()), List.copyOf(reader.years()));
        }
    }

    /** A group's reading and what it depends on. */
    private record Group(List<String> entries, Map<String, FileState> states, Instant statedAt, Object organizations,
            List<Object> extensions, Map<String, Optional<Evidence.Finding>> evidence, Part part, WorkspaceReader.PlanReading plan) {
    }

    /** How long before a read a file's last change must be for its status alone to be trusted. */
    static final long RACY_SECONDS = 2;

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    /** The state of a group's folder before it is read: its entries and each file's status; null when it is not kept (a link, an unreadable folder). */
    record Before(List<String> entries, Map<String, FileState> states, Instant at) {
    }

    /** Takes the state of a group's folder before it is read; null when a reading of this folder is not to be kept. */
    static Before before(Path root, String groupId) {
        Instant at = Instant.now();
        Path dir = root.resolve("groups").resolve(groupId);
        try {
            if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            List<String> entries = entries(dir);
            Map<String, FileState> states = new HashMap<>();
            for (String name : entries) {
                if (!read(name)) {
                    continue;
                }
                FileState state = state(dir.resolve(name));
                if (state == null) {
                    return null;
                }
                states.put(name, state);
            }
            return new Before(entries, states, at);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the reader reads this entry of a group's folder: the plan and the year files. */
    private static boolean read(String name) {
        return name.equals("plan.json") || WorkspaceReader.YEAR_FILE.matcher(name).matches();
    }

    private static List<String> entries(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) { // as the reader: hidden files (a save's temporary ones) are not part of the layout
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** A regular file's status (not following links); null for anything else. */
    private static FileState state(Path file) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,fileKey,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                return null;
            }
            return new FileState((Long) a.get("size"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime"), a.get("fileKey"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new FileState(a.size(), a.lastModifiedTime(), null, a.fileKey()) : null;
        }
    }

    /**
     * The kept reading of a group, when its folder is as {@code now} found it, its files' content
     * unchanged, and what it was checked against the same; else empty.
     */
    Optional<Part> kept(Path root, String groupId, Before now, Object organizations, List<Object> extensions) {
        Group group = groups.get(groupId);
        if (group == null || now == null || !group.entries().equals(now.entries())
                || !checkedAgainst(group.organizations(), group.extensions(), organizations, extensions)) {
            return Optional.empty();
        }
        Path dir = root.resolve("groups").resolve(groupId);
        for (Map.Entry<String, FileState> file : now.states().entrySet()) {
            FileState then = group.states().get(file.getKey());
            if (then == null) {
                return Optional.empty();
            }
            if (!asRead(dir.resolve(file.getKey()), then, file.getValue(), group.statedAt(),
                    group.part().fingerprints().get("groups/" + groupId + "/" + file.getKey()))) {
                return Optional.empty();
            }
        }
        if (!sameFindings(root, group.evidence())) {
            return Optional.empty();
        }
        // the files were read or trusted at this state: later checks start from it
        groups.put(groupId, new Group(group.entries(), now.states(), now.at(), group.organizations(), group.extensions(), group.evidence(),
                group.part(), group.plan()));
        return Optional.of(group.part());
    }

    /**
     * The kept reading of a group's plan file, when the group's whole reading cannot be kept (a year
     * file changed) but the plan file is as it was read, the same file or none, and the organizations
     * and installed plugins it was checked against are the same; else empty, and the plan is read again.
     */
    Optional<WorkspaceReader.PlanReading> keptPlan(Path root, String groupId, Before now, Object organizations, List<Object> extensions) {
        Group group = groups.get(groupId);
        if (group == null || group.plan() == null || now == null
                || !checkedAgainst(group.organizations(), group.extensions(), organizations, extensions)) {
            return Optional.empty();
        }
        FileState then = group.states().get(PLAN);
        FileState state = now.states().get(PLAN);
        boolean kept = then == null ? state == null && !now.entries().contains(PLAN) && !group.plan().exists()
                : state != null && asRead(root.resolve("groups").resolve(groupId).resolve(PLAN), then, state, group.statedAt(),
                        group.plan().fingerprint());
        return kept ? Optional.of(group.plan()) : Optional.empty();
    }

    private static final String PLAN = "plan.json";

    /**
     * Whether a file's content is as it was read: its status says so ({@link #trusted}), else its bytes
     * have the fingerprint they had then (none known, or a file that cannot be read, is not as read).
     */
    private static boolean asRead(Path file, FileState then, FileState now, Instant readAfter, String fingerprint) {
        if (trusted(then, now, readAfter)) {
            return true;
        }
        try {
            return fingerprint != null && fingerprint.equals(Fingerprints.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether each evidence reference a reading checked finds now what it found then. */
    private static boolean sameFindings(Path root, Map<String, Optional<Evidence.Finding>> evidence) {
        for (Map.Entry<String, Optional<Evidence.Finding>> reference : evidence.entrySet()) {
            if (!Evidence.check(root, reference.getKey()).equals(reference.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A file's status alone says its content is unchanged: everything is as it was, and its last change well before it was read. */
    private static boolean trusted(FileState then, FileState now, Instant readAfter) {
        return then.changed() != null && then.equals(now) && then.changed().toInstant().isBefore(readAfter.minusSeconds(RACY_SECONDS));
    }

    /** Whether a reading checked against these organizations and installed types would be checked the same way now. */
    private static boolean checkedAgainst(Object organizations, List<Object> extensions, Object organizationsNow, List<Object> extensionsNow) {
        return Objects.equals(organizations, organizationsNow) && same(extensions, extensionsNow);
    }

    private static boolean same(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps a group's reading, made after {@code before} was taken (not when that is null); the reading as a part. */
    Part keep(String groupId, Before before, WorkspaceReader reader, List<Object> extensions) {
        Part part = Part.of(reader);
        if (before == null) {
            groups.remove(groupId);
        } else {
            groups.put(groupId, new Group(before.entries(), before.states(), before.at(), canonical(reader.organizationsRead()), List.copyOf(extensions),
                    Map.copyOf(reader.evidence()), part, reader.planReading()));
        }
        return part;
    }

    /** The organizations of the last load, when equal to these: one object, so that each group's check of them is one comparison of identity. */
    private volatile Object organizationsSeen;

    /**
     * The organizations a load found, as the one object that stands for them while they stay equal: a
     * thousand groups' readings are each checked against them, and comparing two equal sets of a few
     * thousand ids for each group took longer than the rest of a load.
     */
    Object canonical(Object organizations) {
        Object seen = organizationsSeen;
        if (seen != null && seen.equals(organizations)) {
            return seen;
        }
        organizationsSeen = organizations;
        return organizations;
    }

    /**
     * The workspace's own entries before a load read them: each regular file of its folder and of
     * {@code reports/} by its status, each folder there and in {@code groups/} by its name. Null when one
     * of them is a link or neither a file nor a folder (such a workspace is always read again).
     */
    record Own(Map<String, FileState> files, List<String> folders, Instant at) {
    }

    /** The workspace's own entries as they are now, taken before they are read; null when a load of it is not to be used again whole. */
    static Own own(Path root) {
        Instant at = Instant.now();
        Map<String, FileState> files = new HashMap<>();
        List<String> folders = new ArrayList<>();
        try {
            for (String dir : List.of("", "reports", "groups")) {
                Path folder = dir.isEmpty() ? root : root.resolve(dir);
                if (!dir.isEmpty() && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(dir + " (none)");
                    continue;
                }
                if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                for (String name : entries(folder)) {
                    Path entry = folder.resolve(name);
                    String relative = dir.isEmpty() ? name : dir + "/" + name;
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(relative);
                    } else if (!dir.equals("groups")) {
                        FileState state = state(entry);
                        if (state == null) {
                            return null;
                        }
                        files.put(relative, state);
                    } else {
                        return null;
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return new Own(files, folders, at);
    }

    /** The last whole load: the workspace's own entries before it, its groups' readings in order, what was installed, and its result. */
    private record Whole(Own own, List<String> groups, List<Part> parts, List<Object> extensions, Object organizations,
            mou.core.spi.LoadResult result) {
    }

    private volatile Whole whole;

    /**
     * The result of the last load, when nothing it read has changed since: the workspace's own files that
     * it reads are as they were ({@code now}, taken before this load reads anything, against what was
     * taken before the last one; a file's content by the rule of the groups' files), each group's
     * reading is kept and is the very one that load took, and the same groups and deliverable types are
     * installed. A page and the cycle's status each load the workspace for the same
     * request; with a thousand groups the second load must not build the workspace again. Else null.
     */
    mou.core.spi.LoadResult unchanged(Path root, Own now, List<Object> extensions) {
        return unchanged(root, now, extensions, new Checked());
    }

    /** The groups a look for an unchanged workspace found kept, and what they were checked against. */
    static final class Checked {
        final Map<String, Part> parts = new HashMap<>();
        Object organizations;
        List<Object> extensions;

        /** The group's kept reading, when it was found so against these organizations and installed types; else null. */
        Part part(String group, Object organizationsNow, List<Object> extensionsNow) {
            return extensions != null && checkedAgainst(organizations, extensions, organizationsNow, extensionsNow) ? parts.get(group) : null;
        }
    }

    /**
     * As {@link #unchanged(Path, Own, List)}; when the result is null, {@code checked} holds the groups
     * it found kept before it found one that is not (with the workspace's own files as they were, so the
     * same organizations and installed types): the load that follows takes them without looking again.
     */
    mou.core.spi.LoadResult unchanged(Path root, Own now, List<Object> extensions, Checked checked) {
        Whole last = whole;
        if (last == null || now == null || !same(last.extensions(), extensions) || !now.folders().equals(last.own().folders())
                || !now.files().keySet().equals(last.own().files().keySet())) {
            return null;
        }
        for (Map.Entry<String, FileState> file : now.files().entrySet()) {
            // the files the load reads, by the groups' rule (the history, which every save appends to, is not read)
            if (WorkspaceReader.ownFile(file.getKey()) && !asRead(root.resolve(file.getKey()), last.own().files().get(file.getKey()),
                    file.getValue(), last.own().at(), last.result().fingerprints().get(file.getKey()))) {
                return null;
            }
        }
        checked.organizations = last.organizations();
        checked.extensions = List.copyOf(extensions);
        for (int i = 0; i < last.groups().size(); i++) {
            String group = last.groups().get(i);
            Optional<Part> part = kept(root, group, before(root, group), last.organizations(), extensions);
            if (part.isEmpty() || part.get() != last.parts().get(i)) {
                return null;
            }
            checked.parts.put(group, part.get());
        }
        return last.result();
    }

    /** Keeps a whole load's result to be given again by {@link #unchanged} (its own entries taken before it read them). */
    void remember(Own before, List<String> groups, List<Part> parts, List<Object> extensions, Object organizations, mou.core.spi.LoadResult result) {
        whole = before == null || parts.size() != groups.size() ? null
                : new Whole(before, List.copyOf(groups), List.copyOf(parts), List.copyOf(extensions), organizations, result);
    }

    /** The workspace's own files as last read: their entries' status before that read, what was installed, and the reading. */
    private record OwnKept(Own own, List<Object> extensions, WorkspaceReader.OwnReading reading) {
    }

    private volatile OwnKept ownKept;

    /**
     * The last reading of the workspace's own files (organizations, agreement, related agreements,
     * reports, calendar), when those files are as they were ({@code now}, taken before this load reads
     * anything; a file's content by the rule of the groups' files), what they point to as evidence finds
     * the same, and the same groups and deliverable types are installed. Else null.
     */
    WorkspaceReader.OwnReading ownReading(Path root, Own now, List<Object> extensions) {
        OwnKept last = ownKept;
        if (last == null || now == null || !same(last.extensions(), extensions) || !now.files().keySet().equals(last.own().files().keySet())
                || !ownFolders(now).equals(ownFolders(last.own()))) {
            return null;
        }
        for (Map.Entry<String, FileState> file : now.files().entrySet()) {
            if (WorkspaceReader.ownFile(file.getKey()) && !asRead(root.resolve(file.getKey()), last.own().files().get(file.getKey()), file.getValue(),
                    last.own().at(), last.reading().fingerprints().get(file.getKey()))) {
                return null;
            }
        }
        if (!sameFindings(root, last.reading().evidence())) {
            return null;
        }
        // the files were read or trusted at this state: later checks start from it
        ownKept = new OwnKept(now, last.extensions(), last.reading());
        return last.reading();
    }

    /** The folders beside the workspace's own files (a folder where a file is expected is a problem of their reading): not the groups'. */
    private static List<String> ownFolders(Own own) {
        return own.folders().stream().filter(f -> !f.startsWith("groups/")).toList();
    }

    /** Keeps a reading of the workspace's own files, made after {@code before} was taken (nothing is kept when that is null). */
    void keepOwn(Own before, List<Object> extensions, WorkspaceReader.OwnReading reading) {
        ownKept = before == null ? null : new OwnKept(before, List.copyOf(extensions), reading);
    }

    /** Forgets the groups that are no longer in the workspace. */
    void retain(Set<String> groupIds) {
        groups.keySet().retainAll(groupIds);
    }

    /** Forgets everything (after a save's conflict, so that the next load reads every file). */
    void clear() {
        groups.clear();
        whole = null;
        ownKept = null;
    }

    /** How many groups' readings are kept (for tests). */
    int size() {
        return groups.size();
    }
}
