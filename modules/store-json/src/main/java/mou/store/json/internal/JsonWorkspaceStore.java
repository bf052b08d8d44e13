package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.command.AtomicFiles;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workspace store for folders of JSON files laid out as docs/workspace-format.md describes.
 * The installed working groups and deliverable types are asked of {@link Extensions} at each
 * load, so a group installed while the application runs is checked from its next load on.
 */
@Component(service = WorkspaceStore.class)
public final class JsonWorkspaceStore implements WorkspaceStore {

    private final Extensions extensions;
    private final LocatedJson json;
    private final AtomicFiles files;

    @Activate
    public JsonWorkspaceStore(@Reference Extensions extensions) {
        this(extensions, Limits.DEFAULT, new AtomicFiles());
    }

    JsonWorkspaceStore(Extensions extensions, Limits limits, AtomicFiles files) {
        this.extensions = extensions;
        this.json = new LocatedJson(limits);
        this.files = files;
    }

    @Override
    public LoadResult load(Path folder) {
        return new WorkspaceLoad(folder, extensions, json, Runtime.getRuntime().availableProcessors()).read();
    }

    @Override
    public void save(Path folder, Workspace workspace) throws IOException {
        new WorkspaceWriter(json, files).save(folder, workspace);
    }

    @Override
    public List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history) throws IOException {
        return new WorkspaceWriter(json, files).save(folder, workspace, basis, history == null ? List.of() : history);
    }

    @Override
    public List<HistoryEntry> history(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("there is no workspace folder at " + folder);
        }
        return WorkspaceWriter.history(json).read(folder.toRealPath());
    }
}
