package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.spi.ConcurrentChangeException;
import mou.core.spi.LoadResult;

/**
 * Group commit of the checked saves of one workspace in this process: a save is first <em>accepted</em>
 * (its files' new content worked out and checked against what it read, in turn with the other saves of
 * the process, on the files as the saves accepted before it leave them), then <em>committed</em>
 * together with every save accepted meanwhile: one {@link Journal} with the files of all of them and
 * their history lines in order, under the {@link WorkspaceLock} (which keeps other processes out), so
 * that a batch costs one journal write and one set of forced writes however many saves it holds.
 *
 * <p>Under the lock each save of a batch is checked again against the files on disk and the saves
 * before it in the batch, exactly as it would be checked if it ran alone at that moment: a save whose
 * file changed meanwhile (another process, or a save before it in the batch that failed) gets its
 * {@link ConcurrentChangeException} and changes nothing, the others still commit. Each caller is told
 * its own outcome: the files it wrote, its conflict, or the failure of the batch's commit (the journal
 * then undoes what it applied, so none of the batch changed anything).
 *
 * <p>The workspace as the last accepted save leaves it ({@link #view}) is what the next change of this
 * process works on while saves wait for their commit: so changes take turns in memory (cheap), and only
 * the commits, which wait for the disk, are shared. A reader's load sees only what is committed.
 */
final class GroupCommit {

    private static final ConcurrentHashMap<Path, GroupCommit> ROOTS = new ConcurrentHashMap<>();

    /** The group commit of a workspace folder (its real path). */
    static GroupCommit of(Path root) {
        return ROOTS.computeIfAbsent(root, GroupCommit::new);
    }

    /** A save accepted and waiting for its commit. */
    private static final class Transaction {
        final WorkspaceWriter writer;
        final LoadResult basis;
        final List<WorkspaceWriter.Change> changes;
        final List<Journal.Move> moves;
        final List<HistoryEntry> history;
        final Object owner;
        List<String> written;
        IOException failure;
        ConcurrentChangeException conflict;
        boolean done;

        Transaction(WorkspaceWriter writer, LoadResult basis, List<WorkspaceWriter.Change> changes, List<Journal.Move> moves,
                List<HistoryEntry> history, Object owner) {
            this.owner = owner;
            this.writer = writer;
            this.basis = basis;
            this.changes = changes;
            this.moves = moves;
            this.history = history;
        }
    }

    /** A file's content as an accepted save leaves it, and that save. */
    private record Pending(byte[] content, Transaction by) {
    }

    private final Path root;
    private final Object monitor = new Object();
    /** Accepted, not yet taken into a batch. */
    private final ArrayDeque<Transaction> queue = new ArrayDeque<>();
    /** The files as the accepted saves not yet committed leave them. */
    private final Map<String, Pending> pending = new HashMap<>();
    /** How many accepted saves are not yet told their outcome. */
    private int open;
    /** How many saves were accepted, and how many were told their outcome, since the start (in the same order). */
    private long acceptedCount;
    private long settledCount;
    /** How many batches were taken to be committed (for tests). */
    private long batches;
    /** The workspace as the last accepted save leaves it (null when unknown), and the store whose load it came from. */
    private LoadResult view;
    private Object viewOwner;

