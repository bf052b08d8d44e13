package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.core.spi.TextPlace;
import mou.core.spi.WorkspaceRules;
import mou.core.spi.Problem.Severity;

/**
 * One load of a workspace folder: reads every file of the layout, maps it to the model and checks
 * it, within each file and across files (the rules across files are {@link WorkspaceRules}: each file's
 * as it is read, the whole workspace's here). The groups' folders are read at the same time, one per
 * core, each by its own {@link WorkspaceReader}; their findings are then taken in the order of the
 * groups, so that the result is the same as reading the files one after the other. Problems are
 * collected, never thrown.
 */
final class WorkspaceLoad {

    private static final Comparator<TextPlace> TEXT_ORDER = Comparator.comparing(TextPlace::file)
            .thenComparingInt(TextPlace::line).thenComparingInt(TextPlace::column);

    private final Path folder;
    private final Extensions extensions;
    private final LocatedJson json;
    private final int threads;
    /** The groups' readings kept from earlier loads of this workspace, or null. */
    private final LoadCache cache;
    private final boolean placeTexts;
    private final List<TextPlace> texts = new ArrayList<>();

    private final Problems problems = new Problems();
    private final Map<String, String> fingerprints = new TreeMap<>();
    private final WorkspaceRules.UniqueIds<Loc> uniqueIds = new WorkspaceRules.UniqueIds<>(Loc::describe, problems::add);
    private final Set<String> planActivities = new HashSet<>();
    private final List<WorkingGroupPlan> plans = new ArrayList<>();
    private final List<GroupYear> years = new ArrayList<>();

    /** @param threads how many groups' folders are read at the same time */
    WorkspaceLoad(Path folder, Extensions extensions, LocatedJson json, int threads) {
        this(folder, extensions, json, threads, null, false);
    }

    /**
     * @param cache the groups' readings kept from earlier loads of this workspace (used and updated), or null
     * @param placeTexts whether the result lists every text with the place it was read ({@link LoadResult#texts()});
     *        a cache does not keep the places, so give none with it
     */
    WorkspaceLoad(Path folder, Extensions extensions, LocatedJson json, int threads, LoadCache cache, boolean placeTexts) {
        this.placeTexts = placeTexts;
        this.folder = folder;
        this.extensions = extensions;
        this.json = json;
        this.threads = threads;
        this.cache = cache;
    }

    LoadResult read() {
        if (!Files.isDirectory(folder)) {
            return new LoadResult(null, List.of(new Problem(Severity.ERROR, folder.toString(), 0, 0, "",
                    "there is no workspace folder here; give the folder that holds agreement.json",
                    "aquí no hay ninguna carpeta de espacio de trabajo; indique la carpeta que contiene agreement.json")));
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            return new LoadResult(null, List.of(new Problem(Severity.ERROR, folder.toString(), 0, 0, "",
                    "the workspace folder cannot be read; check that it exists and that you may read it",
                    "no se puede leer la carpeta del espacio de trabajo; compruebe que existe y que usted puede leerla")));
        }

        // a load that would read nothing new gives the last one's result: the workspace as the same objects
        LoadCache.Own ownBefore = cache == null ? null : LoadCache.own(root);
        List<Object> installed = installed(); // once: every kept reading this load takes is checked against the same
        if (ownBefore != null) {
            mou.core.spi.LoadResult same = cache.unchanged(root, ownBefore, installed, checked);
            if (same != null) {
                return same;
            }
        }
        // the workspace's own files are read again only when one of them changed (a rating changes a group's file)
        WorkspaceReader.OwnReading read = cache == null ? null : cache.ownReading(root, ownBefore, installed);
        WorkspaceReader own;
        if (read != null) {
            own = WorkspaceReader.of(root, extensions, json, read);
        } else {
            own = new WorkspaceReader(root, extensions, json, placeTexts);
            read = own.readOwn();
            if (cache != null) {
                cache.keepOwn(ownBefore, installed, read);
            }
        }
        Set<String> groups = own.groupFolders();
        add(own);
        readGroups(own, groups, installed);

        List<WorkspaceRules.ActivityRef<Loc>> figureRefs = new ArrayList<>();
        for (WorkspaceReader.Ref ref : own.figureActivityRefs()) {
            figureRefs.add(new WorkspaceRules.ActivityRef<>(ref.id(), ref.at()));
        }
        WorkspaceRules.figureActivities(figureRefs, planActivities, problems::add);
        Workspace workspace = read.agreement() == null ? null
                : new Workspace(read.agreement(), read.organizations(), read.related(), plans, years, read.reports(), read.calendar());
        texts.sort(TEXT_ORDER);
        LoadResult result = new LoadResult(workspace, problems.sorted(), fingerprints, texts);
        if (cache != null) {
            cache.remember(ownBefore, new ArrayList<>(groups), keptParts, installed, keptOrganizations, result);
        }
        return result;
    }

    /**
     * The last load's result when nothing it read has changed since ({@link LoadCache#unchanged}), found
     * without reading any file of the layout again; else null (and nothing is read).
     */
    LoadResult unchangedSinceLastLoad() {
        if (cache == null || placeTexts) {
            return null;
        }
        try {
            Path root = folder.toRealPath();
            return cache.unchanged(root, LoadCache.own(root), installed(), new LoadCache.Checked());
        } catch (IOException e) {
            return null;
        }
    }

    /** The installed groups and deliverable types: a kept reading was checked against these very objects. */
    private List<Object> installed() {
        List<Object> installed = new ArrayList<>(extensions.groups());
        installed.addAll(extensions.deliverableTypes());
        return installed;
    }

