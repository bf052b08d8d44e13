package mou.web.api;

import java.util.Objects;
import mou.core.model.Workspace;

/**
 * What a page shows: the workspace as loaded for this request, the year and the language of the page.
 *
 * @param workspace the workspace, loaded and free of errors
 * @param year the year the page is about
 * @param language {@code "en"} or {@code "es"}
 */
public record WebContext(Workspace workspace, int year, String language) {

    public WebContext {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(language, "language");
    }
}
