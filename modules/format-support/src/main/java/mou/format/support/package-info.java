/**
 * What the report formats share and working-group plugins do not need: the buffer of the formats
 * that write UTF-8 bytes ({@link mou.format.support.Utf8Buffer}) and the rule for which parts of a
 * text are web addresses ({@link mou.format.support.WebAddresses}); since 1.1 what a document may hold of a
 * text ({@link mou.format.support.DocumentText}) and the colours of the Progress Key as drawn
 * ({@link mou.format.support.Colours}). Kept out of the core's plugin
 * API so that the API holds only what plugins and formats build against.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package mou.format.support;