    /** The trees of the last contents worked out, by file (a few: those of the files being rated now). */
    private final Map<String, Written> trees = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > KEPT_TREES;
        }
    };

    private static final int KEPT_TREES = 16;

    private record Written(byte[] content, WorkspaceWriter.Known known) {
    }

    /** What the saves of this process worked out (used under the monitor, as {@link WorkspaceWriter#changes} is). */
    private final WorkspaceWriter.KnownTrees known = new WorkspaceWriter.KnownTrees() {
        @Override
        public WorkspaceWriter.Known of(String name, byte[] content) {
            Written w = trees.get(name);
            return w != null && java.util.Arrays.equals(w.content(), content) ? w.known() : null;
        }

        @Override
        public void wrote(String name, byte[] content, WorkspaceWriter.Known known) {
            trees.put(name, new Written(content, known));
        }
    };

    private GroupCommit(Path root) {
        this.root = root;
    }

    /**
     * The workspace as the saves accepted in this process leave it, for the next change, while some of
     * them wait for their commit; empty when none waits (the files on disk are then the workspace) or
     * when it is not known (a save failed, or was made from another reading): the caller then loads
     * after {@link #awaitCommitted}.
     */
    static java.util.Optional<LoadResult> view(Path root, Object owner) {
        GroupCommit group = ROOTS.get(root);
        if (group == null) {
            return java.util.Optional.empty();
        }
        synchronized (group.monitor) {
            return group.open > 0 && group.view != null && group.viewOwner == owner ? java.util.Optional.of(group.view)
                    : java.util.Optional.empty();
        }
    }

    /**
     * What a save's owner (its store) is told once for each batch that held any of its saves, after the
     * batch's commit (or its failure, which may have written part of its files that its journal then
     * undid) and before those saves return.
     */
    interface Owner {
        void batchCommitted(Path root);
    }

    /** Waits until every save accepted before this call is committed (or refused). */
    static void awaitCommitted(Path root) {
        GroupCommit group = ROOTS.get(root);
        if (group == null) {
            return;
        }
        boolean interrupted = false;
        synchronized (group.monitor) {
            // batches are committed in the order their saves were accepted
            long target = group.acceptedCount;
            while (group.settledCount < target) {
                try {
                    group.monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many accepted saves are not yet told their outcome (for tests). */
    int waiting() {
        synchronized (monitor) {
            return open;
        }
    }

    /** How many batches were taken to be committed since the start (for tests). */
    long batches() {
        synchronized (monitor) {
            return batches;
        }
    }

    /** Accepts a save, tells {@code accepted}, and returns once it is committed (or throws its conflict or failure). */
    List<String> save(WorkspaceWriter writer, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged, String target,
            Runnable accepted, Object owner) throws IOException {
        Transaction mine;
        long t0 = System.nanoTime();
        try {
            synchronized (monitor) {
                List<WorkspaceWriter.Change> changes;
                try {
                    changes = writer.changes(root, workspace, basis, name -> {
                        Pending p = pending.get(name);
                        return p == null ? null : p.content();
                    }, known);
                    WorkspaceWriter.refuseConflicts(changes, basis);
                } catch (ConcurrentChangeException e) {
                    view = null; // what the next change works on is read again from the files, once those waiting are committed
                    throw e;
                }
                List<Journal.Move> moves = WorkspaceWriter.moves(root, staged, target);
                if (changes.isEmpty() && moves.isEmpty()) {
                    return List.of();
                }
                mine = new Transaction(writer, basis, changes, moves, history == null ? List.of() : history, owner);
                // the view: the next change of this process works on this save's result
                if (moves.isEmpty() && basis != null && (open == 0 || view == basis) && (open == 0 || viewOwner == owner)) {
                    Map<String, String> fingerprints = new HashMap<>(basis.fingerprints());
                    for (WorkspaceWriter.Change c : changes) {
                        fingerprints.put(c.name(), Fingerprints.of(c.content()));
                    }
                    view = new LoadResult(workspace, basis.problems(), fingerprints);
                    viewOwner = owner;
                } else {
                    view = null;
                }
                for (WorkspaceWriter.Change c : changes) {
                    pending.put(c.name(), new Pending(c.content(), mine));
                }
                queue.add(mine);
                open++;
                acceptedCount++;
            }
        } finally {
            accepted.run();
        }
        long t1 = System.nanoTime();
        await(mine);
        if (WorkspaceWriter.TIMING) {
            System.err.printf("mou.store.timing save: accepted in %.2f ms, committed %.2f ms later%n", (t1 - t0) / 1e6,
                    (System.nanoTime() - t1) / 1e6);
        }
        if (mine.conflict != null) {
            throw mine.conflict;
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.written;
    }

    /**
     * Waits until {@code mine} is committed (or refused), by this workspace's committer: a thread of its
     * own that takes the saves accepted meanwhile as one batch each time the last batch is done. (A save's
     * own thread leading the next batch had to be woken for it first, and then wait for the monitor
     * behind the others woken with it; the committer goes on to the next batch at once.) A wait that is
     * interrupted goes on: the save is queued and committed either way, and its caller told.
     */
    private void await(Transaction mine) {
        boolean interrupted = false;
        synchronized (monitor) {
            if (!committing) {
                startCommitter();
            } else if (idle) {
                monitor.notifyAll(); // the committer waits for work: only it waits on the monitor now
            }
            while (!mine.done) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the committer runs, and whether it waits for work. */
    private boolean committing;
    private boolean idle;

    /** How long the committer waits for work before it ends (a stopped bundle keeps no thread of its own). */
    private static final long COMMITTER_IDLE_MILLIS = 2_000;

    /** Starts the committer (under the monitor, when none runs). */
    private void startCommitter() {
        committing = true;
        Thread committer = new Thread(this::commitBatches, "mou-store-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** The committer: one batch after the other, while saves are queued; it ends after a while without any. */
    private void commitBatches() {
        boolean ended = false;
        try {
            commitWhileQueued();
            ended = true;
        } finally {
            if (!ended) {
                // an error no batch could catch (out of memory): the saves still queued get a committer of their own
                synchronized (monitor) {
                    committing = false;
                    idle = false;
                    if (!queue.isEmpty()) {
                        startCommitter();
                    }
                }
            }
        }
    }

    private void commitWhileQueued() {
        while (true) {
            List<Transaction> batch;
            synchronized (monitor) {
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(COMMITTER_IDLE_MILLIS);
                while (queue.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        committing = false;
                        idle = false;
                        return;
                    }
                    idle = true;
                    try {
                        monitor.wait(Math.max(1, java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(left)));
                    } catch (InterruptedException e) {
                        // not interrupted by anyone here; the queue decides
                    }
                }
                idle = false;
                batch = new ArrayList<>(queue);
                queue.clear();
                batches++;
            }
            try {
                commit(batch);
            } finally {
                settle(batch);
            }
        }
    }

    /**
     * Tells a batch's saves their outcome (a save its commit left without one, by an error no batch
     * could catch, gets a failure), and each store with saves in it once; then wakes those waiting.
     */
    private void settle(List<Transaction> batch) {
        synchronized (monitor) {
            boolean failed = false;
            // once a batch, not once a save: a reader that keeps what it read by its store's count (the web
            // application) reads again once for the batch, not once for each of its saves
            Set<Owner> owners = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Transaction t : batch) {
                if (t.written == null && t.conflict == null && t.failure == null) {
                    t.failure = new IOException("the save was not committed (the commit ended by an error); nothing of it was saved");
                }
                failed |= t.conflict != null || t.failure != null;
                t.done = true;
                open--;
                settledCount++;
                for (WorkspaceWriter.Change c : t.changes) {
                    Pending p = pending.get(c.name());
                    if (p != null && p.by() == t) {
                        pending.remove(c.name());
                    }
                }
                if (t.owner instanceof Owner owner) {
                    owners.add(owner);
                }
            }
            if (failed) {
                view = null;
            }
            owners.forEach(owner -> owner.batchCommitted(root));
            monitor.notifyAll();
        }
    }

    /**
     * One batch, under the workspace lock: each save checked again, then one journal for all that pass.
     * When that journal cannot be committed (a file cannot be written: it undoes what it applied), each
     * of them is committed alone, so that only the save whose file fails is refused.
     */
    private void commit(List<Transaction> batch) {
        long t0 = System.nanoTime();
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            long t1 = System.nanoTime();
            Journal.recover(root, batch.get(0).writer.files());
            List<Transaction> failed = commitLocked(batch);
            // (when the journal could not even be undone it stays, and the next load finishes it: nothing is tried again over it)
            if (failed.size() > 1 && !Files.exists(root.resolve(Journal.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                for (Transaction t : failed) {
                    t.failure = null;
                    commitLocked(List.of(t));
                }
            }
            if (WorkspaceWriter.TIMING) {
                System.err.printf("mou.store.timing batch: %d save(s); lock wait %.2f ms, check+journal+files+history %.2f ms%n",
                        batch.size(), (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            }
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            for (Transaction t : batch) {
                if (t.conflict == null && t.failure == null && t.written == null) {
                    t.failure = failure;
                }
            }
        }
    }

    /** @return the saves that passed their checks when their journal failed (each told the failure), else none */
    private List<Transaction> commitLocked(List<Transaction> batch) {
        WorkspaceWriter writer = batch.get(0).writer;
        Map<String, byte[]> now = new HashMap<>(); // each file as the batch so far leaves it
        Map<String, byte[]> before = new HashMap<>(); // each file before the batch, for the journal's undo
        Map<String, Journal.Step> steps = new LinkedHashMap<>();
        List<Journal.Move> moves = new ArrayList<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<Transaction> passed = new ArrayList<>();
        for (Transaction t : batch) {
            try {
                List<WorkspaceWriter.Change> checked = new ArrayList<>();
                for (WorkspaceWriter.Change c : t.changes) {
                    byte[] current;
                    if (now.containsKey(c.name())) {
                        current = now.get(c.name());
                    } else {
                        current = Files.exists(c.target()) ? Files.readAllBytes(c.target()) : null;
                        before.putIfAbsent(c.name(), current);
                    }
                    checked.add(new WorkspaceWriter.Change(c.name(), c.target(), current, c.content()));
                }
                WorkspaceWriter.refuseConflicts(checked, t.basis);
            } catch (ConcurrentChangeException e) {
                t.conflict = e;
                continue;
            } catch (IOException e) {
                t.failure = e;
                continue;
            }
            for (WorkspaceWriter.Change c : t.changes) {
                now.put(c.name(), c.content());
                steps.remove(c.name());
                steps.put(c.name(), new Journal.Write(c.name(), c.content()));
            }
            moves.addAll(t.moves);
            history.addAll(t.history);
            passed.add(t);
        }
        if (passed.isEmpty()) {
            return List.of();
        }
        List<Journal.Step> all = new ArrayList<>(steps.values());
        all.addAll(moves);
        try {
            HistoryLog.Pending lines = WorkspaceWriter.history(writer.json()).pending(root, history);
            new Journal(all, lines.lines(), lines.lengthBefore()).commit(root, writer.files(), before);
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            passed.forEach(t -> t.failure = failure);
            return passed;
        }
        for (Transaction t : passed) {
            List<String> written = new ArrayList<>();
            t.changes.forEach(c -> written.add(c.name()));
            t.moves.forEach(m -> written.add(m.name()));
            t.written = written;
        }
        return List.of();
    }
}
