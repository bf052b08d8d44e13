/**
 * What a bundle needs to add to the web application ({@code ./mou serve}), RCP style: a
 * {@link mou.web.api.WebContribution} service is a panel on the dashboard and a page of its own,
 * listed in the menu while its bundle runs. It writes through an {@link mou.web.api.HtmlWriter},
 * which escapes every text and attribute and accepts only plain elements, so a contribution
 * cannot put markup or script into a page by mistake.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package mou.web.api;