    /** The groups whose kept reading the look for an unchanged workspace found as they were (with a cache): not looked at again. */
    private final LoadCache.Checked checked = new LoadCache.Checked();

    /** Each group's reading as this load took it, in the order of the groups (with a cache). */
    private final List<LoadCache.Part> keptParts = new ArrayList<>();
    /** The organizations the groups' readings were checked against (with a cache). */
    private Object keptOrganizations;

    /** Takes what a part found, after what the parts before it found. */
    private void add(WorkspaceReader part) {
        texts.addAll(part.textPlaces());
        add(part.problems(), part.fingerprints(), part.declared(), part.planActivities(), part.plans(), part.years());
    }

    private void add(LoadCache.Part part) {
        add(part.problems(), part.fingerprints(), part.declared(), part.planActivities(), part.plans(), part.years());
    }

    private void add(Problems found, Map<String, String> files, List<WorkspaceReader.Declared> declared, Set<String> activities,
            List<WorkingGroupPlan> groupPlans, List<GroupYear> groupYears) {
        problems.addAll(found);
        fingerprints.putAll(files);
        for (WorkspaceReader.Declared id : declared) {
            uniqueIds.add(new WorkspaceRules.Declared<>(id.id(), id.kind(), id.at()));
        }
        planActivities.addAll(activities);
        plans.addAll(groupPlans);
        years.addAll(groupYears);
    }

    /**
     * Reads each group's folder with a reader of its own, {@code threads} at the same time, and
     * takes what each found in the order of the groups, as soon as it and those before it are read.
     */
    private void readGroups(WorkspaceReader own, Set<String> groups, List<Object> installed) {
        if (cache != null) {
            readGroupsKept(own, groups, installed);
            return;
        }
        int size = Math.min(threads, groups.size());
        if (size <= 1) {
            for (String group : groups) {
                add(readGroup(own, group));
            }
            return;
        }
        ExecutorService pool = readers(size);
        try {
            List<Future<WorkspaceReader>> reading = new ArrayList<>();
            for (String group : groups) {
                reading.add(pool.submit(() -> readGroup(own, group)));
            }
            for (int i = 0; i < reading.size(); i++) {
                add(done(reading.get(i)));
                reading.set(i, null); // the reader (and what it kept to read with) can go
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * As {@link #readGroups}, using the kept reading of each group whose folder is as it was
     * ({@link LoadCache}) and reading the others, {@code threads} at the same time; what each found
     * is taken in the order of the groups.
     */
    private void readGroupsKept(WorkspaceReader own, Set<String> groups, List<Object> installed) {
        Path root = own.root();
        Object organizations = cache.canonical(own.organizationsRead());
        keptOrganizations = organizations;
        cache.retain(groups);
        List<Object> parts = new ArrayList<>(groups.size());
        List<String> toRead = new ArrayList<>();
        Map<String, LoadCache.Before> befores = new HashMap<>();
        Map<String, WorkspaceReader.PlanReading> plans = new HashMap<>(); // the plans read before, of groups whose plan file is as it was
        for (String group : groups) {
            LoadCache.Part found = checked.part(group, organizations, installed);
            if (found != null) {
                parts.add(found);
                continue;
            }
            LoadCache.Before before = LoadCache.before(root, group);
            java.util.Optional<LoadCache.Part> kept = cache.kept(root, group, before, organizations, installed);
            if (kept.isPresent()) {
                parts.add(kept.get());
            } else {
                parts.add(group);
                toRead.add(group);
                befores.put(group, before);
                cache.keptPlan(root, group, before, organizations, installed).ifPresent(plan -> plans.put(group, plan));
            }
        }
        // each reading is kept as a part at once: the reader (and what it kept to read with) can go
        Map<String, LoadCache.Part> read = new HashMap<>();
        int size = Math.min(threads, toRead.size());
        if (size <= 1) {
            for (String group : toRead) {
                read.put(group, cache.keep(group, befores.get(group), readGroup(own, group, plans.get(group)), installed));
            }
        } else {
            ExecutorService pool = readers(size);
            try {
                Map<String, Future<WorkspaceReader>> reading = new java.util.LinkedHashMap<>();
                for (String group : toRead) {
                    reading.put(group, pool.submit(() -> readGroup(own, group, plans.get(group))));
                }
                for (Map.Entry<String, Future<WorkspaceReader>> e : reading.entrySet()) {
                    read.put(e.getKey(), cache.keep(e.getKey(), befores.get(e.getKey()), done(e.getValue()), installed));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        for (Object part : parts) {
            LoadCache.Part taken = part instanceof LoadCache.Part kept ? kept : read.get((String) part);
            keptParts.add(taken);
            add(taken);
        }
    }

    /** The threads that read groups' folders at the same time. */
    private static ExecutorService readers(int size) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "mou-workspace-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static WorkspaceReader readGroup(WorkspaceReader own, String group) {
        return readGroup(own, group, null);
    }

    /** Reads a group's folder; with {@code plan}, its plan file's kept reading instead of the file ({@link LoadCache#keptPlan}). */
    private static WorkspaceReader readGroup(WorkspaceReader own, String group, WorkspaceReader.PlanReading plan) {
        WorkspaceReader part = own.part();
        part.readGroup(group, plan);
        return part;
    }

    private static WorkspaceReader done(Future<WorkspaceReader> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the workspace", e);
        } catch (ExecutionException e) {
            // What failed in a group's reading fails the load, as it would have on this thread.
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
