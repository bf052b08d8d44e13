/**
 * What the report formats share and working-group plugins do not need: the buffer of the formats
 * that write UTF-8 bytes ({@link mou.format.support.Utf8Buffer}) and the rule for which parts of a
 * text are web addresses ({@link mou.format.support.WebAddresses}). Kept out of the core's plugin
 * API so that the API holds only what plugins and formats build against.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package mou.format.support;
