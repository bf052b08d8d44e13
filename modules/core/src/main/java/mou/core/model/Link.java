package mou.core.model;

/**
 * A reference to a published document or web page.
 *
 * @param title what the reader will find there
 * @param url an http(s) address, or a path relative to the workspace for a file kept in it
 */
public record Link(Text title, String url) {
}
