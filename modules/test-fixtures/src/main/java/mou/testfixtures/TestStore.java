package mou.testfixtures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;

/** A workspace store for tests: every load gives the result it holds and is recorded; saving is a test failure. */
public final class TestStore implements WorkspaceStore {

    /** What the next load gives. */
    public LoadResult result;
    /** The folders loaded, in order. */
    public final List<Path> loaded = new ArrayList<>();
    /** What {@link #historyProblems} gives: the history's lines it leaves out. */
    public final List<mou.core.spi.Problem> history = new ArrayList<>();

    public TestStore(LoadResult result) {
        this.result = result;
    }

    @Override
    public LoadResult load(Path folder) {
        loaded.add(folder);
        return result;
    }

    @Override
    public List<mou.core.spi.Problem> historyProblems(Path folder) {
        return List.copyOf(history);
    }

    @Override
    public void save(Path folder, Workspace workspace) {
        throw new AssertionError("the commands never save");
    }
}
