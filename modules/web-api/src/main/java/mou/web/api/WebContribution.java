package mou.web.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A panel or page that a bundle adds to the web application: register it as a service (a
 * Declarative Services component is enough). The dashboard shows every contribution as a panel,
 * and {@code /panel/ID} shows it as a page of its own; both come and go with the bundle. A
 * contribution that throws is replaced by a notice naming its bundle, and the rest of the page
 * is shown.
 */
@ConsumerType
public interface WebContribution {

    /** The id in the page's address, {@code /panel/ID}: lower-case letters, digits and hyphens, e.g. {@code solid-waste-results}. */
    String id();

    /** The title in a language, {@code "en"} or {@code "es"}. */
    String title(String language);

    /**
     * Writes the panel's content for the context's year and language. Called for each page that
     * shows it, possibly on several threads at once.
     *
     * @throws Exception anything that goes wrong: the page shows a notice in the panel's place
     */
    void render(WebContext context, HtmlWriter html) throws Exception;
}
