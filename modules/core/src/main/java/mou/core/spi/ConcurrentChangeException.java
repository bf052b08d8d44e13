package mou.core.spi;

import java.util.List;

/**
 * A save was refused because a file it would write changed on disk after the workspace was
 * loaded (another command, or a person with an editor, saved it in between). Nothing was saved:
 * load the workspace again and redo the change on what is there now, so no one's update is lost.
 */
public class ConcurrentChangeException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final List<String> files;

    /**
     * @param files the files that changed, relative to the workspace
     * @param message what happened and what to do, for a person
     */
    public ConcurrentChangeException(List<String> files, String message) {
        this(files, message, null);
    }

    /**
     * @param files the files that changed, relative to the workspace
     * @param message what happened and what to do, for a person, in English
     * @param messageEs the same in Spanish (since 1.6)
     */
    public ConcurrentChangeException(List<String> files, String message, String messageEs) {
        super(message, messageEs);
        this.files = List.copyOf(files);
    }

    /** The files that changed on disk since they were loaded, relative to the workspace. */
    public List<String> files() {
        return files;
    }
}
